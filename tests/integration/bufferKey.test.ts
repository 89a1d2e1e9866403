/**
 * The data key reaches SQLite as bytes (db.key with a raw binary key), never as a hex
 * string in a pragma. Proven on real encrypted databases: a database keyed the old way
 * (`PRAGMA key="x'<hex>'"`, as every existing installation was) opens with the new way and
 * the reverse, the driver's copy of the key is wiped, the caller's key is left for the
 * caller, and a wrong or malformed key opens nothing.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { keyConnection, type KeyableDatabase } from '../../electron/core/db/open';
import { UserError } from '../../electron/core/errors';
import { tempDir } from '../helpers/session';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function freshPath(): string {
  const dir = tempDir('ivdesk-bufferkey-');
  dirs.push(dir);
  return join(dir, 'test.db');
}

/** The sequence the app used before keys went to the driver as bytes; kept here only to prove old databases still open. */
function keyTheOldWay(sqlite: Database.Database, dataKey: Buffer): void {
  sqlite.pragma(`cipher='sqlcipher'`);
  sqlite.pragma('legacy=4');
  sqlite.pragma(`key="x'${dataKey.toString('hex')}'"`);
}

function writeCanary(sqlite: Database.Database, canary: string): void {
  sqlite.exec('CREATE TABLE t (v TEXT)');
  sqlite.prepare('INSERT INTO t VALUES (?)').run(canary);
}

function readCanary(sqlite: Database.Database): string {
  return (sqlite.prepare('SELECT v FROM t').get() as { v: string }).v;
}

function keyingError(path: string, dataKey: Buffer): unknown {
  const sqlite = new Database(path, { fileMustExist: true });
  try {
    keyConnection(sqlite, dataKey);
    return null;
  } catch (error) {
    return error;
  } finally {
    sqlite.close();
  }
}

/** Writes a canary through one keying, then reads it back through the other. */
function roundTrip(dataKey: Buffer, write: typeof keyConnection, read: typeof keyConnection): string {
  const path = freshPath();
  const made = new Database(path);
  write(made, dataKey);
  writeCanary(made, 'the canary');
  made.close();
  const reopened = new Database(path, { fileMustExist: true });
  try {
    read(reopened, dataKey);
    return readCanary(reopened);
  } finally {
    reopened.close();
  }
}

describe('the data key as a Buffer', () => {
  it('a database keyed with the old hex pragma opens with the Buffer key, and the reverse', () => {
    const dataKey = randomBytes(32);
    expect(roundTrip(dataKey, keyTheOldWay, keyConnection)).toBe('the canary');
    expect(roundTrip(dataKey, keyConnection, keyTheOldWay)).toBe('the canary');
    expect(() => roundTrip(dataKey, keyConnection, (sqlite) => keyTheOldWay(sqlite, randomBytes(32)))).toThrow();
  });

  it('the file it writes is encrypted: no SQLite header and no canary in any file', () => {
    const path = freshPath();
    const canary = `Zq${randomBytes(6).toString('hex')}BufferKey`;
    const sqlite = new Database(path);
    keyConnection(sqlite, randomBytes(32));
    sqlite.pragma('journal_mode=WAL');
    writeCanary(sqlite, canary);
    const dir = join(path, '..');
    for (const name of readdirSync(dir).filter((file) => statSync(join(dir, file)).isFile())) {
      const bytes = readFileSync(join(dir, name));
      expect(bytes.indexOf(Buffer.from(canary)), name).toBe(-1);
      expect(bytes.subarray(0, 15).toString('latin1'), name).not.toBe('SQLite format 3');
    }
    sqlite.close();
  });

  it('hands the driver bytes, not text, and wipes its own copy once the driver has it', () => {
    const dataKey = randomBytes(32);
    const kept = Buffer.from(dataKey);
    const sqlite = new Database(freshPath()) as KeyableDatabase;
    const given: Buffer[] = [];
    const realKey = sqlite.key.bind(sqlite);
    vi.spyOn(sqlite, 'key').mockImplementation((key: Buffer) => {
      given.push(key);
      // What SQLite receives, checked while it is still there.
      expect(key.subarray(4).equals(kept)).toBe(true);
      return realKey(key);
    });
    const pragmas: string[] = [];
    const realPragma = sqlite.pragma.bind(sqlite);
    vi.spyOn(sqlite, 'pragma').mockImplementation((source: string, options?: Database.PragmaOptions) => {
      pragmas.push(source);
      return realPragma(source, options);
    });
    keyConnection(sqlite, dataKey);
    writeCanary(sqlite, 'keyed');
    expect(given).toHaveLength(1);
    expect(given[0].every((byte) => byte === 0)).toBe(true);
    expect(pragmas.some((source) => /key/i.test(source))).toBe(false);
    expect(pragmas.join(' ')).not.toContain(kept.toString('hex'));
    // The caller owns its key and wipes it itself (Session does, after opening).
    expect(dataKey.equals(kept)).toBe(true);
    sqlite.close();
  });

  it('a wrong key is refused as damaged and the database is not read', () => {
    const path = freshPath();
    const sqlite = new Database(path);
    keyConnection(sqlite, randomBytes(32));
    writeCanary(sqlite, 'secret');
    sqlite.close();
    const error = keyingError(path, randomBytes(32));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('damaged');
    expect((error as UserError).message).toMatch(/does not match its key file/);
  });

  it.each([
    ['too short', 31],
    ['too long', 33],
    ['empty', 0],
  ])('a key that is %s is refused before SQLite sees it', (_name, length) => {
    const path = freshPath();
    new Database(path).close();
    const error = keyingError(path, randomBytes(length));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('The database key is not the right length.');
  });

  it('no source file builds a key pragma or a hex string of a key', () => {
    const root = join(import.meta.dirname, '../../electron');
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(10);
    for (const name of sources) {
      const text = readFileSync(join(root, name), 'utf8');
      expect(text, name).not.toMatch(/pragma\(\s*[`'"]\s*(re)?key\s*=/i);
      expect(text, name).not.toMatch(/[kK]ey\.toString\(\s*['"]hex['"]\s*\)/);
    }
  });
});
