import { useState, type FormEvent } from 'react';
import { useModalDialog } from '../../components/useModalDialog';
import { Field } from '../../components/Field';
import type { BackupInfo, RestoreOutcome } from '../../../../shared/contract';
import type { Result } from '../../../../shared/result';
import { BACKUP_REASON_WORDS } from '../../../../shared/backups/reasons';
import { backupTimeText } from '../../../../shared/backups/format';

interface Props {
  /** The backup to restore, or the safety copy when undoing a restore. */
  backup: Pick<BackupInfo, 'madeAt' | 'reason'>;
  undo: boolean;
  restore: (passphrase: string) => Promise<Result<RestoreOutcome>>;
  onClose: () => void;
  onRestored: (outcome: RestoreOutcome) => void;
}

/**
 * Says what a restore will do before it happens, and asks for the passphrase: a restore
 * replaces every record, so it is confirmed by the person who knows it.
 */
export function RestoreDialog({ backup, undo, restore, onClose, onRestored }: Props) {
  const ref = useModalDialog();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const when = backupTimeText(backup.madeAt);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) {
      setError('Enter your passphrase');
      document.getElementById('field-restorePassphrase')?.focus();
      return;
    }
    setBusy(true);
    const result = await restore(passphrase);
    setBusy(false);
    if (result.ok) return onRestored(result.value);
    setPassphrase('');
    setError(result.error.fields?.passphrase ?? result.error.message);
    document.getElementById('field-restorePassphrase')?.focus();
  }

  return (
    <dialog ref={ref} className="advance restore-dialog" aria-labelledby="restore-title" aria-describedby="restore-what" onCancel={(e) => (e.preventDefault(), onClose())}>
      <form onSubmit={submit} noValidate>
        <h2 id="restore-title" className="advance__title">
          {undo ? 'Undo the restore?' : `Restore the backup from ${when}?`}
        </h2>
        <div id="restore-what">
          {undo ? (
            <p>Your records go back to how they were just before the restore, from the safety copy made at {when}.</p>
          ) : (
            <p>
              Your records will be replaced by the records in this backup ({BACKUP_REASON_WORDS[backup.reason].toLowerCase()}), as they were at {when}.
            </p>
          )}
          <ul className="list--bullet">
            <li>First, IV Desk keeps a safety copy of your records as they are now.</li>
            <li>{undo ? 'Anything recorded since the restore will not be there.' : `Anything recorded after ${when} will not be there, until you undo the restore.`}</li>
            <li>You can undo this from the Backups screen, even after locking IV Desk.</li>
            <li>Your passphrase and recovery key stay as they are now.</li>
          </ul>
        </div>
        <Field
          name="restorePassphrase"
          type="password"
          label="Your passphrase"
          hint="To confirm that you want to replace your records."
          value={passphrase}
          onChange={setPassphrase}
          error={error}
          autoComplete="current-password"
          autoFocus
        />
        <div className="button-group">
          <button className="button button--warning" type="submit" disabled={busy}>
            {busy ? 'Restoring…' : undo ? 'Undo restore' : 'Restore this backup'}
          </button>
          <button className="button button--secondary" type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
