/**
 * The Reports screen on a bench-size scheme (the bench generator at a third of its size:
 * ten years of records): the figures for two periods agree with core's, the CSV and the
 * XLSX download and read back, bad dates are refused in plain words, and the report
 * settings in Settings feed the per-coordinator figure.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { test, expect, expectAccessible, screenshot, setUpScheme, SCREENSHOTS } from './fixtures';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { reportFigures } from '../../electron/core/reports/figures';
import { generateScheme } from '../bench/generate';
import { formatUkDate, todayIso } from '../../shared/dates';
import { financialYearOf, previousFinancialYear } from '../../shared/financialYear';
import { parseCsv } from '../helpers/csv';
import type { Harness } from '../harness/server';

async function openReports(page: Page, harness: Harness) {
  await setUpScheme(page, harness);
  importDocument(harness.session.db, JSON.stringify(generateScheme(undefined, 1 / 3)), todayIso());
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
}

/** The number shown beside a figure's name, as the coordinator reads it. */
const shown = (page: Page, label: string) => page.getByRole('row', { name: new RegExp(`^${label}`) }).first().locator('td').first();

test('the Reports screen shows two periods, agreeing with core, with definitions, the NIVN prompt, breakdowns and trend', async ({ page, harness }) => {
  test.setTimeout(240_000);
  await openReports(page, harness);
  const today = todayIso();
  const year = financialYearOf(today, 4);
  const last = previousFinancialYear(year, 4);

  await expect(page.getByRole('status').filter({ hasText: 'Showing the report' })).toHaveText(`Showing the report for ${formatUkDate(year.from)} to ${formatUkDate(today)}`);
  const thisYear = reportFigures(harness.session.db, { from: year.from, to: today });
  await expect(shown(page, 'Referrals received')).toHaveText(String(thisYear.referralsReceived));
  await expect(shown(page, 'Active matches at the end of the period')).toHaveText(String(thisYear.activeMatchesAtEnd));

  // A definition beside the figure, folded away until asked for.
  const definition = page.getByRole('group').filter({ hasText: 'What this counts: Matches made' });
  await definition.getByText('What this counts').click();
  await expect(definition).toContainText('A rematch counts as a new match.');

  // The bench scheme's count has no date: the measure prompts, with a way to Settings.
  await expect(page.getByText('The children-in-care count has no date')).toBeVisible();
  await expect(page.locator('.warning').getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '#/settings');

  await page.getByRole('button', { name: `Last financial year (${last.name})` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing the report' })).toHaveText(`Showing the report for ${formatUkDate(last.from)} to ${formatUkDate(last.to)}`);
  const lastYear = reportFigures(harness.session.db, last);
  expect(lastYear.referralsReceived).not.toBe(thisYear.referralsReceived);
  await expect(shown(page, 'Referrals received')).toHaveText(String(lastYear.referralsReceived));
  await expect(shown(page, 'Matches made')).toHaveText(String(lastYear.matchesMade));
  await expect(page.getByRole('textbox', { name: 'From', exact: true })).toHaveValue(formatUkDate(last.from));

  // Breakdowns and the trend: every year since the first record, as a table and as charts with text alternatives.
  await expect(page.getByRole('table', { name: 'Referrals by referrer role' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Waiting by weeks' })).toBeVisible();
  const trend = page.getByRole('table', { name: 'The trend, year by year' });
  await expect(trend.getByRole('row')).toHaveCount(1 + 10);
  await expect(trend.getByRole('rowheader').first()).toHaveText('2016/17');
  const chart = page.getByRole('img', { name: /^Referrals, by financial year/ });
  await expect(chart).toHaveAccessibleDescription(new RegExp(`${last.name}: ${lastYear.referralsReceived}(;|$)`));
  await expect(page.getByRole('table', { name: "Referrals: the chart's figures" })).toContainText(String(lastYear.referralsReceived));

  await expectAccessible(page);
  for (const part of ['figures', 'nivn', 'breakdowns', 'trend']) await page.locator(`section[aria-labelledby="${part}-heading"]`).screenshot({ path: join(SCREENSHOTS, `reports-1366-${part}.png`) });
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'reports-1366', { fullPage: false });
  await screenshot(page, 'reports-1366-full');
  await page.setViewportSize({ width: 320, height: 768 });
  await screenshot(page, 'reports-320', { fullPage: false });
  await page.locator('section[aria-labelledby="trend-heading"]').screenshot({ path: join(SCREENSHOTS, 'reports-320-trend.png') });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the CSV and the XLSX download and read back with the figures shown', async ({ page, harness }) => {
  test.setTimeout(240_000);
  await openReports(page, harness);
  const last = previousFinancialYear(financialYearOf(todayIso(), 4), 4);
  await page.getByRole('button', { name: `Last financial year (${last.name})` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing the report' })).toHaveText(`Showing the report for ${formatUkDate(last.from)} to ${formatUkDate(last.to)}`);
  const f = reportFigures(harness.session.db, last);
  const fileName = `IV-figures-${last.from}-to-${last.to}`;

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe(`${fileName}.csv`);
  await expect(page.getByText(`Downloaded ${fileName}.csv.`)).toBeVisible();
  const rows = parseCsv(readFileSync(await csv.path(), 'utf8').replace(/^\ufeff/, ''));
  const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
  expect(rows[0]).toEqual(['Benchmark scheme: Independent Visitor figures', `${formatUkDate(last.from)} to ${formatUkDate(last.to)}`]);
  expect(value('Referrals received')).toBe(String(f.referralsReceived));
  expect(value('Matches made')).toBe(String(f.matchesMade));
  expect(value('Activity costs (£)')).toBe((f.costs.activityPence / 100).toFixed(2));
  expect(rows.some((r) => r[0] === last.name && r[1] === String(f.referralsReceived))).toBe(true);

  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Excel (XLSX)' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe(`${fileName}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await xlsx.path());
  expect(book.worksheets.map((s) => s.name)).toEqual(['Figures', 'Breakdowns', 'Trend']);
  const cells: Record<string, unknown> = {};
  book.getWorksheet('Figures')!.eachRow((row) => (cells[String(row.getCell(1).value)] ??= row.getCell(2).value));
  expect(cells['Referrals received']).toBe(f.referralsReceived);
  expect(cells['Active matches at the end of the period']).toBe(f.activeMatchesAtEnd);
  const trendYears: unknown[] = [];
  book.getWorksheet('Trend')!.eachRow((row) => trendYears.push(row.getCell(1).value));
  expect(trendYears).toContain(last.name);
});

test('a custom period, bad dates refused in plain words, and the report settings from Settings', async ({ page, harness }) => {
  test.setTimeout(240_000);
  await openReports(page, harness);
  await page.getByRole('textbox', { name: 'From', exact: true }).fill('31/02/2025');
  await page.getByRole('textbox', { name: 'To', exact: true }).fill('01/01/2025');
  await page.getByRole('button', { name: 'Show the report' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('The start of the period must be a real date, like 27/03/2012');
  await page.getByRole('textbox', { name: 'From', exact: true }).fill('01/06/2025');
  await page.getByRole('button', { name: 'Show the report' }).click();
  await expect(summary).toContainText('The end of the period must be on or after its start');
  await page.getByRole('textbox', { name: 'To', exact: true }).fill('30/09/2025');
  await page.getByRole('button', { name: 'Show the report' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing the report' })).toHaveText('Showing the report for 01/06/2025 to 30/09/2025');
  await expect(shown(page, 'Referrals received')).toHaveText(String(reportFigures(harness.session.db, { from: '2025-06-01', to: '2025-09-30' }).referralsReceived));
  await expect(page.getByText('To see active matches per full-time coordinator')).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).first().click();
  const section = page.getByRole('region', { name: 'Reports' });
  await section.getByLabel("The coordinator's hours a week").fill('lots');
  await section.getByRole('button', { name: 'Save report settings' }).click();
  await expect(section.getByRole('alert')).toContainText("Enter the coordinator's hours a week as a number of hours, like 37");
  await section.getByLabel("The coordinator's hours a week").fill('18.5');
  await section.getByLabel('OFFICIAL', { exact: true }).check();
  await section.getByRole('button', { name: 'Save report settings' }).click();
  await expect(section.getByText('Report settings saved.')).toBeVisible();
  await expectAccessible(page, '#main');
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: join(SCREENSHOTS, 'settings-reports-1366.png') });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const f = reportFigures(harness.session.db, { from: financialYearOf(todayIso(), 4).from, to: todayIso() });
  await expect(shown(page, 'Active matches per full-time coordinator')).toHaveText(new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(Math.round((f.activeMatchesAtEnd / 0.5) * 10) / 10));
});
