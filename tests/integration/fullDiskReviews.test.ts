/**
 * The new writes on a full disk (a 3 MB tmpfs): each supervision, care-review and
 * contact call either answers ok and was stored, or fails and stored nothing. Checked
 * after freeing the space and opening the database again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../electron/core/handlers';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { newSession, PASSPHRASE, tempDir } from '../helpers/session';
import { REVIEWS_TODAY, reviewsScheme } from '../fixtures/reviews';
import type { Session } from '../../electron/core/session';

const mountPoint = tempDir('ivdesk-full-disk-');
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountPoint], { stdio: 'pipe' });
  mounted = true;
} catch {
  console.log('Skipping the full-disk tests: mounting a tmpfs is not allowed here (it needs root).');
}

const dataDir = join(mountPoint, 'data');
const filler = join(mountPoint, 'filler');
let session: Session;

/** Fills what is left of the disk. */
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

const count = (table: string, where = '1') => (session.connection.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;
const id = (table: string, ref: string) => (session.connection.sqlite.prepare(`SELECT id FROM ${table} WHERE external_ref = ?`).get(ref) as { id: number }).id;

describe.skipIf(!mounted)('new writes on a full disk', () => {
  beforeAll(async () => {
    mkdirSync(dataDir);
    session = newSession(dataDir, () => REVIEWS_TODAY);
    await session.setUp({ schemeName: 'Full disk', localAuthority: null, passphrase: PASSPHRASE });
    importDocument(session.db, JSON.stringify(reviewsScheme()), REVIEWS_TODAY);
  });

  afterAll(() => {
    session?.lock();
    if (mounted) execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  /** The call on a full disk; then, with space again and the database reopened, stored exactly when it said ok. */
  async function onFullDisk(name: string, input: () => unknown, stored: () => boolean) {
    const payload = input();
    fillDisk();
    const result = await dispatch(session, name, payload);
    rmSync(filler);
    session.lock();
    await session.unlock(PASSPHRASE);
    expect({ call: name, ok: result.ok, stored: stored() }).toEqual({ call: name, ok: result.ok, stored: result.ok });
    if (!result.ok) expect(result.error.message).not.toMatch(/SQLITE|Error:|at /);
    return result.ok;
  }

  it('every new kind of write is stored when it says so, and only then', async () => {
    const text = 'x'.repeat(3000);
    const outcomes = [
      await onFullDisk('saveSupervision', () => ({ volunteerId: id('volunteers', 'v1'), date: '2026-11-20', kind: 'one_to_one', relationships: text }), () => count('supervisions', "date = '2026-11-20'") === 1),
      await onFullDisk('recordGroupSupervision', () => ({ date: '2026-11-21', topics: text, volunteerIds: [id('volunteers', 'v1'), id('volunteers', 'v2')] }), () => count('supervisions', "date = '2026-11-21'") === 2),
      await onFullDisk('saveCareReview', () => ({ youngPersonId: id('young_people', 'y2'), date: '2026-11-02', notes: text, nextReviewDate: '2027-05-02' }), () => count('care_reviews', "date = '2026-11-02'") === 1),
      await onFullDisk('saveCareReviewUpdate', () => ({ youngPersonId: id('young_people', 'y1'), reviewDate: '2026-11-30', coordinatorComments: text }), () => count('care_review_updates') === 1),
      await onFullDisk('logContact', () => ({ matchId: id('matches', 'm3'), date: '2026-11-22', kind: 'call', note: 'x'.repeat(500) }), () => count('contacts', "date = '2026-11-22'") === 1),
    ];
    // The disk was full: at least some of them must have been refused, or the test proved nothing.
    expect(outcomes.filter((ok) => !ok).length).toBeGreaterThan(0);
    // Nothing half-written: a refused group session left no supervision for either volunteer.
    expect([0, 2]).toContain(count('supervisions', "date = '2026-11-21'"));
    expect((session.connection.sqlite.pragma('integrity_check') as { integrity_check: string }[])[0].integrity_check).toBe('ok');
  });
});
