import { fieldOf, type SheetKind } from '../../../../shared/sheets/fields';
import type { SheetChoiceValue } from '../../../../shared/contract';
import { TableScroll } from '../../components/TableScroll';

/** The values seen in choice columns, each with what it will be stored as: the app's own words map by themselves, others are chosen here. */
export function ValuesTable({ kind, values, onChange }: { kind: SheetKind; values: SheetChoiceValue[]; onChange: (field: string, text: string, value: string | null) => void }) {
  if (values.length === 0) return null;
  return (
    <TableScroll label="Values">
      <table className="table">
        <caption className="sheet-table__caption">Values in choice columns</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Value in the sheet</th>
            <th scope="col">Rows</th>
            <th scope="col">Stored as</th>
          </tr>
        </thead>
        <tbody>
          {values.map((v, i) => (
            <tr key={`${v.field}-${v.text}`}>
              <td>{v.header}</td>
              <th scope="row">{v.text}</th>
              <td>{v.rows.toLocaleString('en-GB')}</td>
              <td>
                <label className="visually-hidden" htmlFor={`value-${i}`}>
                  What {v.text} in {v.header} is stored as
                </label>
                <select id={`value-${i}`} className="select" value={v.value ?? ''} aria-invalid={v.value ? undefined : true} onChange={(e) => onChange(v.field, v.text, e.target.value || null)}>
                  <option value="">Not mapped: choose one</option>
                  {Object.entries(fieldOf(kind, v.field)?.choices ?? {}).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
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
