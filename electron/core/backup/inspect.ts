/**
 * Opening a backup to check it: with the data key, or through the live keyed connection
 * (an ATTACH without a KEY clause uses the main database's key). Either way the backup is
 * only read, and a backup that does not open or fails integrity_check is reported, never thrown.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { getTableName } from 'drizzle-orm';
import { keyConnection, registerFunctions } from '../db/open';
import { COUNTED_TABLES, type RecordCounts } from '../reports/counts';

/** The data key itself, or the unlocked connection whose key the backups share. */
export type BackupKey = Buffer | Database.Database;

export type BackupCheck = { ok: true; counts: RecordCounts } | { ok: false; problem: string };

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const ATTACHED = 'iv_backup';

export function hasPlainHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

function withBackupOpen<T>(path: string, key: BackupKey, use: (sqlite: Database.Database, schema: string) => T): T {
  if (Buffer.isBuffer(key)) {
    const sqlite = new Database(path, { fileMustExist: true });
    try {
      keyConnection(sqlite, key);
      // integrity_check reads the indexes on iv_sort_key, which it cannot do without the function.
      registerFunctions(sqlite);
      return use(sqlite, 'main');
    } finally {
      sqlite.close();
    }
  }
  key.prepare(`ATTACH DATABASE ? AS ${ATTACHED}`).run(path);
  try {
    return use(key, ATTACHED);
  } finally {
    key.exec(`DETACH DATABASE ${ATTACHED}`);
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB' || code === 'damaged') return 'It does not open with this data\u2019s key, or it is damaged.';
  if (code === 'SQLITE_CORRUPT') return 'It is damaged.';
  return 'It could not be read.';
}

/** Opens the backup with the key, runs integrity_check and counts its records. */
export function checkBackup(path: string, key: BackupKey): BackupCheck {
  if (!existsSync(path)) return { ok: false, problem: 'The file is missing.' };
  try {
    if (hasPlainHeader(path)) return { ok: false, problem: 'It is not encrypted.' };
    return withBackupOpen(path, key, (sqlite, schema) => {
      const rows = sqlite.prepare(`PRAGMA ${schema}.integrity_check`).all() as { integrity_check: string }[];
      if (rows.length !== 1 || rows[0].integrity_check !== 'ok') return { ok: false, problem: 'It fails the integrity check: it is damaged.' };
      // A backup made before a migration may come from a version without some of the tables: it holds none of those.
      const present = new Set(sqlite.prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table'`).pluck().all() as string[]);
      const countOf = (table: string) => (present.has(table) ? (sqlite.prepare(`SELECT count(*) AS n FROM ${schema}."${table}"`).get() as { n: number }).n : 0);
      const counts = Object.fromEntries(Object.entries(COUNTED_TABLES).map(([name, table]) => [name, countOf(getTableName(table))])) as RecordCounts;
      return { ok: true, counts };
    });
  } catch (error) {
    return { ok: false, problem: describe(error) };
  }
}
