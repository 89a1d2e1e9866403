/**
 * Whether anything changed since the last backup, per connection: SQLite's total_changes()
 * counts every row this connection has inserted, updated or deleted since it opened
 * (VACUUM INTO does not count), so comparing it with its value at the last backup says
 * whether a backup on lock is needed. Only this process writes while unlocked.
 */
import type Database from 'better-sqlite3';

const atLastBackup = new WeakMap<Database.Database, number>();

function totalChanges(sqlite: Database.Database): number {
  return (sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

export function noteBackupMade(sqlite: Database.Database): void {
  atLastBackup.set(sqlite, totalChanges(sqlite));
}

/** True when the connection has changed rows since it last made a backup (or since it opened). */
export function changedSinceBackup(sqlite: Database.Database): boolean {
  return totalChanges(sqlite) > (atLastBackup.get(sqlite) ?? 0);
}
