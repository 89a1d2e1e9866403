/**
 * Power-cut safety: a child process writes through the real IPC door in a loop and is
 * killed with SIGKILL at a random moment, 50 times on the same encrypted database. After
 * every kill the database must open, pass integrity_check and foreign_key_check, hold
 * every write that was acknowledged before the kill, and hold nothing else except
 * (possibly) the one write that was under way. No file may ever hold the data in plain
 * text.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newSession, PASSPHRASE, tempDir } from '../helpers/session';
import { runKillRound, type Write } from './fixtures/killRound';

const ROUNDS = 50;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const DATA_FILES = new Set(['iv-desk.db', 'iv-desk.db-wal', 'iv-desk.db-shm', 'iv-desk.key']);

/** A small seeded generator, so a failing run can be repeated with KILL_TEST_SEED. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Expected {
  volunteers: Map<number, { firstName: string; lastName: string }>;
  youngPeople: Map<number, string>;
  /** Markers of imports: each brought 3 volunteers and 2 young people. */
  imports: Set<string>;
  schemeName: string;
}

function importedRefs(marker: string) {
  return { volunteers: [1, 2, 3].map((n) => `${marker}-v${n}`), youngPeople: [1, 2].map((n) => `${marker}-y${n}`) };
}

/** The model after an acknowledged write. */
function apply(expected: Expected, write: Write, prefix: string): void {
  switch (write.kind) {
    case 'v':
      expected.volunteers.set(write.id, { firstName: write.marker, lastName: 'Volunteer' });
      break;
    case 'u':
      expected.volunteers.set(write.id, { firstName: `${prefix}-first-${write.id}`, lastName: write.marker });
      break;
    case 'y':
      expected.youngPeople.set(write.id, write.marker);
      break;
    case 's':
      expected.schemeName = write.marker;
      break;
    case 'i':
      expected.imports.add(write.marker);
      break;
  }
}

describe('killing the app mid-write (SIGKILL at random moments)', () => {
  const dir = tempDir('ivdesk-kill-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`survives ${ROUNDS} kills with every acknowledged write intact`, { timeout: 600_000 }, async () => {
    const seed = Number(process.env.KILL_TEST_SEED ?? randomBytes(4).readUInt32LE());
    const random = mulberry32(seed);
    const canary = `Zq${randomBytes(4).toString('hex')}Canary`;
    const expected: Expected = { volunteers: new Map(), youngPeople: new Map(), imports: new Set(), schemeName: `${canary}r0-scheme` };
    const started = performance.now();
    let totalAcked = 0;
    let killsWithWriteUnderWay = 0;
    let inFlightCommitted = 0;
    const startups: number[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const prefix = `${canary}r${round}`;
      // Mostly 50-400 ms of writing; one round in ten is killed almost at once.
      const killAfterMs = random() < 0.1 ? Math.floor(random() * 20) : 50 + Math.floor(random() * 350);
      const context = `seed ${seed}, round ${round}, kill after ${killAfterMs} ms`;
      const result = await runKillRound(dir, prefix, killAfterMs);
      expect(result.signal, `${context}: the writer should have been killed, stderr: ${result.stderr}`).toBe('SIGKILL');
      startups.push(result.startupMs);
      totalAcked += result.acked.length;
      if (result.inFlight) killsWithWriteUnderWay++;

      // The files as the kill left them: encrypted, hot WAL and all.
      // Backups (made on lock and before each import) are checked for plain text too.
      const names = [...readdirSync(dir).filter((n) => n !== 'Backups'), ...(existsSync(join(dir, 'Backups')) ? readdirSync(join(dir, 'Backups')).map((n) => join('Backups', n)) : [])];
      for (const name of names) {
        expect(DATA_FILES.has(name) || name.startsWith('Backups'), `${context}: unexpected file ${name}`).toBe(true);
        const bytes = readFileSync(join(dir, name));
        expect(bytes.subarray(0, 16).equals(SQLITE_HEADER), `${context}: ${name} is a plain SQLite file`).toBe(false);
        expect(bytes.indexOf(canary), `${context}: ${name} holds the canary in plain text`).toBe(-1);
        expect(bytes.indexOf('x'.repeat(64)), `${context}: ${name} holds the padding in plain text`).toBe(-1);
      }

      const session = newSession(dir);
      await session.unlock(PASSPHRASE);
      try {
        const sqlite = session.connection.sqlite;
        expect(sqlite.pragma('integrity_check', { simple: true }), context).toBe('ok');
        expect(sqlite.pragma('foreign_key_check'), context).toEqual([]);

        for (const write of result.acked) apply(expected, write, prefix);
        const inFlight = result.inFlight;

        const volunteerRows = sqlite.prepare('SELECT id, external_ref AS ref, first_name AS firstName, last_name AS lastName FROM volunteers').all() as {
          id: number;
          ref: string;
          firstName: string;
          lastName: string;
        }[];
        const youngRows = sqlite.prepare('SELECT id, external_ref AS ref, first_name AS firstName FROM young_people').all() as { id: number; ref: string; firstName: string }[];
        const schemeName = (sqlite.prepare('SELECT name FROM scheme WHERE id = 1').get() as { name: string }).name;

        // The one write under way at the kill either happened completely or not at all.
        let committed = false;
        const importedVolunteers = new Map<string, (typeof volunteerRows)[number]>();
        const importedYoung = new Set<string>();
        for (const marker of [...expected.imports, ...(inFlight?.kind === 'i' ? [inFlight.marker] : [])]) {
          const refs = importedRefs(marker);
          const v = refs.volunteers.map((ref) => volunteerRows.find((row) => row.ref === ref));
          const y = refs.youngPeople.map((ref) => youngRows.find((row) => row.ref === ref));
          const present = [...v, ...y].filter(Boolean).length;
          if (expected.imports.has(marker)) {
            expect(present, `${context}: acknowledged import ${marker}`).toBe(5);
          } else {
            expect([0, 5], `${context}: the import under way at the kill was partly applied`).toContain(present);
            if (present === 5) {
              committed = true;
              expected.imports.add(marker);
            }
          }
          v.forEach((row) => row && importedVolunteers.set(row.ref, row));
          refs.youngPeople.forEach((ref) => importedYoung.add(ref));
        }
        for (const row of importedVolunteers.values()) {
          expect(row.firstName, context).toBe(row.ref);
          expect(row.lastName, context).toBe('Imported');
        }

        const otherVolunteers = volunteerRows.filter((row) => !importedVolunteers.has(row.ref));
        for (const row of otherVolunteers) {
          const want = expected.volunteers.get(row.id);
          if (inFlight?.kind === 'v' && !want && row.firstName === inFlight.marker && row.lastName === 'Volunteer') {
            committed = true;
            expected.volunteers.set(row.id, { firstName: row.firstName, lastName: row.lastName });
            continue;
          }
          if (inFlight?.kind === 'u' && inFlight.id === row.id && row.lastName === inFlight.marker) {
            expect(row.firstName, context).toBe(`${prefix}-first-${row.id}`);
            committed = true;
            expected.volunteers.set(row.id, { firstName: row.firstName, lastName: row.lastName });
            continue;
          }
          expect(want, `${context}: volunteer ${row.id} (${row.firstName}) was never written`).toBeDefined();
          expect({ firstName: row.firstName, lastName: row.lastName }, `${context}: volunteer ${row.id}`).toEqual(want);
        }
        const presentVolunteerIds = new Set(otherVolunteers.map((row) => row.id));
        for (const id of expected.volunteers.keys()) {
          expect(presentVolunteerIds.has(id), `${context}: acknowledged volunteer ${id} is missing`).toBe(true);
        }

        const otherYoung = youngRows.filter((row) => !importedYoung.has(row.ref));
        for (const row of otherYoung) {
          const want = expected.youngPeople.get(row.id);
          if (inFlight?.kind === 'y' && want === undefined && row.firstName === inFlight.marker) {
            committed = true;
            expected.youngPeople.set(row.id, row.firstName);
            continue;
          }
          expect(want, `${context}: young person ${row.id} (${row.firstName}) was never written`).toBe(row.firstName);
        }
        const presentYoungIds = new Set(otherYoung.map((row) => row.id));
        for (const id of expected.youngPeople.keys()) {
          expect(presentYoungIds.has(id), `${context}: acknowledged young person ${id} is missing`).toBe(true);
        }

        if (inFlight?.kind === 's' && schemeName === inFlight.marker) {
          committed = true;
          expected.schemeName = schemeName;
        }
        expect(schemeName, `${context}: scheme name`).toBe(expected.schemeName);
        if (committed) inFlightCommitted++;
      } finally {
        session.lock();
      }
    }

    const seconds = (performance.now() - started) / 1000;
    const meanStartup = startups.reduce((a, b) => a + b, 0) / startups.length;
    console.log(
      `kill test: ${ROUNDS} kills in ${seconds.toFixed(1)} s (seed ${seed}); ${totalAcked} acknowledged writes; ` +
        `${killsWithWriteUnderWay} kills came with a write under way, ${inFlightCommitted} of those writes had committed; ` +
        `writer start-up ${meanStartup.toFixed(0)} ms on average; ${expected.volunteers.size} volunteers, ${expected.youngPeople.size} young people, ${expected.imports.size} imports`,
    );
    expect(totalAcked, 'the writer should have written something').toBeGreaterThan(ROUNDS);
  });
});
