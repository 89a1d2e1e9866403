import { useState } from 'react';
import { api } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import type { RestoreOutcome } from '../../../../shared/contract';
import { BACKUP_REASON_WORDS } from '../../../../shared/backups/reasons';
import { backupTimeText, countsText } from '../../../../shared/backups/format';

/**
 * After the passphrase proved right but the records would not open because the database
 * is damaged: the way back. The damaged file is set aside (renamed, never deleted) and the
 * newest backup that passes its check is restored; then it says which, and what may be missing.
 */
export function DamagedRestoreOffer({ passphrase, onRestored }: { passphrase: string; onRestored: (outcome: RestoreOutcome) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore() {
    setBusy(true);
    setError(null);
    const result = await api.restoreLatestGoodBackup({ passphrase });
    setBusy(false);
    if (result.ok) onRestored(result.value);
    else setError(result.error.message);
  }

  return (
    <section className="section inset" aria-labelledby="damaged-heading">
      <h2 id="damaged-heading">Restore the latest good backup</h2>
      <p>
        Your passphrase is right, but the records cannot be opened because the database file is damaged. IV Desk can set the damaged file aside (it is kept, never deleted)
        and restore the newest backup on this computer that passes its check.
      </p>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button" onClick={restore} disabled={busy}>
        {busy ? 'Restoring…' : 'Restore the latest good backup'}
      </button>
    </section>
  );
}

/** After the latest good backup was restored over a damaged database: which backup, from when, and what may be missing. */
export function RestoredOverDamage({ outcome, onContinue }: { outcome: RestoreOutcome; onContinue: () => void }) {
  const when = backupTimeText(outcome.restored.madeAt);
  return (
    <main className="narrow" id="main">
      <PageHeading caption="IV Desk">Your records are restored from the backup of {when}</PageHeading>
      <div role="status">
        <p>
          That backup ({BACKUP_REASON_WORDS[outcome.restored.reason].toLowerCase()}) holds {outcome.restored.counts ? countsText(outcome.restored.counts) : 'your records'}.
        </p>
        <p>
          <strong>Anything recorded after {when} is missing.</strong> Check your recent visits, notes and changes, and add again what is not there.
        </p>
        {outcome.setAside && <p>The damaged file was kept, renamed {outcome.setAside}, in case it is needed. IV Desk will not use it.</p>}
      </div>
      <button type="button" className="button" onClick={onContinue}>
        Continue to your records
      </button>
    </main>
  );
}
