/**
 * Writes that cannot look done when they were not. better-sqlite3's `.get()` on
 * `INSERT ... RETURNING` handed back a row although the commit failed on a full disk;
 * `.run()` throws instead. So inserts use `.run()` and take the new row's id from it,
 * and every save reads back what it stored.
 */
import type { RunResult } from 'better-sqlite3';
import { UserError } from '../errors';

export function insertedId(result: RunResult): number {
  return Number(result.lastInsertRowid);
}

/** The record as read back after the save; missing means it was not stored. */
export function storedOrFail<T>(record: T | undefined, what: string): T {
  if (record === undefined) throw new UserError('internal', `The ${what} was not saved. Please try again.`);
  return record;
}
