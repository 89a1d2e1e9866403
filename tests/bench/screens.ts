/**
 * `npm run bench:screens`: the screens on the bench's seeded scheme, in Chromium through
 * the harness. Prints each screen's height and row count and saves full-page
 * screenshots and print PDFs in test-results/bench-screens/, to look at. Not a test.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Session } from '../../electron/core/session';
import { findMigrationsDir } from '../../electron/core/files';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { startHarness } from '../harness/server';
import { generateScheme, BENCH_TODAY } from './generate';

const OUT = resolve(import.meta.dirname, '../../test-results/bench-screens');
const PASSPHRASE = 'benchmark passphrase words';
const SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
const SCREENS = ['today', 'supervisions', 'care-reviews', 'waiting'];

async function main() {
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
    for (const screen of SCREENS) {
      const started = Date.now();
      await page.goto(`${harness.url}#/${screen}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const ms = Date.now() - started;
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const rows = await page.locator('main tbody tr').count();
      console.log(`${screen.padEnd(14)} ${String(height).padStart(6)} px tall, ${String(rows).padStart(5)} table rows, shown in ${ms} ms`);
      await page.screenshot({ path: join(OUT, `${screen}.png`), fullPage: true });
      await page.screenshot({ path: join(OUT, `${screen}-first-screen.png`) });
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
