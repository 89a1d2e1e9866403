/**
 * Making a backup: VACUUM INTO a temporary name through the keyed connection (so the copy
 * is encrypted with the same key), check that copy opens with the key and passes
 * integrity_check, fsync it, put a copy of the key file beside it, then rename it to its
 * final name and fsync the folder. The live file is never copied. Rotation follows.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors';
import { storageFailure } from '../storageErrors';
import { syncDir, syncFile, writeFileAtomic, type DataFiles } from '../files';
import { backupFileName, backupsDir, keyFileOf, parseBackupName, TEMP_MARK, type BackupReason } from './names';
import { describeBackup, type BackupEntry } from './list';
import { noteCheck } from './checkRecord';
import { backupsToDelete } from './rotation';
import { noteBackupMade } from './changes';
import { readBackupSettings, secondPlaceProblem } from './secondPlace';

export interface BackupSource {
  sqlite: Database.Database;
  files: DataFiles;
}

export interface BackupOptions {
  reason: BackupReason;
  /** Another folder (a USB stick, a network share); the data folder's Backups folder by default. */
  to?: string;
  now?: Date;
  /** A backup rotation must not delete this time: the one about to be restored. */
  spare?: string;
}

/** Left-over temporary files older than this are from a backup that was cut off. */
const STALE_MS = 10 * 60 * 1000;

/**
 * Another process (a second CLI command, the app) may be making a backup in the same folder,
 * so a file listed here can be renamed or deleted before it is looked at: that is not a failure.
 */
function removeStaleTemporaries(folder: string, now: number): void {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    const orphanKey = name.endsWith('.db.key') && !existsSync(path.slice(0, -'.key'.length));
    if (!name.includes(TEMP_MARK) && !orphanKey) continue;
    const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (modified !== undefined && now - modified > STALE_MS) rmSync(path, { force: true });
  }
}

function freeName(folder: string, madeAt: Date, reason: BackupReason): string {
  const at = new Date(madeAt);
  while (existsSync(join(folder, backupFileName(at, reason)))) at.setUTCMilliseconds(at.getUTCMilliseconds() + 1);
  return backupFileName(at, reason);
}

/** Deletes what rotation lets go: the database first, then its key file. A failure here leaves extra backups, nothing worse. */
function rotate(folder: string, spare: string | undefined): string[] {
  try {
    return deleteRotated(folder, spare);
  } catch {
    return [];
  }
}

/**
 * Chosen by the names alone: opening every backup at each lock would take longer the more
 * and the larger they are. The backup just made passed its check and is the newest, so
 * the newest good backup is always among those kept.
 */
function deleteRotated(folder: string, spare: string | undefined): string[] {
  const items = readdirSync(folder).flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [{ name, ...parsed, good: true }] : [];
  });
  const doomed = backupsToDelete(items).filter((name) => spare === undefined || resolve(folder, name) !== resolve(spare));
  for (const name of doomed) {
    rmSync(join(folder, name), { force: true });
    rmSync(keyFileOf(join(folder, name)), { force: true });
  }
  if (doomed.length > 0) syncDir(folder);
  return doomed;
}

/** What became of the copy for the second place: where it went, or why it could not go there. */
export type SecondPlaceCopy = { folder: string; path: string; problem: null } | { folder: string; path: null; problem: string };

export type MadeBackup = BackupEntry & { deleted: string[]; secondPlace: SecondPlaceCopy | null };

/**
 * The same backup again in the second place, when one is chosen. The copy in the data
 * folder has already been made, so a stick that is not plugged in, or is full, is
 * reported, never thrown.
 */
function copyToSecondPlace(source: BackupSource, options: BackupOptions & { now: Date }): SecondPlaceCopy | null {
  const folder = readBackupSettings(source.sqlite).secondPlace;
  if (!folder) return null;
  const problem = secondPlaceProblem(folder, source.files.dir);
  if (problem) return { folder, path: null, problem };
  try {
    return { folder, path: makeBackup(source, { ...options, to: folder }).path, problem: null };
  } catch (error) {
    const why = error instanceof UserError && error.code !== 'storage' ? ` ${error.message}` : ' It may be full, or write-protected.';
    return { folder, path: null, problem: `No copy could be made in the second place, ${folder}; the backup in the data folder was made.${why}` };
  }
}

/** Makes a backup in the data folder's Backups folder (and the second place, if one is chosen), or only in `options.to`. */
export function makeBackup(source: BackupSource, options: BackupOptions): MadeBackup {
  const { sqlite, files } = source;
  const folder = options.to ?? backupsDir(files.dir);
  const now = options.now ?? new Date();
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  removeStaleTemporaries(folder, now.getTime());
  const name = freeName(folder, now, options.reason);
  const path = join(folder, name);
  const temp = `${path}${TEMP_MARK}${process.pid}`;
  let made: BackupEntry & { deleted: string[] };
  try {
    // VACUUM INTO accepts an empty file, so the copy gets owner-only permissions from the start.
    writeFileSync(temp, '', { mode: 0o600 });
    sqlite.prepare('VACUUM INTO ?').run(temp);
    const checked = describeBackup(temp, name, sqlite);
    if (!checked || checked.status !== 'good') throw new UserError('damaged', `The new backup did not pass its check (${checked?.problem ?? 'unreadable'}).`);
    syncFile(temp);
    // The key file goes first, so a backup under its final name always has its key file.
    writeFileAtomic(keyFileOf(path), readFileSync(files.keyFile, 'utf8'));
    renameSync(temp, path);
    syncDir(folder);
    // Rotation in another process (a CLI command beside the app) may already have deleted it.
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat) noteCheck(path, stat, { ok: true, counts: checked.counts! });
    noteBackupMade(sqlite);
    made = { ...checked, path, deleted: rotate(folder, options.spare) };
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof UserError) throw error;
    const storage = storageFailure(error);
    if (storage) throw new UserError('storage', storage.message);
    throw new UserError('internal', `The backup could not be made in ${folder}. Nothing was changed. (${(error as { code?: string }).code ?? 'error'})`);
  }
  return { ...made, secondPlace: options.to === undefined ? copyToSecondPlace(source, { ...options, now }) : null };
}
