/**
 * When backups are made by themselves: the first unlock of each day, on lock when
 * something changed since the last backup, and before an import. A backup that fails
 * never blocks the unlock or the lock: it is reported in plain words.
 */
import { existsSync, readdirSync } from 'node:fs';
import { todayIso } from '../../../shared/dates';
import { UserError } from '../errors';
import type { Session } from '../session';
import { makeBackup, type BackupSource } from './make';
import { backupsDir, parseBackupName, type BackupReason } from './names';
import { changedSinceBackup } from './changes';

export type BackupReporter = (message: string) => void;

export const reportToStderr: BackupReporter = (message) => {
  process.stderr.write(`IV Desk: ${message}\n`);
};

function backupOrReport(source: BackupSource, reason: BackupReason, report: BackupReporter, unlessToday?: string): void {
  try {
    if (unlessToday && hasBackupOn(source.files.dir, unlessToday)) return;
    const made = makeBackup(source, { reason });
    if (made.secondPlace?.problem) report(made.secondPlace.problem);
  } catch (error) {
    const why = error instanceof UserError ? error.message : 'The backup could not be made.';
    report(`The ${reason === 'on_lock' ? 'backup on locking' : 'daily backup'} was not made. Your data is safe and unchanged. ${why}`);
  }
}

/** Whether the Backups folder holds a backup made on the given local date. */
export function hasBackupOn(dataDir: string, today: string): boolean {
  const folder = backupsDir(dataDir);
  if (!existsSync(folder)) return false;
  return readdirSync(folder).some((name) => {
    const parsed = parseBackupName(name);
    return parsed !== null && todayIso(new Date(parsed.madeAt)) === today;
  });
}

export function backupOnUnlock(source: BackupSource, today: string, report: BackupReporter = reportToStderr): void {
  backupOrReport(source, 'daily', report, today);
}

export function backupOnLock(source: BackupSource, report: BackupReporter = reportToStderr): void {
  try {
    if (!changedSinceBackup(source.sqlite)) return;
  } catch {
    // A connection that cannot answer cannot make a backup either; the lock goes ahead.
    return;
  }
  backupOrReport(source, 'on_lock', report);
}

/** A backup that the next step depends on: a full or read-only disk is said as for any save; anything else names the step refused. */
function backupOrRefuse(source: BackupSource, reason: BackupReason, refusal: string): void {
  try {
    makeBackup(source, { reason });
  } catch (error) {
    if (error instanceof UserError && error.code === 'storage') throw error;
    const why = error instanceof UserError ? ` ${error.message}` : '';
    throw new UserError('internal', `${refusal}${why}`);
  }
}

/** A labelled backup of an unlocked session before a step it makes undoable. */
function backupBefore(session: Session, reason: BackupReason, refusal: string): void {
  const { sqlite } = session.connection; // a locked session refuses here, as it would for the step itself
  backupOrRefuse({ sqlite, files: session.files }, reason, refusal);
}

/** Before an import: refuses the import if its backup cannot be made, since the backup is what makes the import undoable. */
export function backupBeforeImport(session: Session): void {
  backupBefore(session, 'before_import', 'Nothing was imported, because the backup before importing could not be made.');
}

/** Before a spreadsheet import, for the same reason, under its own label. */
export function backupBeforeSheetImport(session: Session): void {
  backupBefore(session, 'before_sheet_import', 'Nothing was imported, because the backup before importing could not be made.');
}

/** Before an erasure: the backup is the only way back from it, so no backup, no erasure. */
export function backupBeforeErasure(session: Session): void {
  backupBefore(session, 'before_erasure', 'Nothing was erased, because the backup before erasing could not be made.');
}

/**
 * Before a newer IV Desk migrates the records: refuses to open them if the backup cannot
 * be made, since the backup is the way back if the migration goes wrong.
 */
export function backupBeforeMigration(source: BackupSource): void {
  backupOrRefuse(
    source,
    'before_migration',
    'This version of IV Desk needs to update how your records are stored, and makes a backup first, but the backup could not be made, so nothing was changed.',
  );
}
