import type { TrendRow } from '../../../../shared/reports/trend';
import { TREND_COLUMNS, trendTable, trendYearLabel } from '../../../../shared/reports/tables';
import type { NumberCell } from '../../../../shared/reports/figureRows';
import { ReportTableView } from './ReportTableView';
import { BarChart } from './BarChart';
import { CellText } from './numberText';
import { TableScroll } from '../../components/TableScroll';

const MEASURES: { key: keyof TrendRow; title: string; unit: NumberCell['unit'] }[] = [
  { key: 'referrals', title: 'Referrals', unit: 'count' },
  { key: 'matchesMade', title: 'Matches made', unit: 'count' },
  { key: 'activeMatchesAtEnd', title: "Active matches at the year's end", unit: 'count' },
  { key: 'volunteersRecruited', title: 'Volunteers recruited', unit: 'count' },
  { key: 'waitingAtEnd', title: "Young people waiting at the year's end", unit: 'count' },
  { key: 'waitingWeeksMean', title: 'Mean wait from referral to match, in weeks', unit: 'weeks' },
];

/** The year-by-year trend: the table, then a chart per measure with its own data table beside it. */
export function TrendSection({ trend }: { trend: TrendRow[] }) {
  if (trend.length === 0) {
    return (
      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">The trend, year by year</h2>
        <p>There are no records before the end of this period, so there is no trend to show yet.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="trend-heading">
      <h2 id="trend-heading">The trend, year by year</h2>
      <ReportTableView table={trendTable(trend)} />
      <div className="trend__charts">
        {MEASURES.map((m) => {
          const id = `trend-${m.key}`;
          const values = trend.map((r) => ({ label: r.year, note: r.partial ? 'so far' : undefined, value: { n: r[m.key] as number | null, unit: m.unit } }));
          return (
            <figure key={m.key} className="trend__chart" aria-labelledby={`${id}-caption`}>
              <figcaption id={`${id}-caption`} className="figures__caption">
                {m.title}, by financial year
              </figcaption>
              <div className="trend__pair">
                <TableScroll label={`${m.title}: the chart`}>
                  <BarChart id={id} title={`${m.title}, by financial year`} bars={values} />
                </TableScroll>
                <div className="reports__table">
                <TableScroll label={`${m.title}: the chart's figures`}>
                  <table className="table figures__table">
                    <caption className="visually-hidden">{m.title}: the chart's figures</caption>
                    <thead>
                      <tr>
                        <th scope="col">{TREND_COLUMNS[0]}</th>
                        <th scope="col" className="figures__number">
                          {m.title}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {trend.map((r, i) => (
                        <tr key={r.year}>
                          <th scope="row">{trendYearLabel(r)}</th>
                          <td className="figures__number">
                            <CellText cell={values[i].value} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
                </div>
              </div>
            </figure>
          );
        })}
      </div>
    </section>
  );
}
