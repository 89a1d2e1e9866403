/**
 * Every writing call of the contract on a full disk (a 3 MB tmpfs). Each call first runs
 * on a copy of the baseline with room, to prove its input is good; then on a copy in the
 * tmpfs with the disk filled. There it must either be refused with the disk-full message
 * and leave the records exactly as they were, or answer ok and have stored what the
 * roomy run stored. Checked after freeing the space and opening the database again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../electron/core/handlers';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { exportDocument } from '../../electron/core/interchange/exportDocument';
import { newSession, PASSPHRASE, tempDir } from '../helpers/session';
import { REVIEWS_TODAY } from '../fixtures/reviews';
import { writingBaseline, writingInputs, type PreparedInput, type WritingCall } from '../fixtures/writingCalls';
import type { Session } from '../../electron/core/session';

const DISK_FULL = 'The disk is full: nothing was saved. Free some space and try again.';
const FILES = ['iv-desk.db', 'iv-desk.key'];

const mountPoint = tempDir('ivdesk-full-disk-');
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountPoint], { stdio: 'pipe' });
  mounted = true;
} catch {
  console.log('Skipping the full-disk tests: mounting a tmpfs is not allowed here (it needs root).');
}

const baselineDir = tempDir('ivdesk-full-disk-baseline-');
const filler = join(mountPoint, 'filler');

function fillDisk(): void {
  const fd = openSync(filler, 'w');
  const block = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch {
    // ENOSPC: the disk is full.
  } finally {
    closeSync(fd);
  }
}

/** A fresh copy of the baseline's files in `dir`, unlocked. */
async function copyOfBaseline(dir: string): Promise<Session> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const f of FILES) copyFileSync(join(baselineDir, f), join(dir, f));
  const session = newSession(dir, () => REVIEWS_TODAY);
  await session.unlock(PASSPHRASE);
  return session;
}

/**
 * The records as an export shows them, with the random ids new records get made alike,
 * and what the interchange format leaves out: the backup settings (which belong to this
 * computer), Today's snoozes and dismissals, the case settings as stored (with
 * Today's folded groups), and the National Standards self-assessment and the annual
 * report's sections (without the moment each was saved, which differs between copies).
 */
const snapshot = (session: Session) => {
  const { exportedAt: _at, ...document } = exportDocument(session.db, { includeSafeguarding: true });
  const sqlite = session.connection.sqlite;
  const backupSettings = sqlite.prepare('SELECT backup_settings FROM scheme WHERE id = 1').pluck().get();
  const storedCaseSettings = sqlite.prepare('SELECT case_settings FROM scheme WHERE id = 1').pluck().get();
  const todayDecisions = sqlite.prepare('SELECT item_key, action, until_date, reason FROM today_decisions ORDER BY id').all();
  const standards = sqlite.prepare('SELECT year, standard, rating, narrative FROM standard_assessments ORDER BY year, standard').all();
  const reportSections = sqlite.prepare('SELECT year, section, text FROM report_narratives ORDER BY year, section').all();
  return JSON.stringify({ ...document, backupSettings, storedCaseSettings, todayDecisions, standards, reportSections }).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'new-id');
};

/** The call's input on this copy; one that an earlier call makes (an undo's token) is made now, while the disk has room. */
async function inputFor(session: Session, call: WritingCall): Promise<unknown> {
  const sqlite = session.connection.sqlite;
  const id = (table: string, ref: string) => (sqlite.prepare(`SELECT id FROM ${table} WHERE external_ref = ?`).get(ref) as { id: number }).id;
  const firstReference = (volunteerId: number) => (sqlite.prepare('SELECT id FROM volunteer_references WHERE volunteer_id = ? ORDER BY id LIMIT 1').get(volunteerId) as { id: number }).id;
  const input = writingInputs(id, firstReference)[call];
  if (typeof input !== 'function') return input;
  return (input as PreparedInput)(async (name, earlierInput) => {
    const result = await dispatch(session, name, earlierInput);
    if (!result.ok) throw new Error(`${name}, made ready for ${call}, failed: ${result.error.message}`);
    return result.value;
  });
}

describe.skipIf(!mounted)('every writing call on a full disk', () => {
  const outcomes: string[] = [];

  beforeAll(async () => {
    const session = newSession(baselineDir, () => REVIEWS_TODAY);
    await session.setUp({ schemeName: 'Full disk', localAuthority: null, passphrase: PASSPHRASE });
    importDocument(session.db, JSON.stringify(writingBaseline()), REVIEWS_TODAY);
    session.lock();
  });

  afterAll(() => {
    console.log(`Full-disk outcomes: ${outcomes.join('; ')}`);
    if (mounted) execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
    rmSync(baselineDir, { recursive: true, force: true });
  });

  const calls = Object.keys(writingInputs(() => 1, () => 1)) as WritingCall[];

  it.each(calls)('%s: stored when it says so, and only then', async (call) => {
    const roomy = await copyOfBaseline(join(baselineDir, 'roomy'));
    const roomyInput = await inputFor(roomy, call);
    const ready = snapshot(roomy);
    const control = await dispatch(roomy, call, roomyInput);
    expect(control.ok ? 'ok' : control.error.message, `${call} on a disk with room`).toBe('ok');
    const expected = snapshot(roomy);
    expect(expected, `${call} changed something`).not.toBe(ready);
    roomy.lock();

    const dir = join(mountPoint, 'data');
    const session = await copyOfBaseline(dir);
    const input = await inputFor(session, call);
    const before = snapshot(session);
    fillDisk();
    const result = await dispatch(session, call, input);
    rmSync(filler);
    session.lock();
    await session.unlock(PASSPHRASE);
    if (result.ok) expect(snapshot(session)).toBe(expected);
    else {
      expect(result.error).toMatchObject({ code: 'storage', message: DISK_FULL });
      expect(snapshot(session)).toBe(before);
    }
    expect((session.connection.sqlite.pragma('integrity_check') as { integrity_check: string }[])[0].integrity_check).toBe('ok');
    outcomes.push(`${call} ${result.ok ? 'stored' : 'refused'}`);
    session.lock();
  });

  it('a full disk refused at least most of the writes (else the test proved nothing)', () => {
    expect(outcomes.filter((o) => o.endsWith('refused')).length).toBeGreaterThan(calls.length / 2);
  });

  it('changing the passphrase on a full disk says so and leaves the key file whole', async () => {
    const session = await copyOfBaseline(join(mountPoint, 'data'));
    const key = readFileSync(join(mountPoint, 'data', 'iv-desk.key'));
    fillDisk();
    const result = await dispatch(session, 'changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: 'a completely new passphrase' });
    rmSync(filler);
    expect(result.ok ? 'ok' : result.error.message).toBe(DISK_FULL);
    expect(readFileSync(join(mountPoint, 'data', 'iv-desk.key')).equals(key)).toBe(true);
    session.lock();
    await session.unlock(PASSPHRASE);
    session.lock();
  });

  it('unlocking on a full disk opens the records or says the disk is full', async () => {
    const session = await copyOfBaseline(join(mountPoint, 'data'));
    session.lock();
    fillDisk();
    const result = await dispatch(session, 'unlock', { passphrase: PASSPHRASE });
    rmSync(filler);
    if (!result.ok) expect(result.error).toEqual({ code: 'storage', message: 'The disk is full, so IV Desk cannot open your records. Free some space and try again.' });
    outcomes.push(`unlock ${result.ok ? 'opened' : 'refused'}`);
    session.lock();
  });
});
