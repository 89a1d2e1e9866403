import type Database from 'better-sqlite3';

const SHADOW = `EXISTS (SELECT 1 FROM sqlite_master AS v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name LIKE v.name || '\\_%' ESCAPE '\\')`;

function tables(sqlite: Database.Database, where: string): string[] {
  return sqlite
    .prepare(`SELECT name FROM sqlite_master AS m WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations' AND NOT ${SHADOW} ${where} ORDER BY name`)
    .pluck()
    .all() as string[];
}

/**
 * The database's own tables, sorted: not SQLite's, not drizzle's, and not the search indexes
 * (FTS5 virtual tables and the shadow tables they keep), which hold only what triggers put there.
 */
export function ordinaryTables(sqlite: Database.Database): string[] {
  return tables(sqlite, `AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'`);
}

/**
 * Every table whose rows can be read in rowid order, the search indexes included (as their
 * virtual tables; their shadow tables are not all rowid tables): to show a call wrote nothing.
 */
export function tablesWithRows(sqlite: Database.Database): string[] {
  return tables(sqlite, '');
}
