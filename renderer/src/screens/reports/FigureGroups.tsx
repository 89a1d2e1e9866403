import type { Figures } from '../../../../shared/figures';
import { figureGroups } from '../../../../shared/reports/figureRows';
import { CellText } from './numberText';

/** Every figure of the council's report, each with a disclosure saying what it counts. */
export function FigureGroups({ figures }: { figures: Figures }) {
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">The figures</h2>
      <div className="figures__grid">
        {figureGroups(figures).map((group) => (
          <table key={group.id} className="table figures__table reports__figures">
            <caption className="figures__caption">{group.title}</caption>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">
                    {row.label}
                    <details className="definition">
                      <summary>
                        What this counts<span className="visually-hidden">: {row.label}</span>
                      </summary>
                      <p>{row.definition}</p>
                    </details>
                  </th>
                  <td className="figures__number">
                    <CellText cell={row.value} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}
