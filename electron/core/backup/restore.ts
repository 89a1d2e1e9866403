/**
 * Restoring a backup: prove it opens with the key and passes integrity_check, keep a
 * safety copy of the current data (a 'before_restore' backup, which is also how a restore
 * is undone), lock, then replace the live files through the restore journal. Afterwards
 * IV Desk is locked and unlocks with the passphrase that was current when the backup was made.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { setAsideDatabase } from '../dataFolder';
import { parseKeyFile, type KeyFile } from '../crypto/keyFile';
import { UserError } from '../errors';
import type { DataFiles } from '../files';
import type { Session } from '../session';
import { checkBackup, type BackupKey } from './inspect';
import { makeBackup } from './make';
import { keyFileOf } from './names';
import { replaceWithBackup } from './journal';
import { noteRestore } from '../audit/restoreEntry';

export interface RestoreResult {
  restored: string;
  /** The backup of the data as it was before, or null when the data folder was empty. Restoring it undoes the restore. */
  safetyCopy: string | null;
}

/** The key file beside a backup, or a plain refusal. */
export function readBackupKeyFile(backupPath: string): KeyFile {
  if (!existsSync(backupPath)) throw new UserError('not_found', 'There is no backup at that place: it may have been moved or deleted. Nothing was changed.');
  if (!existsSync(keyFileOf(backupPath))) {
    throw new UserError('not_found', `The key file that goes with this backup (${keyFileOf(backupPath)}) is missing, so it cannot be restored. Nothing was changed.`);
  }
  return parseKeyFile(readFileSync(keyFileOf(backupPath), 'utf8'));
}

function requireRestorable(backupPath: string, key: BackupKey): void {
  readBackupKeyFile(backupPath);
  const check = checkBackup(backupPath, key);
  if (!check.ok) throw new UserError('damaged', `That backup cannot be restored: ${check.problem} Nothing was changed.`);
}

/**
 * Restores over an unlocked session's data. `key` is the backup's data key when it is
 * known (for example from the backup's own key file and passphrase); otherwise the
 * backup must open with the current data's key.
 */
export function restoreBackup(session: Session, backupPath: string, options: { key?: Buffer } = {}): RestoreResult {
  const { sqlite } = session.connection;
  requireRestorable(backupPath, options.key ?? sqlite);
  const safety = makeBackup({ sqlite, files: session.files }, { reason: 'before_restore', spare: backupPath });
  session.lock();
  replaceWithBackup(session.files, backupPath, safety.path);
  noteRestore(session.files, backupPath, safety.path);
  return { restored: backupPath, safetyCopy: safety.path };
}

/**
 * Restores into a data folder with no key file (a new computer). A database found there
 * without its key file can never be opened, but it is set aside, not deleted.
 */
export function restoreIntoEmptyFolder(files: DataFiles, backupPath: string, dataKey: Buffer): RestoreResult {
  if (existsSync(files.keyFile)) throw new UserError('already_set_up', 'This data folder already holds IV Desk data. Unlock it to restore over it.');
  requireRestorable(backupPath, dataKey);
  mkdirSync(files.dir, { recursive: true, mode: 0o700 });
  setAsideDatabase(files, 'set-aside');
  replaceWithBackup(files, backupPath, null);
  noteRestore(files, backupPath, null);
  return { restored: backupPath, safetyCopy: null };
}
