import type Database from 'better-sqlite3';

/**
 * The database's own tables, sorted: not SQLite's, not drizzle's, and not the search indexes
 * (FTS5 virtual tables and the shadow tables they keep), which hold only what triggers put there.
 */
export function ordinaryTables(sqlite: Database.Database): string[] {
  return sqlite
    .prepare(
      `SELECT name FROM sqlite_master AS m WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations'
         AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
         AND NOT EXISTS (SELECT 1 FROM sqlite_master AS v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name LIKE v.name || '\\_%' ESCAPE '\\')
       ORDER BY name`,
    )
    .pluck()
    .all() as string[];
}
