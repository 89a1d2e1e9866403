/** What a backup is called, where backups live, and reading a backup's name back. */
import { join } from 'node:path';
import { BACKUP_REASONS, type BackupReason } from '../../../shared/backups/reasons';

export { BACKUP_REASONS, type BackupReason };

export const BACKUPS_FOLDER = 'Backups';
export const KEY_SUFFIX = '.key';
/** Temporary files are named `<final name>.tmp-<pid>` until they are complete. */
export const TEMP_MARK = '.tmp-';

const NAME = /^iv-desk-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z-([a-z_]+)\.db$/;

export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER);
}

/** e.g. iv-desk-2026-12-01T09-30-00.000Z-manual.db (UTC, no colons, so it is a valid name on Windows). */
export function backupFileName(madeAt: Date, reason: BackupReason): string {
  return `iv-desk-${madeAt.toISOString().replace(/:/g, '-')}-${reason}.db`;
}

export function parseBackupName(name: string): { madeAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m || !(BACKUP_REASONS as readonly string[]).includes(m[6])) return null;
  return { madeAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason: m[6] as BackupReason };
}

/** The copy of the key file that goes beside each backup. */
export function keyFileOf(backupPath: string): string {
  return backupPath + KEY_SUFFIX;
}
