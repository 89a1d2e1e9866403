import type { Nivn } from '../../../../shared/reports/nivn';
import { Warning } from '../../components/Notice';
import { NotAvailable } from '../../components/NotAvailable';
import { dateText } from '../../form';
import { formatCount, formatPercent } from '../recruitment/format';

const PROMPTS = {
  missing: 'There is no children-in-care count yet, so this measure cannot be worked out.',
  undated: 'The children-in-care count has no date, so it is not clear which time it describes.',
  out_of_date: 'The children-in-care count is more than a year older than the end of this period.',
};

function Reading({ label, pct, meets, target }: { label: string; pct: number | null; meets: boolean | null; target: number }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="figures__number">{pct === null ? <NotAvailable why="Not available without a children-in-care count" /> : formatPercent(pct)}</td>
      <td className="reports__target">{meets === null ? <NotAvailable why="Not available" /> : meets ? `Met: at or above ${target}%` : `Not met: below ${target}%`}</td>
    </tr>
  );
}

/** The National IV Network's measure: the share of the council's children in care with an IV, read two ways, against 10%. */
export function NivnSection({ nivn, periodEnd }: { nivn: Nivn; periodEnd: string }) {
  return (
    <section aria-labelledby="nivn-heading">
      <h2 id="nivn-heading">Children in care with an Independent Visitor</h2>
      <p>
        The National Independent Visitor Network’s Right Friend campaign asks that {nivn.targetPct}% of children in care have an Independent Visitor. In England about 3.5% had one in 2019.
      </p>
      {nivn.prompt && (
        <Warning>
          {PROMPTS[nivn.prompt]} Enter the council’s latest count and its date under Scheme details in <a href="#/settings">Settings</a>.
        </Warning>
      )}
      <table className="table figures__table">
        <caption className="figures__caption">
          {nivn.count ? `Against the council’s count of ${formatCount(nivn.count)} children in care${nivn.countDate ? ` on ${dateText(nivn.countDate)}` : ''}` : 'Against the council’s count of children in care'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Reading</th>
            <th scope="col" className="figures__number">
              Share
            </th>
            <th scope="col" className="reports__target">
              Against the {nivn.targetPct}% target
            </th>
          </tr>
        </thead>
        <tbody>
          <Reading label="Matched at any time in the period" pct={nivn.matchedDuringPeriodPct} meets={nivn.duringPeriodMeetsTarget} target={nivn.targetPct} />
          <Reading label={`Matched on ${dateText(periodEnd)}, the period’s last day`} pct={nivn.matchedAtEndPct} meets={nivn.atEndMeetsTarget} target={nivn.targetPct} />
        </tbody>
      </table>
      <p className="hint figures__note">
        The first reading counts every young person with a match active on any day of the period; the second, the matches active on its last day. Both are shares of the council’s count.
      </p>
    </section>
  );
}
