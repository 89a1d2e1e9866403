/** The backups in a folder, each opened with the key to read its record counts. */
import type Database from 'better-sqlite3';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/contract';
import { backupsDir, parseBackupName } from './names';
import { checkBackup, type BackupCheck, type BackupKey } from './inspect';
import type { RecordCounts } from '../reports/counts';

/** A backup as the Backups screen shows it; its counts are the record kinds core counts. */
export interface BackupEntry extends BackupInfo {
  counts: RecordCounts | null;
}

/**
 * The checks the Backups screen has shown, per unlocked connection. A backup's integrity
 * check reads the whole file (seconds for a large scheme), and a backup is written once: so
 * while the file keeps its size and modified time, the screen shows the check it has
 * already made. Each unlock starts afresh, and restoring or deleting always checks anew.
 */
const shownChecks = new WeakMap<Database.Database, Map<string, { stamp: string; check: BackupCheck }>>();

const stampOf = (stat: { size: number; mtimeMs: number }) => `${stat.size}:${stat.mtimeMs}`;

function checksOf(key: Database.Database) {
  let checks = shownChecks.get(key);
  if (!checks) shownChecks.set(key, (checks = new Map()));
  return checks;
}

function checkShown(path: string, key: Database.Database, stamp: string): BackupCheck {
  const known = checksOf(key).get(path);
  if (known?.stamp === stamp) return known.check;
  const check = checkBackup(path, key);
  checksOf(key).set(path, { stamp, check });
  return check;
}

/** A backup just made and checked under its final name: the screen need not check it again. */
export function rememberCheck(path: string, key: Database.Database, check: BackupCheck): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat) checksOf(key).set(path, { stamp: stampOf(stat), check });
}

export function describeBackup(path: string, name: string, key: BackupKey, forTheScreen = false): BackupEntry | null {
  const parsed = parseBackupName(name);
  // Rotation in another process (the app beside a CLI command) may have deleted it since the listing.
  const stat = parsed ? statSync(path, { throwIfNoEntry: false }) : undefined;
  if (!parsed || stat === undefined) return null;
  const size = stat.size;
  const check = forTheScreen && !Buffer.isBuffer(key) ? checkShown(path, key, stampOf(stat)) : checkBackup(path, key);
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

/** Newest first. Files that are not backups (temporary files, key files) are left out. `forTheScreen`: checks already shown may be shown again (see shownChecks). */
export function listBackupsIn(folder: string, key: BackupKey, forTheScreen = false): BackupEntry[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => describeBackup(join(folder, name), name, key, forTheScreen))
    .filter((entry): entry is BackupEntry => entry !== null)
    .sort((a, b) => b.madeAt.localeCompare(a.madeAt));
}

/** The backups in the data folder's Backups folder. */
export function listBackups(dataDir: string, key: BackupKey, forTheScreen = false): BackupEntry[] {
  return listBackupsIn(backupsDir(dataDir), key, forTheScreen);
}
