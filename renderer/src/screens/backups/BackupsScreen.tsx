import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import { SavedBanner, type SavedNotice } from '../../components/SavedBanner';
import { Warning } from '../../components/Notice';
import type { BackupInfo, BackupPlace, BackupsView, RestoreOutcome } from '../../../../shared/contract';
import { backupTimeText } from '../../../../shared/backups/format';
import type { Result } from '../../../../shared/result';
import { BackupTable } from './BackupTable';
import { RestoreDialog } from './RestoreDialog';
import { SecondPlaceForm } from './SecondPlaceForm';
import { useConfirm } from '../../components/ConfirmDialog';
import { CallProgressBar } from '../../components/CallProgressBar';
import { BACKUP_REASON_WORDS } from '../../../../shared/backups/reasons';

const CHECK_CALL = ['checkBackups'] as const;

type Restoring = { backup: Pick<BackupInfo, 'madeAt' | 'reason'>; path: string | null };

function Place({ id, title, place, onRestore, onDelete }: { id: string; title: string; place: BackupPlace; onRestore: (b: BackupInfo) => void; onDelete: (b: BackupInfo) => void }) {
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{title}</h2>
      <p className="hint">
        In <span className="backups__folder">{place.folder}</span>
      </p>
      {place.problem && <Warning>{place.problem}</Warning>}
      {!place.problem && place.backups.length === 0 && <p>There are no backups here yet.</p>}
      {place.backups.length > 0 && <BackupTable caption={title} backups={place.backups} onRestore={onRestore} onDelete={onDelete} />}
    </section>
  );
}

/** Back up now, the backups in both places, restoring one and undoing that, and the second place. */
export function BackupsScreen({ onRestored }: { onRestored: () => void }) {
  const [view, setView] = useState<BackupsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<SavedNotice | null>(null);
  const [busy, setBusy] = useState<'backing_up' | 'checking' | null>(null);
  const [restoring, setRestoring] = useState<Restoring | null>(null);
  const confirm = useConfirm();

  const show = useCallback((result: Result<BackupsView>) => (result.ok ? setView(result.value) : setError(result.error.message)), []);
  useEffect(() => {
    api.backupsView({}).then(show);
  }, [show]);
  const load = () => api.backupsView({}).then(show);

  const say = (text: string) => setNotice((n) => ({ text, n: (n?.n ?? 0) + 1 }));

  async function backUpNow() {
    setBusy('backing_up');
    setError(null);
    const result = await api.backUpNow({});
    setBusy(null);
    if (!result.ok) return setError(`The backup was not made. ${result.error.message}`);
    const { made, secondPlace } = result.value;
    const where = secondPlace?.path ? ` and a copy in ${secondPlace.folder}` : '';
    say(`Backed up at ${backupTimeText(made.madeAt)}: in ${view?.dataFolder.folder ?? 'the Backups folder'}${where}.${secondPlace?.problem ? ` ${secondPlace.problem}` : ''}`);
    void load();
  }

  async function checkBackups() {
    if (busy) return;
    setBusy('checking');
    setError(null);
    const result = await api.checkBackups({});
    setBusy(null);
    if (!result.ok) return setError(`The backups were not all checked. ${result.error.message}`);
    setView(result.value);
    const all = [...result.value.dataFolder.backups, ...(result.value.secondPlace?.backups ?? [])];
    const failed = all.filter((b) => b.status === 'damaged').length;
    say(failed === 0 ? `Checked ${all.length === 1 ? 'the backup' : `all ${all.length} backups`}: ${all.length === 1 ? 'it opens' : 'each opens'} with your key and passes its check.` : `Checked ${all.length} backups: ${failed} cannot be opened, shown below.`);
  }

  async function deleteBackup(backup: BackupInfo) {
    const when = backupTimeText(backup.madeAt);
    const sure = await confirm.ask({
      title: `Delete the backup from ${when}?`,
      body: (
        <>
          <p>
            The backup ({BACKUP_REASON_WORDS[backup.reason].toLowerCase()}) and its key file are deleted from this folder, and cannot be brought back. Your records and the other
            backups stay as they are.
          </p>
          <p>Delete a backup made before an erasure once you are sure the erasure was right: until then, it is the only way back.</p>
        </>
      ),
      confirmLabel: 'Delete the backup',
    });
    if (!sure) return;
    setError(null);
    const result = await api.deleteBackup({ path: backup.path });
    if (!result.ok) return setError(result.error.message);
    say(`Deleted the backup from ${when}.`);
    void load();
  }

  function restored(outcome: RestoreOutcome, undo: boolean) {
    setRestoring(null);
    say(
      undo
        ? 'The restore is undone: your records are back as they were before it.'
        : `Restored the backup from ${backupTimeText(outcome.restored.madeAt)}. Anything recorded after then is not in your records now; to get it back, undo the restore.`,
    );
    onRestored();
    void load();
  }

  const last = view?.lastRestore;
  return (
    <>
      <PageHeading>Backups</PageHeading>
      <SavedBanner notice={notice} />
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <p>
        IV Desk backs up your records by itself: the first time you unlock each day, when you lock after making changes, and before an import, a restore, an update of IV Desk or an erasure. Each backup is
        encrypted, checked after it is made, and opens only with your passphrase or recovery key.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={backUpNow} disabled={busy !== null}>
          {busy === 'backing_up' ? 'Backing up…' : 'Back up now'}
        </button>
        {/* Not disabled while it runs, so the keyboard focus stays on it. */}
        <button type="button" className="button button--secondary" onClick={checkBackups} aria-disabled={busy !== null}>
          Check backups
        </button>
      </div>
      <p className="hint">
        Each backup shows when it last passed its check. &ldquo;Check backups&rdquo; opens every backup with your key and checks it through, which takes a few seconds for each on a large
        scheme. A restore always checks the backup it restores first.
      </p>
      {busy === 'checking' && <CallProgressBar busy="Checking backups" calls={CHECK_CALL} />}
      {last && (
        <section aria-labelledby="undo-heading" className="section inset">
          <h2 id="undo-heading">Undo the restore</h2>
          <p>
            On {backupTimeText(last.restoredAt)} you restored the backup from {last.restoredFrom.madeAt ? backupTimeText(last.restoredFrom.madeAt) : last.restoredFrom.name}. Undoing it
            puts your records back as they were just before, from the safety copy.
          </p>
          <button type="button" className="button button--secondary" onClick={() => setRestoring({ backup: { madeAt: last.restoredAt, reason: 'before_restore' }, path: null })}>
            Undo restore
          </button>
        </section>
      )}
      {view && (
        <>
          <Place id="backups-here" title="On this computer" place={view.dataFolder} onRestore={(b) => setRestoring({ backup: b, path: b.path })} onDelete={deleteBackup} />
          {view.secondPlace ? (
            <Place id="backups-second" title="In the second place" place={view.secondPlace} onRestore={(b) => setRestoring({ backup: b, path: b.path })} onDelete={deleteBackup} />
          ) : (
            <Warning>No second place is chosen, so every backup is on this computer only. Choose one below.</Warning>
          )}
          <SecondPlaceForm settings={view.settings} onSaved={load} />
        </>
      )}
      {confirm.dialog}
      {restoring && (
        <RestoreDialog
          backup={restoring.backup}
          undo={restoring.path === null}
          restore={(passphrase) => (restoring.path === null ? api.undoRestore({ passphrase }) : api.restoreBackup({ path: restoring.path, passphrase }))}
          onClose={() => setRestoring(null)}
          onRestored={(outcome) => restored(outcome, restoring.path === null)}
        />
      )}
    </>
  );
}
