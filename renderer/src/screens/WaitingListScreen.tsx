import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { api } from '../api';
import { dateText } from '../form';
import { PageHeading } from '../components/PageHeading';
import { PrintButtons, PrintLayout } from '../components/PrintLayout';
import { Pager } from '../components/Pager';
import { ageOn } from '../../../shared/dates';
import { pageCount, pageOf, showingWords } from '../../../shared/lists/paging';
import { CARE_LEAVER_AGE, needsCareLeaverDecision } from '../../../shared/youngPeople/rules';
import type { WaitingList, WaitingListRow } from '../../../shared/contract';

type SortKey = 'name' | 'age' | 'area' | 'referralDate' | 'since' | 'weeksWaiting' | 'kind';
type Filter = 'all' | WaitingListRow['kind'];

const STAGE_LABELS: Record<WaitingListRow['kind'], string> = { being_matched: 'Being matched', awaiting_iv: 'Awaiting a suitable IV' };

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'age', label: 'Age', numeric: true },
  { key: 'area', label: 'Area' },
  { key: 'referralDate', label: 'Referred' },
  { key: 'since', label: 'Waiting since' },
  { key: 'weeksWaiting', label: 'Weeks waiting', numeric: true },
  { key: 'kind', label: 'Stage' },
];

/** Which way a column sorts first: the longest wait, the oldest date and the eldest first; words A to Z. */
const FIRST_DIRECTION: Record<SortKey, 'ascending' | 'descending'> = {
  name: 'ascending',
  age: 'descending',
  area: 'ascending',
  referralDate: 'ascending',
  since: 'ascending',
  weeksWaiting: 'descending',
  kind: 'ascending',
};

function compare(a: WaitingListRow, b: WaitingListRow, key: SortKey, date: string): number {
  switch (key) {
    case 'age':
      return ageOn(a.dateOfBirth, date) - ageOn(b.dateOfBirth, date) || b.dateOfBirth.localeCompare(a.dateOfBirth);
    case 'weeksWaiting':
      // Days, not whole weeks, so two people both at 7 weeks still sort by who waited longer.
      return b.since.localeCompare(a.since);
    case 'area':
      return (a.area ?? '\uffff').localeCompare(b.area ?? '\uffff', 'en-GB');
    case 'kind':
      return STAGE_LABELS[a.kind].localeCompare(STAGE_LABELS[b.kind]);
    default:
      return a[key].localeCompare(b[key], 'en-GB');
  }
}

/** Drawn whole only while printing: on paper the waiting list is everyone the filter shows, in the screen's order. */
function usePrintingAll(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The page is laid out for paper straight after beforeprint, so the rows must be in the page by then.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/**
 * Who is waiting today, split as domain.md defines it, longest wait first, with long waits
 * marked. The whole list comes in one call and is sorted and counted whole; the screen
 * draws a page of it at a time, and prints all of it.
 */
export function WaitingListScreen() {
  const [list, setList] = useState<WaitingList | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; direction: 'ascending' | 'descending' }>({ key: 'weeksWaiting', direction: 'descending' });
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const printingAll = usePrintingAll();
  const countLine = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    api.waitingList({}).then((r) => (r.ok ? setList(r.value) : setFailure(r.error.message)));
  }, []);

  const shown = useMemo(
    () =>
      (list?.rows ?? [])
        .filter((r) => filter === 'all' || r.kind === filter)
        .sort((a, b) => {
          const order = compare(a, b, sort.key, list!.date) || a.since.localeCompare(b.since) || a.name.localeCompare(b.name);
          return sort.direction === 'ascending' ? order : -order;
        }),
    [list, filter, sort],
  );

  if (failure) {
    return (
      <>
        <PageHeading>Waiting list</PageHeading>
        <p className="error-message" role="alert">
          {failure}
        </p>
      </>
    );
  }
  if (!list) return <p className="loading">Loading…</p>;

  const count = (kind: Filter) => (kind === 'all' ? list.rows.length : list.rows.filter((r) => r.kind === kind).length);
  const longCount = list.rows.filter((r) => r.long).length;
  const careLeavers = list.rows.filter((r) => needsCareLeaverDecision(r.dateOfBirth, list.date)).length;
  const onPage = pageOf(shown, page);
  const drawn = printingAll ? shown : onPage.rows;
  // A new order or filter starts again from the first page.
  const sortBy = (key: SortKey) => {
    setPage(1);
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: FIRST_DIRECTION[key] }));
  };
  const show = (next: Filter) => {
    setPage(1);
    setFilter(next);
  };
  const go = (next: number) => {
    setPage(next);
    // After previous or next, the count line says where the coordinator now is.
    requestAnimationFrame(() => countLine.current?.focus());
  };
  const filters: [Filter, string][] = [
    ['all', 'Everyone waiting'],
    ['being_matched', 'Being matched'],
    ['awaiting_iv', 'Awaiting a suitable IV'],
  ];
  const weeks = list.longWaitWeeks;

  return (
    <PrintLayout printedDate={list.date}>
      <PageHeading>Waiting list</PageHeading>
      <p className="lede">
        Young people waiting for an Independent Visitor on {dateText(list.date)}: referred and accepted (or awaiting a decision), not closed, and with no match under way. “Being matched” means a volunteer
        has been proposed; otherwise they are awaiting a suitable IV.
      </p>
      <p className="waiting__threshold">
        <span className="tag tag--red">Long wait</span> Waits over {weeks} week{weeks === 1 ? '' : 's'} are highlighted; <a href="#/settings">change this in Settings</a>.
      </p>
      {careLeavers > 0 && (
        <p className="waiting__threshold">
          <span className="tag tag--yellow">Care-leaver decision</span> {careLeavers === 1 ? 'One young person waiting is' : `${careLeavers} young people waiting are`} {CARE_LEAVER_AGE} or over: decide
          whether the scheme goes on supporting {careLeavers === 1 ? 'them' : 'each of them'} as a care leaver.
        </p>
      )}
      <div className="waiting__filters" role="group" aria-label="Show">
        {filters.map(([value, label]) => (
          <button key={value} type="button" className={`filter-button${filter === value ? ' filter-button--on' : ''}`} aria-pressed={filter === value} onClick={() => show(value)}>
            {label} <span className="filter-button__count">({count(value)})</span>
          </button>
        ))}
      </div>
      <p className="count" role="status" ref={countLine} tabIndex={-1}>
        {list.rows.length === 0
          ? 'Nobody is waiting.'
          : `${shown.length} of ${list.rows.length} waiting shown. ${count('being_matched')} being matched, ${count('awaiting_iv')} awaiting a suitable IV; ${longCount} over ${weeks} week${weeks === 1 ? '' : 's'}.`}
        {!printingAll && showingWords(onPage) && <span className="no-print"> {showingWords(onPage)}</span>}
      </p>
      {shown.length > 0 && (
        <table className="table waiting">
          <caption className="visually-hidden">
            Waiting list, sorted by {COLUMNS.find((c) => c.key === sort.key)!.label.toLowerCase()}, {sort.direction}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : undefined} className={c.numeric ? 'waiting__numeric' : undefined}>
                  <span className="print-only">{c.label}</span>
                  <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span className="sort-button__arrow" aria-hidden="true">
                      {sort.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col" className="no-print">
                Match
              </th>
            </tr>
          </thead>
          <tbody>
            {drawn.map((r) => (
              <tr key={r.referralId} className={r.long ? 'waiting__row--long' : undefined}>
                <td>
                  <a href={`#/young-people/${r.youngPersonId}`}>{r.name}</a>
                </td>
                <td className="waiting__numeric">
                  {ageOn(r.dateOfBirth, list.date)}
                  {needsCareLeaverDecision(r.dateOfBirth, list.date) && (
                    <>
                      {' '}
                      <strong className="tag tag--yellow">Care-leaver decision</strong>
                    </>
                  )}
                </td>
                <td>{r.area ?? <span className="secondary">Not recorded</span>}</td>
                <td>{dateText(r.referralDate)}</td>
                <td>{dateText(r.since)}</td>
                <td className="waiting__numeric waiting__weeks">
                  {r.weeksWaiting}
                  {r.long && (
                    <>
                      {' '}
                      <strong className="tag tag--red">Long wait</strong>
                    </>
                  )}
                </td>
                <td className="nowrap-print">{STAGE_LABELS[r.kind]}</td>
                <td className="no-print">
                  <a href={`#/matching/${r.referralId}`}>
                    Find a match<span className="visually-hidden"> for {r.name}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.rows.length > 0 && shown.length === 0 && <p>Nobody is at this stage.</p>}
      <div className="no-print">
        <Pager page={onPage.page} pages={pageCount(shown.length, onPage.pageSize)} go={go} label="Pages of the waiting list" />
      </div>
      <div className="button-group no-print">
        <PrintButtons printLabel="Print the waiting list" pdfName="Waiting list" secondary />
        {shown.length > onPage.pageSize && <p className="hint waiting__print-note">Prints all {shown.length} shown, in this order, not only this page.</p>}
      </div>
    </PrintLayout>
  );
}
