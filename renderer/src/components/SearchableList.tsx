import { useEffect, useState, type ReactNode } from 'react';
import type { Result } from '../../../shared/result';
import { PageHeading } from './PageHeading';
import { takeFlash } from '../flash';
import { FlashBanner } from './FlashBanner';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface Props<T extends { id: number }> {
  title: string;
  /** Singular and plural, for the count line. */
  nouns: [string, string];
  addLabel: string;
  addHref: string;
  load: (search: string) => Promise<Result<T[]>>;
  columns: Column<T>[];
  /** More filters beside the name search; `load` should change when they do. */
  filters?: ReactNode;
  /** Words for the count line while filters are on, e.g. "with status Enquiry". */
  filterNote?: string;
}

/** A list with a name search that updates as the coordinator types. */
export function SearchableList<T extends { id: number }>({ title, nouns, addLabel, addHref, load, columns, filters, filterNote }: Props<T>) {
  const [search, setSearch] = useState('');
  const [rows, setRows] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [flash] = useState(takeFlash);

  useEffect(() => {
    let current = true;
    load(search).then((result) => {
      if (!current) return;
      if (result.ok) {
        setRows(result.value);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [search, load]);

  const searchField = (
    <div className="field search">
      <label className="label" htmlFor="search">
        Search by name
      </label>
      <input id="search" className="input input--half" type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
    </div>
  );

  return (
    <>
      {flash && <FlashBanner flash={flash} />}
      <div className="page-title">
        <PageHeading>{title}</PageHeading>
        <a className="button" href={addHref}>
          {addLabel}
        </a>
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
      {rows && (
        <>
          <p className="count" role="status">
            {`${rows.length} ${rows.length === 1 ? nouns[0] : nouns[1]}`}
            {search.trim() ? ` matching “${search.trim()}”` : ''}
            {filterNote ? ` ${filterNote}` : ''}
          </p>
          {rows.length > 0 && (
            <table className="table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c.header} scope="col">
                      {c.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    {columns.map((c) => (
                      <td key={c.header}>{c.cell(row)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
