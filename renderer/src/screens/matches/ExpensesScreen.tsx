import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api';
import { PrintButtons, PrintLayout } from '../../components/PrintLayout';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { SortableHeader, type Sort } from '../../components/SortableHeader';
import { downloadText } from '../../components/download';
import { focusSoon } from '../../components/InlineForm';
import { addMonths, todayIso } from '../../../../shared/dates';
import { pageCount, pageOf, showingWords } from '../../../../shared/lists/paging';
import { visitTotals } from '../../../../shared/matching/expenses';
import type { ClaimSheet as Sheet, ExpensesMonth } from '../../../../shared/contract';
import { ClaimSheet } from './ClaimSheet';
import { TotalCells, TotalHeadings } from './TotalCells';
import { monthName, rateText } from './format';

type Column = 'volunteer' | 'visits' | 'total';

const MONTHS_BACK = 36;
const currentMonth = () => todayIso().slice(0, 7);
const monthOptions = () => Array.from({ length: MONTHS_BACK + 1 }, (_, i) => addMonths(`${currentMonth()}-01`, -i).slice(0, 7));

/** Core sends the sheets by last name; the other orders keep that order among equals. */
function sorted(sheets: Sheet[], { by, direction }: Sort<Column>): Sheet[] {
  const key = (s: Sheet) => (by === 'visits' ? s.totals.visits : by === 'total' ? s.totals.totalPence : 0);
  const sign = direction === 'asc' ? 1 : -1;
  const byName = sheets.map((s, i) => [s, i] as const);
  return byName.sort(([a, i], [b, j]) => sign * (key(a) - key(b) || i - j)).map(([s]) => s);
}

/** A month's expenses per volunteer: the table, a CSV for finance, and a claim sheet per volunteer to print and sign. */
export function ExpensesScreen() {
  const [month, setMonth] = useState(currentMonth);
  const [volunteerId, setVolunteerId] = useState('');
  const [data, setData] = useState<ExpensesMonth | null>(null);
  const [sort, setSort] = useState<Sort<Column>>({ by: 'volunteer', direction: 'asc' });
  const [page, setPage] = useState(1);
  const [shown, setShown] = useState<number | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [months] = useState(monthOptions);

  useEffect(() => {
    let current = true;
    api.expenses({ month }).then((r) => {
      if (!current) return;
      if (!r.ok) return setFailure(r.error.message);
      setFailure(null);
      setData(r.value);
    });
    return () => {
      current = false;
    };
  }, [month]);

  const chosen = data?.sheets.find((s) => String(s.volunteerId) === volunteerId) ?? null;
  const sheets = useMemo(() => (data ? sorted(chosen ? [chosen] : data.sheets, sort) : []), [data, chosen, sort]);
  const totals = chosen ? chosen.totals : (data?.totals ?? visitTotals([]));
  const list = pageOf(sheets, page);
  const preview = sheets.find((s) => s.volunteerId === shown) ?? list.rows[0] ?? null;
  const what = `${monthName(month)}${chosen ? ` for ${chosen.volunteerName}` : ''}`;

  const choose = (next: () => void) => {
    next();
    setPage(1);
    setShown(null);
    setMessage(null);
  };

  async function downloadCsv() {
    const r = await api.expensesCsv({ month, volunteerId: chosen?.volunteerId });
    if (!r.ok) return setMessage({ ok: false, text: r.error.message });
    downloadText(r.value.fileName, r.value.text, 'text/csv');
    setMessage({ ok: true, text: `Downloaded ${r.value.fileName}. Open it in a spreadsheet; names that look like formulas start with an apostrophe so they stay text.` });
  }

  function show(sheet: Sheet) {
    setShown(sheet.volunteerId);
    focusSoon(`claim-${sheet.volunteerId}`);
  }

  return (
    <PrintLayout>
      <div className="no-print">
        <PageHeading>Expenses</PageHeading>
        <p className="lede">Each volunteer’s visits and costs for a month: activity costs as recorded, and transport worked out from the miles{data ? ` at ${rateText(data.ratePence)}` : ''}.</p>
        <div className="list-filters" role="search" aria-label="Choose what to show">
          <div className="field">
            <label className="label" htmlFor="expenses-month">
              Month
            </label>
            <select id="expenses-month" className="select" value={month} onChange={(e) => choose(() => (setMonth(e.target.value), setVolunteerId('')))}>
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
            <select id="expenses-volunteer" className="select" value={volunteerId} onChange={(e) => choose(() => setVolunteerId(e.target.value))}>
              <option value="">Every volunteer who claimed</option>
              {data?.sheets.map((s) => (
                <option key={s.volunteerId} value={s.volunteerId}>
                  {s.volunteerName}
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
        {data && (
          <p className="count" role="status">
            {sheets.length === 0
              ? `No visits recorded in ${what}.`
              : `${totals.visits} ${totals.visits === 1 ? 'visit' : 'visits'} by ${sheets.length} ${sheets.length === 1 ? 'volunteer' : 'volunteers'} in ${what}.`}{' '}
            {showingWords(list)}
          </p>
        )}
        {data && sheets.length > 0 && (
          <>
            <div className="table-scroll">
              <table className="table expenses-table">
                <caption className="expenses-table__caption">Expenses, {what}</caption>
                <thead>
                  <tr>
                    <SortableHeader column="volunteer" label="Volunteer" sort={sort} onSort={(s) => choose(() => setSort(s))} />
                    <SortableHeader column="visits" label="Visits" sort={sort} onSort={(s) => choose(() => setSort(s))} />
                    <TotalHeadings />
                    <SortableHeader column="total" label="Total (£)" sort={sort} onSort={(s) => choose(() => setSort(s))} />
                    <th scope="col">
                      <span className="visually-hidden">Claim sheet</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.rows.map((s) => (
                    <tr key={s.volunteerId}>
                      <th scope="row" className="expenses-table__name">
                        <a href={`#/volunteers/${s.volunteerId}`}>{s.volunteerName}</a>
                      </th>
                      <td className="num">{s.totals.visits}</td>
                      <TotalCells totals={s.totals} />
                      <td>
                        <button type="button" className="link-button nowrap" onClick={() => show(s)}>
                          Show the claim sheet<span className="visually-hidden"> of {s.volunteerName}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">Total{list.total > list.pageSize ? ', every page' : ''}</th>
                    <td className="num">{totals.visits}</td>
                    <TotalCells totals={totals} />
                    <td />
                  </tr>
                </tfoot>
              </table>
            </div>
            <Pager page={list.page} pages={pageCount(list.total, list.pageSize)} go={setPage} label="Pages of the expenses" />
            {message && (
              <p className={message.ok ? 'secondary' : 'error-message'} role={message.ok ? 'status' : 'alert'}>
                {message.text}
              </p>
            )}
            <div className="button-group">
              <button type="button" className="button" onClick={downloadCsv}>
                Download CSV
              </button>
              <PrintButtons printLabel={sheets.length === 1 ? 'Print the claim sheet' : `Print all ${sheets.length} claim sheets`} pdfName={`Expenses claims ${month}`} secondary />
            </div>
          </>
        )}
      </div>
      {data && preview && (
        <section className="claim-sheets" aria-labelledby="claim-sheets-heading">
          <div className="no-print">
            <h2 id="claim-sheets-heading">Claim sheets</h2>
            <p className="lede">
              One page per volunteer, {sheets.length === 1 ? 'as it prints' : `${sheets.length} pages in all, in the table’s order`}: the visits and totals, and lines for the volunteer and the coordinator to sign. Young people appear by
              their initials only. {sheets.length > 1 && `Shown here: ${preview.volunteerName}’s; choose “Show the claim sheet” in the table for another.`}
            </p>
          </div>
          {sheets.map((s) => (
            <ClaimSheet key={s.volunteerId} sheet={s} month={data.month} schemeName={data.schemeName} ratePence={data.ratePence} printOnly={s !== preview} />
          ))}
        </section>
      )}
    </PrintLayout>
  );
}
