/**
 * The safeguarding log, kept apart from everything ordinary, and the complaints log, in
 * Chromium against real core.
 */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible, screenshot, setUpScheme } from './fixtures';
import { widestInMain } from './reflow';
import { dispatch } from '../../electron/core/handlers';
import type { Harness } from '../harness/server';
import { addDays, formatUkDate, todayIso } from '../../shared/dates';

const TODAY = todayIso();
const ago = (n: number) => addDays(TODAY, -n);
const uk = formatUkDate;
/** A word no ordinary screen would show. */
const SECRET = 'Quillwort';

async function seed(harness: Harness, doc: Record<string, unknown>): Promise<void> {
  const result = await dispatch(harness.session, 'importData', { text: JSON.stringify({ format: 'iv-desk/1', ...doc }) });
  expect(result).toMatchObject({ ok: true });
}

/** Types into a person search, arrows down to the one wanted and chooses it with Enter. */
async function chooseByKeyboard(page: Page, box: Locator, typed: string, name: string): Promise<void> {
  await box.fill(typed);
  const option = page.getByRole('option', { name });
  await expect(option).toBeVisible();
  await box.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await box.press('Enter');
  await expect(box).toHaveValue(name);
  await expect(page.getByText(`Chosen: ${name}`)).toBeVisible();
}

async function exported(page: Page, path: string): Promise<Record<string, unknown>> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all records' }).click();
  await (await downloading).saveAs(path);
  return JSON.parse(readFileSync(path, 'utf8'));
}

test('a safeguarding concern appears in no ordinary list, search, record, Today item or export; the log and the subject access export show it', async ({ page, harness }, testInfo) => {
  await setUpScheme(page, harness);
  await seed(harness, {
    volunteers: [{ id: 'v1', firstName: 'Tom', lastName: 'Reid', enquiryDate: ago(30), area: 'Consett' }],
    youngPeople: [{ id: 'y1', firstName: 'Zara', lastName: 'Quinn', dateOfBirth: '2012-03-14', area: 'Stanley' }],
    referrals: [{ id: 'r1', youngPersonId: 'y1', date: ago(50), outcome: 'accepted', outcomeDate: ago(45) }],
  });

  await page.getByRole('link', { name: 'Logs', exact: true }).click();
  await page.getByRole('link', { name: 'Open the safeguarding log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Safeguarding log' })).toBeVisible();
  await expect(page.getByText('This log is kept apart from ordinary records.')).toBeVisible();
  await expect(page.getByText('No concerns have been recorded.')).toBeVisible();
  await expectAccessible(page);

  // Someone to be about is required.
  await page.getByRole('button', { name: 'Record a concern' }).click();
  const form = page.getByRole('form', { name: 'Record a concern' });
  await expect(form.getByLabel('Date of the concern')).toHaveValue(uk(TODAY));
  await form.getByLabel('Summary of the concern').fill(`Bruise on the wrist noticed at the ${SECRET} garden visit; Zara said she fell.`);
  await form.getByRole('button', { name: 'Record the concern' }).click();
  await expect(form.getByRole('alert')).toContainText('Say who the concern is about: a young person, a volunteer or both');
  await expectAccessible(page);
  await screenshot(page, '47-safeguarding-concern-form');
  // The people are found by typing part of a name: with the mouse here, from the keyboard below.
  await form.getByLabel('Young person it is about').fill('qui');
  await form.getByRole('option', { name: 'Zara Quinn (born 14/03/2012)' }).click();
  await expect(form.getByText('Chosen: Zara Quinn (born 14/03/2012)')).toBeVisible();
  await chooseByKeyboard(page, form.getByLabel('Volunteer it is about'), 'tom', 'Tom Reid');
  await form.getByLabel('Referred to').selectOption({ label: "Council's safeguarding team" });
  await form.getByLabel('Date it was referred on').fill(uk(TODAY));
  await form.getByRole('button', { name: 'Record the concern' }).click();
  await expect(page.getByRole('status')).toContainText(`Concern of ${uk(TODAY)} recorded.`);
  const entry = page.getByRole('article', { name: `Concern of ${uk(TODAY)}` });
  await expect(entry).toContainText(SECRET);
  await expect(entry).toContainText('Zara Quinn (young person) and Tom Reid (volunteer)');
  await expect(entry).toContainText(`Council's safeguarding team on ${uk(TODAY)}`);
  await expect(entry.getByRole('heading')).toHaveText(`Concern of ${uk(TODAY)} Open`);

  // An older concern about the volunteer alone, then closed.
  await page.getByRole('button', { name: 'Record a concern' }).click();
  await form.getByLabel('Date of the concern').fill(uk(ago(20)));
  await chooseByKeyboard(page, form.getByLabel('Volunteer it is about'), 'REID', 'Tom Reid');
  await form.getByLabel('Summary of the concern').fill('Arrived late twice and shared a photograph of the young person online.');
  await form.getByLabel('Referred to').selectOption({ label: 'LADO (allegation against a volunteer)' });
  await form.getByLabel('Date it was referred on').fill(uk(ago(19)));
  await form.getByRole('button', { name: 'Record the concern' }).click();
  const older = page.getByRole('article', { name: `Concern of ${uk(ago(20))}` });
  await older.getByRole('button', { name: /^Update/ }).click();
  const update = page.getByRole('form', { name: `Update the concern of ${uk(ago(20))}` });
  await update.getByLabel('Date it closed').fill(uk(ago(25)));
  await update.getByRole('button', { name: 'Save the update' }).click();
  await expect(update.getByRole('alert')).toContainText('It cannot close before it was raised');
  await update.getByLabel('Outcome').fill('LADO advised words of advice; photograph removed; volunteer re-trained.');
  await update.getByLabel('Date it closed').fill(uk(ago(5)));
  await update.getByRole('button', { name: 'Save the update' }).click();
  await expect(page.getByRole('status')).toContainText('updated and closed');
  await expect(older.getByRole('heading')).toHaveText(`Concern of ${uk(ago(20))} Closed`);
  await expect(older).toContainText('LADO advised words of advice');
  await expect(page.getByText('2 concerns, 1 open. Newest first.')).toBeVisible();
  await expect(page.getByRole('article')).toHaveText([/Concern of .*Open/, /Concern of .*Closed/]);
  await expectAccessible(page);
  await screenshot(page, '43-safeguarding-log');

  // Not in the young people list, nor its search, nor the record itself.
  await page.getByRole('link', { name: 'Young people', exact: true }).click();
  await expect(page.getByText('1 young person')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(SECRET);
  await page.getByLabel('Search by name').fill(SECRET);
  await expect(page.getByText(`0 young people matching “${SECRET}”`)).toBeVisible();
  await page.getByLabel('Search by name').fill('Zara');
  await expect(page.getByText('1 young person matching “Zara”')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(SECRET);
  await page.getByRole('link', { name: 'Zara Quinn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zara Quinn' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(SECRET);
  await expect(page.locator('main')).not.toContainText('Bruise');
  await expect(page.locator('main')).not.toContainText('Concern of');

  // Her subject access export includes it: that is where the law wants it.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Subject access export' }).click();
  const sar = await downloading;
  await sar.saveAs(testInfo.outputPath('sar.json'));
  const sarText = readFileSync(testInfo.outputPath('sar.json'), 'utf8');
  expect(sarText).toContain(SECRET);
  expect(sarText).not.toContain('photograph of the young person online');

  // Not in the volunteers list or search.
  await page.getByRole('link', { name: 'Volunteers' }).click();
  await expect(page.getByRole('link', { name: 'Tom Reid' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(SECRET);
  await expect(page.locator('main')).not.toContainText('photograph');
  await page.getByLabel('Search by name').fill(SECRET);
  await expect(page.getByText(/^0 volunteers/)).toBeVisible();

  // Not on the waiting list, where she is.
  await page.getByRole('link', { name: 'Waiting list' }).click();
  await expect(page.getByRole('row', { name: /Zara Quinn/ })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(SECRET);

  // Today says a concern is open, and nothing more: no summary, no name.
  await page.getByRole('link', { name: 'Today' }).click();
  const item = page.getByRole('row', { name: /Open concern/ });
  await expect(item).toHaveCount(1);
  for (const word of [SECRET, 'Bruise', 'Zara', 'Quinn', 'Tom', 'Reid']) await expect(item).not.toContainText(word);
  await expect(page.locator('main')).not.toContainText(SECRET);

  // The ordinary export leaves the log out; only the deliberate choice includes it.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Include the safeguarding log')).not.toBeChecked();
  const plain = await exported(page, testInfo.outputPath('export.json'));
  expect(plain.youngPeople).toHaveLength(1);
  expect(plain.safeguardingConcerns ?? []).toEqual([]);
  expect(JSON.stringify(plain)).not.toContain(SECRET);
  await page.getByLabel('Include the safeguarding log').check();
  await expect(page.getByText('This export will contain every safeguarding concern.')).toBeVisible();
  await expectAccessible(page);
  const full = await exported(page, testInfo.outputPath('export-with-log.json'));
  expect(full.safeguardingConcerns).toHaveLength(2);
  expect(JSON.stringify(full)).toContain(SECRET);
});

test('complaints log: record, refuse an impossible date, update and resolve', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await page.getByRole('link', { name: 'Logs', exact: true }).click();
  await page.getByRole('link', { name: 'Open the complaints log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaints log' })).toBeVisible();
  await expect(page.getByText('No complaints have been recorded.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Record a complaint' }).click();
  const form = page.getByRole('form', { name: 'Record a complaint' });
  await form.getByRole('button', { name: 'Record the complaint' }).click();
  await expect(form.getByRole('alert')).toContainText('Enter a summary of the complaint');
  await form.getByLabel('Date of the complaint').fill(uk(ago(21)));
  await form.getByLabel('Who complained?').selectOption({ label: 'Carer' });
  await form.getByLabel('Summary of the complaint').fill('The volunteer cancelled three visits at short notice.');
  await form.getByRole('button', { name: 'Record the complaint' }).click();
  await expect(page.getByRole('status')).toContainText(`Complaint of ${uk(ago(21))} recorded.`);

  await page.getByRole('button', { name: 'Record a complaint' }).click();
  await form.getByLabel('Date of the complaint').fill(uk(ago(3)));
  await form.getByLabel('Who complained?').selectOption({ label: 'Young person' });
  await form.getByLabel('Summary of the complaint').fill('Was not told that her Independent Visitor was going on holiday.');
  await form.getByRole('button', { name: 'Record the complaint' }).click();
  await expect(page.getByText('2 complaints, 2 open. Newest first.')).toBeVisible();

  const first = page.getByRole('article', { name: `Complaint of ${uk(ago(21))}` });
  await expect(first).toContainText('Carer');
  await first.getByRole('button', { name: /^Update/ }).click();
  const update = page.getByRole('form', { name: `Update the complaint of ${uk(ago(21))}` });
  await update.getByLabel('Outcome').fill('Met the volunteer; agreed a visit calendar with the carer, who was satisfied.');
  await update.getByLabel('Date resolved').fill(uk(ago(30)));
  await update.getByRole('button', { name: 'Save the update' }).click();
  await expect(update.getByRole('alert')).toContainText(`It cannot be resolved before it was made (${uk(ago(21))})`);
  await update.getByLabel('Date resolved').fill(uk(ago(7)));
  await update.getByRole('button', { name: 'Save the update' }).click();
  await expect(page.getByRole('status')).toContainText(`Complaint of ${uk(ago(21))} resolved.`);
  await expect(first.getByRole('heading')).toHaveText(`Complaint of ${uk(ago(21))} Resolved`);
  await expect(first).toContainText(uk(ago(7)));
  await expect(page.getByText('2 complaints, 1 open. Newest first.')).toBeVisible();
  await expect(page.getByRole('article')).toHaveText([/Young person.*holiday/, /Carer.*short notice/]);
  await expectAccessible(page);
  await screenshot(page, '44-complaints-log');
});

test('a long safeguarding log a page at a time, open ones only, oldest first; 650 volunteers found by typing, never listed', async ({ page, harness }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  const day = (i: number) => addDays('2022-01-03', i * 7);
  await seed(harness, {
    volunteers: Array.from({ length: 650 }, (_, i) => ({ id: `v${i}`, firstName: ['Sam', 'Alex', 'Jo', 'Chris', 'Pat'][i % 5], lastName: `${['Smith', 'Jones', 'Brown', 'Taylor', 'Wilson'][Math.floor(i / 5) % 5]}${i}`, enquiryDate: '2024-01-01' })),
    youngPeople: [{ id: 'y1', firstName: 'Zara', lastName: 'Quinn', dateOfBirth: '2012-03-14' }],
    safeguardingConcerns: Array.from({ length: 120 }, (_, i) => ({ id: `s${i}`, date: day(i), youngPersonId: 'y1', summary: `Concern number ${i}`, closedDate: i % 10 === 0 ? null : day(i + 1) })),
  });
  await page.goto(`${harness.url}#/safeguarding`);
  await expect(page.getByText('120 concerns, 12 open. Newest first. Showing 1 to 50 of 120.')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(50);
  await expect(page.getByRole('article').first()).toContainText('Concern number 119');
  await expectAccessible(page);

  const pager = page.getByRole('navigation', { name: 'Pages of the concerns' });
  await pager.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Concerns' })).toBeFocused();
  await expect(page.getByText('Showing 51 to 100 of 120.')).toBeVisible();
  await expect(pager).toContainText('Page 2 of 3');

  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Open concerns only' });
  await expect(page.getByText('120 concerns, 12 open. Open ones only, newest first.')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(12);
  await expect(pager).toHaveCount(0);
  await page.getByLabel('Order', { exact: true }).selectOption({ label: 'Oldest first' });
  await expect(page.getByRole('article').first()).toContainText('Concern number 0');
  await screenshot(page, 'safeguarding-log-long', { fullPage: false });

  // The form's volunteer: typed, a few offered, never 650 options.
  await page.getByRole('button', { name: 'Record a concern' }).click();
  const form = page.getByRole('form', { name: 'Record a concern' });
  const box = form.getByLabel('Volunteer it is about');
  await expect(box).toHaveAttribute('role', 'combobox');
  const offered = form.getByRole('listbox', { name: 'Matching volunteers' }).getByRole('option');
  await box.fill('smith');
  await expect(offered).toHaveCount(20);
  await expect(form.getByText('20 or more found: type more of the name to narrow them down.')).toBeVisible();
  await box.fill('alex zzz');
  await expect(form.getByText('No volunteer found with that name.')).toBeVisible();
  await box.fill('alex smith');
  await expect(offered.first()).toBeVisible();
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  await form.getByRole('listbox', { name: 'Matching volunteers' }).scrollIntoViewIfNeeded();
  await expectAccessible(page);
  await screenshot(page, 'safeguarding-person-search', { fullPage: false });
  const second = offered.nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  const name = (await second.innerText()).trim();
  await box.press('Enter');
  await expect(form.getByText(`Chosen: ${name}`)).toBeVisible();
  await expect(offered).toBeHidden();
  // Escape closes the list without choosing.
  await form.getByLabel('Young person it is about').fill('zar');
  const zara = form.getByRole('option', { name: 'Zara Quinn (born 14/03/2012)' });
  await expect(zara).toBeVisible();
  await form.getByLabel('Young person it is about').press('Escape');
  await expect(zara).toBeHidden();
  await expect(form.getByText('Chosen: Zara')).toHaveCount(0);

  await page.setViewportSize({ width: 320, height: 800 });
  expect(await widestInMain(page)).toBeLessThanOrEqual(320);
  await screenshot(page, 'safeguarding-log-320', { fullPage: false });
});
