/**
 * The history of a record, behind a button: collapsed at first, so the page opens as quickly
 * as before; opening it loads one page of changes in one call. HistorySection is the History
 * section of a volunteer's, young person's or match's page.
 */
import { useId, useState } from 'react';
import { api } from '../api';
import type { CallInput, HistoryPage } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { ProfileSection } from './ProfileSection';
import { HistoryList, HistoryPager } from './HistoryList';

export function HistoryDisclosure({ load, label, headingLevel }: { load: (page: number) => Promise<Result<HistoryPage>>; label: string; headingLevel: 3 | 4 }) {
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState<HistoryPage | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const panelId = useId();

  async function show(number: number) {
    setFailure(null);
    const result = await load(number);
    if (!result.ok) return setFailure(result.error.message);
    setPage(result.value);
  }

  function toggle() {
    if (!open && !page) void show(1);
    setOpen(!open);
  }

  return (
    <>
      <button type="button" className="button button--secondary" aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        {open ? 'Hide' : 'Show'} {label}
      </button>
      <div id={panelId} hidden={!open} className="history-panel">
        {failure && (
          <p className="error-message" role="alert">
            {failure}
          </p>
        )}
        {open && !page && !failure && <p className="loading">Loading…</p>}
        {page && (
          <>
            <HistoryList page={page} headingLevel={headingLevel} />
            <HistoryPager page={page} onPage={(n) => void show(n)} />
          </>
        )}
      </div>
    </>
  );
}

export function HistorySection({ kind, id, what }: { kind: CallInput<'recordHistory'>['kind']; id: number; what: string }) {
  return (
    <ProfileSection name="history" title="History" notice={null}>
      <p className="secondary">Every change to {what}, newest first: when, who made it, and the values before and after.</p>
      <HistoryDisclosure load={(page) => api.recordHistory({ kind, id, page })} label="the history" headingLevel={3} />
    </ProfileSection>
  );
}
