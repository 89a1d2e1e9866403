/**
 * The Backups screen and the restores the app offers: back up now, the list of both
 * places, the second place's setting, restoring a backup and undoing it, restoring on a
 * new computer, and restoring the latest good backup over a damaged database. Each
 * restore goes through backup/restore.ts and its journal.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { BackupInfo, BackupPlace, BackupsView, BackUpNowResult, LastRestore, RestoreOutcome } from '../../../shared/contract';
import type { BackupSettings } from '../../../shared/backups/settings';
import { backupReminder } from '../../../shared/backups/reminder';
import type { TodayItem } from '../../../shared/today';
import { passphraseProblem } from '../../../shared/passphrase';
import { UserError, fieldErrors } from '../errors';
import { writeFileAtomic, type DataFiles } from '../files';
import { parseKeyFile, unlockWithPassphrase, unlockWithRecoveryKey, type KeyFile } from '../crypto/keyFile';
import { checkReadable, type Db } from '../db/open';
import { scheme } from '../db/schema';
import { setAsideDatabase } from '../dataFolder';
import type { Session } from '../session';
import { makeBackup } from '../backup/make';
import { backupFilesIn, describeBackup, listBackups, listBackupsIn, type BackupEntry } from '../backup/list';
import { storeChecks } from '../backup/checkRecord';
import type { ReportProgress } from '../../../shared/contract/progress';
import { backupsDir, keyFileOf, parseBackupName } from '../backup/names';
import { newestBackupIn, readBackupSettings, secondPlaceMissing, secondPlaceProblem } from '../backup/secondPlace';
import { readBackupKeyFile, restoreBackup, restoreIntoEmptyFolder } from '../backup/restore';
import { finishInterruptedRestore, replaceWithBackup } from '../backup/journal';
import type { BackupKey } from '../backup/inspect';

/** Beside the database: the last restore's safety copy, so "Undo restore" survives locking and restarting. */
const LAST_RESTORE = 'last-restore.json';
const lastRestorePath = (files: DataFiles) => join(files.dir, LAST_RESTORE);
const lastRestoreShape = z.object({
  restoredFrom: z.object({ name: z.string(), madeAt: z.string().nullable() }),
  safetyCopy: z.string(),
  restoredAt: z.string(),
});

function readLastRestore(files: DataFiles): LastRestore | null {
  try {
    const parsed = lastRestoreShape.safeParse(JSON.parse(readFileSync(lastRestorePath(files), 'utf8')));
    return parsed.success && existsSync(parsed.data.safetyCopy) ? parsed.data : null;
  } catch {
    return null;
  }
}

const asInfo = ({ path, name, madeAt, reason, size, status, checkedAt, problem, counts }: BackupEntry): BackupInfo => ({ path, name, madeAt, reason, size, status, checkedAt, problem, counts });

function placeOf(folder: string, key: BackupKey): BackupPlace {
  try {
    if (!existsSync(folder)) return { folder, problem: secondPlaceMissing(folder), backups: [] };
    return { folder, problem: null, backups: listBackupsIn(folder, key, true).map(asInfo) };
  } catch {
    return { folder, problem: `The folder ${folder} could not be read.`, backups: [] };
  }
}

export function getBackupSettings(session: Session): BackupSettings {
  return readBackupSettings(session.connection.sqlite);
}

export function backupsView(session: Session): BackupsView {
  const { sqlite } = session.connection;
  const settings = readBackupSettings(sqlite);
  // Shown as last checked, never opened: a backup's full check reads the whole file (see checkRecord.ts).
  return {
    dataFolder: { folder: backupsDir(session.files.dir), problem: null, backups: listBackups(session.files.dir, sqlite, true).map(asInfo) },
    secondPlace: settings.secondPlace ? placeOf(settings.secondPlace, sqlite) : null,
    settings,
    lastRestore: readLastRestore(session.files),
  };
}

/** The folders whose backups the screen lists: the Backups folder, and the second place when one is chosen. */
function placesOf(session: Session): string[] {
  const { secondPlace } = readBackupSettings(session.connection.sqlite);
  return [backupsDir(session.files.dir), ...(secondPlace ? [secondPlace] : [])];
}

/**
 * "Check backups": every backup in both places opened with the key and checked in full,
 * one after another with progress, then the checks remembered in the records so the
 * screen can show them after a restart without opening a backup.
 */
export async function checkBackups(session: Session, progress: ReportProgress): Promise<BackupsView> {
  const { sqlite } = session.connection;
  const files = placesOf(session).flatMap((folder) => {
    try {
      return backupFilesIn(folder);
    } catch {
      return []; // the screen says why the folder cannot be read
    }
  });
  progress({ stage: 'backups', done: 0, total: files.length });
  for (const [n, { path, name }] of files.entries()) {
    // A turn of the event loop first, so the last report leaves (to the window) while the next backup is read.
    await turn();
    // Locked meanwhile (the idle lock): session.connection refuses; a check through a closed connection would read as a failure.
    if (session.connection.sqlite !== sqlite) throw new UserError('conflict', 'IV Desk was locked and unlocked while checking backups. Check them again.');
    describeBackup(path, name, sqlite);
    progress({ stage: 'backups', done: n + 1, total: files.length });
  }
  sqlite.transaction(() => storeChecks(sqlite, files.map((f) => f.path)))();
  return backupsView(session);
}

export function backUpNow(session: Session): BackUpNowResult {
  const made = makeBackup({ sqlite: session.connection.sqlite, files: session.files }, { reason: 'manual' });
  return { made: asInfo(made), secondPlace: made.secondPlace };
}

/** Sets the settings, keeping the checks remembered beside them (checkRecord.ts). */
function storeBackupSettings(db: Db, settings: BackupSettings): void {
  const json = sql`json_set(coalesce(${scheme.backupSettings}, '{}'), '$.secondPlace', ${settings.secondPlace}, '$.secondPlaceWarnDays', ${settings.secondPlaceWarnDays})`;
  db.update(scheme).set({ backupSettings: json }).where(eq(scheme.id, 1)).run();
}

export function updateBackupSettings(session: Session, settings: BackupSettings): BackupSettings {
  const { db } = session.connection; // a locked session refuses before the folder is looked at
  fieldErrors({ secondPlace: settings.secondPlace ? secondPlaceProblem(settings.secondPlace, session.files.dir) : null });
  storeBackupSettings(db, settings);
  return getBackupSettings(session);
}

/** Today's item about the second place, if one is due. Reads the folder's names only. */
export function backupReminderItems(session: Session): TodayItem[] {
  const { secondPlace, secondPlaceWarnDays } = getBackupSettings(session);
  const place = secondPlace ? newestBackupIn(secondPlace) : { reachable: false, newestMadeAt: null };
  const item = backupReminder({ folder: secondPlace, ...place }, secondPlaceWarnDays, session.today());
  return item ? [item] : [];
}

/**
 * Deletes one backup and its key file, from the Backups folder or the second place only:
 * the way to let go of a backup made before an erasure once the erasure is known to be
 * right. The last good backup of a place, and the safety copy an undo would restore, stay.
 */
export function deleteBackup(session: Session, path: string): { deleted: string } {
  const { sqlite } = session.connection; // a locked session refuses before any file is looked at
  requireBackupName(path);
  const folder = resolve(dirname(path));
  if (!placesOf(session).some((place) => resolve(place) === folder)) {
    throw new UserError('invalid_input', 'IV Desk deletes only backups in its Backups folder or in the second place chosen on the Backups screen. Nothing was deleted.');
  }
  if (!existsSync(path)) throw new UserError('not_found', `The backup ${basename(path)} is no longer there. Nothing was deleted.`);
  const safetyCopy = readLastRestore(session.files)?.safetyCopy;
  if (safetyCopy && resolve(safetyCopy) === resolve(path)) {
    throw new UserError('conflict', 'That backup is the safety copy that "Undo restore" puts back, so it is kept until the restore is undone. Nothing was deleted.');
  }
  // Checked in full, newest first, only until one passes: each check reads a whole backup.
  const others = backupFilesIn(folder)
    .filter((b) => resolve(b.path) !== resolve(path))
    .sort((a, b) => b.name.localeCompare(a.name));
  if (!others.some((b) => describeBackup(b.path, b.name, sqlite)?.status === 'good')) {
    throw new UserError('conflict', 'That is the only good backup in this folder, so it is kept. Make another backup first ("Back up now"), then delete this one. Nothing was deleted.');
  }
  rmSync(path);
  rmSync(keyFileOf(path), { force: true });
  return { deleted: basename(path) };
}

/** Runs a check whose refusal belongs to one field of the form (the passphrase, the recovery key). */
async function againstField<T>(field: string, check: () => T | Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.code, error.message, { [field]: error.message });
    throw error;
  }
}

const keyFromPassphrase = (keyFile: KeyFile, passphrase: string) => againstField('passphrase', () => unlockWithPassphrase(keyFile, passphrase));

/**
 * Refuses, before anything is read, a file whose name is not one IV Desk gives its backups.
 * The message does not repeat the name: a path can hold a child's name, and errors are
 * never to echo what was sent.
 */
function requireBackupName(path: string): void {
  if (parseBackupName(basename(path))) return;
  throw new UserError(
    'invalid_input',
    `That file is not an IV Desk backup: IV Desk names its backups like iv-desk-2026-12-01T09-30-00.000Z-manual.db. If you renamed it, give it back its name. Nothing was changed.`,
    { path: 'That file is not an IV Desk backup' },
  );
}

/** A backup's details, once it is known to open with the key and pass its check. */
function backupAt(path: string, key: BackupKey): BackupEntry {
  requireBackupName(path);
  readBackupKeyFile(path);
  const entry = describeBackup(path, basename(path), key)!;
  if (entry.status !== 'good') throw new UserError('damaged', `That backup cannot be restored: ${entry.problem} Nothing was changed.`);
  return entry;
}

/**
 * After the live files were replaced (or a replacement failed part-way): the key file as it
 * was put back (every backup of these records shares their data key, so today's passphrase
 * and recovery key go on working), then the records opened again.
 */
async function reopen(session: Session, keyFileText: string, passphrase: string) {
  finishInterruptedRestore(session.files);
  writeFileAtomic(session.files.keyFile, keyFileText);
  return session.unlock(passphrase);
}

/** Restores over the unlocked records, keeping a safety copy first, and leaves them unlocked on the restored data. */
async function restoreOverCurrent(session: Session, path: string, passphrase: string) {
  const { sqlite } = session.connection;
  const keyFileText = readFileSync(session.files.keyFile, 'utf8');
  (await keyFromPassphrase(parseKeyFile(keyFileText), passphrase)).fill(0);
  const entry = backupAt(path, sqlite);
  const settings = readBackupSettings(sqlite);
  let safetyCopy: string | null;
  try {
    safetyCopy = restoreBackup(session, path).safetyCopy;
  } catch (error) {
    if (session.info().state !== 'unlocked') await reopen(session, keyFileText, passphrase);
    throw error;
  }
  const info = await reopen(session, keyFileText, passphrase);
  // The second place belongs to this computer, not to the records of the day the backup was made.
  storeBackupSettings(session.db, settings);
  return { restored: asInfo(entry), safetyCopy, setAside: null, session: info };
}

export async function restoreChosenBackup(session: Session, path: string, passphrase: string): Promise<RestoreOutcome> {
  const outcome = await restoreOverCurrent(session, path, passphrase);
  const last: LastRestore = { restoredFrom: { name: outcome.restored.name, madeAt: outcome.restored.madeAt }, safetyCopy: outcome.safetyCopy!, restoredAt: new Date().toISOString() };
  writeFileAtomic(lastRestorePath(session.files), JSON.stringify(last, null, 2));
  return outcome;
}

export async function undoRestore(session: Session, passphrase: string): Promise<RestoreOutcome> {
  const last = readLastRestore(session.files);
  if (!last) throw new UserError('not_found', 'There is no restore to undo: its safety copy is no longer in the Backups folder. Nothing was changed.');
  const outcome = await restoreOverCurrent(session, last.safetyCopy, passphrase);
  rmSync(lastRestorePath(session.files), { force: true });
  return outcome;
}

export interface BackupFileInput {
  path: string;
  passphrase?: string;
  recoveryKey?: string;
  newPassphrase?: string;
}

/** A new computer: the backup's own key file, opened with its passphrase or its recovery key, then restored into the empty data folder and unlocked. */
export async function restoreFromBackupFile(session: Session, input: BackupFileInput): Promise<RestoreOutcome> {
  session.refuseSetUpHere();
  requireBackupName(input.path);
  const keyFile = readBackupKeyFile(input.path);
  const { passphrase, recoveryKey, newPassphrase } = input;
  if (!passphrase && !recoveryKey) throw new UserError('invalid_input', 'Enter the passphrase of the backup', { passphrase: 'Enter the passphrase of the backup' });
  if (!passphrase) fieldErrors({ newPassphrase: newPassphrase ? passphraseProblem(newPassphrase) : 'Choose a new passphrase' });
  const dataKey = passphrase ? await keyFromPassphrase(keyFile, passphrase) : await againstField('recoveryKey', () => unlockWithRecoveryKey(keyFile, recoveryKey!));
  let entry: BackupEntry;
  try {
    entry = backupAt(input.path, dataKey);
    restoreIntoEmptyFolder(session.files, input.path, dataKey);
  } finally {
    dataKey.fill(0);
  }
  const info = passphrase ? await session.unlock(passphrase) : await session.recover(recoveryKey!, newPassphrase!);
  return { restored: asInfo(entry), safetyCopy: null, setAside: null, session: info };
}

/** Whether the database cannot be opened because it is damaged or missing (read without changing it). */
function isDamaged(files: DataFiles, dataKey: Buffer): boolean {
  if (!existsSync(files.database)) return true;
  try {
    checkReadable(files.database, dataKey);
    return false;
  } catch (error) {
    if (error instanceof UserError && error.code === 'damaged') return true;
    throw error;
  }
}

/** When unlocking found the records damaged: sets the database aside (never deleting it) and restores the newest backup that passes its check. */
export async function restoreLatestGoodBackup(session: Session, passphrase: string): Promise<RestoreOutcome> {
  if (session.info().state === 'unlocked') throw new UserError('conflict', 'Your records are open, so they are not damaged. Choose a backup on the Backups screen to restore one.');
  if (!session.isSetUp) throw new UserError('not_set_up', 'IV Desk has not been set up on this computer yet.');
  const keyFileText = readFileSync(session.files.keyFile, 'utf8');
  const dataKey = await keyFromPassphrase(parseKeyFile(keyFileText), passphrase);
  let good: BackupEntry | undefined;
  let setAside: string;
  try {
    if (!isDamaged(session.files, dataKey)) throw new UserError('conflict', 'Your records are not damaged: unlock them with your passphrase. Nothing was changed.');
    good = listBackups(session.files.dir, dataKey).find((b) => b.status === 'good');
    if (!good) {
      throw new UserError('not_found', `No backup in ${backupsDir(session.files.dir)} passes its check, so none could be restored. Nothing was changed. If you keep backups in a second place, restore one from there on a new data folder.`);
    }
    setAside = setAsideDatabase(session.files, 'damaged');
    replaceWithBackup(session.files, good.path, null);
    // An earlier restore's undo would now go back past this one.
    rmSync(lastRestorePath(session.files), { force: true });
  } finally {
    dataKey.fill(0);
  }
  const info = await reopen(session, keyFileText, passphrase);
  return { restored: asInfo(good), safetyCopy: null, setAside, session: info };
}
