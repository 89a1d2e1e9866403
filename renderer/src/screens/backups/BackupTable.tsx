import type { BackupInfo } from '../../../../shared/contract';
import { BACKUP_REASON_WORDS } from '../../../../shared/backups/reasons';
import { backupTimeText, countsText, sizeText } from '../../../../shared/backups/format';

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
            <td>{b.counts ? countsText(b.counts) : <strong className="backups__damaged">Cannot be opened: {b.problem}</strong>}</td>
            <td className="backups__actions">
              {b.status === 'good' && (
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
