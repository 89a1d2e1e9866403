import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Result } from '../../../shared/result';
import { pageCount, showingWords, type ListPage } from '../../../shared/lists/paging';
import { PageHeading } from './PageHeading';
import { takeFlash } from '../flash';
import { FlashBanner } from './FlashBanner';
import { Pager } from './Pager';
import { SortableHeader, type Sort } from './SortableHeader';
import { useDebounced } from '../useDebounced';

export interface Column<T, C extends string> {
  header: string;
  cell: (row: T) => ReactNode;
  /** The sort this column's heading offers; leave out for a column that does not sort. */
  sort?: C;
}

/** What the list asks core for: one page, in one order, of what the search finds. */
export interface ListQuery<C extends string> {
  search: string;
  page: number;
  sort: Sort<C>;
}

interface Props<T extends { id: number }, P extends ListPage<T>, C extends string> {
  title: string;
  /** Singular and plural, for the count line. */
  nouns: [string, string];
  /** The link or button beside the heading, such as "Add a volunteer". */
  action: ReactNode;
  /** One call for one page; it should change when the filters do (the list then goes back to page 1). */
  load: (query: ListQuery<C>) => Promise<Result<P>>;
  /** Whatever else the screen needs from the answer, such as a filter's choices. */
  onPage?: (page: P) => void;
  columns: Column<T, C>[];
  defaultSort: Sort<C>;
  /** More filters beside the name search. */
  filters?: ReactNode;
  /** Words for the count line while filters are on, e.g. "with status Enquiry". */
  filterNote?: string;
  /** Shown above the list, e.g. where to start when there is nothing yet. */
  notice?: ReactNode;
}

/**
 * A long list a page at a time: a name search that waits for a pause in the typing, column
 * headings that sort, and previous and next. Each change asks core for one page; an answer
 * that arrives after a newer question is dropped, so a slow search never shows late.
 */
export function SearchableList<T extends { id: number }, P extends ListPage<T>, C extends string>(props: Props<T, P, C>) {
  const { title, nouns, action, load, onPage, columns, defaultSort, filters, filterNote, notice } = props;
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState({ search: '', page: 1, sort: defaultSort, load });
  const [shown, setShown] = useState<{ page: P; search: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [flash] = useState(takeFlash);
  const countLine = useRef<HTMLParagraphElement>(null);
  const paged = useRef(false);
  const latestOnPage = useRef(onPage);
  useEffect(() => {
    latestOnPage.current = onPage;
  }, [onPage]);

  // New filters or a pause in the typing: the same order, from the first page.
  const search = useDebounced(typed.trim());
  if (query.load !== load || query.search !== search) setQuery({ ...query, load, search, page: 1 });

  useEffect(() => {
    let current = true;
    query.load({ search: query.search, page: query.page, sort: query.sort }).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      setShown({ page: result.value, search: query.search });
      latestOnPage.current?.(result.value);
      // After previous or next, the count line says where the coordinator now is.
      if (paged.current) countLine.current?.focus();
      paged.current = false;
    });
    return () => {
      current = false;
    };
  }, [query]);

  const goTo = (page: number) => {
    paged.current = true;
    setQuery((q) => ({ ...q, page }));
  };
  const sortBy = (sort: Sort<C>) => setQuery((q) => ({ ...q, sort, page: 1 }));

  const searchField = (
    <div className="field search">
      <label className="label" htmlFor="search">
        Search by name
      </label>
      <input id="search" className="input input--half" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
    </div>
  );
  const page = shown?.page;

  return (
    <>
      {flash && <FlashBanner flash={flash} />}
      <div className="page-title">
        <PageHeading>{title}</PageHeading>
        {action}
      </div>
      {filters ? (
        <div className="list-filters" role="search" aria-label={`Search and filter ${nouns[1]}`}>
          {searchField}
          {filters}
        </div>
      ) : (
        searchField
      )}
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {notice}
      {page && shown && (
        <>
          <p className="count" role="status" ref={countLine} tabIndex={-1}>
            {`${page.total} ${page.total === 1 ? nouns[0] : nouns[1]}`}
            {shown.search ? ` matching “${shown.search}”` : ''}
            {filterNote ? ` ${filterNote}` : ''}
            {showingWords(page) ? `. ${showingWords(page)}` : ''}
          </p>
          {page.rows.length > 0 && (
            <div className="table-scroll">
              <table className="table">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    {columns.map((c) =>
                      c.sort ? (
                        <SortableHeader key={c.header} column={c.sort} label={c.header} sort={query.sort} onSort={sortBy} />
                      ) : (
                        <th key={c.header} scope="col">
                          {c.header}
                        </th>
                      ),
                    )}
                  </tr>
                </thead>
                <tbody>
                  {page.rows.map((row) => (
                    <tr key={row.id}>
                      {columns.map((c) => (
                        <td key={c.header}>{c.cell(row)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={page.page} pages={pageCount(page.total, page.pageSize)} go={goTo} label={`Pages of ${nouns[1]}`} />
        </>
      )}
    </>
  );
}
