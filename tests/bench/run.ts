/**
 * `npm run bench`: the large scheme's timings on this machine, at 1x and 4x the data
 * (`npm run bench -- 1` for 1x only). Prints figures; never fails on time (goals:
 * figures under 200 ms, Today under 100 ms, search under 20 ms). The supervision and
 * care-review screens are printed beside a hand-written SQL floor on the same database:
 * the raw rows the screen needs, read with no rules applied.
 */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Session } from '../../electron/core/session';
import * as schema from '../../electron/core/db/schema';
import { applySafetyPragmas, registerFunctions, type Db } from '../../electron/core/db/open';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { reportFigures } from '../../electron/core/reports/figures';
import { benchToday } from './today';
import { listYoungPeople } from '../../electron/core/services/youngPeople';
import { tableCounts } from '../../electron/core/reports/counts';
import { generateScheme, BENCH_TODAY } from './generate';
import { contract } from '../../shared/contract';
import { todayIso } from '../../shared/dates';
import { createVolunteer, listVolunteers, updateVolunteer } from '../../electron/core/services/volunteers';
import { auditTrail, recordHistory } from '../../electron/core/services/audit';
import { checkChain } from '../../electron/core/audit/chain';
import { supervisionsView } from '../../electron/core/services/supervisions';
import { careReviewCalendar, careReviewUpdate } from '../../electron/core/services/careReviews';
import { againstFloor, time } from './measure';
import { listScreens } from './lists';
import { moneyBench } from './money';
import { importAgainstFloor } from './import';
import { figuresAgainstFloor } from './figures';
import { waitingAgainstFloor } from './waiting';
import { searches } from './search';
import { reportsAgainstFloor } from './reports';
import { standardsBench } from './standards';
import { backupsBench } from './backups';

const MIGRATIONS = join(import.meta.dirname, '../../migrations');
const YEAR = { from: '2025-04-01', to: '2026-03-31' };
const PASSPHRASE = 'benchmark passphrase words';

function reviewScreens(session: Session): void {
  const sqlite = session.connection.sqlite;
  const supervisionFloor = () => [
    sqlite.prepare('SELECT volunteer_id, start_date, end_date FROM matches WHERE start_date IS NOT NULL').all(),
    sqlite.prepare('SELECT volunteer_id, max(date), next_due_date FROM supervisions GROUP BY volunteer_id').all(),
    sqlite.prepare('SELECT volunteer_id, from_date, to_date FROM volunteer_inactive_periods').all(),
    sqlite.prepare('SELECT s.*, v.first_name, v.last_name FROM supervisions s JOIN volunteers v ON v.id = s.volunteer_id ORDER BY s.date DESC, s.id DESC LIMIT 50').all(),
  ];
  againstFloor('Supervisions screen (due, history page 1)', () => supervisionsView(session.db, { page: 1 }, BENCH_TODAY), supervisionFloor);
  const calendarFloor = () => [
    sqlite.prepare(`SELECT r.young_person_id, v.first_name FROM matches m JOIN referrals r ON r.id = m.referral_id JOIN volunteers v ON v.id = m.volunteer_id WHERE m.start_date <= ? AND (m.end_date IS NULL OR m.end_date > ?)`).all(BENCH_TODAY, BENCH_TODAY),
    sqlite.prepare('SELECT young_person_id, max(date) FROM care_reviews GROUP BY young_person_id').all(),
    sqlite.prepare('SELECT * FROM care_review_updates').all(),
  ];
  againstFloor('Care reviews calendar (3 months)', () => careReviewCalendar(session.db, BENCH_TODAY), calendarFloor);
  // The matched young person with the most visits since their last review.
  const busiest = sqlite
    .prepare(`SELECT r.young_person_id AS id, y.next_review_date AS review FROM matches m JOIN referrals r ON r.id = m.referral_id JOIN young_people y ON y.id = r.young_person_id JOIN visits x ON x.match_id = m.id WHERE y.next_review_date IS NOT NULL GROUP BY r.young_person_id ORDER BY count(*) DESC LIMIT 1`)
    .get() as { id: number; review: string };
  const updateFloor = () => [
    sqlite.prepare('SELECT date FROM care_reviews WHERE young_person_id = ?').all(busiest.id),
    sqlite.prepare('SELECT x.* FROM visits x JOIN matches m ON m.id = x.match_id JOIN referrals r ON r.id = m.referral_id WHERE r.young_person_id = ? AND x.date < ?').all(busiest.id, busiest.review),
    sqlite.prepare('SELECT c.* FROM contacts c JOIN matches m ON m.id = c.match_id JOIN referrals r ON r.id = m.referral_id WHERE r.young_person_id = ? AND c.date < ?').all(busiest.id, busiest.review),
  ];
  againstFloor('Care-review update (busiest young person)', () => careReviewUpdate(session.db, busiest.id, busiest.review, BENCH_TODAY), updateFloor);
}

/** One ordinary save, each run changing a field so the audit trigger writes its entry. */
function singleSave(session: Session): void {
  const details = contract.createVolunteer.input.parse({ firstName: 'Bench', lastName: 'Save', enquiryDate: BENCH_TODAY });
  const { id } = createVolunteer(session.db, details, BENCH_TODAY);
  let n = 0;
  time('a single save (one volunteer, one field)', () => updateVolunteer(session.db, id, { ...details, phone: `0770090${String((n += 1)).padStart(4, '0')}` }, BENCH_TODAY), 21);
}

function auditScreens(session: Session): void {
  const busiest = session.connection.sqlite.prepare(`SELECT owner_id FROM audit_log WHERE owner_kind = 'volunteers' GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1`).pluck().get() as number;
  time('Audit screen, page 1 (no filter)', () => auditTrail(session.db, { page: 1 }));
  time('Audit screen, visits in one month', () => auditTrail(session.db, { recordKind: 'visits', from: '2026-03-01', to: '2026-03-31', page: 1 }));
  time("History of the busiest volunteer", () => recordHistory(session.db, { kind: 'volunteers', id: busiest, page: 1 }));
  time('verify: both hash chains', () => [checkChain(session.connection.sqlite, 'audit_log'), checkChain(session.connection.sqlite, 'safeguarding_history')], 3);
}

async function main() {
  const scales = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const scale of scales.length ? scales : [1, 4]) {
    console.log(`\n=== ${scale}x the seeded scheme ===`);
    await benchScale(scale);
  }
}

async function benchScale(scale: number) {
  const dir = mkdtempSync(join(tmpdir(), 'iv-desk-bench-'));
  try {
    let t = performance.now();
    const document = generateScheme(undefined, scale);
    const text = JSON.stringify(document);
    console.log(
      `generated: ${document.volunteers!.length} volunteers, ${document.youngPeople!.length} young people, ${document.matches!.length} matches, ${document.visits!.length} visits, ${document.supervisions!.length} supervisions, ${document.careReviews!.length} care reviews (${(text.length / 1e6).toFixed(1)} MB) in ${(performance.now() - t).toFixed(0)} ms`,
    );

    const session = new Session({ dataDir: join(dir, 'encrypted'), migrationsDir: MIGRATIONS, scrypt: { N: 2 ** 10, r: 8, p: 1 }, today: () => BENCH_TODAY });
    await session.setUp({ schemeName: 'Bench', localAuthority: null, passphrase: PASSPHRASE });
    session.lock();
    await importAgainstFloor(session, dir, text, PASSPHRASE);
    console.log(`imported: ${JSON.stringify(tableCounts(session.db))}`);

    const plainSqlite = new Database(join(dir, 'plain.db'));
    applySafetyPragmas(plainSqlite);
    registerFunctions(plainSqlite);
    const plain = drizzle(plainSqlite, { schema }) as unknown as Db;
    migrate(plain, { migrationsFolder: MIGRATIONS });
    plainSqlite.prepare('INSERT INTO scheme (id, name) VALUES (1, ?)').run('Bench');
    t = performance.now();
    importDocument(plain, text, BENCH_TODAY);
    console.log(`import into an unencrypted copy:    ${((performance.now() - t) / 1000).toFixed(1)} s`);

    console.log('');
    const encrypted = figuresAgainstFloor(session.db, YEAR, scale);
    const unencrypted = time('report figures, unencrypted copy', () => reportFigures(plain, YEAR));
    console.log(`cost of encryption for the figures: x${(encrypted / unencrypted).toFixed(2)}`);
    reportsAgainstFloor(session.db, YEAR);
    benchToday(session, BENCH_TODAY);
    time('volunteer search ("smith")', () => listVolunteers(session.db, { search: 'smith' }, BENCH_TODAY));
    time('volunteer list, status filter (active)', () => listVolunteers(session.db, { status: 'active' }, BENCH_TODAY));
    time('young people search ("jones")', () => listYoungPeople(session.db, 'jones', BENCH_TODAY));
    waitingAgainstFloor(session.db, BENCH_TODAY);
    searches(session);
    singleSave(session);
    auditScreens(session);
    reviewScreens(session);
    listScreens(session);
    moneyBench(session);
    await standardsBench(session, 2025, YEAR, BENCH_TODAY);
    await backupsBench(session);
    // Unlocking reads every page once (quick_check) before anything is written; the key derivation here is the bench's cheap one.
    // The first unlock of a day also makes the daily backup, so the unlocks run on today's real date: the first with it, the rest without.
    session.lock();
    const daily = new Session({ dataDir: join(dir, 'encrypted'), migrationsDir: MIGRATIONS, today: () => todayIso() });
    const unlocks: number[] = [];
    for (let i = 0; i < 4; i++) {
      const started = performance.now();
      await daily.unlock(PASSPHRASE);
      unlocks.push(performance.now() - started);
      daily.lock();
    }
    const [first, ...later] = unlocks;
    console.log(`${'first unlock of the day (daily backup made)'.padEnd(44)} ${first.toFixed(1).padStart(7)} ms   (${(statSync(join(dir, 'encrypted', 'iv-desk.db')).size / 1e6).toFixed(0)} MB database)`);
    console.log(`${'unlock (page check included)'.padEnd(44)} median ${later.sort((a, b) => a - b)[1].toFixed(1).padStart(7)} ms   (3 runs)`);
    plainSqlite.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
