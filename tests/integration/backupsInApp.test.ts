/**
 * The backups the app offers on its screens, on real encrypted databases: back up now,
 * the list of both places, the second place (reachable, unplugged, full), restore and its
 * undo across locking and restarting, Today's warning, restoring on a new computer, and
 * restoring the latest good backup over a damaged database.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { makeBackup } from '../../electron/core/backup/make';
import { backupsDir, keyFileOf } from '../../electron/core/backup/names';
import type { Session } from '../../electron/core/session';
import type { BackupsView, BackUpNowResult, RestoreOutcome, TodayView } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { newSession, PASSPHRASE, snapshot, tempDir, unlockedSession } from '../helpers/session';
import { todayItemsOf } from '../helpers/today';

const NEW_PASSPHRASE = 'a different passphrase entirely';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function folder(prefix: string): string {
  const dir = tempDir(prefix);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function scheme() {
  const made = await unlockedSession();
  cleanups.push(made.cleanup);
  return made;
}

async function ok<T>(session: Session, call: string, input: unknown = {}): Promise<T> {
  const result = (await dispatch(session, call, input)) as Result<T>;
  if (!result.ok) throw new Error(`${call} refused: ${result.error.message}`);
  return result.value;
}

async function addVolunteer(session: Session, firstName: string): Promise<void> {
  await ok(session, 'createVolunteer', { firstName, lastName: 'Backup', enquiryDate: '2024-01-15' });
}

async function volunteerNames(session: Session): Promise<string[]> {
  const list = await ok<{ firstName: string }[]>(session, 'listVolunteers', {});
  return list.map((v) => v.firstName).sort();
}

const backupItems = (view: TodayView) => todayItemsOf(view).filter((i) => i.kind === 'backup_second_place');

describe('back up now and the list', () => {
  it('makes a manual backup in the Backups folder, and the list shows it newest first with its record counts', async () => {
    const { session } = await scheme();
    await addVolunteer(session, 'Ada');
    const first = await ok<BackUpNowResult>(session, 'backUpNow');
    await addVolunteer(session, 'Grace');
    const second = await ok<BackUpNowResult>(session, 'backUpNow');
    expect(first.made).toMatchObject({ reason: 'manual', status: 'good' });
    expect(first.made.path.startsWith(backupsDir(session.files.dir))).toBe(true);
    expect(second.secondPlace).toBeNull();

    const view = await ok<BackupsView>(session, 'backupsView');
    const manual = view.dataFolder.backups.filter((b) => b.reason === 'manual');
    expect(manual.map((b) => b.name)).toEqual([second.made.name, first.made.name]);
    expect(manual.map((b) => b.counts?.volunteers)).toEqual([2, 1]);
    expect(manual[0].size).toBe(statSync(second.made.path).size);
    expect(view.secondPlace).toBeNull();
    expect(view.lastRestore).toBeNull();
  });

  it('shows a backup that cannot be opened as damaged once checked, never hiding it', async () => {
    const { session } = await scheme();
    const { made } = await ok<BackUpNowResult>(session, 'backUpNow');
    writeFileSync(made.path, 'not a database at all, just some bytes in a file'.repeat(100));
    const shown = (view: BackupsView) => view.dataFolder.backups.find((b) => b.name === made.name);
    expect(shown(await ok<BackupsView>(session, 'backupsView'))).toMatchObject({ status: 'unchecked', checkedAt: null, counts: null });
    expect(shown(await ok<BackupsView>(session, 'checkBackups'))).toMatchObject({ status: 'damaged', counts: null, problem: expect.stringMatching(/damaged/) });
  });

  it('no longer shows a backup good once it has changed since its check, even at the same size', async () => {
    const { session } = await scheme();
    const { made } = await ok<BackUpNowResult>(session, 'backUpNow');
    const shown = (view: BackupsView) => view.dataFolder.backups.find((b) => b.name === made.name);
    expect(shown(await ok<BackupsView>(session, 'backupsView'))).toMatchObject({ status: 'good' });
    const fd = openSync(made.path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 8192);
    closeSync(fd);
    expect(statSync(made.path).size).toBe(made.size);
    expect(shown(await ok<BackupsView>(session, 'backupsView'))).toMatchObject({ status: 'unchecked', counts: null });
    expect(shown(await ok<BackupsView>(session, 'checkBackups'))).toMatchObject({ status: 'damaged', counts: null });
  });
});

describe('deleting a backup', () => {
  it('deletes a backup with its key file, in either place, and keeps the records and the other backups', async () => {
    const { session } = await scheme();
    const stick = folder('ivdesk-delete-stick-');
    await ok(session, 'updateBackupSettings', { secondPlace: stick, secondPlaceWarnDays: 7 });
    await addVolunteer(session, 'Ada');
    const first = await ok<BackUpNowResult>(session, 'backUpNow');
    const second = await ok<BackUpNowResult>(session, 'backUpNow');
    expect(await ok(session, 'deleteBackup', { path: first.made.path })).toEqual({ deleted: first.made.name });
    expect(existsSync(first.made.path) || existsSync(keyFileOf(first.made.path))).toBe(false);
    expect(await ok(session, 'deleteBackup', { path: first.secondPlace!.path! })).toEqual({ deleted: first.made.name });
    expect(existsSync(keyFileOf(first.secondPlace!.path!))).toBe(false);
    const view = await ok<BackupsView>(session, 'backupsView');
    expect(view.dataFolder.backups.map((b) => b.name)).toContain(second.made.name);
    expect(view.dataFolder.backups.map((b) => b.name)).not.toContain(first.made.name);
    expect(view.secondPlace!.backups.map((b) => b.name)).toEqual([second.made.name]);
    expect(await volunteerNames(session)).toEqual(['Ada']);
  });

  it("refuses, changing nothing, a place's last good backup, the safety copy an undo needs, a file elsewhere, a missing one, and while locked", async () => {
    const { session, dir } = await scheme();
    await addVolunteer(session, 'Ada');
    const { made } = await ok<BackUpNowResult>(session, 'backUpNow');
    for (const name of readdirSync(backupsDir(dir))) {
      const path = join(backupsDir(dir), name);
      if (path !== made.path && !path.endsWith('.key')) await ok(session, 'deleteBackup', { path });
    }
    expect(await dispatch(session, 'deleteBackup', { path: made.path })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/only good backup/) } });
    expect(existsSync(made.path)).toBe(true);

    const restored = await ok<RestoreOutcome>(session, 'restoreBackup', { path: made.path, passphrase: PASSPHRASE });
    expect(await dispatch(session, 'deleteBackup', { path: restored.safetyCopy })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/Undo restore/) } });
    expect(existsSync(restored.safetyCopy!)).toBe(true);

    const elsewhere = folder('ivdesk-elsewhere-');
    const copy = join(elsewhere, made.name);
    writeFileSync(copy, readFileSync(made.path));
    expect(await dispatch(session, 'deleteBackup', { path: copy })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(existsSync(copy)).toBe(true);
    expect(await dispatch(session, 'deleteBackup', { path: join(backupsDir(dir), 'iv-desk-2020-01-01T00-00-00.000Z-manual.db') })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(session, 'deleteBackup', { path: join(backupsDir(dir), 'notes.txt') })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    session.lock();
    expect(await dispatch(session, 'deleteBackup', { path: made.path })).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});

describe('the second place', () => {
  it('refuses a folder that is missing, a file, or inside the data folder, in plain words, and stores nothing', async () => {
    const { session, dir } = await scheme();
    const file = join(folder('ivdesk-second-file-'), 'a-file.txt');
    writeFileSync(file, 'x');
    for (const [secondPlace, words] of [
      [join(folder('ivdesk-unplugged-'), 'missing-stick'), /cannot be found.*plug the stick in/],
      [file, /is a file, not a folder/],
      [backupsDir(dir), /inside IV Desk's data folder/],
    ] as const) {
      mkdirSync(backupsDir(dir), { recursive: true });
      const result = await dispatch(session, 'updateBackupSettings', { secondPlace, secondPlaceWarnDays: 7 });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { secondPlace: expect.stringMatching(words) } } });
    }
    expect((await ok<BackupsView>(session, 'backupsView')).settings).toEqual({ secondPlace: null, secondPlaceWarnDays: 7 });
  });

  it('gets a copy of every backup (by hand, on lock, daily), listed with its counts', async () => {
    const { session } = await scheme();
    const stick = folder('ivdesk-stick-');
    expect(await ok(session, 'updateBackupSettings', { secondPlace: stick, secondPlaceWarnDays: 3 })).toEqual({ secondPlace: stick, secondPlaceWarnDays: 3 });
    await addVolunteer(session, 'Ada');
    const now = await ok<BackUpNowResult>(session, 'backUpNow');
    expect(now.secondPlace).toMatchObject({ folder: stick, problem: null });
    expect(existsSync(now.secondPlace!.path!)).toBe(true);
    expect(existsSync(keyFileOf(now.secondPlace!.path!))).toBe(true);

    await addVolunteer(session, 'Grace');
    session.lock();
    await session.unlock(PASSPHRASE);
    const view = await ok<BackupsView>(session, 'backupsView');
    expect(view.secondPlace).toMatchObject({ folder: stick, problem: null });
    expect(view.secondPlace!.backups.map((b) => [b.reason, b.counts?.volunteers])).toEqual([
      ['on_lock', 2],
      ['manual', 1],
    ]);
  });

  it('unplugged: the backup in the data folder is still made, and the problem is reported, not thrown', async () => {
    const { session } = await scheme();
    const problems: string[] = [];
    Object.assign(session, { options: { ...(session as unknown as { options: object }).options, onBackupProblem: (m: string) => problems.push(m) } });
    const stick = folder('ivdesk-unplugged-');
    await ok(session, 'updateBackupSettings', { secondPlace: stick, secondPlaceWarnDays: 7 });
    rmSync(stick, { recursive: true });

    const now = await ok<BackUpNowResult>(session, 'backUpNow');
    expect(existsSync(now.made.path)).toBe(true);
    expect(now.secondPlace).toMatchObject({ folder: stick, path: null, problem: expect.stringMatching(/cannot be found.*plug the stick in/) });
    await addVolunteer(session, 'Ada');
    session.lock();
    expect(problems).toEqual([expect.stringMatching(/cannot be found/)]);
    await session.unlock(PASSPHRASE);
    const view = await ok<BackupsView>(session, 'backupsView');
    expect(view.secondPlace).toMatchObject({ problem: expect.stringMatching(/cannot be found/), backups: [] });
    expect(view.dataFolder.backups.map((b) => b.reason)).toEqual(['on_lock', 'manual']);
  });

  const stick = tempDir('ivdesk-full-stick-');
  let mounted = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', stick], { stdio: 'pipe' });
    mounted = true;
  } catch {
    console.log('Skipping the full second place: mounting a tmpfs is not allowed here (it needs root).');
  }
  it.skipIf(!mounted)('full: the backup in the data folder is made, the problem is said, and no partial copy is left there', async () => {
    const { session } = await scheme();
    try {
      await ok(session, 'updateBackupSettings', { secondPlace: stick, secondPlaceWarnDays: 7 });
      const fd = openSync(join(stick, 'filler'), 'w');
      try {
        for (;;) writeSync(fd, Buffer.alloc(4096, 1));
      } catch {
        // ENOSPC: the stick is full.
      } finally {
        closeSync(fd);
      }
      const now = await ok<BackUpNowResult>(session, 'backUpNow');
      expect(existsSync(now.made.path)).toBe(true);
      expect(now.secondPlace?.problem).toMatch(/No copy could be made in the second place.*the backup in the data folder was made\. It may be full/);
      expect(readdirSync(stick)).toEqual(['filler']);
    } finally {
      session.lock();
      execFileSync('umount', [stick]);
      rmSync(stick, { recursive: true, force: true });
    }
  });

  it('keeps to the rotation there too', async () => {
    const { session } = await scheme();
    const place = folder('ivdesk-rotated-');
    await ok(session, 'updateBackupSettings', { secondPlace: place, secondPlaceWarnDays: 7 });
    for (let n = 0; n < 12; n++) makeBackup({ sqlite: session.connection.sqlite, files: session.files }, { reason: 'manual', now: new Date(Date.UTC(2026, 10, 1 + n, 9)) });
    expect(readdirSync(place).filter((name) => name.endsWith('-manual.db'))).toHaveLength(10);
  });
});

describe("Today's warning about the second place", () => {
  it('warns when none is chosen, is quiet while recent, and warns once the newest there is older than the warning days', async () => {
    const { session } = await scheme();
    expect(backupItems(await ok<TodayView>(session, 'today'))).toEqual([expect.objectContaining({ link: '/backups', message: expect.stringMatching(/No second place/) })]);
    const place = folder('ivdesk-today-');
    await ok(session, 'updateBackupSettings', { secondPlace: place, secondPlaceWarnDays: 7 });
    expect(backupItems(await ok<TodayView>(session, 'today'))[0].message).toMatch(/no backup in the second place/);
    await ok(session, 'backUpNow');
    expect(backupItems(await ok<TodayView>(session, 'today'))).toEqual([]);
    for (const name of readdirSync(place)) rmSync(join(place, name));
    makeBackup({ sqlite: session.connection.sqlite, files: session.files }, { reason: 'manual', to: place, now: new Date(Date.now() - 9 * 86_400_000) });
    expect(backupItems(await ok<TodayView>(session, 'today'))[0].message).toMatch(/9 days ago/);
  });
});

describe('restore and undo restore', () => {
  it('restores a backup (keeping a safety copy), stays unlocked on the restored data, and undoes it after a lock and a restart', async () => {
    const { session, dir } = await scheme();
    const stick = folder('ivdesk-kept-setting-');
    await addVolunteer(session, 'Ada');
    const { made } = await ok<BackUpNowResult>(session, 'backUpNow');
    await addVolunteer(session, 'Grace');
    // Chosen after the backup: a restore must not take the second place away.
    await ok(session, 'updateBackupSettings', { secondPlace: stick, secondPlaceWarnDays: 5 });
    // And the passphrase changed since: today's goes on working.
    await ok(session, 'changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE });

    const wrong = await dispatch(session, 'restoreBackup', { path: made.path, passphrase: PASSPHRASE });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong_passphrase', fields: { passphrase: expect.any(String) } } });
    expect(await volunteerNames(session)).toEqual(['Ada', 'Grace']);

    const restored = await ok<RestoreOutcome>(session, 'restoreBackup', { path: made.path, passphrase: NEW_PASSPHRASE });
    expect(restored.session.state).toBe('unlocked');
    expect(restored.restored.name).toBe(made.name);
    expect(restored.safetyCopy).toMatch(/before_restore\.db$/);
    expect(await volunteerNames(session)).toEqual(['Ada']);
    const view = await ok<BackupsView>(session, 'backupsView');
    expect(view.lastRestore).toMatchObject({ restoredFrom: { name: made.name, madeAt: made.madeAt }, safetyCopy: restored.safetyCopy });
    expect(view.settings).toEqual({ secondPlace: stick, secondPlaceWarnDays: 5 });

    session.lock();
    const restarted = newSession(dir);
    expect(await restarted.unlock(PASSPHRASE).catch((e: Error) => e.message)).toMatch(/not right/);
    await restarted.unlock(NEW_PASSPHRASE);
    expect((await ok<BackupsView>(restarted, 'backupsView')).lastRestore?.safetyCopy).toBe(restored.safetyCopy);
    const undone = await ok<RestoreOutcome>(restarted, 'undoRestore', { passphrase: NEW_PASSPHRASE });
    expect(undone.restored.path).toBe(restored.safetyCopy);
    expect(await volunteerNames(restarted)).toEqual(['Ada', 'Grace']);
    expect((await ok<BackupsView>(restarted, 'backupsView')).lastRestore).toBeNull();
    expect(await dispatch(restarted, 'undoRestore', { passphrase: NEW_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    restarted.lock();
  });

  for (const where of ['Backups folder', 'second place'] as const) {
    it(`restores the oldest of ten labelled backups in the ${where}, which the safety copy would otherwise rotate away`, async () => {
      const { session } = await scheme();
      await ok(session, 'updateBackupSettings', { secondPlace: folder('ivdesk-ten-'), secondPlaceWarnDays: 7 });
      const made = (daysAgo: number) => makeBackup({ sqlite: session.connection.sqlite, files: session.files }, { reason: 'manual', now: new Date(Date.now() - daysAgo * 86_400_000) });
      await addVolunteer(session, 'Ada');
      const oldest = made(20);
      const path = where === 'Backups folder' ? oldest.path : oldest.secondPlace!.path!;
      await addVolunteer(session, 'Grace');
      for (let n = 1; n < 10; n++) made(20 - n);
      await ok<RestoreOutcome>(session, 'restoreBackup', { path, passphrase: PASSPHRASE });
      expect(await volunteerNames(session)).toEqual(['Ada']);
      expect(existsSync(path)).toBe(true);
    });
  }

  it('refuses a file that is not a backup, a missing key file, and a damaged backup, changing nothing', async () => {
    const { session, dir } = await scheme();
    await addVolunteer(session, 'Ada');
    const { made } = await ok<BackUpNowResult>(session, 'backUpNow');
    const other = folder('ivdesk-not-backups-');
    const renamed = join(other, 'my-backup.db');
    writeFileSync(renamed, 'x');
    writeFileSync(keyFileOf(renamed), 'x');
    rmSync(keyFileOf(made.path));
    const damagedPath = join(other, made.name);
    writeFileSync(damagedPath, 'not a database'.repeat(100));
    writeFileSync(keyFileOf(damagedPath), readFileSync(session.files.keyFile));
    const before = snapshot(dir);
    for (const [path, words] of [
      [renamed, /is not an IV Desk backup/],
      [made.path, /key file that goes with this backup .* is missing/],
      [damagedPath, /cannot be restored: .*damaged/],
    ] as const) {
      const result = await dispatch(session, 'restoreBackup', { path, passphrase: PASSPHRASE });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toMatch(words);
      expect(session.info().state).toBe('unlocked');
    }
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('restoring on a new computer', () => {
  async function backupToTake() {
    const { session, recoveryKey } = await scheme();
    await addVolunteer(session, 'Ada');
    await addVolunteer(session, 'Grace');
    const stick = folder('ivdesk-carried-');
    const made = makeBackup({ sqlite: session.connection.sqlite, files: session.files }, { reason: 'manual', to: stick });
    return { path: made.path, recoveryKey };
  }

  function newComputer() {
    const dir = folder('ivdesk-new-computer-');
    return { dir, session: newSession(dir) };
  }

  it('with the backup passphrase: restored and unlocked, and it unlocks again with that passphrase', async () => {
    const { path } = await backupToTake();
    const { dir, session } = newComputer();
    const outcome = await ok<RestoreOutcome>(session, 'restoreFromBackupFile', { path, passphrase: PASSPHRASE });
    expect(outcome.session.state).toBe('unlocked');
    expect(outcome.restored.counts?.volunteers).toBe(2);
    expect(await volunteerNames(session)).toEqual(['Ada', 'Grace']);
    session.lock();
    await newSession(dir).unlock(PASSPHRASE);
  });

  it('with the recovery key and a new passphrase instead', async () => {
    const { path, recoveryKey } = await backupToTake();
    const { dir, session } = newComputer();
    const outcome = await ok<RestoreOutcome>(session, 'restoreFromBackupFile', { path, recoveryKey, newPassphrase: NEW_PASSPHRASE });
    expect(outcome.session.state).toBe('unlocked');
    expect(await volunteerNames(session)).toEqual(['Ada', 'Grace']);
    session.lock();
    const again = newSession(dir);
    await again.unlock(NEW_PASSPHRASE);
    again.lock();
  });

  it('a wrong passphrase, a wrong recovery key, a weak new passphrase, a missing key file, a file that is not a backup: each its own message, nothing written', async () => {
    const { path, recoveryKey } = await backupToTake();
    const other = folder('ivdesk-stray-');
    const notBackup = join(other, 'holiday-photos.db');
    writeFileSync(notBackup, 'x');
    writeFileSync(keyFileOf(notBackup), 'x');
    const noKey = join(other, 'iv-desk-2026-12-01T09-30-00.000Z-manual.db');
    writeFileSync(noKey, 'x');
    const cases = [
      [{ path, passphrase: 'not the passphrase at all' }, 'wrong_passphrase', /passphrase is not right/],
      [{ path, recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', newPassphrase: NEW_PASSPHRASE }, 'wrong_recovery_key', /recovery key is not right/],
      [{ path, recoveryKey, newPassphrase: 'short' }, 'invalid_input', /.+/],
      [{ path, recoveryKey }, 'invalid_input', /Choose a new passphrase/],
      [{ path: noKey, passphrase: PASSPHRASE }, 'not_found', /key file that goes with this backup .* is missing/],
      [{ path: notBackup, passphrase: PASSPHRASE }, 'invalid_input', /^That file is not an IV Desk backup/],
      [{ path: join(other, 'iv-desk-2026-11-01T09-30-00.000Z-daily.db'), passphrase: PASSPHRASE }, 'not_found', /There is no backup at/],
    ] as const;
    for (const [input, code, words] of cases) {
      const { dir, session } = newComputer();
      const result = await dispatch(session, 'restoreFromBackupFile', input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { code } });
      expect(!result.ok && result.error.message).toMatch(words);
      expect(readdirSync(dir)).toEqual([]);
      expect(session.info().state).toBe('setup_needed');
    }
  });

  it('refuses where IV Desk is already set up', async () => {
    const { path } = await backupToTake();
    const { session } = await scheme();
    session.lock();
    expect(await dispatch(session, 'restoreFromBackupFile', { path, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'already_set_up' } });
  });
});

describe('restoring the latest good backup over a damaged database', () => {
  function damage(path: string): void {
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    try {
      writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    } finally {
      closeSync(fd);
    }
  }

  it('sets the damaged file aside, restores the newest backup that passes its check, and unlocks on it', async () => {
    const { session, dir } = await scheme();
    for (let n = 0; n < 30; n++) await addVolunteer(session, `Volunteer ${n}`);
    const good = await ok<BackUpNowResult>(session, 'backUpNow');
    await addVolunteer(session, 'Zed');
    const newer = await ok<BackUpNowResult>(session, 'backUpNow');
    session.lock();
    writeFileSync(newer.made.path, 'damaged'.repeat(500));
    damage(join(dir, 'iv-desk.db'));

    const locked = newSession(dir);
    expect(await dispatch(locked, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'damaged' } });
    const wrong = await dispatch(locked, 'restoreLatestGoodBackup', { passphrase: 'not the passphrase at all' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });

    const outcome = await ok<RestoreOutcome>(locked, 'restoreLatestGoodBackup', { passphrase: PASSPHRASE });
    expect(outcome.restored.name).toBe(good.made.name);
    expect(outcome.session.state).toBe('unlocked');
    expect(outcome.setAside).toMatch(/iv-desk\.db\.damaged-/);
    expect(existsSync(outcome.setAside!)).toBe(true);
    expect(await volunteerNames(locked)).toHaveLength(30);
    expect(await dispatch(locked, 'restoreLatestGoodBackup', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    locked.lock();
  });

  it('refuses over records that are not damaged, and when no backup passes its check, changing nothing', async () => {
    const { session, dir } = await scheme();
    await addVolunteer(session, 'Ada');
    session.lock();
    const locked = newSession(dir);
    expect(await dispatch(locked, 'restoreLatestGoodBackup', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    for (const name of readdirSync(backupsDir(dir))) rmSync(join(backupsDir(dir), name));
    damage(join(dir, 'iv-desk.db'));
    const before = snapshot(dir);
    const none = await dispatch(locked, 'restoreLatestGoodBackup', { passphrase: PASSPHRASE });
    expect(none).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/No backup .* passes its check/) } });
    expect(snapshot(dir)).toEqual(before);
  });
});
