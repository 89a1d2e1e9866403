/**
 * One import in a process of its own, so its peak memory can be read: `app` runs the
 * app's import, `floor` the raw prepared inserts of rawImport.ts. Prints one JSON line:
 * the time from reading the file to the commit, and the process's peak and starting RSS.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Session } from '../../electron/core/session';
import { findMigrationsDir } from '../../electron/core/files';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { BENCH_TODAY } from './generate';
import { rawImport } from './rawImport';

export interface ChildResult {
  ms: number;
  peakMb: number;
  startMb: number;
}

async function main() {
  const [mode, dataDir, file, passphrase] = process.argv.slice(2);
  const session = new Session({ dataDir, migrationsDir: findMigrationsDir(), today: () => BENCH_TODAY });
  await session.unlock(passphrase);
  const startMb = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  // The app reads the file as it imports it; the floor reads it whole and parses it with JSON.parse.
  if (mode === 'app') importDocument(session.db, { path: file }, BENCH_TODAY);
  else rawImport(session.connection.sqlite, readFileSync(file, 'utf8'));
  const result: ChildResult = { ms: performance.now() - started, peakMb: process.resourceUsage().maxRSS / 1024, startMb };
  // Closed without locking: the backup a lock makes is not part of an import, and the parent reads the data next.
  session.connection.sqlite.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main();
