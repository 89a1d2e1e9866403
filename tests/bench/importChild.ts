/**
 * One import in a process of its own, so its peak memory can be read: `app` runs the
 * app's import, `floor` the raw prepared inserts of rawImport.ts. Prints one JSON line:
 * the time from reading the file to the commit, and the process's peak and starting RSS.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { BENCH_TODAY } from './generate';
import { rawImport } from './rawImport';
import { childDone, childSession, type ChildMeasure } from './child';

export type ChildResult = ChildMeasure;

async function main() {
  const { mode, file, session, startMb } = await childSession();
  const started = performance.now();
  // The app reads the file as it imports it; the floor reads it whole and parses it with JSON.parse.
  if (mode === 'app') importDocument(session.db, { path: file }, BENCH_TODAY);
  else rawImport(session.connection.sqlite, readFileSync(file, 'utf8'));
  childDone(session, performance.now() - started, startMb, {});
}

void main();
