/**
 * What the data folder holds before anything is unlocked: nothing yet, an unfinished
 * setup, a database whose key file is missing, or a set-up scheme. And tidying what a
 * crash can leave beside the key file.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DataFiles } from './files';

export type FolderState = 'empty' | 'unfinished_setup' | 'key_file_missing' | 'set_up';

/** SQLCipher's page size: the first page is all a database that was never checkpointed holds. */
const PAGE_SIZE = 4096;

function sizeOf(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/**
 * Setup writes the key file last, so a database without one is either a setup that
 * stopped before the end or a real database whose key file has gone. They are told apart
 * by the main file: setup runs in one connection that is never closed before the key
 * file is written, and SQLite only copies pages from the WAL into the main file at a
 * checkpoint (on close, or after 1000 pages, far more than setup writes). So an
 * unfinished setup's main file is at most its first page, with everything else in the
 * WAL; a database that was ever locked, closed or backed up (VACUUM INTO) has its tables
 * in the main file and is far larger. Measured: 4096 bytes after setup, 256 KiB once
 * locked with no records. A database that was ever locked is never taken for an
 * unfinished setup (and an unfinished one is only moved aside, never deleted); if an
 * unfinished setup ever were taken for a missing key file, nothing would be lost: the
 * coordinator is told what is in the folder and nothing is replaced.
 */
export function folderState(files: DataFiles): FolderState {
  if (existsSync(files.keyFile)) return 'set_up';
  if (!existsSync(files.database)) return existsSync(files.database + '-wal') ? 'unfinished_setup' : 'empty';
  return sizeOf(files.database) <= PAGE_SIZE ? 'unfinished_setup' : 'key_file_missing';
}

export function keyFileMissingMessage(files: DataFiles): string {
  return (
    `The data folder ${files.dir} holds a database (${basename(files.database)}) but its key file, ${basename(files.keyFile)}, is missing, so the records cannot be unlocked. ` +
    `Put the key file back beside the database: copy it from where you saved a copy, or take the .key file from the same backup as the database and rename it ${basename(files.keyFile)}. ` +
    'Then start IV Desk again. IV Desk will not set up a new scheme over these records.'
  );
}

/** A temporary this young may belong to a write another process (the CLI) is making right now. */
const IN_FLIGHT_MS = 60_000;

/**
 * Removes key-file temporaries (`iv-desk.key.tmp-<pid>`, see writeFileAtomic) that a
 * crash between writing and renaming left behind. Only while the key file itself is
 * there: without it, a temporary could be the only copy of the key.
 */
export function removeStrayKeyFileTemps(files: DataFiles, now = Date.now()): string[] {
  if (!existsSync(files.keyFile)) return [];
  const prefix = `${basename(files.keyFile)}.tmp-`;
  // Another process may rename its own temporary file between the listing and the look.
  const stray = readdirSync(files.dir).filter((name) => {
    const modified = name.startsWith(prefix) ? statSync(join(files.dir, name), { throwIfNoEntry: false })?.mtimeMs : undefined;
    return modified !== undefined && now - modified > IN_FLIGHT_MS;
  });
  for (const name of stray) rmSync(join(files.dir, name), { force: true });
  return stray;
}

/** Moves the database and its -wal and -shm files aside as `<name>.<label>-<time>`, never deleting them; returns the database's new path. */
export function setAsideDatabase(files: DataFiles, label: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (const suffix of ['', '-wal', '-shm']) {
    const file = files.database + suffix;
    if (existsSync(file)) renameSync(file, `${file}.${label}-${stamp}`);
  }
  return `${files.database}.${label}-${stamp}`;
}
