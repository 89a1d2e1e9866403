import { SummaryList } from '../../components/SummaryList';
import { TableScroll } from '../../components/TableScroll';
import type { StandardEvidence } from '../../../../shared/reports/standardsEvidence';

/** What the records say about a standard: labelled figures, and for equality and diversity a table side by side. */
export function EvidenceView({ evidence, number }: { evidence: StandardEvidence; number: number }) {
  const table = evidence.table;
  return (
    <div className="inset">
      <h3>What the records show</h3>
      <SummaryList rows={evidence.lines.map((l) => [l.label, l.value])} />
      {table && (
        <TableScroll label={`Standard ${number}: ${table.caption}`}>
          <table className="table">
            <caption className="visually-hidden">{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c || <span className="visually-hidden">What is counted</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row[0]}>
                  <th scope="row">{row[0]}</th>
                  {row.slice(1).map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
