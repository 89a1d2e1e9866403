/** The backups in a folder, each opened with the key to read its record counts, or as last checked. */
import { readdirSync, statSync, existsSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupInfo } from '../../../shared/contract';
import { backupsDir, parseBackupName } from './names';
import { checkBackup, type BackupCheck, type BackupKey } from './inspect';
import { noteCheck, rememberedChecks, sameFile, type RememberedChecks } from './checkRecord';
import type { RecordCounts } from '../reports/counts';

/** A backup as the Backups screen shows it; its counts are the record kinds core counts. */
export interface BackupEntry extends BackupInfo {
  counts: RecordCounts | null;
}

/**
 * A full check. One made with the live data's key, of a file under a backup's name (not a
 * backup still being made) that did not change while it was read, is remembered for the
 * screen (see checkRecord.ts).
 */
function checkNow(path: string, key: BackupKey, before: Stats): BackupCheck {
  const check = checkBackup(path, key);
  const after = Buffer.isBuffer(key) || !parseBackupName(basename(path)) ? undefined : statSync(path, { throwIfNoEntry: false });
  if (after && sameFile(before, after)) noteCheck(path, after, check);
  return check;
}

/**
 * A backup's details. With `remembered`: its remembered check, or "unchecked", without
 * opening it; otherwise it is opened and checked in full.
 */
export function describeBackup(path: string, name: string, key: BackupKey, remembered?: RememberedChecks): BackupEntry | null {
  const parsed = parseBackupName(name);
  // Rotation in another process (the app beside a CLI command) may have deleted it since the listing.
  const stat = parsed ? statSync(path, { throwIfNoEntry: false }) : undefined;
  if (!parsed || stat === undefined) return null;
  const size = stat.size;
  const known = remembered ? remembered(path, stat) : { check: checkNow(path, key, stat), checkedAt: new Date().toISOString() };
  const check = known?.check;
  return {
    path,
    name,
    ...parsed,
    size,
    status: check === undefined ? 'unchecked' : check.ok ? 'good' : 'damaged',
    checkedAt: known?.checkedAt ?? null,
    problem: check && !check.ok ? check.problem : null,
    counts: check?.ok ? check.counts : null,
  };
}

/** The files in a folder named as backups are (not temporary files, not key files). */
export function backupFilesIn(folder: string): { path: string; name: string }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => (parseBackupName(name) ? [{ path: join(folder, name), name }] : []));
}

/** Newest first. `forTheScreen` (with the live connection): each as last checked, none opened (see describeBackup). */
export function listBackupsIn(folder: string, key: BackupKey, forTheScreen = false): BackupEntry[] {
  const remembered = forTheScreen && !Buffer.isBuffer(key) ? rememberedChecks(key) : undefined;
  return backupFilesIn(folder)
    .map(({ path, name }) => describeBackup(path, name, key, remembered))
    .filter((entry): entry is BackupEntry => entry !== null)
    .sort((a, b) => b.madeAt.localeCompare(a.madeAt));
}

/** The backups in the data folder's Backups folder. */
export function listBackups(dataDir: string, key: BackupKey, forTheScreen = false): BackupEntry[] {
  return listBackupsIn(backupsDir(dataDir), key, forTheScreen);
}
