/**
 * Opening the encrypted database: cipher settings and key before any other statement,
 * a read to prove the key, the safety pragmas, then migrations.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as schema from './schema';
import { UserError } from '../errors';
import { foldForSearch } from '../../../shared/search';
import { sortKey } from '../../../shared/lists/sortKey';
import { contentHash, sha256, type EntryContent } from '../audit/hash';
import { currentAuditAction } from '../audit/context';

/** The drizzle database with its connection: the audit context is kept per connection. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
export interface OpenDatabase {
  sqlite: Database.Database;
  db: Db;
}

const DATA_KEY_BYTES = 32;
/** SQLite3MultipleCiphers' prefix for a raw binary key: the bytes are the key, with no key derivation. */
const RAW_KEY_PREFIX = Buffer.from('raw:', 'latin1');
/** The cipher build's own key(); @types/better-sqlite3 describes plain better-sqlite3, which has none. */
export type KeyableDatabase = Database.Database & { key(key: Buffer): number };

/** The number of migrations this version of the app knows, which is also its schema version. */
export function knownSchemaVersion(migrationsDir: string): number {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

/**
 * Applies the cipher settings and key. The key goes to the driver as bytes, never as text:
 * no hex string of it is ever made (a string cannot be wiped and may linger in the heap).
 * The key never appears in a file name, URI, log or message.
 */
export function keyConnection(sqlite: Database.Database, dataKey: Buffer): void {
  if (dataKey.length !== DATA_KEY_BYTES) throw new UserError('damaged', 'The database key is not the right length.');
  sqlite.pragma(`cipher='sqlcipher'`);
  sqlite.pragma('legacy=4');
  // Buffer.alloc, not concat: a buffer of its own, not a slice of Node's shared pool.
  const raw = Buffer.alloc(RAW_KEY_PREFIX.length + DATA_KEY_BYTES);
  RAW_KEY_PREFIX.copy(raw);
  dataKey.copy(raw, RAW_KEY_PREFIX.length);
  try {
    (sqlite as KeyableDatabase).key(raw);
  } finally {
    raw.fill(0);
  }
  try {
    // Keying always answers ok; only the first read shows whether the key fits.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') {
      throw new UserError('damaged', 'The database does not match its key file, so it cannot be opened. Restore both from the same backup.');
    }
    throw error;
  }
}

/**
 * SQL functions the app's queries, indexes and triggers use: `iv_fold` folds text for name
 * search as shared/search does; `iv_sort_key` is the lists' sort key (shared/lists/sortKey,
 * indexed by migration 0010, so every connection that writes or checks the database needs
 * it); the rest are the audit triggers' hashes and this connection's audit action.
 */
export function registerFunctions(sqlite: Database.Database): void {
  sqlite.function('iv_fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldForSearch(text) : text));
  sqlite.function('iv_sort_key', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? sortKey(text) : text));
  sqlite.function('iv_sha256', { deterministic: true }, (text: unknown) => sha256(String(text)));
  sqlite.function('iv_audit_content_hash', { deterministic: true }, (at, actor, action, recordKind, recordId, ownerKind, ownerId, before, after) =>
    contentHash({ at, actor, action, recordKind, recordId, ownerKind, ownerId, before, after } as EntryContent),
  );
  sqlite.function('iv_audit_action', () => currentAuditAction(sqlite));
}

export function applySafetyPragmas(sqlite: Database.Database): void {
  const mode = sqlite.pragma('journal_mode=WAL', { simple: true });
  if (mode !== 'wal') throw new Error(`The database could not switch to WAL journalling (got ${String(mode)})`);
  sqlite.pragma('synchronous=FULL');
  sqlite.pragma('foreign_keys=ON');
  // Temporary files are not encrypted in this build, so temporary tables stay in memory.
  sqlite.pragma('temp_store=MEMORY');
  sqlite.pragma('mmap_size=0');
  sqlite.pragma('secure_delete=ON');
  // Every page read past the cache is decrypted again: a 32 MB cache (SQLite's default is 2 MB) keeps what Today, the lists and the figures read decrypted in memory between asks.
  sqlite.pragma('cache_size=-32768');
}

function migrateToLatest(sqlite: Database.Database, db: Db, options: OpenOptions): void {
  const { migrationsDir } = options;
  const known = knownSchemaVersion(migrationsDir);
  const current = sqlite.pragma('user_version', { simple: true }) as number;
  if (current > known) {
    throw new UserError(
      'newer_database',
      `This data was saved by a newer version of IV Desk (data version ${current}; this version understands up to ${known}). Install the newer version to open it. Nothing has been changed.`,
    );
  }
  if (current === known) return;
  // A new database has no tables and nothing to keep (version 0 alone could also be a crash before user_version was saved).
  const hasTables = (sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number }).n > 0;
  if (hasTables) options.beforeMigrating?.(sqlite);
  // A table rebuild with foreign keys on can cascade-delete child rows (drizzle-orm#5782).
  sqlite.pragma('foreign_keys=OFF');
  try {
    migrate(db, { migrationsFolder: migrationsDir });
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`Migration left ${broken.length} broken references`);
    sqlite.pragma(`user_version=${known}`);
  } finally {
    sqlite.pragma('foreign_keys=ON');
  }
}

/** SQLite's words for a file it cannot read as a database: with a key proven right, that is damage. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT_'));
}

/** The plain message for a damaged database file, naming it and its folder. */
export function damagedDatabaseError(path: string): UserError {
  return new UserError(
    'damaged',
    `The database file ${basename(path)} in ${dirname(path)} is damaged, or does not belong to the key file beside it, so IV Desk cannot open it. ` +
      'Nothing has been changed, and the damaged file is kept as it is. Restore your records from a backup.',
  );
}

/** quick_check's verdict: every page readable and well formed. */
function pagesOk(sqlite: Database.Database): boolean {
  const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
  return rows.length === 1 && rows[0].quick_check === 'ok';
}

/**
 * Only for a damaged file, which nothing else can be using. A sound database keeps them: the
 * writing connection opens next and uses them, and so may another process (a CLI command
 * beside the app), whose -shm index must never be deleted from under it.
 */
function removeCreated(created: string[]): void {
  for (const file of created) {
    const size = statSync(file, { throwIfNoEntry: false })?.size;
    if (size !== undefined && (file.endsWith('-shm') || size === 0)) rmSync(file, { force: true });
  }
}

/**
 * Before the database is opened for writing: a read-only connection proves the key and
 * reads every page (quick_check; SQLCipher checks each page's HMAC as it decrypts it). A
 * read-only connection never checkpoints the WAL into the file on close, so a damaged
 * database is left exactly as it was; only an empty -wal and the -shm index it had to
 * create are removed again (see removeCreated).
 *
 * False when a read-only connection could not look: a crash can leave a write-ahead log
 * that only a writing connection may recover (SQLITE_READONLY_*). The caller then checks
 * on its writing connection, before any migration.
 */
export function checkReadable(path: string, dataKey: Buffer): boolean {
  const created = ['-wal', '-shm'].map((suffix) => path + suffix).filter((file) => !existsSync(file));
  let damaged = false;
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    keyConnection(sqlite, dataKey);
    damaged = !pagesOk(sqlite);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) return false;
    if (!isDamageError(error) && !(error instanceof UserError && error.code === 'damaged')) throw error;
    damaged = true;
  } finally {
    sqlite.close();
  }
  if (damaged) {
    removeCreated(created);
    throw damagedDatabaseError(path);
  }
  return true;
}

export interface OpenOptions {
  migrationsDir: string;
  create: boolean;
  /** Runs on the keyed connection, after the pages are proven sound, when an existing database is about to be migrated (the backup before a migration). A throw stops the open. */
  beforeMigrating?: (sqlite: Database.Database) => void;
}

export function openDatabase(path: string, dataKey: Buffer, options: OpenOptions): OpenDatabase {
  const checked = options.create || checkReadable(path, dataKey);
  const sqlite = new Database(path, { fileMustExist: !options.create });
  try {
    keyConnection(sqlite, dataKey);
    applySafetyPragmas(sqlite);
    if (!checked && !pagesOk(sqlite)) throw damagedDatabaseError(path);
    registerFunctions(sqlite);
    const db = drizzle(sqlite, { schema });
    migrateToLatest(sqlite, db, options);
    return { sqlite, db };
  } catch (error) {
    sqlite.close();
    throw isDamageError(error) ? damagedDatabaseError(path) : error;
  }
}
