import { pounds } from '../../../../shared/csv';
import type { VisitTotals } from '../../../../shared/matching/expenses';
import { milesText } from './format';

/** The money columns of the claim sheets and the expenses table, in one order. */
export function TotalHeadings() {
  return (
    <>
      <th scope="col" className="num">
        Activity (£)
      </th>
      <th scope="col" className="num">
        Miles
      </th>
      <th scope="col" className="num">
        Transport (£)
      </th>
    </>
  );
}

export function TotalCells({ totals }: { totals: VisitTotals }) {
  return (
    <>
      <td className="num">{pounds(totals.activityPence)}</td>
      <td className="num">{milesText(totals.miles)}</td>
      <td className="num">{pounds(totals.transportPence)}</td>
      <td className="num">{pounds(totals.totalPence)}</td>
    </>
  );
}
