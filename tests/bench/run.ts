/**
 * `npm run bench`: the large scheme's timings on this machine. Prints figures; never
 * fails on time (goals: figures under 200 ms, Today under 100 ms, search under 20 ms).
 */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Session } from '../../electron/core/session';
import * as schema from '../../electron/core/db/schema';
import { applySafetyPragmas, registerFunctions, type Db } from '../../electron/core/db/open';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { reportFigures } from '../../electron/core/reports/figures';
import { todayView } from '../../electron/core/services/today';
import { listVolunteers } from '../../electron/core/services/volunteers';
import { listYoungPeople } from '../../electron/core/services/youngPeople';
import { waitingList } from '../../electron/core/services/referrals';
import { tableCounts } from '../../electron/core/reports/counts';
import { generateScheme, BENCH_TODAY } from './generate';

const MIGRATIONS = join(import.meta.dirname, '../../migrations');
const YEAR = { from: '2025-04-01', to: '2026-03-31' };

function time<T>(label: string, fn: () => T, runs = 7): number {
  fn(); // warm the page cache and statement cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(`${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms   (min ${samples[0].toFixed(1)}, max ${samples.at(-1)!.toFixed(1)}, ${runs} runs)`);
  return median;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'iv-desk-bench-'));
  try {
    let t = performance.now();
    const document = generateScheme();
    const text = JSON.stringify(document);
    console.log(`generated: ${document.volunteers!.length} volunteers, ${document.youngPeople!.length} young people, ${document.matches!.length} matches, ${document.visits!.length} visits (${(text.length / 1e6).toFixed(1)} MB) in ${(performance.now() - t).toFixed(0)} ms`);

    const session = new Session({ dataDir: join(dir, 'encrypted'), migrationsDir: MIGRATIONS, scrypt: { N: 2 ** 10, r: 8, p: 1 }, today: () => BENCH_TODAY });
    await session.setUp({ schemeName: 'Bench', localAuthority: null, passphrase: 'benchmark passphrase words' });
    t = performance.now();
    importDocument(session.db, text, BENCH_TODAY);
    console.log(`import into the encrypted database: ${((performance.now() - t) / 1000).toFixed(1)} s  ${JSON.stringify(tableCounts(session.db))}`);

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
    const encrypted = time('report figures, one financial year', () => reportFigures(session.db, YEAR));
    const unencrypted = time('report figures, unencrypted copy', () => reportFigures(plain, YEAR));
    console.log(`cost of encryption for the figures: x${(encrypted / unencrypted).toFixed(2)}`);
    time("Today screen's data", () => todayView(session.db, BENCH_TODAY));
    time('volunteer search ("smith")', () => listVolunteers(session.db, { search: 'smith' }, BENCH_TODAY));
    time('volunteer list, status filter (active)', () => listVolunteers(session.db, { status: 'active' }, BENCH_TODAY));
    time('young people search ("jones")', () => listYoungPeople(session.db, 'jones', BENCH_TODAY));
    time('waiting list', () => waitingList(session.db, BENCH_TODAY));
    session.lock();
    plainSqlite.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
