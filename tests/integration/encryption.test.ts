/**
 * Encryption at rest: nothing the app writes to disk is readable without the key. A canary
 * saved through the app (the same door IPC uses) must not appear in the database, its WAL,
 * its shared-memory file or the key file: not while open, not after locking, and not in
 * the state a kill in the middle of writing leaves behind.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { parseKeyFile, unlockWithPassphrase } from '../../electron/core/crypto/keyFile';
import { newSession, PASSPHRASE, tempDir, unlockedSession } from '../helpers/session';
import { runKillRound } from './fixtures/killRound';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Every file in the folder and below it (the backups too), with its bytes. */
function filesIn(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
  return new Map(names.map((name) => [name, readFileSync(join(dir, name))]));
}

/** The needles found in any file, as "file: needle" strings, so a failure names them. */
function plaintextFound(files: Map<string, Buffer>, needles: (string | Buffer)[]): string[] {
  const found: string[] = [];
  for (const [name, bytes] of files) {
    for (const needle of needles) {
      const asBuffer = typeof needle === 'string' ? Buffer.from(needle, 'utf8') : needle;
      if (bytes.indexOf(asBuffer) >= 0) found.push(`${name}: ${typeof needle === 'string' ? needle : `<${needle.length} key bytes>`}`);
      // SQLite can also store text as UTF-16; look for that too.
      if (typeof needle === 'string' && bytes.indexOf(Buffer.from(needle, 'utf16le')) >= 0) found.push(`${name}: ${needle} (UTF-16)`);
    }
  }
  return found;
}

function startsWithSqliteHeader(bytes: Buffer): boolean {
  return bytes.subarray(0, 16).equals(SQLITE_HEADER);
}

describe('the files on disk', () => {
  it('a check that would catch plain text: an unencrypted SQLite file shows its header and the canary', () => {
    // The control for the tests below: the same checks do fire on an unencrypted database.
    const dir = tempDir('ivdesk-plain-');
    dirs.push(dir);
    const canary = `Zq${randomBytes(6).toString('hex')}Plain`;
    const plain = new Database(join(dir, 'plain.db'));
    plain.pragma('journal_mode=WAL');
    plain.exec('CREATE TABLE t (v TEXT)');
    plain.prepare('INSERT INTO t VALUES (?)').run(canary);
    const files = filesIn(dir);
    expect(startsWithSqliteHeader(files.get('plain.db')!)).toBe(true);
    expect(plaintextFound(files, [canary])).toContain(`plain.db-wal: ${canary}`);
    plain.close();
  });

  it('a new database, its WAL, its shared memory and its key file hold no SQLite header and no canary', async () => {
    const canary = `Zq${randomBytes(6).toString('hex')}Canary`;
    const { session, dir, recoveryKey, cleanup } = await unlockedSession({ schemeName: `${canary} scheme` });
    try {
      // Saved through the same door the renderer's IPC calls go through.
      const created = await dispatch(session, 'createVolunteer', {
        firstName: `${canary} first`,
        lastName: "O'Brien-Ünal",
        address: `${canary} 1 Long Road`,
        email: `${canary.toLowerCase()}@example.org`,
        enquiryDate: '2024-01-15',
      });
      expect(created.ok).toBe(true);
      expect((await dispatch(session, 'createYoungPerson', { firstName: `${canary} young`, lastName: 'Smith', dateOfBirth: '2012-03-27' })).ok).toBe(true);

      // The canary really is in the database: the app reads it back.
      const listed = await dispatch(session, 'listVolunteers', { search: canary });
      expect(listed).toMatchObject({ ok: true, value: [{ firstName: `${canary} first` }] });

      const dataKey = await unlockWithPassphrase(parseKeyFile(readFileSync(session.files.keyFile, 'utf8')), PASSPHRASE);
      const secrets = [canary, canary.toLowerCase(), PASSPHRASE, recoveryKey, recoveryKey.replace(/-/g, ''), dataKey, Buffer.from(dataKey.toString('hex'))];

      // While open: the recent writes live in the WAL.
      const open = filesIn(dir);
      expect([...open.keys()].sort()).toEqual(['iv-desk.db', 'iv-desk.db-shm', 'iv-desk.db-wal', 'iv-desk.key']);
      expect(open.get('iv-desk.db-wal')!.length, 'the WAL should hold the writes').toBeGreaterThan(0);
      for (const [name, bytes] of open) expect(startsWithSqliteHeader(bytes), name).toBe(false);
      expect(plaintextFound(open, secrets)).toEqual([]);
      for (const name of open.keys()) {
        expect(statSync(join(dir, name)).mode & 0o077, `${name} should be readable by its owner only`).toBe(0);
      }

      // After locking: the WAL has been checkpointed into the database file.
      session.lock();
      const locked = filesIn(dir);
      expect(locked.has('iv-desk.db')).toBe(true);
      for (const [name, bytes] of locked) expect(startsWithSqliteHeader(bytes), name).toBe(false);
      expect(plaintextFound(locked, secrets)).toEqual([]);

      // Plain SQLite (no key) cannot read it. Tried on a copy, so the original is untouched.
      const copy = join(dir, 'copy.db');
      copyFileSync(session.files.database, copy);
      const plain = new Database(copy, { readonly: true });
      expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
      plain.close();
      rmSync(copy);
    } finally {
      cleanup();
    }
  });

  it('two new databases do not share their first bytes (each has its own salt)', async () => {
    const a = await unlockedSession();
    const b = await unlockedSession();
    try {
      a.session.lock();
      b.session.lock();
      const headA = readFileSync(a.session.files.database).subarray(0, 16);
      const headB = readFileSync(b.session.files.database).subarray(0, 16);
      expect(headA.equals(headB)).toBe(false);
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });

  it('after a kill in the middle of writing, the hot WAL and every other file hold no canary', { timeout: 60_000 }, async () => {
    const dir = tempDir('ivdesk-killcanary-');
    dirs.push(dir);
    const canary = `Zq${randomBytes(6).toString('hex')}Killed`;
    // The first run sets up; each is killed a few milliseconds after its 30th or 10th write.
    for (const [round, minAcks] of [[0, 30], [1, 10]] as const) {
      const result = await runKillRound(dir, `${canary}r${round}`, 3, minAcks);
      expect(result.signal, result.stderr).toBe('SIGKILL');
      expect(result.acked.length, 'the writer should have saved something before the kill').toBeGreaterThan(0);

      const files = filesIn(dir);
      expect(files.get('iv-desk.db-wal')?.length ?? 0, 'a kill leaves a hot WAL behind').toBeGreaterThan(0);
      for (const [name, bytes] of files) expect(startsWithSqliteHeader(bytes), name).toBe(false);
      expect(plaintextFound(files, [canary, 'x'.repeat(64), 'Killshire', 'kill@example.org', PASSPHRASE])).toEqual([]);

      // The canary was really written: the app finds the acknowledged rows after the kill.
      const session = newSession(dir);
      await session.unlock(PASSPHRASE);
      try {
        const listed = await dispatch(session, 'listVolunteers', { search: canary });
        expect(listed.ok).toBe(true);
        // (An update may have renamed a volunteer since; the canary stays in every name.)
        const ids = new Set((listed.ok ? (listed.value as { id: number }[]) : []).map((v) => v.id));
        for (const write of result.acked.filter((w) => w.kind === 'v')) expect(ids.has(write.id), write.marker).toBe(true);
      } finally {
        session.lock();
      }
      const afterReopen = filesIn(dir);
      expect(plaintextFound(afterReopen, [canary, 'x'.repeat(64)])).toEqual([]);
      expect(existsSync(join(dir, 'iv-desk.db'))).toBe(true);
    }
  });
});
