/**
 * `npm run bench:screens`: the renderer's chunk sizes, then the screens on the bench's
 * seeded scheme, in Chromium through the harness. Prints each screen's paint time
 * against the 150 ms target, its height and row count, and saves screenshots (the first
 * screen, and the whole page when not too long) and print PDFs in
 * test-results/bench-screens/, to look at. Not a test.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Session } from '../../electron/core/session';
import { findMigrationsDir } from '../../electron/core/files';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { performance } from 'node:perf_hooks';
import { startHarness } from '../harness/server';
import { dispatch } from '../../electron/core/handlers';
import { CALL_KINDS } from '../fixtures/writingCalls';
import type { CallName } from '../../shared/contract';
import { generateScheme, BENCH_TODAY } from './generate';
import { printChunkSizes } from './renderer';
import { paintTime, watchPainting, PAINT_TARGET_MS } from './paint';

const OUT = resolve(import.meta.dirname, '../../test-results/bench-screens');
const PASSPHRASE = 'benchmark passphrase words';
const SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
const LONGEST_PICTURED_PX = 16_000;
// Today is where unlocking lands, so it is measured last, coming from another screen.
const SCREENS = ['volunteers', 'recruitment', 'young-people', 'waiting', 'matches', 'expenses', 'supervisions', 'care-reviews', 'logs', 'audit', 'backups', 'settings', 'today'];

/** A reading call's own time in core, asked again directly (median of three), and its answer's size: the part of a call that is not the harness. */
async function inCore(session: Session, name: string, input: string): Promise<string> {
  if (CALL_KINDS[name as CallName] !== 'read') return 'writes: not asked again';
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const answer = await dispatch(session, name, JSON.parse(input));
    times.push(performance.now() - started);
    size = JSON.stringify(answer).length;
  }
  return `${times.sort((a, b) => a - b)[1].toFixed(0)} ms in core, ${(size / 1000).toFixed(0)} kB`;
}

async function main() {
  printChunkSizes();
  mkdirSync(OUT, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'iv-desk-bench-screens-'));
  try {
    const session = new Session({ dataDir, migrationsDir: findMigrationsDir(), scrypt: SCRYPT });
    await session.setUp({ schemeName: 'Benchmark scheme', localAuthority: null, passphrase: PASSPHRASE });
    importDocument(session.db, JSON.stringify(generateScheme()), BENCH_TODAY);
    session.lock();
    const harness = await startHarness({ dataDir, scrypt: SCRYPT });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
    await page.goto(harness.url);
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await watchPainting(page);
    console.log(`\nscreens (painted: from the link to the screen's last change, target ${PAINT_TARGET_MS} ms)`);
    for (const screen of SCREENS) {
      const { ms, calls, drawingMs } = await paintTime(page, screen);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const rows = await page.locator('main tbody tr').count();
      const verdict = ms <= PAINT_TARGET_MS ? 'within target' : 'OVER TARGET';
      console.log(`${screen.padEnd(14)} painted in ${ms.toFixed(0).padStart(5)} ms (${verdict}), ${String(height).padStart(6)} px tall, ${String(rows).padStart(5)} table rows`);
      const callWords = (await Promise.all(calls.map(async (c) => `${c.name} ${c.ms.toFixed(0)} ms (${await inCore(harness.session, c.name, c.input)})`))).join(', ');
      console.log(`${''.padEnd(14)} calls through the harness: ${callWords || 'none'}; drawing after the last answer ${drawingMs.toFixed(0)} ms`);
      await page.screenshot({ path: join(OUT, `${screen}-first-screen.png`) });
      // A page tens of thousands of pixels tall is not pictured or printed whole: Chromium gives up on it.
      if (height > LONGEST_PICTURED_PX) continue;
      await page.screenshot({ path: join(OUT, `${screen}.png`), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: join(OUT, `${screen}.pdf`), format: 'A4', preferCSSPageSize: true });
      await page.emulateMedia({ media: 'screen' });
    }
    await browser.close();
    await harness.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
