/**
 * The Backups screen shows each backup as last checked, without opening it, on real
 * encrypted databases: "Check backups" checks every backup in full and remembers it in
 * the records; a remembered check never outlives a change to the file, and a restore
 * checks in full whatever is remembered.
 */
import { closeSync, copyFileSync, openSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { keyFileOf } from '../../electron/core/backup/names';
import type { Session } from '../../electron/core/session';
import type { BackupInfo, BackupsView, BackUpNowResult, CallProgress } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { newSession, PASSPHRASE, snapshot, tempDir, unlockedSession } from '../helpers/session';

/** Folders and sessions a test leaves behind: removed and locked after it. */
const leftBehind: (() => void)[] = [];
afterEach(() => leftBehind.splice(0).forEach((undo) => undo()));
const scheme = () => unlockedSession().then((made) => (leftBehind.push(made.cleanup), made));

async function ok<T>(session: Session, call: string, input: unknown = {}, onProgress?: (p: CallProgress) => void): Promise<T> {
  const result = (await dispatch(session, call, input, onProgress)) as Result<T>;
  if (!result.ok) throw new Error(`${call} refused: ${result.error.message}`);
  return result.value;
}

const shown = (view: BackupsView, name: string): BackupInfo | undefined => [...view.dataFolder.backups, ...(view.secondPlace?.backups ?? [])].find((b) => b.name === name);

function overwriteInPlace(path: string, at: number): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, at);
  closeSync(fd);
}

describe('the screen shows backups as last checked', () => {
  it('"Check backups" checks every backup in both places with progress, and the checks are kept in the encrypted records across a restart', async () => {
    const { session, dir } = await scheme();
    const second = tempDir('ivdesk-second-');
    leftBehind.push(() => rmSync(second, { recursive: true, force: true }));
    await ok(session, 'updateBackupSettings', { secondPlace: second, secondPlaceWarnDays: 7 });
    await ok(session, 'createVolunteer', { firstName: 'Ada', lastName: 'Check', enquiryDate: '2024-01-15' });
    const { made } = await ok<BackUpNowResult>(session, 'backUpNow');
    // A backup brought in from elsewhere has never been checked here.
    const broughtIn = join(dir, 'Backups', made.name.replace('manual', 'before_import'));
    copyFileSync(made.path, broughtIn);
    copyFileSync(keyFileOf(made.path), keyFileOf(broughtIn));
    const before = shown(await ok<BackupsView>(session, 'backupsView'), made.name.replace('manual', 'before_import'));
    expect(before).toMatchObject({ status: 'unchecked', checkedAt: null, counts: null, problem: null });

    const reports: CallProgress[] = [];
    const checked = await ok<BackupsView>(session, 'checkBackups', {}, (p) => reports.push(p));
    const all = [...checked.dataFolder.backups, ...checked.secondPlace!.backups];
    expect(all.length).toBe(3);
    for (const b of all) expect(b).toMatchObject({ status: 'good', checkedAt: expect.any(String), counts: expect.objectContaining({ volunteers: 1 }) });
    expect(reports.at(-1)).toEqual({ call: 'checkBackups', stage: 'backups', done: 3, total: 3 });

    // Stored in the records, beside the settings (which it leaves as they were), for the backups there now.
    const stored = JSON.parse(session.connection.sqlite.prepare('SELECT backup_settings FROM scheme WHERE id = 1').pluck().get() as string);
    expect(stored.secondPlace).toBe(second);
    expect(Object.keys(stored.checks).sort()).toEqual(all.map((b) => b.path).sort());
    await ok(session, 'updateBackupSettings', { secondPlace: second, secondPlaceWarnDays: 9 });
    const restarted = newSession(dir);
    session.lock();
    await restarted.unlock(PASSPHRASE);
    leftBehind.push(() => restarted.lock());
    const again = await ok<BackupsView>(restarted, 'backupsView');
    expect(again.settings.secondPlaceWarnDays).toBe(9);
    expect(shown(again, made.name)).toMatchObject({ status: 'good', checkedAt: shown(checked, made.name)!.checkedAt, counts: expect.objectContaining({ volunteers: 1 }) });
    const afterRestart = JSON.parse(restarted.connection.sqlite.prepare('SELECT backup_settings FROM scheme WHERE id = 1').pluck().get() as string);
    expect(Object.keys(afterRestart.checks).length).toBe(3);
  });

  it('a check does not outlive a change to the file: rewritten at the same size with its time put back, or cut short', async () => {
    const { session } = await scheme();
    const first = (await ok<BackUpNowResult>(session, 'backUpNow')).made;
    const second = (await ok<BackUpNowResult>(session, 'backUpNow')).made;
    const view = await ok<BackupsView>(session, 'checkBackups');
    expect([shown(view, first.name)?.status, shown(view, second.name)?.status]).toEqual(['good', 'good']);

    const { atime, mtime } = statSync(first.path);
    overwriteInPlace(first.path, 8192);
    utimesSync(first.path, atime, mtime);
    expect(statSync(first.path).size).toBe(first.size);
    truncateSync(second.path, Math.floor(second.size / 2));
    const after = await ok<BackupsView>(session, 'backupsView');
    for (const b of [first, second]) expect(shown(after, b.name)).toMatchObject({ status: 'unchecked', checkedAt: null, counts: null });

    const rechecked = await ok<BackupsView>(session, 'checkBackups');
    for (const b of [first, second]) expect(shown(rechecked, b.name)).toMatchObject({ status: 'damaged', counts: null, problem: expect.stringMatching(/damaged/) });
  });

  it('a restore checks the backup in full, whatever the screen last showed, and refuses a damaged one changing nothing', async () => {
    const { session, dir } = await scheme();
    await ok(session, 'createVolunteer', { firstName: 'Ada', lastName: 'Check', enquiryDate: '2024-01-15' });
    const { made } = await ok<BackUpNowResult>(session, 'backUpNow');
    expect(shown(await ok<BackupsView>(session, 'backupsView'), made.name)?.status).toBe('good');
    // Damage that leaves the header and first pages alone: only reading the whole file finds it.
    overwriteInPlace(made.path, made.size - 4096);
    const before = snapshot(dir, ['Backups']);
    const beforeBackups = readFileSync(made.path);
    const result = await dispatch(session, 'restoreBackup', { path: made.path, passphrase: PASSPHRASE });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/cannot be restored: .*damaged/);
    expect(snapshot(dir, ['Backups'])).toEqual(before);
    expect(readFileSync(made.path).equals(beforeBackups)).toBe(true);
    expect(session.info().state).toBe('unlocked');
    expect(shown(await ok<BackupsView>(session, 'backupsView'), made.name)).toMatchObject({ status: 'damaged' });
  });

  it('locking while the backups are checked stops the check, and no backup is shown as failed for it', async () => {
    const { session } = await scheme();
    const { made } = await ok<BackUpNowResult>(session, 'backUpNow');
    const checking = dispatch(session, 'checkBackups', {});
    session.lock();
    const result = await checking;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('locked');
    await session.unlock(PASSPHRASE);
    expect(shown(await ok<BackupsView>(session, 'backupsView'), made.name)).toMatchObject({ status: 'good' });
  });

  it('backing up opens only the new backup, never the older ones again', async () => {
    const { session } = await scheme();
    const older = (await ok<BackUpNowResult>(session, 'backUpNow')).made;
    // Cut short after its check: any later opening of it would find it damaged and remember that.
    truncateSync(older.path, Math.floor(older.size / 2));
    const newer = await ok<BackUpNowResult>(session, 'backUpNow');
    expect(newer.made.status).toBe('good');
    const view = await ok<BackupsView>(session, 'backupsView');
    expect(shown(view, older.name)).toMatchObject({ status: 'unchecked' });
    expect(shown(view, newer.made.name)).toMatchObject({ status: 'good' });
  });
});
