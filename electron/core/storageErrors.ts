/**
 * What the disk or the file system refused, in plain English, from SQLite's and Node's
 * error codes. better-sqlite3 throws these from `.run()` and `.all()` when a write or its
 * commit fails, so a call that met one stored nothing.
 */
import { statfsSync } from 'node:fs';
import type { AppError } from '../../shared/result';

/**
 * `noRoom`, when given, says whether the data folder's disk is full: SQLite reports some
 * full-disk failures (growing the shared-memory file at open, say) as input/output errors.
 */
export function storageFailure(error: unknown, opening = false, noRoom?: () => boolean): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const message = (problem: string, advice: string) => ({
    code: 'storage' as const,
    message: opening ? `${problem}, so IV Desk cannot open your records. ${advice}` : `${problem}: nothing was saved. ${advice}`,
  });
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || ((code.startsWith('SQLITE_IOERR') || code === 'EIO') && noRoom?.())) return message('The disk is full', 'Free some space and try again.');
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return message('The data folder cannot be written to (it is read-only, or this account may not change it)', 'Check the folder and its permissions, then try again.');
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return message('The computer could not read or write the data file (an input/output error: the drive may be failing or was removed)', 'Check the drive, then try again.');
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return message('Your records are in use by another copy of IV Desk (the app or the command line)', 'Close the other one, then try again.');
  }
  return null;
}

/** Less than 64 KiB free where the data lives; false when the system cannot say. */
export function diskHasNoRoom(dir: string): boolean {
  try {
    const { bavail, bsize } = statfsSync(dir);
    return bavail * bsize < 64 * 1024;
  } catch {
    return false;
  }
}
