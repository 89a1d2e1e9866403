/**
 * A long sheet's progress on the import screen, in Chromium against real core through
 * the harness's progress stream: the bar's words count the rows read, then the records
 * written; the live region reads some of it out; and the import ends as it should. The
 * page records what the bar shows as it changes, since a stage can be over before a
 * check from outside the page comes round.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, screenshot, setUpScheme } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

const ROWS = 30_000;
const tracker = Buffer.from(
  ['First name,Surname,D.O.B.,Date of enquiry', ...Array.from({ length: ROWS }, (_, i) => `Person${i},Long${i},${String(1 + (i % 28)).padStart(2, '0')}/04/1980,03/03/2024`)].join('\r\n') + '\r\n',
  'utf8',
);

/** Each state of the bar: its words, its value and maximum, whether the words name it; and what the live region said. */
async function recordBar(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { bar: string[]; said: string[] };
    w.bar = [];
    w.said = [];
    new MutationObserver(() => {
      const words = document.querySelector('.busy__words');
      const bar = document.querySelector('.busy progress') as HTMLProgressElement | null;
      const said = document.querySelector('.visually-hidden[role="status"]')?.textContent ?? '';
      if (words && bar) w.bar.push(`${words.textContent}|${bar.hasAttribute('value') ? `${bar.value}/${bar.max}` : 'waiting'}|${bar.getAttribute('aria-labelledby') === words.id ? 'named' : 'unnamed'}`);
      if (said && said !== w.said.at(-1)) w.said.push(said);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const recorded = (page: Page) =>
  page.evaluate(() => {
    const { bar, said } = window as unknown as { bar: string[]; said: string[] };
    return { bar, said };
  });
const showing = (page: Page, words: RegExp) => page.waitForFunction((source) => new RegExp(source).test(document.querySelector('.busy__words')?.textContent ?? ''), words.source);

test('a long sheet shows its rows read, then its records written, and imports them all', async ({ page, harness }) => {
  test.slow();
  await setUpScheme(page, harness);
  await page.getByRole('navigation', { name: 'Scheme tools' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Import from a spreadsheet (Excel or CSV)' }).click();
  await page.getByLabel('Spreadsheet file').setInputFiles({ name: 'tracker.csv', mimeType: 'text/csv', buffer: tracker });
  await recordBar(page);
  await page.getByRole('button', { name: 'Read the file' }).click();
  await showing(page, /^Reading rows: [\d,]+ of about 30,001$/);
  await screenshot(page, 'sheets-progress-reading', { fullPage: false });
  await expect(page.getByText(`This would add ${ROWS.toLocaleString('en-GB')} volunteers.`)).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const read = await recorded(page);
  expect(read.bar[0]).toBe('Reading the sheet…|waiting|named');
  expect(read.bar).toContain('Reading rows: 1,000 of about 30,001|1000/30001|named');
  // The header, the rows and the line break that ends the file, counted at the end.
  expect(read.bar).toContain('Reading rows: 30,002 of 30,002|30002/30002|named');
  const counts = read.bar.map((b) => Number(/^Reading rows: ([\d,]+)/.exec(b)?.[1].replace(/,/g, '') ?? 0));
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  // Read out: the screen's words, the first count, and the end; not each of the thirty.
  expect(read.said[0]).toBe('Reading the sheet…');
  expect(read.said).toContain('Reading rows: 1,000 of about 30,001');
  expect(read.said.length).toBeLessThan(12);
  await expectAccessible(page);

  // The import reads the file again before it writes: its bar is beside its button, at the foot of the preview.
  const beforeImport = (await recorded(page)).bar.length;
  await page.getByRole('button', { name: 'Import these records' }).click();
  // The re-read can be over before a check from outside comes round: the shot waits for either stage, and the recording proves both.
  await showing(page, /^(Reading rows: [\d,]+ of about 30,001|Writing records: [\d,]+ of 30,000)$/);
  await screenshot(page, 'sheets-progress-importing', { fullPage: false });
  await expect(page.getByRole('status').filter({ hasText: `Imported ${ROWS.toLocaleString('en-GB')} volunteers from tracker.csv` })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const importing = (await recorded(page)).bar.slice(beforeImport);
  expect(importing.some((b) => /^Reading rows: [\d,]+ of about 30,001\|/.test(b))).toBe(true);
  const written = importing.filter((b) => b.startsWith('Writing records'));
  expect(written.length).toBeGreaterThan(1);
  expect(written.every((b) => /^Writing records: [\d,]+ of 30,000\|\d+\/30000\|named$/.test(b))).toBe(true);
});
