/** A page of audit entries, newest first: who did what to which record, and the fields that changed. */
import type { ReactNode } from 'react';
import type { HistoryEntry, HistoryPage } from '../../../shared/contract';
import { TableScroll } from './TableScroll';

function ChangesTable({ entry }: { entry: HistoryEntry }) {
  return (
    <TableScroll label="What changed">
      <table className="table history__changes">
        <caption className="visually-hidden">What changed</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {entry.changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{change.label}</th>
              <td>{change.before || <span className="secondary">(blank)</span>}</td>
              <td>{change.after || <span className="secondary">(blank)</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function EntryDetails({ entry }: { entry: HistoryEntry }) {
  if (entry.action === 'erasure') return <p className="secondary">Erased under the data rules: no details are kept.</p>;
  if (entry.redacted && entry.changes.length === 0) return <p className="secondary">The details were removed when this record was erased.</p>;
  if (entry.note) return <p>{entry.note}</p>;
  if (entry.changes.length === 0) return <p className="secondary">No fields with a value.</p>;
  return (
    <>
      <ChangesTable entry={entry} />
      {entry.redacted && <p className="secondary">Some details were removed later, under the data rules.</p>}
    </>
  );
}

/** `extra` adds links to each entry (the Audit screen's "only this record"). */
export function HistoryList({ page, extra, headingLevel = 3 }: { page: HistoryPage; extra?: (entry: HistoryEntry) => ReactNode; headingLevel?: 2 | 3 | 4 }) {
  if (page.total === 0) return <p>No changes have been recorded.</p>;
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2];
  return (
    <ol className="history">
      {page.entries.map((entry) => (
        <li key={entry.id} className="history__entry">
          <Heading className="history__title">
            {entry.actionLabel}: {entry.recordLabel}
            {entry.recordName ? ` (${entry.recordName})` : ''}
          </Heading>
          <p className="history__meta secondary">
            {entry.when}, by {entry.actor ?? 'no name recorded (add yours in Settings)'}
          </p>
          <EntryDetails entry={entry} />
          {extra?.(entry)}
        </li>
      ))}
    </ol>
  );
}

/** Previous and next buttons for a paged history; nothing when it fits on one page. */
export function HistoryPager({ page, onPage }: { page: HistoryPage; onPage: (page: number) => void }) {
  if (page.pageCount <= 1) return null;
  return (
    <nav className="button-group history__pager" aria-label="Pages of changes">
      {page.page > 1 && (
        <button type="button" className="button button--secondary" onClick={() => onPage(page.page - 1)}>
          Newer changes
        </button>
      )}
      <span className="history__page">
        Page {page.page} of {page.pageCount} ({page.total} changes)
      </span>
      {page.page < page.pageCount && (
        <button type="button" className="button button--secondary" onClick={() => onPage(page.page + 1)}>
          Older changes
        </button>
      )}
    </nav>
  );
}
