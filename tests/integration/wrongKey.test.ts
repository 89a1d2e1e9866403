/**
 * A wrong passphrase or recovery key touches nothing: every file in the data folder is
 * byte-identical before and after, whether the database was closed cleanly or a crash
 * left a hot WAL behind. The same holds when the key file unlocks but does not belong to
 * the database (SQLite is then really asked to read the file with the wrong key).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { newRecoveryKey } from '../../electron/core/crypto/keyFile';
import type { Session } from '../../electron/core/session';
import { newSession, PASSPHRASE, tempDir, unlockedSession } from '../helpers/session';
import { runKillRound } from './fixtures/killRound';

const NEW_PASSPHRASE = 'a different but strong passphrase 42';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Every file in the folder and below it (the backups too) with its size and SHA-256, names sorted, so any change shows. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort()
      .map((name) => {
        const bytes = readFileSync(join(dir, name));
        return [name, `${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex')}`];
      }),
  );
}

/** A set-up data folder with some records in it, locked. */
async function lockedFolderWithData(): Promise<{ dir: string; recoveryKey: string }> {
  const { session, dir, recoveryKey } = await unlockedSession();
  dirs.push(dir);
  await addRecords(session);
  session.lock();
  return { dir, recoveryKey };
}

async function addRecords(session: Session): Promise<void> {
  for (let n = 0; n < 5; n++) {
    const result = await dispatch(session, 'createVolunteer', { firstName: `Volunteer ${n}`, lastName: 'Jones', enquiryDate: '2024-01-15' });
    expect(result.ok).toBe(true);
  }
}

/** Tries every wrong key on a locked folder and checks that nothing changed and it still opens. */
async function expectWrongKeysTouchNothing(dir: string, recoveryKey: string, otherRecoveryKey: string): Promise<void> {
  const before = snapshot(dir);
  const session = newSession(dir);
  const attempts: [string, unknown, string][] = [
    ['unlock', { passphrase: 'not the right passphrase' }, 'wrong_passphrase'],
    ['unlock', { passphrase: PASSPHRASE + ' ' }, 'wrong_passphrase'],
    ['unlock', { passphrase: PASSPHRASE.toUpperCase() }, 'wrong_passphrase'],
    ['recover', { recoveryKey: newRecoveryKey(), newPassphrase: NEW_PASSPHRASE }, 'wrong_recovery_key'],
    ['recover', { recoveryKey: otherRecoveryKey, newPassphrase: NEW_PASSPHRASE }, 'wrong_recovery_key'],
    ['recover', { recoveryKey: 'not-a-recovery-key', newPassphrase: NEW_PASSPHRASE }, 'wrong_recovery_key'],
    // One character changed: well formed, wrong.
    ['recover', { recoveryKey: recoveryKey.slice(0, -1) + (recoveryKey.endsWith('0') ? '1' : '0'), newPassphrase: NEW_PASSPHRASE }, 'wrong_recovery_key'],
  ];
  for (const [call, input, code] of attempts) {
    const result = await dispatch(session, call, input);
    expect(result, `${call} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) {
      const secret = Object.values(input as Record<string, string>)[0];
      expect(result.error.message).not.toContain(secret);
    }
    expect(session.info().state).toBe('locked');
    expect(snapshot(dir), `${call} changed the files`).toEqual(before);
  }
  // And the right passphrase still opens it, with the data.
  const opened = await dispatch(session, 'unlock', { passphrase: PASSPHRASE });
  expect(opened).toMatchObject({ ok: true, value: { state: 'unlocked' } });
  expect(session.connection.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  session.lock();
}

describe('wrong keys change nothing', () => {
  it('on a cleanly locked database: wrong passphrases and wrong recovery keys leave every file byte-identical', async () => {
    const { dir, recoveryKey } = await lockedFolderWithData();
    const other = await lockedFolderWithData();
    expect(existsSync(join(dir, 'iv-desk.db-wal'))).toBe(false);
    await expectWrongKeysTouchNothing(dir, recoveryKey, other.recoveryKey);
  });

  it('on a database a crash left with a hot WAL: wrong keys leave the database, WAL, shared memory and key file byte-identical', { timeout: 60_000 }, async () => {
    const dir = tempDir('ivdesk-wrongkey-hot-');
    dirs.push(dir);
    const round = await runKillRound(dir, 'WrongKeyHotWal', 3, 20);
    expect(round.signal).toBe('SIGKILL');
    expect(readFileSync(join(dir, 'iv-desk.db-wal')).length, 'the kill should leave a hot WAL').toBeGreaterThan(0);
    const other = await lockedFolderWithData();
    // The child's recovery key was never shown to us; a well-formed wrong one stands in.
    await expectWrongKeysTouchNothing(dir, newRecoveryKey(), other.recoveryKey);
  });

  it('while unlocked: a wrong current passphrase or recovery key leaves the key file and database unchanged', async () => {
    const { session, dir, recoveryKey, cleanup } = await unlockedSession();
    try {
      await addRecords(session);
      const keyBefore = readFileSync(session.files.keyFile);
      const dataBefore = ['iv-desk.db', 'iv-desk.db-wal'].map((name) => readFileSync(join(dir, name)));
      const attempts: [string, unknown, string][] = [
        ['changePassphrase', { currentPassphrase: 'not the right passphrase', newPassphrase: NEW_PASSPHRASE }, 'wrong_passphrase'],
        ['recover', { recoveryKey: newRecoveryKey(), newPassphrase: NEW_PASSPHRASE }, 'wrong_recovery_key'],
      ];
      for (const [call, input, code] of attempts) {
        const result = await dispatch(session, call, input);
        expect(result).toMatchObject({ ok: false, error: { code } });
        expect(readFileSync(session.files.keyFile).equals(keyBefore), `${call} changed the key file`).toBe(true);
        ['iv-desk.db', 'iv-desk.db-wal'].forEach((name, i) => expect(readFileSync(join(dir, name)).equals(dataBefore[i]), `${call} changed ${name}`).toBe(true));
        expect(session.info().state).toBe('unlocked');
      }
      // The old passphrase and recovery key still work.
      session.lock();
      expect(await dispatch(session, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
      session.lock();
      expect(await dispatch(session, 'recover', { recoveryKey, newPassphrase: NEW_PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    } finally {
      cleanup();
    }
  });

  /** Puts another setup's key file (same passphrase) beside this folder's database. */
  async function swapInOtherKeyFile(dir: string): Promise<{ recoveryKey: string; ownKeyFile: Buffer | null }> {
    const keyPath = join(dir, 'iv-desk.key');
    const ownKeyFile = existsSync(keyPath) ? readFileSync(keyPath) : null;
    const other = await lockedFolderWithData();
    copyFileSync(join(other.dir, 'iv-desk.key'), keyPath);
    return { recoveryKey: other.recoveryKey, ownKeyFile };
  }

  it('a key file that unlocks but belongs to another database: refused as damaged, every file byte-identical (clean database)', async () => {
    const dir = tempDir('ivdesk-mismatch-');
    dirs.push(dir);
    const source = await lockedFolderWithData();
    copyFileSync(join(source.dir, 'iv-desk.db'), join(dir, 'iv-desk.db'));
    const other = await swapInOtherKeyFile(dir);

    const before = snapshot(dir);
    const session = newSession(dir);
    // SQLite really reads the file here, with the wrong key: the first read fails.
    expect(await dispatch(session, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(snapshot(dir), 'unlock changed the files').toEqual(before);
    expect(await dispatch(session, 'recover', { recoveryKey: other.recoveryKey, newPassphrase: NEW_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'damaged' },
    });
    expect(snapshot(dir), 'recover changed the files').toEqual(before);
    expect(session.info().state).toBe('locked');
  });

  it('a key file that unlocks but belongs to another database, with a hot WAL: database, WAL and key file byte-identical, nothing lost', { timeout: 60_000 }, async () => {
    const dir = tempDir('ivdesk-mismatch-hot-');
    dirs.push(dir);
    const round = await runKillRound(dir, 'MismatchHotWal', 3, 20);
    expect(round.signal).toBe('SIGKILL');
    expect(readFileSync(join(dir, 'iv-desk.db-wal')).length, 'the kill should leave a hot WAL').toBeGreaterThan(0);
    const other = await swapInOtherKeyFile(dir);

    // SQLite rebuilds the WAL index (-shm) from the WAL's unencrypted frame headers when it
    // first opens the file, before any page is decrypted, so the key cannot be checked
    // first. The -shm holds no records (page numbers, salts and checksums only; the
    // encryption tests check it for plain text) and is always rebuilt from the WAL.
    const kept = ['iv-desk.db', 'iv-desk.db-wal', 'iv-desk.key'];
    const before = snapshot(dir);
    const pick = (all: Record<string, string>) => Object.fromEntries(kept.map((name) => [name, all[name]]));
    const session = newSession(dir);
    expect(await dispatch(session, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(pick(snapshot(dir)), 'unlock changed the files').toEqual(pick(before));
    expect(await dispatch(session, 'recover', { recoveryKey: other.recoveryKey, newPassphrase: NEW_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'damaged' },
    });
    expect(pick(snapshot(dir)), 'recover changed the files').toEqual(pick(before));
    expect(session.info().state).toBe('locked');

    // With its own key file back, the database opens with every acknowledged write.
    writeFileSync(join(dir, 'iv-desk.key'), other.ownKeyFile!);
    expect(await dispatch(session, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    try {
      expect(session.connection.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const ids = new Set((session.connection.sqlite.prepare('SELECT id FROM volunteers').all() as { id: number }[]).map((r) => r.id));
      const acknowledged = round.acked.filter((w) => w.kind === 'v');
      expect(acknowledged.length).toBeGreaterThan(0);
      for (const write of acknowledged) expect(ids.has(write.id), write.marker).toBe(true);
    } finally {
      session.lock();
    }
  });
});
