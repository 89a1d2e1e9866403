import { useEffect, useState } from 'react';
import { api } from '../../api';
import { dateText } from '../../form';
import { PrintButtons, PrintLayout } from '../../components/PrintLayout';
import { PageHeading } from '../../components/PageHeading';
import { downloadText } from '../../components/download';
import { addDays, addMonths, todayIso } from '../../../../shared/dates';
import { pounds } from '../../../../shared/csv';
import type { ExpenseRow, VolunteerSummary } from '../../../../shared/contract';
import { initials, milesText, money, monthName, rateText } from './format';

interface ClaimVisit {
  id: number;
  date: string;
  youngPersonName: string;
  activity: string | null;
  activityCostPence: number | null;
  miles: number | null;
  transportCostPence: number | null;
}

interface Claim {
  row: ExpenseRow;
  visits: ClaimVisit[];
}

const MONTHS_BACK = 36;
const currentMonth = () => todayIso().slice(0, 7);
const monthOptions = () => Array.from({ length: MONTHS_BACK + 1 }, (_, i) => addMonths(`${currentMonth()}-01`, -i).slice(0, 7));

/** The visits behind one volunteer's row, from each of their matches that ran during the month. */
async function claimFor(row: ExpenseRow): Promise<Claim> {
  const from = `${row.month}-01`;
  const to = addDays(addMonths(from, 1), -1);
  const list = await api.listMatches({ volunteerId: row.volunteerId });
  const running = list.ok ? list.value.filter((m) => m.startDate && m.startDate <= to && (!m.endDate || m.endDate >= from)) : [];
  const matches = await Promise.all(running.map((m) => api.getMatch({ id: m.id })));
  const visits = matches
    .flatMap((r) => (r.ok ? r.value.visits.filter((v) => v.date >= from && v.date <= to).map((v) => ({ ...v, youngPersonName: r.value.youngPersonName })) : []))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  return { row, visits };
}

const sum = (rows: ExpenseRow[], pick: (r: ExpenseRow) => number) => rows.reduce((n, r) => n + pick(r), 0);

function ClaimSheet({ claim: { row, visits }, schemeName, ratePence }: { claim: Claim; schemeName: string; ratePence: number }) {
  const titleId = `claim-${row.volunteerId}-title`;
  return (
    <article className="claim-sheet" aria-labelledby={titleId}>
      <p className="claim-sheet__scheme">{schemeName}</p>
      <h3 className="claim-sheet__title" id={titleId}>
        Expenses claim: {row.volunteerName}, {monthName(row.month)}
      </h3>
      <dl className="claim-sheet__fields">
        <dt>Independent Visitor</dt>
        <dd>{row.volunteerName}</dd>
        <dt>Month</dt>
        <dd>{monthName(row.month)}</dd>
        <dt>Mileage rate</dt>
        <dd>{rateText(ratePence)}</dd>
      </dl>
      <table className="claim-sheet__table">
        <caption className="visually-hidden">
          Visits by {row.volunteerName} in {monthName(row.month)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Young person (initials)</th>
            <th scope="col">Activity</th>
            <th scope="col" className="num">
              Activity (£)
            </th>
            <th scope="col" className="num">
              Miles
            </th>
            <th scope="col" className="num">
              Transport (£)
            </th>
            <th scope="col" className="num">
              Total (£)
            </th>
          </tr>
        </thead>
        <tbody>
          {visits.map((v) => (
            <tr key={v.id}>
              <td className="nowrap">{dateText(v.date)}</td>
              <td>{initials(v.youngPersonName)}</td>
              <td>{v.activity}</td>
              <td className="num">{pounds(v.activityCostPence ?? 0)}</td>
              <td className="num">{milesText(v.miles ?? 0)}</td>
              <td className="num">{pounds(v.transportCostPence ?? 0)}</td>
              <td className="num">{pounds((v.activityCostPence ?? 0) + (v.transportCostPence ?? 0))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Total, {row.visits} {row.visits === 1 ? 'visit' : 'visits'}
            </th>
            <td className="num">{pounds(row.activityPence)}</td>
            <td className="num">{milesText(row.miles)}</td>
            <td className="num">{pounds(row.transportPence)}</td>
            <td className="num">{pounds(row.totalPence)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="claim-sheet__total">
        Amount claimed: <strong>{money(row.totalPence)}</strong>
      </p>
      <p className="claim-sheet__declaration">I confirm that I made these visits as an Independent Visitor and that the costs above were incurred for them.</p>
      <table className="document__signatures claim-sheet__signatures">
        <caption className="visually-hidden">Signatures</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">Signature</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Volunteer</th>
            <td />
            <td />
          </tr>
          <tr>
            <th scope="row">Coordinator (approved)</th>
            <td />
            <td />
          </tr>
        </tbody>
      </table>
    </article>
  );
}

/** A month's expenses per volunteer: the table, a CSV for finance, and a claim sheet per volunteer to print and sign. */
export function ExpensesScreen() {
  const [month, setMonth] = useState(currentMonth);
  const [volunteerId, setVolunteerId] = useState('');
  const [volunteers, setVolunteers] = useState<VolunteerSummary[]>([]);
  const [scheme, setScheme] = useState<{ name: string; ratePence: number } | null>(null);
  const [rows, setRows] = useState<ExpenseRow[] | null>(null);
  const [claims, setClaims] = useState<Claim[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [months] = useState(monthOptions);

  useEffect(() => {
    Promise.all([api.listVolunteers({}), api.getScheme({})]).then(([v, s]) => {
      if (v.ok) setVolunteers(v.value.filter((x) => x.status === 'active' || x.status === 'inactive' || x.status === 'left').sort((a, b) => `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'en-GB')));
      if (s.ok) setScheme({ name: s.value.name, ratePence: s.value.mileageRatePence });
    });
  }, []);

  useEffect(() => {
    let current = true;
    (async () => {
      const r = await api.expenses({ month, volunteerId: volunteerId ? Number(volunteerId) : undefined });
      if (!current) return;
      if (!r.ok) return setFailure(r.error.message);
      setFailure(null);
      setRows(r.value);
      const all = await Promise.all(r.value.map(claimFor));
      if (current) setClaims(all);
    })();
    return () => {
      current = false;
    };
  }, [month, volunteerId]);

  async function downloadCsv() {
    const r = await api.expensesCsv({ month, volunteerId: volunteerId ? Number(volunteerId) : undefined });
    if (!r.ok) return setMessage({ ok: false, text: r.error.message });
    downloadText(r.value.fileName, r.value.text, 'text/csv');
    setMessage({ ok: true, text: `Downloaded ${r.value.fileName}. Open it in a spreadsheet; names that look like formulas start with an apostrophe so they stay text.` });
  }

  const chosen = volunteers.find((v) => String(v.id) === volunteerId);
  const what = `${monthName(month)}${chosen ? ` for ${chosen.firstName} ${chosen.lastName}` : ''}`;

  return (
    <PrintLayout>
      <div className="no-print">
        <PageHeading>Expenses</PageHeading>
        <p className="lede">Each volunteer’s visits and costs for a month: activity costs as recorded, and transport worked out from the miles{scheme ? ` at ${rateText(scheme.ratePence)}` : ''}.</p>
        <div className="list-filters" role="search" aria-label="Choose what to show">
          <div className="field">
            <label className="label" htmlFor="expenses-month">
              Month
            </label>
            <select id="expenses-month" className="select" value={month} onChange={(e) => (setMonth(e.target.value), setMessage(null), setClaims(null))}>
              {months.map((m) => (
                <option key={m} value={m}>
                  {monthName(m)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="label" htmlFor="expenses-volunteer">
              Volunteer
            </label>
            <select id="expenses-volunteer" className="select" value={volunteerId} onChange={(e) => (setVolunteerId(e.target.value), setMessage(null), setClaims(null))}>
              <option value="">Every volunteer</option>
              {volunteers.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.firstName} {v.lastName}
                </option>
              ))}
            </select>
          </div>
        </div>
        {failure && (
          <p className="error-message" role="alert">
            {failure}
          </p>
        )}
        {rows && (
          <p className="count" role="status">
            {rows.length === 0 ? `No visits recorded in ${what}.` : `${sum(rows, (r) => r.visits)} ${sum(rows, (r) => r.visits) === 1 ? 'visit' : 'visits'} by ${rows.length} ${rows.length === 1 ? 'volunteer' : 'volunteers'} in ${what}.`}
          </p>
        )}
        {rows && rows.length > 0 && (
          <>
            <table className="table expenses-table">
              <caption className="expenses-table__caption">Expenses, {what}</caption>
              <thead>
                <tr>
                  <th scope="col">Volunteer</th>
                  <th scope="col" className="num">
                    Visits
                  </th>
                  <th scope="col" className="num">
                    Activity (£)
                  </th>
                  <th scope="col" className="num">
                    Miles
                  </th>
                  <th scope="col" className="num">
                    Transport (£)
                  </th>
                  <th scope="col" className="num">
                    Total (£)
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.volunteerId}>
                    <th scope="row" className="expenses-table__name">
                      <a href={`#/volunteers/${r.volunteerId}`}>{r.volunteerName}</a>
                    </th>
                    <td className="num">{r.visits}</td>
                    <td className="num">{pounds(r.activityPence)}</td>
                    <td className="num">{milesText(r.miles)}</td>
                    <td className="num">{pounds(r.transportPence)}</td>
                    <td className="num">{pounds(r.totalPence)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Total</th>
                  <td className="num">{sum(rows, (r) => r.visits)}</td>
                  <td className="num">{pounds(sum(rows, (r) => r.activityPence))}</td>
                  <td className="num">{milesText(sum(rows, (r) => r.miles))}</td>
                  <td className="num">{pounds(sum(rows, (r) => r.transportPence))}</td>
                  <td className="num">{pounds(sum(rows, (r) => r.totalPence))}</td>
                </tr>
              </tfoot>
            </table>
            {message && (
              <p className={message.ok ? 'secondary' : 'error-message'} role={message.ok ? 'status' : 'alert'}>
                {message.text}
              </p>
            )}
            <div className="button-group">
              <button type="button" className="button" onClick={downloadCsv}>
                Download CSV
              </button>
              <PrintButtons printLabel="Print claim sheets" pdfName={`Expenses claims ${month}`} secondary disabled={!claims} />
            </div>
          </>
        )}
      </div>
      {rows && rows.length > 0 && (
        <section className="claim-sheets" aria-labelledby="claim-sheets-heading">
          <div className="no-print">
            <h2 id="claim-sheets-heading">Claim sheets</h2>
            <p className="lede">One page per volunteer, as it prints: the visits and totals, and lines for the volunteer and the coordinator to sign. Young people appear by their initials only.</p>
          </div>
          {!claims && <p className="loading">Preparing the claim sheets…</p>}
          {claims && scheme && claims.map((c) => <ClaimSheet key={c.row.volunteerId} claim={c} schemeName={scheme.name} ratePence={scheme.ratePence} />)}
        </section>
      )}
    </PrintLayout>
  );
}
