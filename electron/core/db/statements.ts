/**
 * Statements prepared once per connection (so once per unlocked session): the busiest
 * reads (Today, the lists, the figures) skip the query builder and SQLite's parse on
 * every ask, and read plain rows.
 */
import type Database from 'better-sqlite3';
import type { Db } from './open';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Db, sql: string): Database.Statement {
  const sqlite = db.$client;
  let statements = cache.get(sqlite);
  if (!statements) cache.set(sqlite, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
  return statement;
}

/** A boolean column as read raw (1, 0 or null), as the rules read it. */
export const flag = (value: unknown): boolean | null => (value === null || value === undefined ? null : value === 1);
