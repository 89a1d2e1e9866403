/**
 * The monthly expenses: the table and its totals, the CSV for finance (formula-like
 * names quoted), and the claim sheets as they print on A4.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, expectAccessible, screenshot, setUpScheme, SCREENSHOTS } from './fixtures';
import { dispatch } from '../../electron/core/handlers';
import { addDays, addMonths, formatUkDate, todayIso } from '../../shared/dates';
import { PAGE_SIZE } from '../../shared/lists/paging';
import { widestInMain } from './reflow';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { expenses } from '../../electron/core/services/expenses';
import { generateScheme, BENCH_TODAY } from '../bench/generate';

const TODAY = todayIso();
const THIS_MONTH = `${TODAY.slice(0, 7)}-01`;
const LAST_MONTH = addMonths(THIS_MONTH, -1);
const inLast = (day: number) => addDays(LAST_MONTH, day - 1);
const monthName = (iso: string) => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

const approved = (id: string, firstName: string, lastName: string) => ({ id, firstName, lastName, enquiryDate: addMonths(THIS_MONTH, -8), applicationDate: addMonths(THIS_MONTH, -7), approvedDate: addMonths(THIS_MONTH, -6) });

/**
 * Last month: Amira 2 visits (£35.50 + 12 mi, £12.00 + 20 mi), "=Zoe Adams" 1 visit (£20.00 + 10 mi).
 * This month: one more visit by Amira, on the 1st, which last month's figures leave out.
 */
const DOC = {
  format: 'iv-desk/1',
  volunteers: [approved('v-amira', 'Amira', 'Khan'), approved('v-zoe', '=Zoe', 'Adams')],
  youngPeople: [
    { id: 'yp-k', firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09' },
    { id: 'yp-l', firstName: 'Lily', lastName: 'Park', dateOfBirth: '2011-03-02' },
  ],
  referrals: [
    { id: 'r-k', youngPersonId: 'yp-k', date: addMonths(THIS_MONTH, -4), outcome: 'accepted', outcomeDate: addMonths(THIS_MONTH, -4) },
    { id: 'r-l', youngPersonId: 'yp-l', date: addMonths(THIS_MONTH, -4), outcome: 'accepted', outcomeDate: addMonths(THIS_MONTH, -4) },
  ],
  matches: [
    { id: 'm-k', referralId: 'r-k', volunteerId: 'v-amira', proposedDate: addMonths(THIS_MONTH, -3), startDate: addMonths(THIS_MONTH, -3) },
    { id: 'm-l', referralId: 'r-l', volunteerId: 'v-zoe', proposedDate: addMonths(THIS_MONTH, -3), startDate: addMonths(THIS_MONTH, -3) },
  ],
  visits: [
    { id: 'a1', matchId: 'm-k', date: inLast(5), activity: 'Football at the park', durationMinutes: 120, activityCostPence: 3550, miles: 12, transportCostPence: 540 },
    { id: 'a2', matchId: 'm-k', date: inLast(20), activity: 'Cinema', durationMinutes: 150, activityCostPence: 1200, miles: 20, transportCostPence: 900 },
    { id: 'z1', matchId: 'm-l', date: inLast(10), activity: 'Swimming', durationMinutes: 90, activityCostPence: 2000, miles: 10, transportCostPence: 450 },
    { id: 'a3', matchId: 'm-k', date: THIS_MONTH, activity: 'Bowling', durationMinutes: 90, activityCostPence: 1800, miles: 12, transportCostPence: 540 },
  ],
};

test('expenses: a month per volunteer with totals, the CSV with formula-like names quoted, and A4 claim sheets', async ({ page, harness }, testInfo) => {
  await setUpScheme(page, harness);
  expect(await dispatch(harness.session, 'importData', { text: JSON.stringify(DOC) })).toMatchObject({ ok: true });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Expenses', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Expenses' })).toBeVisible();

  // This month by default: only the visit on the 1st.
  await expect(page.getByLabel('Month')).toHaveValue(TODAY.slice(0, 7));
  await expect(page.getByText(`1 visit by 1 volunteer in ${monthName(THIS_MONTH)}.`)).toBeVisible();

  // Last month: each volunteer's row and the total row.
  await page.getByLabel('Month').selectOption({ label: monthName(LAST_MONTH) });
  await expect(page.getByText(`3 visits by 2 volunteers in ${monthName(LAST_MONTH)}.`)).toBeVisible();
  const table = page.getByRole('table', { name: `Expenses, ${monthName(LAST_MONTH)}` });
  const cells = async (row: number) => (await table.getByRole('row').nth(row).locator('th, td').allInnerTexts()).map((t) => t.trim()).slice(0, 6);
  expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Volunteer ▲', 'Visits ↕', 'Activity (£)', 'Miles', 'Transport (£)', 'Total (£) ↕', 'Claim sheet']);
  expect(await cells(1)).toEqual(['=Zoe Adams', '1', '20.00', '10', '4.50', '24.50']);
  expect(await cells(2)).toEqual(['Amira Khan', '2', '47.50', '32', '14.40', '61.90']);
  expect(await cells(3)).toEqual(['Total', '3', '67.50', '42', '18.90', '86.40']);
  await expectAccessible(page);

  // One volunteer only.
  await page.getByLabel('Volunteer', { exact: true }).selectOption({ label: 'Amira Khan' });
  await expect(page.getByText(`2 visits by 1 volunteer in ${monthName(LAST_MONTH)} for Amira Khan.`)).toBeVisible();
  await page.getByLabel('Volunteer', { exact: true }).selectOption({ label: 'Every volunteer who claimed' });
  await expect(page.getByText(`3 visits by 2 volunteers in ${monthName(LAST_MONTH)}.`)).toBeVisible();

  // The CSV: the formula-like name starts with an apostrophe so a spreadsheet keeps it as text.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  const month = LAST_MONTH.slice(0, 7);
  expect(download.suggestedFilename()).toBe(`iv-desk-expenses-${month}.csv`);
  const csvPath = testInfo.outputPath('expenses.csv');
  await download.saveAs(csvPath);
  const lines = readFileSync(csvPath, 'utf8').split('\r\n');
  expect(lines[0]).toBe('Volunteer,Month,Visits,Activity costs (£),Miles,Transport (£),Total (£)');
  expect(lines[1]).toBe(`'=Zoe Adams,${month},1,20.00,10,4.50,24.50`);
  expect(lines[2]).toBe(`Amira Khan,${month},2,47.50,32,14.40,61.90`);
  await expect(page.getByText(`Downloaded iv-desk-expenses-${month}.csv.`)).toBeVisible();

  // Sorted by the amount claimed, most first; then by name again.
  await table.getByRole('button', { name: 'Total (£)' }).click();
  await table.getByRole('button', { name: 'Total (£)' }).click();
  await expect(table.getByRole('columnheader', { name: 'Total (£)' })).toHaveAttribute('aria-sort', 'descending');
  expect(await cells(1)).toEqual(['Amira Khan', '2', '47.50', '32', '14.40', '61.90']);
  await table.getByRole('button', { name: 'Volunteer' }).click();
  expect(await cells(1)).toEqual(['=Zoe Adams', '1', '20.00', '10', '4.50', '24.50']);

  // A claim sheet per volunteer, with the visits, totals and two signature lines: one shown at a time, the first to start with.
  const zoe = page.getByRole('article', { name: /^Expenses claim: =Zoe Adams/ });
  await expect(zoe).toContainText('Amount claimed: £24.50');
  await table.getByRole('button', { name: 'Show the claim sheet of Amira Khan' }).click();
  const amira = page.getByRole('article', { name: `Expenses claim: Amira Khan, ${monthName(LAST_MONTH)}` });
  await expect(amira).toBeFocused();
  await expect(zoe).toBeHidden();
  await expect(amira).toContainText('Northshire Independent Visitors');
  await expect(amira.getByRole('row')).toHaveCount(4 + 3);
  await expect(amira.getByRole('row').nth(1)).toContainText(`${formatUkDate(inLast(5))}K. M.Football at the park35.50125.4040.90`);
  await expect(amira).toContainText('Amount claimed: £61.90');
  await expect(amira.getByRole('rowheader', { name: 'Volunteer' })).toBeVisible();
  await expect(amira.getByRole('rowheader', { name: 'Coordinator (approved)' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '53-expenses');

  // Print: the button prints; on paper only the claim sheets show, one A4 page each.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('button', { name: 'Print all 2 claim sheets' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'Expenses' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(amira).toBeVisible();
  await expect(zoe).toBeVisible();
  await screenshot(page, '54-claim-sheet-print');
  const pdf = await page.pdf({ preferCSSPageSize: true });
  writeFileSync(join(SCREENSHOTS, '54-claim-sheets.pdf'), pdf);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(2);
  await page.emulateMedia({ media: 'screen' });
});

test('expenses on the bench scheme: a page of 50 volunteers, sorted by the amount, one claim sheet on screen and every one on paper; reflows at 320 px', async ({ page, harness }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  importDocument(harness.session.db, JSON.stringify(generateScheme(undefined, 0.1)), BENCH_TODAY);
  const { sheets, totals } = expenses(harness.session.db, { month: '2026-10' });
  expect(sheets.length).toBeGreaterThan(PAGE_SIZE);

  await page.goto(`${harness.url}#/expenses`);
  await expect(page.getByRole('heading', { level: 1, name: 'Expenses' })).toBeVisible();
  await page.getByLabel('Month').selectOption('2026-10');
  await expect(page.getByText(`${totals.visits} visits by ${sheets.length} volunteers in October 2026. Showing 1 to 50 of ${sheets.length}.`)).toBeVisible();
  const table = page.getByRole('table', { name: 'Expenses, October 2026' });
  await expect(table.locator('tbody tr')).toHaveCount(PAGE_SIZE);
  await expect(table.locator('tfoot')).toContainText(`Total, every page${totals.visits}`);
  // One claim sheet is drawn on screen; the rest wait for the paper.
  await expect(page.locator('.claim-sheet:visible')).toHaveCount(1);
  await expectAccessible(page);
  await screenshot(page, 'expenses-bench-1366');

  await page.getByRole('navigation', { name: 'Pages of the expenses' }).getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText(`Showing 51 to ${Math.min(100, sheets.length)} of ${sheets.length}.`)).toBeVisible();
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText(sheets[PAGE_SIZE].volunteerName);

  // Most claimed first: back to page 1, the biggest claim at the top.
  await table.getByRole('button', { name: 'Total (£)' }).click();
  await table.getByRole('button', { name: 'Total (£)' }).click();
  const biggest = [...sheets].sort((a, b) => b.totals.totalPence - a.totals.totalPence)[0];
  await expect(page.getByText(`Showing 1 to 50 of ${sheets.length}.`)).toBeVisible();
  await expect(table.locator('tbody tr').first().locator('td').nth(4)).toHaveText((biggest.totals.totalPence / 100).toFixed(2));

  // Every sheet prints, each on its own page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.claim-sheet:visible')).toHaveCount(sheets.length);
  await page.emulateMedia({ media: 'screen' });

  // 320 CSS px: the screen does not scroll sideways; the wide table scrolls in its own box.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await widestInMain(page)).toBeLessThanOrEqual(320);
  await screenshot(page, 'expenses-bench-320', { fullPage: false });
});
