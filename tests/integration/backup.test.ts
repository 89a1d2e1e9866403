/** Backups and restore on real encrypted databases. */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { keyConnection, registerFunctions } from '../../electron/core/db/open';
import { parseKeyFile, unlockWithPassphrase, unlockWithRecoveryKey } from '../../electron/core/crypto/keyFile';
import { makeBackup } from '../../electron/core/backup/make';
import { listBackups } from '../../electron/core/backup/list';
import { restoreBackup } from '../../electron/core/backup/restore';
import { journalPath } from '../../electron/core/backup/journal';
import { backupsDir, keyFileOf } from '../../electron/core/backup/names';
import { tableCounts } from '../../electron/core/reports/counts';
import type { Session } from '../../electron/core/session';
import { newSession, PASSPHRASE, unlockedSession } from '../helpers/session';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function scheme() {
  const made = await unlockedSession();
  cleanups.push(made.cleanup);
  return made;
}

async function addVolunteer(session: Session, firstName: string): Promise<void> {
  const result = await dispatch(session, 'createVolunteer', { firstName, lastName: 'Backup', enquiryDate: '2024-01-15' });
  expect(result.ok).toBe(true);
}

const source = (session: Session) => ({ sqlite: session.connection.sqlite, files: session.files });

function openWithKey(path: string, key: Buffer): Database.Database {
  const sqlite = new Database(path, { fileMustExist: true, readonly: true });
  keyConnection(sqlite, key);
  // As the app's own backup check does: integrity_check reads the indexes on iv_sort_key.
  registerFunctions(sqlite);
  return sqlite;
}

function names(sqlite: Database.Database): string[] {
  return (sqlite.prepare('SELECT first_name AS n FROM volunteers ORDER BY id').all() as { n: string }[]).map((r) => r.n);
}

describe('making a backup', () => {
  it('is encrypted, opens only with the key (by passphrase or recovery key), passes integrity_check and holds the records', async () => {
    const { session, recoveryKey } = await scheme();
    await addVolunteer(session, 'Ada');
    await addVolunteer(session, 'Grace');
    const made = makeBackup(source(session), { reason: 'manual' });

    expect(made.path.startsWith(backupsDir(session.files.dir))).toBe(true);
    expect(made.name).toMatch(/^iv-desk-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-manual\.db$/);
    expect(made.status).toBe('good');
    expect(made.counts).toEqual(Object.fromEntries(Object.entries(tableCounts(session.db)).filter(([k]) => k !== 'scheme')));
    expect(made.counts?.volunteers).toBe(2);
    const bytes = readFileSync(made.path);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.indexOf('Grace')).toBe(-1);
    if (process.platform !== 'win32') {
      expect(statSync(made.path).mode & 0o777).toBe(0o600);
      expect(statSync(backupsDir(session.files.dir)).mode & 0o777).toBe(0o700);
    }

    const keyFile = parseKeyFile(readFileSync(keyFileOf(made.path), 'utf8'));
    for (const key of [await unlockWithPassphrase(keyFile, PASSPHRASE), unlockWithRecoveryKey(keyFile, recoveryKey)]) {
      const sqlite = openWithKey(made.path, key);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(names(sqlite)).toEqual(['Ada', 'Grace']);
      sqlite.close();
    }
    expect(() => openWithKey(made.path, randomBytes(32))).toThrow(/does not match its key file/);
    const unkeyed = new Database(made.path, { readonly: true });
    expect(() => unkeyed.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow();
    unkeyed.close();
  });

  it('writes to another folder with --to, and leaves no temporary files', async () => {
    const { session, dir } = await scheme();
    const elsewhere = join(dir, 'usb-stick');
    const made = makeBackup(source(session), { reason: 'manual', to: elsewhere });
    expect(readdirSync(elsewhere).sort()).toEqual([made.name, `${made.name}.key`]);
  });

  it('is made on the first unlock of a day and on lock only when something changed', async () => {
    const { session, dir } = await scheme();
    let day = '2026-12-01';
    const later = newSession(dir, () => day);
    session.lock(); // the setup itself changed things: one backup on lock
    const reasons = () => listBackups(dir, later.connection.sqlite).map((b) => `${b.reason}:${b.counts?.volunteers}`);
    day = '2099-01-01';
    await later.unlock(PASSPHRASE);
    // The daily backup; the one on lock the same (real) day gives way to it in rotation.
    expect(reasons()).toEqual(['daily:0']);
    later.lock();
    await later.unlock(PASSPHRASE);
    expect(reasons()).toEqual(['daily:0']); // nothing changed, so no backup on lock; and not the first unlock today
    await addVolunteer(later, 'Changed');
    later.lock();
    // The change made a backup on lock, which took the daily one's place for the day.
    expect(readdirSync(backupsDir(dir)).filter((n) => n.endsWith('.db'))).toEqual([expect.stringMatching(/-on_lock\.db$/)]);
  });

  it('is made before an import', async () => {
    const { session } = await scheme();
    const text = readFileSync(join(import.meta.dirname, '../fixtures/interchange/valid-small.json'), 'utf8');
    expect((await dispatch(session, 'importData', { text })).ok).toBe(true);
    const before = listBackups(session.files.dir, session.connection.sqlite).find((b) => b.reason === 'before_import');
    expect(before?.counts?.volunteers).toBe(0);
  });

  it('a backup that cannot be made never blocks the lock', async () => {
    const problems: string[] = [];
    const { dir } = await scheme();
    const session = newSession(dir);
    Object.assign(session, { options: { ...(session as unknown as { options: object }).options, onBackupProblem: (m: string) => problems.push(m) } });
    await session.unlock(PASSPHRASE);
    await addVolunteer(session, 'Lost?');
    // A file where the Backups folder should be makes every backup fail.
    rmSync(backupsDir(dir), { recursive: true, force: true });
    writeFileSync(backupsDir(dir), '');
    session.lock();
    expect(session.info().state).toBe('locked');
    expect(problems.join(' ')).toMatch(/was not made. Your data is safe/);
    await session.unlock(PASSPHRASE);
    expect(names(session.connection.sqlite)).toContain('Lost?');
  });
});

describe('listing backups', () => {
  it('lists damaged backups as damaged, with their reason, size and counts for the good ones', async () => {
    const { session } = await scheme();
    await addVolunteer(session, 'Ada');
    const good = makeBackup(source(session), { reason: 'manual' });
    const bad = makeBackup(source(session), { reason: 'before_import' });
    truncateSync(bad.path, 4096 * 2);
    const listed = listBackups(session.files.dir, session.connection.sqlite);
    expect(listed.map((b) => [b.name, b.status])).toEqual([
      [bad.name, 'damaged'],
      [good.name, 'good'],
    ]);
    expect(listed[0].problem).toMatch(/damaged/);
    expect(listed[0].counts).toBeNull();
    expect(listed[1]).toMatchObject({ reason: 'manual', size: statSync(good.path).size, counts: { volunteers: 1 } });
  });
});

describe('restoring a backup', () => {
  it('brings the data back, keeps a safety copy, and restoring the safety copy undoes it', async () => {
    const { session, dir } = await scheme();
    await addVolunteer(session, 'Before');
    const backup = makeBackup(source(session), { reason: 'manual' });
    await addVolunteer(session, 'After');

    const result = restoreBackup(session, backup.path);
    expect(session.info().state).toBe('locked');
    expect(existsSync(journalPath(session.files))).toBe(false);
    await session.unlock(PASSPHRASE);
    expect(names(session.connection.sqlite)).toEqual(['Before']);
    expect(session.connection.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');

    expect(result.safetyCopy).not.toBeNull();
    restoreBackup(session, result.safetyCopy!);
    const again = newSession(dir);
    await again.unlock(PASSPHRASE);
    expect(names(again.connection.sqlite)).toEqual(['Before', 'After']);
    again.lock();
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const { session } = await scheme();
    await addVolunteer(session, 'Kept');
    const backup = makeBackup(source(session), { reason: 'manual' });
    truncateSync(backup.path, 1000);
    expect(() => restoreBackup(session, backup.path)).toThrow(/cannot be restored/);
    expect(names(session.connection.sqlite)).toEqual(['Kept']);
  });

  for (const phase of ['copying', 'replacing'] as const) {
    it(`a restore interrupted while ${phase} is ${phase === 'copying' ? 'rolled back' : 'finished'} at the next start`, async () => {
      const { session, dir } = await scheme();
      await addVolunteer(session, 'Old');
      const backup = makeBackup(source(session), { reason: 'manual' });
      await addVolunteer(session, 'New');
      makeBackup(source(session), { reason: 'before_restore' });
      session.lock();
      // The half-state a crash leaves: the journal, the staged database (cut short while copying), maybe the staged key.
      const files = session.files;
      writeFileSync(journalPath(files), JSON.stringify({ format: 'iv-desk-restore/1', phase, from: backup.path, safetyCopy: null }));
      if (phase === 'copying') {
        writeFileSync(`${files.database}.restoring`, readFileSync(backup.path).subarray(0, 5000));
      } else {
        copyFileSync(backup.path, `${files.database}.restoring`);
        copyFileSync(keyFileOf(backup.path), `${files.keyFile}.restoring`);
      }
      const next = newSession(dir);
      expect(existsSync(journalPath(files))).toBe(false);
      expect(readdirSync(dir).filter((n) => n.includes('restoring'))).toEqual([]);
      await next.unlock(PASSPHRASE);
      expect(next.connection.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(names(next.connection.sqlite)).toEqual(phase === 'copying' ? ['Old', 'New'] : ['Old']);
      next.lock();
    });
  }
});
