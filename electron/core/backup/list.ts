/** The backups in a folder, each opened with the key to read its record counts. */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/contract';
import { backupsDir, parseBackupName } from './names';
import { checkBackup, type BackupKey } from './inspect';
import type { RecordCounts } from '../reports/counts';

/** A backup as the Backups screen shows it; its counts are the record kinds core counts. */
export interface BackupEntry extends BackupInfo {
  counts: RecordCounts | null;
}

export function describeBackup(path: string, name: string, key: BackupKey): BackupEntry | null {
  const parsed = parseBackupName(name);
  // Rotation in another process (the app beside a CLI command) may have deleted it since the listing.
  const size = parsed ? statSync(path, { throwIfNoEntry: false })?.size : undefined;
  if (!parsed || size === undefined) return null;
  const check = checkBackup(path, key);
  return {
    path,
    name,
    ...parsed,
    size,
    status: check.ok ? 'good' : 'damaged',
    problem: check.ok ? null : check.problem,
    counts: check.ok ? check.counts : null,
  };
}

/** Newest first. Files that are not backups (temporary files, key files) are left out. */
export function listBackupsIn(folder: string, key: BackupKey): BackupEntry[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => describeBackup(join(folder, name), name, key))
    .filter((entry): entry is BackupEntry => entry !== null)
    .sort((a, b) => b.madeAt.localeCompare(a.madeAt));
}

/** The backups in the data folder's Backups folder. */
export function listBackups(dataDir: string, key: BackupKey): BackupEntry[] {
  return listBackupsIn(backupsDir(dataDir), key);
}
