import { useState } from 'react';
import { api } from '../../api';
import { Pager } from '../../components/Pager';
import { useConfirm } from '../../components/ConfirmDialog';
import { dateText } from '../../form';
import { pageCount, pageOf, showingWords } from '../../../../shared/lists/paging';
import { STATUS_LABELS } from '../../../../shared/volunteers/stage';
import { LAPSED_REASON } from '../../../../shared/volunteers/lapse';
import type { RecruitmentBoard } from '../../../../shared/contract';
import { plural } from './format';

/**
 * The people the board's columns leave out: in recruitment, with nothing recorded for
 * the setting's days. Offered for withdrawal all at once, after a confirmation; until
 * then nothing about them changes.
 */
export function LapsedPeople({ lapsed, lapseDays, onWithdrawn }: { lapsed: RecruitmentBoard['lapsed']; lapseDays: number; onWithdrawn: (message: string) => void }) {
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { ask, dialog } = useConfirm();
  if (lapsed.length === 0) return null;
  const shown = pageOf(lapsed, page);

  async function withdrawAll() {
    const confirmed = await ask({
      title: `Withdraw ${plural(lapsed.length, 'person', 'people')}?`,
      body: (
        <p>
          Each is recorded as withdrawn today with the reason “{LAPSED_REASON}”. Their records stay; you can reopen anyone who gets in touch again from their page. The recruitment figures
          for past periods do not change.
        </p>
      ),
      confirmLabel: `Withdraw ${plural(lapsed.length, 'person', 'people')}`,
    });
    if (!confirmed) return document.getElementById('withdraw-lapsed')?.focus();
    setBusy(true);
    const result = await api.withdrawLapsedVolunteers({ ids: lapsed.map((p) => p.id) });
    setBusy(false);
    if (result.ok) onWithdrawn(result.value.message);
    else setError(result.error.message);
  }

  return (
    <section className="section lapsed" aria-labelledby="lapsed-heading">
      <h2 id="lapsed-heading">
        Lapsed: no step for {plural(lapseDays, 'day', 'days')} <span className="today__group-count">({lapsed.length})</span>
      </h2>
      <p>
        These people are still in recruitment, but nothing has been recorded for them for {plural(lapseDays, 'day', 'days')} or more, so they are left out of the columns above and
        off Today. <a href="#/settings">Change how long</a>.
      </p>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Lapsed people</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Stage</th>
              <th scope="col">Last step</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((p) => (
              <tr key={p.id}>
                <td>
                  <a href={`#/volunteers/${p.id}`}>{p.name}</a>
                </td>
                <td>{STATUS_LABELS[p.stage]}</td>
                <td>{dateText(p.lastStep)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="count">{showingWords(shown)}</p>
      <Pager page={shown.page} pages={pageCount(lapsed.length, shown.pageSize)} go={setPage} label="Pages of lapsed people" />
      <button type="button" id="withdraw-lapsed" className="button button--warning" disabled={busy} onClick={() => void withdrawAll()}>
        Withdraw all {lapsed.length} as “{LAPSED_REASON}”
      </button>
      {dialog}
    </section>
  );
}
