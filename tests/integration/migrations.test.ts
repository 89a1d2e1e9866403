/**
 * Every migration tested on a populated, real encrypted database, in the manner of Signal
 * Desktop's per-migration tests. For each schema version v (from migrations/meta/
 * _journal.json), a database is built at exactly v with a migrations folder holding only
 * the first v migrations, filled with that version's fixture rows by plain SQL, and then
 * upgraded: one step (v -> v+1) and all the way through the app's own unlock. The rows
 * must read back unchanged, with no broken references and a clean integrity check.
 * A database newer than the app is refused and left byte-identical.
 *
 * Adding a migration makes these tests pick it up; they fail until the fixtures for it
 * exist (see fixtures/migrationFixtures.ts).
 */
import { ordinaryTables } from '../helpers/tables';
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { createKeyFile } from '../../electron/core/crypto/keyFile';
import { keyConnection, knownSchemaVersion, openDatabase, type OpenDatabase } from '../../electron/core/db/open';
import { UserError } from '../../electron/core/errors';
import { dataFiles } from '../../electron/core/files';
import { MIGRATIONS_DIR, newSession, PASSPHRASE, snapshot, TEST_SCRYPT, tempDir } from '../helpers/session';
import { listBackups } from '../../electron/core/backup/list';
import { MIGRATION_FIXTURES, type Rows } from './fixtures/migrationFixtures';

interface Journal {
  version: string;
  dialect: string;
  entries: { idx: number; tag: string; when: number }[];
}

const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as Journal;
const LATEST = journal.entries.length;
const versions = Array.from({ length: LATEST }, (_, i) => i + 1);

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const migrationFolders = new Map<number, string>();
/** A migrations folder holding only the first `version` migrations, as an older app shipped it. */
function migrationsUpTo(version: number): string {
  const known = migrationFolders.get(version);
  if (known) return known;
  const dir = tempDir(`ivdesk-migrations-${version}-`);
  dirs.push(dir);
  mkdirSync(join(dir, 'meta'));
  const entries = journal.entries.slice(0, version);
  for (const entry of entries) copyFileSync(join(MIGRATIONS_DIR, `${entry.tag}.sql`), join(dir, `${entry.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }, null, 2));
  migrationFolders.set(version, dir);
  return dir;
}

/** A data folder whose key file opens with PASSPHRASE, and its data key. */
async function dataFolder(): Promise<{ dir: string; dataKey: Buffer }> {
  const dir = tempDir('ivdesk-migrate-');
  dirs.push(dir);
  const { keyFile, dataKey } = await createKeyFile(PASSPHRASE, TEST_SCRYPT);
  writeFileSync(dataFiles(dir).keyFile, JSON.stringify(keyFile, null, 2), { mode: 0o600 });
  return { dir, dataKey };
}

/** Opens (creating) the folder's database with the app's own open sequence and the given migrations. */
function openAt(dir: string, dataKey: Buffer, migrationsDir: string): OpenDatabase {
  // openDatabase is given a copy: the Session zeroes keys after use, and so may anything else.
  return openDatabase(dataFiles(dir).database, Buffer.from(dataKey), { migrationsDir, create: true });
}

function insertRows(sqlite: Database.Database, rows: Rows): void {
  sqlite.transaction(() => {
    for (const [table, list] of Object.entries(rows)) {
      for (const row of list) {
        const columns = Object.keys(row);
        sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...Object.values(row));
      }
    }
  })();
}

/** The histories gain entries from the audit triggers as fixture rows go in: only the fixture's own entries are compared. */
const TRIGGER_WRITTEN = new Set(['audit_log', 'safeguarding_history']);

/** The fixture's tables and columns as the database holds them now, in rowid order. */
function readRows(sqlite: Database.Database, like: Rows): Rows {
  return Object.fromEntries(
    Object.entries(like).map(([table, list]) => {
      const columns = Object.keys(list[0] ?? {});
      const select = columns.length ? columns.map((c) => `"${c}"`).join(', ') : '*';
      const only = TRIGGER_WRITTEN.has(table) ? ` WHERE rowid IN (${list.map((row) => Number(row.id)).join(', ')})` : '';
      return [table, sqlite.prepare(`SELECT ${select} FROM "${table}"${only} ORDER BY rowid`).all() as Record<string, unknown>[]];
    }),
  ) as Rows;
}

function expectHealthy(sqlite: Database.Database, version: number): void {
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  expect(sqlite.pragma('user_version', { simple: true })).toBe(version);
  expect(sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: version });
}

function fixtureFor(version: number) {
  const fixture = MIGRATION_FIXTURES[version];
  if (!fixture) {
    throw new Error(`No fixture rows for schema version ${version} (${journal.entries[version - 1]?.tag}). Add MIGRATION_FIXTURES[${version}] in tests/integration/fixtures/migrationFixtures.ts.`);
  }
  return fixture;
}

/** What version v's rows should read like once the database is at `target`. */
function expectedAt(version: number, target: number): Rows {
  const fixture = fixtureFor(version);
  return target > version && fixture.afterUpgrade ? fixture.afterUpgrade(fixture.rows, target) : fixture.rows;
}

/** A database at exactly `version`, filled with that version's fixture rows, then closed. */
async function populatedAt(version: number): Promise<{ dir: string; dataKey: Buffer }> {
  const folder = await dataFolder();
  const opened = openAt(folder.dir, folder.dataKey, migrationsUpTo(version));
  try {
    expectHealthy(opened.sqlite, version);
    insertRows(opened.sqlite, fixtureFor(version).rows);
    expect(readRows(opened.sqlite, fixtureFor(version).rows)).toEqual(fixtureFor(version).rows);
  } finally {
    opened.sqlite.close();
  }
  return folder;
}

describe('migrations', () => {
  it('the journal and the migration files agree, and the app knows every migration', () => {
    expect(knownSchemaVersion(MIGRATIONS_DIR)).toBe(LATEST);
    expect(journal.entries.map((e) => e.idx)).toEqual(journal.entries.map((_, i) => i));
    const sqlFiles = readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql')).sort();
    expect(sqlFiles).toEqual(journal.entries.map((e) => `${e.tag}.sql`).sort());
    const whens = journal.entries.map((e) => e.when);
    expect([...whens].sort((a, b) => a - b), 'migrations must be in time order: drizzle applies those newer than the last applied').toEqual(whens);
  });

  it('every schema version has fixture rows (add one with each new migration)', () => {
    const missing = versions.filter((v) => !MIGRATION_FIXTURES[v]);
    expect(missing, 'add MIGRATION_FIXTURES[version] in tests/integration/fixtures/migrationFixtures.ts').toEqual([]);
    const unknown = Object.keys(MIGRATION_FIXTURES).map(Number).filter((v) => !versions.includes(v));
    expect(unknown, 'fixtures for versions that no migration creates').toEqual([]);
    for (const v of versions) {
      for (const [table, rows] of Object.entries(MIGRATION_FIXTURES[v]?.rows ?? {})) {
        expect(rows.length, `fixture ${v} has no rows for ${table}`).toBeGreaterThan(0);
      }
    }
  });

  it('every table at the latest version has fixture rows', async () => {
    const { dir, dataKey } = await dataFolder();
    const opened = openAt(dir, dataKey, MIGRATIONS_DIR);
    try {
      const tables = ordinaryTables(opened.sqlite);
      expect(Object.keys(fixtureFor(LATEST).rows).sort()).toEqual(tables);
    } finally {
      opened.sqlite.close();
    }
  });

  for (const target of versions) {
    const from = target - 1;
    const tag = journal.entries[target - 1].tag;
    it(`migration ${target} (${tag}) on a ${from === 0 ? 'new, empty' : `populated version ${from}`} database: one step, rows unchanged`, async () => {
      if (from === 0) {
        const { dir, dataKey } = await dataFolder();
        const opened = openAt(dir, dataKey, migrationsUpTo(target));
        try {
          expectHealthy(opened.sqlite, target);
        } finally {
          opened.sqlite.close();
        }
        return;
      }
      const { dir, dataKey } = await populatedAt(from);
      const opened = openAt(dir, dataKey, migrationsUpTo(target));
      try {
        expectHealthy(opened.sqlite, target);
        expect(readRows(opened.sqlite, expectedAt(from, target))).toEqual(expectedAt(from, target));
      } finally {
        opened.sqlite.close();
      }
    });
  }

  it('migration 5 (0004_supervision_care_reviews) keeps every version 4 row and adds the new tables, empty, and the looked-after date, null', async () => {
    const { dir, dataKey } = await populatedAt(4);
    const opened = openAt(dir, dataKey, migrationsUpTo(5));
    try {
      expectHealthy(opened.sqlite, 5);
      const rows = fixtureFor(4).rows;
      expect(readRows(opened.sqlite, rows)).toEqual(rows);
      for (const [table, list] of Object.entries(rows)) {
        expect(opened.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get(), table).toEqual({ n: list.length });
      }
      for (const table of ['supervisions', 'care_reviews', 'care_review_updates', 'contacts']) {
        expect(opened.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get(), table).toEqual({ n: 0 });
      }
      expect(opened.sqlite.prepare('SELECT looked_after_date AS d FROM young_people ORDER BY id').all()).toEqual(rows.young_people.map(() => ({ d: null })));
      // One update per young person and review date.
      opened.sqlite.prepare(`INSERT INTO care_review_updates (external_ref, young_person_id, review_date, prepared_date) VALUES ('u1', 1, '2025-01-01', '2024-12-20')`).run();
      expect(() =>
        opened.sqlite.prepare(`INSERT INTO care_review_updates (external_ref, young_person_id, review_date, prepared_date) VALUES ('u2', 1, '2025-01-01', '2024-12-21')`).run(),
      ).toThrow(/UNIQUE/);
    } finally {
      opened.sqlite.close();
    }
  });

  for (const version of versions) {
    it(`a populated version ${version} database opens in this app (latest is ${LATEST}) with every row unchanged`, async () => {
      const { dir } = await populatedAt(version);
      // The app's own path: the Session unlocks with the passphrase and migrates at open.
      const session = newSession(dir);
      expect(await dispatch(session, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
      try {
        const sqlite = session.connection.sqlite;
        expectHealthy(sqlite, LATEST);
        expect(readRows(sqlite, expectedAt(version, LATEST))).toEqual(expectedAt(version, LATEST));
        // The app reads the migrated data through its own code.
        const exported = await dispatch(session, 'exportData', {});
        expect(exported.ok).toBe(true);
        const listed = await dispatch(session, 'listVolunteers', {});
        expect(listed).toMatchObject({ ok: true });
        expect((listed as { value: unknown[] }).value).toHaveLength(sqlite.prepare('SELECT count(*) AS n FROM volunteers').pluck().get() as number);
      } finally {
        session.lock();
      }
    });
  }

  it('reopening a populated latest database migrates nothing and changes no row', async () => {
    const { dir, dataKey } = await populatedAt(LATEST);
    const before = snapshot(dir, ['Backups']);
    const session = newSession(dir);
    await session.unlock(PASSPHRASE);
    try {
      const sqlite = session.connection.sqlite;
      expectHealthy(sqlite, LATEST);
      expect(readRows(sqlite, fixtureFor(LATEST).rows)).toEqual(fixtureFor(LATEST).rows);
      // Running drizzle's migrator again over it is a no-op as well.
      migrate(session.db, { migrationsFolder: MIGRATIONS_DIR });
      expectHealthy(sqlite, LATEST);
      expect(readRows(sqlite, fixtureFor(LATEST).rows)).toEqual(fixtureFor(LATEST).rows);
    } finally {
      session.lock();
    }
    // Opening and closing wrote no page: the database file is as it was.
    expect(snapshot(dir, ['Backups'])['iv-desk.db']).toBe(before['iv-desk.db']);
    expect(dataKey.length).toBe(32);
  });

  it('a crash after the migrations but before user_version was saved: the next open re-runs nothing and loses nothing', async () => {
    const { dir, dataKey } = await populatedAt(LATEST);
    // Put the database back in the state where migrate() had committed but user_version had not been set.
    const raw = new Database(dataFiles(dir).database);
    keyConnection(raw, Buffer.from(dataKey));
    raw.pragma('user_version=0');
    raw.close();
    const session = newSession(dir);
    await session.unlock(PASSPHRASE);
    try {
      expectHealthy(session.connection.sqlite, LATEST);
      expect(readRows(session.connection.sqlite, fixtureFor(LATEST).rows)).toEqual(fixtureFor(LATEST).rows);
    } finally {
      session.lock();
    }
  });

  it('a database newer than the app is refused with newer_database, and its files are byte-identical afterwards', async () => {
    const { dir, dataKey } = await populatedAt(LATEST);
    const raw = new Database(dataFiles(dir).database);
    keyConnection(raw, Buffer.from(dataKey));
    raw.pragma(`user_version=${LATEST + 1}`);
    raw.close();
    const before = snapshot(dir, ['Backups']);

    const session = newSession(dir);
    const result = await dispatch(session, 'unlock', { passphrase: PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'newer_database' } });
    expect(!result.ok && result.error.message).toMatch(/newer version of IV Desk/);
    expect(session.info().state).toBe('locked');
    expect(snapshot(dir, ['Backups'])).toEqual(before);

    // And openDatabase itself, as the CLI uses it.
    let thrown: unknown;
    try {
      openAt(dir, dataKey, MIGRATIONS_DIR).sqlite.close();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).code).toBe('newer_database');
    expect(snapshot(dir, ['Backups'])).toEqual(before);

    // The rows are all still there for the newer app.
    const check = new Database(dataFiles(dir).database, { readonly: true });
    keyConnection(check, Buffer.from(dataKey));
    expect(readRows(check, fixtureFor(LATEST).rows)).toEqual(fixtureFor(LATEST).rows);
    check.close();
  });

  describe('the backup before a migration', () => {
    const backupsOf = (dir: string, dataKey: Buffer) => listBackups(dir, Buffer.from(dataKey)).filter((b) => b.reason === 'before_migration');

    it(`a populated version ${LATEST - 1} database is backed up, verified, before it is migrated: the backup holds the old version's rows`, async () => {
      const version = LATEST - 1;
      const { dir, dataKey } = await populatedAt(version);
      const session = newSession(dir);
      await session.unlock(PASSPHRASE);
      session.lock();
      const [backup, ...more] = backupsOf(dir, dataKey);
      expect(more).toEqual([]);
      expect(backup.status).toBe('good');
      expect(backup.counts?.volunteers).toBe(fixtureFor(version).rows.volunteers.length);
      const old = new Database(backup.path, { readonly: true });
      try {
        keyConnection(old, Buffer.from(dataKey));
        expect(old.pragma('user_version', { simple: true })).toBe(version);
        expect(readRows(old, fixtureFor(version).rows)).toEqual(fixtureFor(version).rows);
      } finally {
        old.close();
      }
    });

    it('a version 1 database (without most of the tables) is backed up too, its missing kinds of record counted as none', async () => {
      const { dir, dataKey } = await populatedAt(1);
      const session = newSession(dir);
      await session.unlock(PASSPHRASE);
      session.lock();
      const [backup] = backupsOf(dir, dataKey);
      expect(backup.status).toBe('good');
      expect(backup.counts).toMatchObject({ volunteers: fixtureFor(1).rows.volunteers.length, matches: 0, visits: 0 });
    });

    it('no such backup for a new database, nor when the database is already up to date', async () => {
      const fresh = newSession(tempDir('ivdesk-migrate-new-'));
      dirs.push(fresh.files.dir);
      await fresh.setUp({ schemeName: 'New', localAuthority: null, passphrase: PASSPHRASE });
      fresh.lock();
      await fresh.unlock(PASSPHRASE);
      fresh.lock();
      const { dir, dataKey } = await populatedAt(LATEST);
      const session = newSession(dir);
      await session.unlock(PASSPHRASE);
      session.lock();
      expect(backupsOf(dir, dataKey)).toEqual([]);
      expect(readdirSync(join(fresh.files.dir, 'Backups')).filter((name) => name.includes('before_migration'))).toEqual([]);
    });

    it('no such backup, and no migration, for a damaged older database', async () => {
      const { dir, dataKey } = await populatedAt(LATEST - 1);
      const file = dataFiles(dir).database;
      const bytes = readFileSync(file);
      bytes.fill(0x5a, 8192, 12288);
      writeFileSync(file, bytes);
      const result = await dispatch(newSession(dir), 'unlock', { passphrase: PASSPHRASE });
      expect(result).toMatchObject({ ok: false, error: { code: 'damaged' } });
      expect(backupsOf(dir, dataKey)).toEqual([]);
    });
  });
});
