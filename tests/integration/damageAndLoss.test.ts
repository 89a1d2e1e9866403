/**
 * Damage and loss, on real encrypted databases: a damaged or truncated database file, a
 * missing key file (told apart from an unfinished setup), a damaged recovery slot, stray
 * key-file temporaries, and a data folder inside a synced folder.
 */
import { execFile } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { RECOVERY_SLOT_WARNING } from '../../electron/core/session';
import type { KeyFile } from '../../electron/core/crypto/keyFile';
import { newSession, PASSPHRASE, snapshot, tempDir, unlockedSession } from '../helpers/session';

const NEW_PASSPHRASE = 'a different but strong passphrase 42';
const ROOT = resolve(import.meta.dirname, '../..');

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));


/** A set-up folder with records in it , locked. */
async function lockedFolderWithData(): Promise<{ dir: string; recoveryKey: string }> {
  const { session, dir, recoveryKey } = await unlockedSession();
  dirs.push(dir);
  for (let n = 0; n < 40; n++) {
    const result = await dispatch(session, 'createVolunteer', { firstName: `Volunteer ${n}`, lastName: 'Jones', enquiryDate: '2024-01-15' });
    expect(result.ok).toBe(true);
  }
  session.lock();
  return { dir, recoveryKey };
}

function overwriteMiddle(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096 + 100);
  } finally {
    closeSync(fd);
  }
}

function cliVerify(dataDir: string, ...extra: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IV_DESK_'))), IV_DESK_PASSPHRASE: PASSPHRASE };
  return new Promise((done) => {
    const child = execFile(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'electron/core/cli/main.ts'), ...extra, '--data-dir', dataDir], { cwd: ROOT, env, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

describe('a damaged database', () => {
  for (const [name, damage] of [
    ['pages overwritten in the middle', overwriteMiddle],
    ['a truncated file', (path: string) => truncateSync(path, Math.floor(statSync(path).size / 2))],
  ] as const) {
    it(`${name}: unlock and recover say so plainly, naming the file; every file is left as it was`, async () => {
      const { dir, recoveryKey } = await lockedFolderWithData();
      damage(join(dir, 'iv-desk.db'));
      const before = snapshot(dir);
      const session = newSession(dir);
      for (const [call, input] of [
        ['unlock', { passphrase: PASSPHRASE }],
        ['recover', { recoveryKey, newPassphrase: NEW_PASSPHRASE }],
      ] as const) {
        const result = await dispatch(session, call, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'damaged' } });
        if (!result.ok) {
          expect(result.error.message).toContain(`The database file iv-desk.db in ${dir} is damaged`);
          expect(result.error.message).toMatch(/damaged file is kept.*Restore your records from a backup/);
        }
        expect(session.info().state).toBe('locked');
        // No migration, retention or checkpoint touched anything; no -wal or -shm is left behind.
        expect(snapshot(dir), `${call} changed the folder`).toEqual(before);
      }
    });
  }

  it('verify reports the damage in JSON with a non-zero exit, for a damaged and for a truncated file', { timeout: 60_000 }, async () => {
    const damaged = await lockedFolderWithData();
    overwriteMiddle(join(damaged.dir, 'iv-desk.db'));
    const truncated = await lockedFolderWithData();
    truncateSync(join(truncated.dir, 'iv-desk.db'), 3 * 4096);
    for (const dir of [damaged.dir, truncated.dir]) {
      const run = await cliVerify(dir, 'verify');
      expect(run.code, run.stderr).toBe(1);
      const report = JSON.parse(run.stdout);
      expect(report).toMatchObject({ ok: false, damaged: true });
      expect(report.problems[0]).toContain(`The database file iv-desk.db in ${dir} is damaged`);
    }
  });
});

describe('a missing key file', () => {
  it('a database with records and no key file is not a fresh install: status says so, setup and unlock refuse, nothing changes', async () => {
    const { dir } = await lockedFolderWithData();
    const keyFile = readFileSync(join(dir, 'iv-desk.key'));
    rmSync(join(dir, 'iv-desk.key'));
    const before = snapshot(dir);
    const session = newSession(dir);
    const info = session.info();
    expect(info.state).toBe('key_file_missing');
    expect(info.problem).toMatch(/key file, iv-desk\.key, is missing/);
    expect(info.problem).toMatch(/from the same backup as the database/);
    const setUp = await dispatch(session, 'setUp', { schemeName: 'New', localAuthority: null, passphrase: NEW_PASSPHRASE });
    expect(setUp).toMatchObject({ ok: false, error: { code: 'key_file_missing' } });
    expect(await dispatch(session, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'key_file_missing' } });
    expect(snapshot(dir)).toEqual(before);

    // Brought back, it unlocks as before.
    writeFileSync(join(dir, 'iv-desk.key'), keyFile);
    expect(session.info().state).toBe('locked');
    expect(await dispatch(session, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    session.lock();
  });

  it('iv-desk init refuses too, before asking for a passphrase', { timeout: 60_000 }, async () => {
    const { dir } = await lockedFolderWithData();
    rmSync(join(dir, 'iv-desk.key'));
    const before = snapshot(dir);
    const run = await cliVerify(dir, 'init', '--scheme-name', 'Another');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^iv-desk: The data folder .* key file, iv-desk\.key, is missing/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('an unfinished setup (a crash before the key file was written) is still set aside and set up afresh', async () => {
    // An unlocked session right after setup holds exactly what a crash before the key file
    // leaves: the first page in the main file and everything else in the WAL.
    const { session, dir } = await unlockedSession();
    dirs.push(dir);
    const crashed = tempDir('ivdesk-unfinished-');
    dirs.push(crashed);
    for (const name of ['iv-desk.db', 'iv-desk.db-wal', 'iv-desk.db-shm']) copyFileSync(join(dir, name), join(crashed, name));
    session.lock();
    expect(statSync(join(crashed, 'iv-desk.db')).size).toBeLessThanOrEqual(4096);
    expect(statSync(join(crashed, 'iv-desk.db-wal')).size).toBeGreaterThan(0);

    const again = newSession(crashed);
    expect(again.info()).toMatchObject({ state: 'setup_needed', problem: null });
    expect(await dispatch(again, 'setUp', { schemeName: 'Second try', localAuthority: null, passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(again.info()).toMatchObject({ state: 'unlocked', schemeName: 'Second try' });
    again.lock();
    expect(readdirSync(crashed).filter((name) => name.includes('.unfinished-')).length).toBe(3);
  });

  it('a setup that stopped before even the database was written is a fresh install', () => {
    const dir = tempDir('ivdesk-empty-');
    dirs.push(dir);
    writeFileSync(join(dir, 'iv-desk.db'), '');
    expect(newSession(dir).info().state).toBe('setup_needed');
  });
});

describe("the recovery key's slot", () => {
  const keyPath = (dir: string) => join(dir, 'iv-desk.key');
  const readKey = (dir: string) => JSON.parse(readFileSync(keyPath(dir), 'utf8')) as KeyFile;
  const writeKey = (dir: string, keyFile: unknown) => writeFileSync(keyPath(dir), JSON.stringify(keyFile, null, 2));

  it('an older key file without a seal gets one at the next unlock, and still recovers', async () => {
    const { dir, recoveryKey } = await lockedFolderWithData();
    const { recoveryMac, ...older } = readKey(dir);
    expect(recoveryMac).toBeTypeOf('string');
    writeKey(dir, older);
    const session = newSession(dir);
    expect(await dispatch(session, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked', warnings: [] } });
    expect(readKey(dir).recoveryMac).toBe(recoveryMac);
    session.lock();
    expect(await dispatch(session, 'recover', { recoveryKey, newPassphrase: NEW_PASSPHRASE })).toMatchObject({ ok: true, value: { warnings: [] } });
    session.lock();
  });

  it('a damaged slot: unlock still works with a warning; a new recovery key replaces it and the old one stops working', async () => {
    const { dir, recoveryKey } = await lockedFolderWithData();
    const keyFile = readKey(dir);
    const ciphertext = Buffer.from(keyFile.recovery.ciphertext, 'base64');
    ciphertext[3] ^= 0x10;
    writeKey(dir, { ...keyFile, recovery: { ...keyFile.recovery, ciphertext: ciphertext.toString('base64') } });
    const session = newSession(dir);
    expect(await dispatch(session, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked', warnings: [RECOVERY_SLOT_WARNING] } });
    expect(session.info().warnings).toEqual([RECOVERY_SLOT_WARNING]);

    const keyBefore = readFileSync(keyPath(dir));
    expect(await dispatch(session, 'makeNewRecoveryKey', { passphrase: 'not the right passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase', fields: { passphrase: expect.any(String) } },
    });
    expect(readFileSync(keyPath(dir)).equals(keyBefore)).toBe(true);

    const made = await dispatch(session, 'makeNewRecoveryKey', { passphrase: PASSPHRASE });
    expect(made).toMatchObject({ ok: true, value: { recoveryKey: expect.stringMatching(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/) } });
    const fresh = (made as { value: { recoveryKey: string } }).value.recoveryKey;
    expect(session.info().warnings).toEqual([]);
    session.lock();

    // The next unlock finds the new slot sound; the old key no longer opens; the new one does.
    expect(await dispatch(session, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { warnings: [] } });
    session.lock();
    expect(await dispatch(session, 'recover', { recoveryKey, newPassphrase: NEW_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'wrong_recovery_key' } });
    expect(await dispatch(session, 'recover', { recoveryKey: fresh, newPassphrase: NEW_PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    session.lock();
  });

  it('makeNewRecoveryKey needs an unlocked session', async () => {
    const { dir } = await lockedFolderWithData();
    expect(await dispatch(newSession(dir), 'makeNewRecoveryKey', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('a damaged database leaves an unsealed key file unsealed (nothing is written before the database opens)', async () => {
    const { dir } = await lockedFolderWithData();
    const { recoveryMac: _, ...older } = readKey(dir);
    void _;
    writeKey(dir, older);
    overwriteMiddle(join(dir, 'iv-desk.db'));
    const before = snapshot(dir);
    expect(await dispatch(newSession(dir), 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('left-over key-file temporaries', () => {
  it('are removed at unlock when older than a minute; a fresh one (a write in progress) is kept', async () => {
    const { dir } = await lockedFolderWithData();
    const old = join(dir, 'iv-desk.key.tmp-12345');
    const young = join(dir, 'iv-desk.key.tmp-67890');
    writeFileSync(old, '{"half": ');
    writeFileSync(young, '{"half": ');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(old, anHourAgo, anHourAgo);
    const session = newSession(dir);
    expect(await dispatch(session, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    session.lock();
    expect(existsSync(old)).toBe(false);
    expect(existsSync(young)).toBe(true);
  });
});

describe('a synced data folder', () => {
  it('setup refuses it with a plain message and creates nothing; an existing scheme there unlocks with a warning', async () => {
    const parent = tempDir('ivdesk-synced-');
    dirs.push(parent);
    const dir = join(parent, 'Dropbox', 'IV Desk');
    mkdirSync(dir, { recursive: true });
    const session = newSession(dir);
    const info = session.info();
    expect(info.state).toBe('setup_needed');
    expect(info.warnings[0]).toMatch(/is in Dropbox\. Syncing or sharing a live database can damage it/);
    expect(await dispatch(session, 'setUp', { schemeName: 'Synced', localAuthority: null, passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'unsafe_folder', message: expect.stringMatching(/in Dropbox.*Nothing was created\.$/) },
    });
    expect(readdirSync(dir)).toEqual([]);

    // A scheme moved there later still opens, with the warning.
    const { dir: elsewhere } = await lockedFolderWithData();
    for (const name of readdirSync(elsewhere)) if (statSync(join(elsewhere, name)).isFile()) copyFileSync(join(elsewhere, name), join(dir, name));
    expect(await dispatch(session, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked', warnings: [expect.stringMatching(/in Dropbox/)] } });
    session.lock();
  });
});
