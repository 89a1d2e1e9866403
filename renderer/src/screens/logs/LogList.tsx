import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Result } from '../../../../shared/result';
import type { LogPage } from '../../../../shared/contract';
import { pageCount, showingWords, type SortDirection } from '../../../../shared/lists/paging';
import { Pager } from '../../components/Pager';

export interface LogQuery {
  page: number;
  sort: { by: 'date'; direction: SortDirection };
  show: 'all' | 'open';
}

const FIRST: LogQuery = { page: 1, sort: { by: 'date', direction: 'desc' }, show: 'all' };

/** A log's current page, asked of core once per change of page, filter or order. */
export function useLogPage<T>(load: (query: LogQuery) => Promise<Result<LogPage<T>>>) {
  const [query, setQuery] = useState(FIRST);
  const [list, setList] = useState<LogPage<T> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const fetchPage = useCallback(
    (q: LogQuery) =>
      load(q).then((r) => {
        if (!r.ok) return setFailure(r.error.message);
        setFailure(null);
        setList(r.value);
      }),
    [load],
  );
  useEffect(() => void fetchPage(query), [fetchPage, query]);
  return { list, failure, query, setQuery, reload: () => fetchPage(query) };
}

/** The log's section: its heading, filter and order, count, entries (children) and pager; `noun` names an entry ("concern"). */
export function LogList<T>({ list, query, setQuery, noun, title, children }: { list: LogPage<T>; query: LogQuery; setQuery: (q: LogQuery) => void; noun: string; title: string; children: ReactNode }) {
  const headingId = `${noun}s-heading`;
  const plural = (n: number) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const go = (page: number) => {
    setQuery({ ...query, page });
    document.getElementById(headingId)?.focus();
  };
  const idPrefix = `${noun}s-list`;
  const order = query.sort.direction === 'desc' ? 'Newest' : 'Oldest';
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {list.all > 0 && (
        <div className="list-filters" role="search" aria-label={`Choose which ${noun}s to show`}>
          <div className="field">
            <label className="label" htmlFor={`${idPrefix}-show`}>
              Show
            </label>
            <select id={`${idPrefix}-show`} className="select" value={query.show} onChange={(e) => setQuery({ ...query, page: 1, show: e.target.value as LogQuery['show'] })}>
              <option value="all">Every {noun}</option>
              <option value="open">Open {noun}s only</option>
            </select>
          </div>
          <div className="field">
            <label className="label" htmlFor={`${idPrefix}-order`}>
              Order
            </label>
            <select id={`${idPrefix}-order`} className="select" value={query.sort.direction} onChange={(e) => setQuery({ ...query, page: 1, sort: { by: 'date', direction: e.target.value as SortDirection } })}>
              <option value="desc">Newest first</option>
              <option value="asc">Oldest first</option>
            </select>
          </div>
        </div>
      )}
      <p className="count">
        {list.all === 0
          ? `No ${noun}s have been recorded.`
          : query.show === 'open' && list.total === 0
            ? `No open ${noun}s: all ${plural(list.all)} are closed.`
            : `${plural(list.all)}, ${list.open} open. ${query.show === 'open' ? 'Open ones only, ' : ''}${query.show === 'open' ? order.toLowerCase() : order} first. ${showingWords(list)}`}
      </p>
      {children}
      <Pager page={list.page} pages={pageCount(list.total, list.pageSize)} go={go} label={`Pages of the ${noun}s`} />
    </section>
  );
}
