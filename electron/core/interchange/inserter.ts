/**
 * The import's inserts, each statement prepared once per table and set of columns. A
 * statement prepared per row, as the query builder does, holds native memory the
 * garbage collector does not see: a large file took gigabytes. (Drizzle's own prepared
 * statements are no help: they turn a null boolean into false.)
 */
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import { insertedId } from '../db/write';

/** Inserts one row and returns its new id. An absent (undefined) field takes the column's default, as in the query builder. */
export type Insert = <T extends SQLiteTable>(table: T, row: T['$inferInsert']) => number;

/** Made outside the import's transaction (a transaction has no connection of its own); the inserts run inside it. */
export function inserter(db: Db): Insert {
  const statements = new Map<string, Statement>();
  return <T extends SQLiteTable>(table: T, row: T['$inferInsert']) => {
    const values = row as Record<string, unknown>;
    const columns = Object.entries(getTableColumns(table) as Record<string, SQLiteColumn>).flatMap(([key, column]) => {
      const value = values[key] === undefined ? column.defaultFn?.() : values[key];
      return value === undefined ? [] : [{ column, value: value === null ? null : column.mapToDriverValue(value) }];
    });
    const sql = `INSERT INTO "${getTableName(table)}" (${columns.map(({ column }) => `"${column.name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.$client.prepare(sql);
      statements.set(sql, statement);
    }
    return insertedId(statement.run(...columns.map(({ value }) => value)));
  };
}
