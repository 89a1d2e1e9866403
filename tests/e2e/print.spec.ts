/**
 * The shared print layout on Today, the waiting list and the consent form: on paper no
 * buttons or navigation, and the scheme's name, OFFICIAL-SENSITIVE, the printed date and
 * "Page X of Y" in every page's margins. The PDFs are written for a person to look at.
 */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, expectAccessible, screenshot, setUpScheme, SCREENSHOTS } from './fixtures';
import { dispatch } from '../../electron/core/handlers';
import { addDays, formatUkDate, todayIso } from '../../shared/dates';

const TODAY = todayIso();
const ago = (n: number) => addDays(TODAY, -n);
const SCHEME = 'Northshire Independent Visitors';

/** Emulates paper, checks the chrome is gone, and writes the PDF; returns its text. */
async function printed(page: Page, name: string): Promise<{ text: string; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Print/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Lock' })).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.pdf`);
  writeFileSync(path, pdf);
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { text, pages: (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length };
}

/** The marking in every page's margins: the constructed stylesheet got past the CSP. */
function expectMarked(text: string, pages: number, printedOn = TODAY) {
  const sheets = text.split('\f').filter((p) => p.trim());
  expect(sheets).toHaveLength(pages);
  sheets.forEach((sheet, i) => {
    const lines = sheet.split('\n').filter((l) => l.trim());
    expect(lines[0]).toMatch(new RegExp(`${SCHEME}\\s+OFFICIAL-SENSITIVE`));
    expect(lines.at(-1)).toMatch(new RegExp(`${SCHEME}\\s+OFFICIAL-SENSITIVE\\s+Printed ${formatUkDate(printedOn)}\\s+Page ${i + 1} of ${pages}`));
  });
}

test('print layout: Today, the waiting list and the consent form print plain, marked on every page', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  const youngPeople = Array.from({ length: 60 }, (_, i) => ({ id: `y${i}`, firstName: ['Amira', 'Ben', 'Chloe', 'Dan', 'Ella'][i % 5], lastName: `Family${String.fromCharCode(65 + (i % 26))}${i}`, dateOfBirth: `20${10 + (i % 5)}-0${1 + (i % 9)}-1${i % 9}`, area: i % 3 ? 'Consett' : 'Stanley-on-the-Hill' }));
  const result = await dispatch(harness.session, 'importData', {
    text: JSON.stringify({
      format: 'iv-desk/1',
      volunteers: [{ id: 'v1', firstName: 'Erin', lastName: 'Ashby', enquiryDate: ago(10), enquirySource: 'event' }],
      youngPeople,
      referrals: youngPeople.map((y, i) => ({ id: `r${i}`, youngPersonId: y.id, date: ago(20 + i * 3), outcome: 'accepted', outcomeDate: ago(18 + i * 3) })),
    }),
  });
  expect(result).toMatchObject({ ok: true });

  // Today: a Print button, and no Save as PDF in a plain browser.
  await page.reload();
  await page.getByLabel('Passphrase').fill('maple orbit candle harbour');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this list' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, '90-today-print-button');
  const today = await printed(page, '90-today-print');
  expect(today.text).toContain('Enquiries and everything else');
  expectMarked(today.text, today.pages);

  // The waiting list: two screen pages, and long enough for two sheets of paper, the header row on each.
  await page.getByRole('link', { name: 'Waiting list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Waiting list' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print the waiting list' })).toBeVisible();
  await expect(page.locator('main tbody tr')).toHaveCount(50);
  await expect(page.getByText('Prints all 60 shown, in this order, not only this page.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '91-waiting-list-print-button');
  const waiting = await printed(page, '91-waiting-list-print');
  expect(waiting.pages).toBeGreaterThan(1);
  expectMarked(waiting.text, waiting.pages);
  for (const sheet of waiting.text.split('\f').filter((p) => p.trim())) expect(sheet).toMatch(/Name\s+Age\s+Area\s+Referred/);
  expect(waiting.text).not.toContain('Find a match');
  expect(waiting.text).not.toContain('Everyone waiting');
  // Paper has everyone, not only the page on screen, and the screen is back to its page after.
  expect(waiting.text.match(/Family[A-Z]\d+/g)).toHaveLength(60);
  expect(waiting.text).not.toContain('Previous');
  await expect(page.locator('main tbody tr')).toHaveCount(50);

  // The consent form (of the longest waiter, on the first page): the page's own marking gives way to the margins', one page still.
  const longest = youngPeople.at(-1)!;
  await page.getByRole('link', { name: `${longest.firstName} ${longest.lastName}`, exact: true }).click();
  await page.getByRole('link', { name: 'Print the consent form' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You and your Independent Visitor: keeping things private' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Form version/ }).getByRole('rowheader')).toHaveText('Form version');
  await expectAccessible(page);
  await screenshot(page, '92-consent-form-print-bar');
  const consent = await printed(page, '92-consent-form-print');
  expect(consent.pages).toBe(1);
  expectMarked(consent.text, 1);
  expect(consent.text.match(/OFFICIAL-SENSITIVE/g)).toHaveLength(2);

  // Leaving a printable page takes its marking away.
  await page.getByRole('link', { name: 'Volunteers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Volunteers' })).toBeVisible();
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
});
