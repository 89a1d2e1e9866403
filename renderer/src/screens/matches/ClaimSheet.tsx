import { dateText } from '../../form';
import { BlockView } from '../../components/DocumentView';
import { pounds } from '../../../../shared/csv';
import { visitTotalPence } from '../../../../shared/matching/expenses';
import type { ClaimSheet as Sheet } from '../../../../shared/contract';
import { milesText, money, monthName, rateText } from './format';
import { TotalCells, TotalHeadings } from './TotalCells';

/** One volunteer's claim for a month, as it prints on its own A4 page to be signed. */
export function ClaimSheet({ sheet: { volunteerId, volunteerName, totals, visits }, month, schemeName, ratePence, printOnly }: { sheet: Sheet; month: string; schemeName: string; ratePence: number; printOnly: boolean }) {
  const titleId = `claim-${volunteerId}-title`;
  return (
    <article className={`claim-sheet${printOnly ? ' claim-sheet--print-only' : ''}`} aria-labelledby={titleId} id={`claim-${volunteerId}`} tabIndex={-1}>
      <p className="claim-sheet__scheme">{schemeName}</p>
      <h3 className="claim-sheet__title" id={titleId}>
        Expenses claim: {volunteerName}, {monthName(month)}
      </h3>
      <dl className="claim-sheet__fields">
        <dt>Independent Visitor</dt>
        <dd>{volunteerName}</dd>
        <dt>Month</dt>
        <dd>{monthName(month)}</dd>
        <dt>Mileage rate</dt>
        <dd>{rateText(ratePence)}</dd>
      </dl>
      <div className="table-scroll">
        <table className="claim-sheet__table">
          <caption className="visually-hidden">
            Visits by {volunteerName} in {monthName(month)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Young person (initials)</th>
              <th scope="col">Activity</th>
              <TotalHeadings />
              <th scope="col" className="num">
                Total (£)
              </th>
            </tr>
          </thead>
          <tbody>
            {visits.map((v) => (
              <tr key={v.id}>
                <td className="nowrap">{dateText(v.date)}</td>
                <td>{v.youngPersonInitials}</td>
                <td>{v.activity}</td>
                <td className="num">{pounds(v.activityCostPence ?? 0)}</td>
                <td className="num">{milesText(v.miles ?? 0)}</td>
                <td className="num">{pounds(v.transportCostPence ?? 0)}</td>
                <td className="num">{pounds(visitTotalPence(v))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                Total, {totals.visits} {totals.visits === 1 ? 'visit' : 'visits'}
              </th>
              <TotalCells totals={totals} />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="claim-sheet__total">
        Amount claimed: <strong>{money(totals.totalPence)}</strong>
      </p>
      <p className="claim-sheet__declaration">I confirm that I made these visits as an Independent Visitor and that the costs above were incurred for them.</p>
      <BlockView block={{ type: 'signatures', lines: ['Volunteer', 'Coordinator (approved)'] }} />
    </article>
  );
}
