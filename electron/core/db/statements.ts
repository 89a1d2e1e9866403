/**
 * Statements prepared once per connection (so once per unlocked session): the busiest
 * reads (Today, the lists, the figures) skip the query builder and SQLite's parse on
 * every ask, and read plain rows.
 */
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
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

const columnLists = new WeakMap<SQLiteTable, { list: string; booleans: string[] }>();

/**
 * A table's rows as drizzle's select() gives them (its property names, booleans as
 * booleans), through a prepared statement: for the busiest reads, where building the query
 * and mapping each row cost more than SQLite's own work. `rest` is the SQL after FROM (WHERE,
 * ORDER BY) on the table's column names; `ids`, when given, is bound as a JSON array (@ids),
 * and `params` by name.
 */
export function selectAll<T extends SQLiteTable>(db: Db, table: T, rest: string, ids?: number[], params?: Record<string, unknown>): T['$inferSelect'][] {
  let columns = columnLists.get(table);
  if (!columns) {
    const entries = Object.entries(getTableColumns(table));
    columns = { list: entries.map(([key, column]) => `"${column.name}" AS "${key}"`).join(', '), booleans: entries.filter(([, column]) => column.columnType === 'SQLiteBoolean').map(([key]) => key) };
    columnLists.set(table, columns);
  }
  const statement = prepared(db, `SELECT ${columns.list} FROM "${getTableName(table)}" ${rest}`);
  const bound = ids ? { ...params, ids: JSON.stringify(ids) } : params;
  const rows = (bound ? statement.all(bound) : statement.all()) as Record<string, unknown>[];
  for (const row of rows) for (const key of columns.booleans) row[key] = flag(row[key]);
  return rows as T['$inferSelect'][];
}
