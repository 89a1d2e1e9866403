import type { Cell, ReportTable } from '../../../../shared/reports/tables';
import { TableScroll } from '../../components/TableScroll';
import { CellText } from './numberText';

/** The first cell names the row; the rest are numbers, to the right. */
function Row({ cells }: { cells: Cell[] }) {
  return (
    <tr>
      {cells.map((cell, i) =>
        i === 0 ? (
          <th key={i} scope="row">
            <CellText cell={cell} />
          </th>
        ) : (
          <td key={i} className="figures__number">
            <CellText cell={cell} />
          </td>
        ),
      )}
    </tr>
  );
}

/** One of the report's tables: its title as the caption, what it counts beneath. */
export function ReportTableView({ table }: { table: ReportTable }) {
  const hintId = `${table.id}-definition`;
  return (
    <div className="reports__table">
      <TableScroll label={table.title}>
        <table className="table figures__table" aria-describedby={hintId}>
          <caption className="figures__caption">{table.title}</caption>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={c} scope="col" className={i ? 'figures__number' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <Row key={r} cells={row} />
            ))}
          </tbody>
          {table.total && (
            <tfoot>
              <Row cells={table.total} />
            </tfoot>
          )}
        </table>
      </TableScroll>
      <p id={hintId} className="hint figures__note">
        {table.definition}
      </p>
    </div>
  );
}
