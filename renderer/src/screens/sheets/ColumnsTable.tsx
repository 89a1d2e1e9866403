import { sheetFields, type SheetKind } from '../../../../shared/sheets/fields';
import type { SheetColumn } from '../../../../shared/contract';
import { TableScroll } from '../../components/TableScroll';

/** Each column with its first values and the field it goes to, which the coordinator can change or leave out. */
export function ColumnsTable({ kind, columns, trainingModules, onChange }: { kind: SheetKind; columns: SheetColumn[]; trainingModules: string[]; onChange: (header: string, field: string | null) => void }) {
  const fields = sheetFields(kind, trainingModules);
  return (
    <TableScroll label="Columns">
      <table className="table">
        <caption className="sheet-table__caption">Columns</caption>
        <thead>
          <tr>
            <th scope="col">Column in the sheet</th>
            <th scope="col">First values</th>
            <th scope="col">Goes to</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c, i) => (
            <tr key={`${i}-${c.header}`}>
              <th scope="row">{c.header || <span className="secondary">(no header)</span>}</th>
              <td>{c.samples.length ? c.samples.join(', ') : <span className="secondary">Empty</span>}</td>
              <td>
                <label className="visually-hidden" htmlFor={`column-${i}`}>
                  Where the column {c.header || i + 1} goes
                </label>
                <select id={`column-${i}`} className="select" value={c.field ?? ''} onChange={(e) => onChange(c.header, e.target.value || null)}>
                  <option value="">Leave out</option>
                  {fields.map((f) => (
                    <option key={f.key} value={f.key}>
                      {f.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
