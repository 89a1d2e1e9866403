/**
 * Replacing the live database and key file with a backup's, so that a crash at any
 * moment leaves either the old pair or the new pair, never a mix. A journal file is
 * written before anything starts; the backup's files are copied beside the live ones
 * under temporary names and fsynced; the journal then says "replacing", and only then
 * are they renamed over the live ones. At the next start a journal in the "copying"
 * phase is rolled back (the live files were never touched) and one in the "replacing"
 * phase is finished (the copies are complete).
 */
import { chmodSync, copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { syncDir, syncFile, writeFileAtomic, type DataFiles } from '../files';
import { keyFileOf } from './names';

export const RESTORE_JOURNAL = 'restore-in-progress.json';

interface RestoreJournal {
  format: 'iv-desk-restore/1';
  phase: 'copying' | 'replacing';
  from: string;
  safetyCopy: string | null;
}

export const journalPath = (files: DataFiles) => join(files.dir, RESTORE_JOURNAL);
const staged = (path: string) => `${path}.restoring`;

function writeJournal(files: DataFiles, journal: RestoreJournal): void {
  writeFileAtomic(journalPath(files), JSON.stringify(journal, null, 2));
}

function stage(from: string, to: string): void {
  copyFileSync(from, to);
  chmodSync(to, 0o600);
  syncFile(to);
}

/** Renames the staged copies over the live files. Safe to repeat after a crash part-way. */
function replaceLiveFiles(files: DataFiles): void {
  if (existsSync(staged(files.database))) {
    // The old database's WAL must not be applied to the new one.
    for (const suffix of ['-wal', '-shm']) rmSync(files.database + suffix, { force: true });
    renameSync(staged(files.database), files.database);
  }
  if (existsSync(staged(files.keyFile))) renameSync(staged(files.keyFile), files.keyFile);
  syncDir(files.dir);
  rmSync(journalPath(files), { force: true });
  syncDir(files.dir);
}

function rollBack(files: DataFiles): void {
  rmSync(staged(files.database), { force: true });
  rmSync(staged(files.keyFile), { force: true });
  rmSync(journalPath(files), { force: true });
  syncDir(files.dir);
}

/** Puts the backup's database and key file in place of the live ones. The live connection must be closed. */
export function replaceWithBackup(files: DataFiles, backupPath: string, safetyCopy: string | null): void {
  const journal: RestoreJournal = { format: 'iv-desk-restore/1', phase: 'copying', from: backupPath, safetyCopy };
  writeJournal(files, journal);
  stage(backupPath, staged(files.database));
  stage(keyFileOf(backupPath), staged(files.keyFile));
  syncDir(files.dir);
  writeJournal(files, { ...journal, phase: 'replacing' });
  replaceLiveFiles(files);
}

/** Finishes or rolls back a restore a crash interrupted. Run before the database is opened. */
export function finishInterruptedRestore(files: DataFiles): 'none' | 'finished' | 'rolled_back' {
  if (!existsSync(journalPath(files))) return 'none';
  let phase: RestoreJournal['phase'] | undefined;
  try {
    phase = (JSON.parse(readFileSync(journalPath(files), 'utf8')) as Partial<RestoreJournal>).phase;
  } catch {
    phase = undefined;
  }
  if (phase === 'replacing') {
    replaceLiveFiles(files);
    return 'finished';
  }
  rollBack(files);
  return 'rolled_back';
}
