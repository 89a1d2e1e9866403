import type { BackupInfo } from '../../../../shared/contract';
import { BACKUP_REASON_WORDS } from '../../../../shared/backups/reasons';
import { backupTimeText, countsText, sizeText } from '../../../../shared/backups/format';

/** What the last full check found, and when; a restore checks the backup again in full whatever this says. */
function checkText(b: BackupInfo): string {
  if (b.status === 'unchecked' || !b.checkedAt) return 'Not checked yet';
  return `${b.status === 'good' ? 'Passed' : 'Failed'} on ${backupTimeText(b.checkedAt)}`;
}

/** One place's backups, newest first; a backup that cannot be opened is listed, saying why, with nothing to restore. */
export function BackupTable({ caption, backups, onRestore, onDelete }: { caption: string; backups: BackupInfo[]; onRestore: (backup: BackupInfo) => void; onDelete: (backup: BackupInfo) => void }) {
  return (
    <table className="table backups__table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Made</th>
          <th scope="col">Why</th>
          <th scope="col">Size</th>
          <th scope="col">Last check</th>
          <th scope="col">Records</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.path}>
            <td className="backups__when">{backupTimeText(b.madeAt)}</td>
            <td>{BACKUP_REASON_WORDS[b.reason]}</td>
            <td className="backups__size">{sizeText(b.size)}</td>
            <td>{checkText(b)}</td>
            <td>{b.status === 'damaged' ? <strong className="backups__damaged">Cannot be opened: {b.problem}</strong> : b.counts ? countsText(b.counts) : 'Known once checked'}</td>
            <td className="backups__actions">
              {b.status !== 'damaged' && (
                <button type="button" className="button button--secondary button--compact" onClick={() => onRestore(b)}>
                  Restore<span className="visually-hidden"> the backup from {backupTimeText(b.madeAt)}</span>
                </button>
              )}
              <button type="button" className="button button--secondary button--compact" onClick={() => onDelete(b)}>
                Delete<span className="visually-hidden"> the backup from {backupTimeText(b.madeAt)}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
