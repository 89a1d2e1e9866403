/**
 * Supervisions: the schedule on Today and the Supervisions screen, the record with its
 * actions (carried forward or closed next time), the Word file and the printed page,
 * group sessions, and the way to the safeguarding log. Chromium against real core;
 * dates are relative to the real today.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, expectAccessible, screenshot, setUpScheme, SCREENSHOTS } from './fixtures';
import { dispatch } from '../../electron/core/handlers';
import type { Harness } from '../harness/server';
import { addDays, formatUkDate, todayIso } from '../../shared/dates';

const TODAY = todayIso();
const ago = (n: number) => addDays(TODAY, -n);
const uk = formatUkDate;

/** Amy's match with Kayden began 100 days ago and she has had no supervision: overdue. Ben's began 60 days ago: not yet due. */
const SCHEME = {
  format: 'iv-desk/1',
  volunteers: [
    { id: 'v-amy', firstName: 'Amy', lastName: 'Hart', enquiryDate: ago(260), applicationDate: ago(250), approvedDate: ago(200), area: 'Consett' },
    { id: 'v-ben', firstName: 'Ben', lastName: 'Cole', enquiryDate: ago(200), applicationDate: ago(190), approvedDate: ago(150), area: 'Stanley' },
    { id: 'v-bea', firstName: 'Bea', lastName: 'Enquirer', enquiryDate: ago(20) },
  ],
  youngPeople: [
    { id: 'yp-kayden', firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09', area: 'Consett' },
    { id: 'yp-lily', firstName: 'Lily', lastName: 'Park', dateOfBirth: '2011-03-02', area: 'Stanley' },
  ],
  referrals: [
    { id: 'r-kayden', youngPersonId: 'yp-kayden', date: ago(150), outcome: 'accepted', outcomeDate: ago(140) },
    { id: 'r-lily', youngPersonId: 'yp-lily', date: ago(90), outcome: 'accepted', outcomeDate: ago(85) },
  ],
  matches: [
    { id: 'm-kayden', referralId: 'r-kayden', volunteerId: 'v-amy', proposedDate: ago(110), startDate: ago(100) },
    { id: 'm-lily', referralId: 'r-lily', volunteerId: 'v-ben', proposedDate: ago(70), startDate: ago(60) },
  ],
};

async function seed(harness: Harness): Promise<Record<string, number>> {
  const result = await dispatch(harness.session, 'importData', { text: JSON.stringify(SCHEME) });
  if (!result.ok) throw new Error(`Import refused: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  const list = await dispatch(harness.session, 'listVolunteers', {});
  if (!list.ok) throw new Error(list.error.message);
  return Object.fromEntries((list.value as { id: number; firstName: string }[]).map((v) => [v.firstName, v.id]));
}

async function recordsFor(harness: Harness, volunteerId: number): Promise<number> {
  const r = await dispatch(harness.session, 'supervisionsView', { volunteerId });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { history: { total: number } }).history.total;
}

/** A link of the header: the main navigation or the scheme's tools beside it. */
const nav = (page: Page, name: string) => page.getByRole('banner').getByRole('link', { name, exact: true }).click();
const summary = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });

test('a supervision from Today: refused input, two actions, the record, Word, print; the next one carries one action forward and closes the other', async ({ page, harness }) => {
  test.setTimeout(180_000);
  await setUpScheme(page, harness);
  const ids = await seed(harness);
  // Today loaded before the import: open it again.
  await nav(page, 'Matches');
  await nav(page, 'Today');

  // Today shows Amy's supervision as overdue (100 days since her first match, 84 allowed).
  const todayRow = page.getByRole('row', { name: /Amy Hart/ }).filter({ hasText: 'Supervision overdue since' });
  await expect(todayRow).toContainText(`Supervision overdue since ${uk(ago(16))}`);

  // The Supervisions screen: Amy due, Ben not yet, no records.
  await nav(page, 'Supervisions');
  await expect(page.getByRole('heading', { level: 1, name: 'Supervisions' })).toBeVisible();
  const dueSection = page.getByRole('region', { name: 'Due and overdue' });
  await expect(dueSection.getByRole('row', { name: /Amy Hart/ })).toContainText(`Overdue since ${uk(ago(16))}`);
  await expect(page.getByRole('region', { name: 'Not yet due' }).getByRole('row', { name: /Ben Cole/ })).toContainText(`Due ${uk(addDays(ago(60), 84))}`);
  await expect(page.getByText('No supervisions recorded yet.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'supervisions-list');

  // From Today to the form.
  await nav(page, 'Today');
  await page.getByRole('row', { name: /Amy Hart/ }).filter({ hasText: 'Supervision overdue' }).getByRole('link', { name: 'Amy Hart' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record supervision' })).toBeVisible();
  await expect(page.getByLabel('Date of the supervision')).toHaveValue(uk(TODAY));
  await expect(page.getByLabel('Next supervision due')).toHaveValue(uk(addDays(TODAY, 84)));
  await expectAccessible(page);
  await screenshot(page, 'supervision-form');

  // Refused: a date before approval, then a next due date before the supervision. Nothing saved.
  await page.getByLabel('Date of the supervision').fill(uk(ago(300)));
  await page.getByRole('button', { name: 'Save the supervision' }).click();
  await expect(summary(page)).toContainText(`A supervision cannot be before the volunteer was approved (${uk(ago(200))})`);
  await expect(page.locator('#field-date-error')).toContainText('before the volunteer was approved');
  await page.getByLabel('Date of the supervision').fill(uk(TODAY));
  await page.getByLabel('Next supervision due').fill(uk(ago(3)));
  await page.getByRole('button', { name: 'Save the supervision' }).click();
  await expect(summary(page)).toContainText(`The next supervision cannot be due before this one (${uk(TODAY)})`);
  await summary(page).getByRole('link', { name: /next supervision cannot be due/ }).click();
  await expect(page.getByLabel('Next supervision due')).toBeFocused();
  await expectAccessible(page);
  await screenshot(page, 'supervision-form-refused');
  expect(await recordsFor(harness, ids.Amy)).toBe(0);

  // The record: Kayden's match (initials only), the answers, two actions.
  await page.getByLabel('Next supervision due').fill(uk(addDays(TODAY, 84)));
  const match = page.getByRole('group', { name: 'Matches discussed' }).getByRole('checkbox', { name: /^KM \(matched from/ });
  await expect(page.getByRole('group', { name: 'Matches discussed' })).not.toContainText('Kayden');
  await match.check();
  await page.getByLabel('How each relationship is going').fill('Going well: bowling and the library.');
  await page.getByLabel("The volunteer's wellbeing").fill('Busy at work but enjoying the visits.');
  await page.getByRole('group', { name: 'Can you identify positive impact?' }).getByLabel('Yes').check();
  await page.getByRole('group', { name: 'Are you enjoying being an IV?' }).getByLabel('Yes').check();
  const action1 = page.getByRole('group', { name: 'Action 1' });
  await action1.getByLabel('Action 1').fill('Send the new expenses form');
  await action1.getByLabel('Who').fill('Coordinator');
  await action1.getByLabel('By when').fill(uk(addDays(TODAY, 14)));
  await page.getByRole('button', { name: 'Add another action' }).click();
  const action2 = page.getByRole('group', { name: 'Action 2' });
  await expect(action2.getByLabel('Action 2')).toBeFocused();
  await action2.getByLabel('Action 2').fill('Book the refresher training');
  await action2.getByLabel('Who').fill('Amy');
  await page.getByRole('button', { name: 'Add another action' }).click();
  await page.getByRole('button', { name: 'Remove action 3' }).click();
  await expect(page.getByRole('group', { name: 'Action 3' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save the supervision' }).click();

  await expect(page.getByRole('status')).toContainText(`Supervision of ${uk(TODAY)} with Amy Hart saved.`);
  await expect(page.getByRole('heading', { level: 1, name: 'Supervision record' })).toBeVisible();
  const record = page.getByRole('article', { name: 'Supervision record for Amy Hart' });
  await expect(record.getByRole('row', { name: /Matches discussed/ })).toContainText('KM');
  await expect(record).not.toContainText('Kayden');
  await expect(record.getByRole('row', { name: /Send the new expenses form/ })).toContainText('Open');
  await expect(record.getByRole('row', { name: /Book the refresher training/ })).toContainText('Amy');
  await expectAccessible(page);
  await screenshot(page, 'supervision-record');
  const firstRecordUrl = page.url();

  // Word: a non-empty .docx named by initials, never the name.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Word' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Supervision-record-AH-\d{4}-\d{2}-\d{2}\.docx$/);
  const docx = join(SCREENSHOTS, 'supervision-record.docx');
  await download.saveAs(docx);
  const bytes = readFileSync(docx);
  expect(bytes.length).toBeGreaterThan(2000);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');

  // Print: the page as paper.
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: join(SCREENSHOTS, 'supervision-record.pdf'), format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });

  // The profile's Supervision section leads to the next one.
  await page.goto(`${harness.url}#/volunteers/${ids.Amy}`);
  const section = page.getByRole('region', { name: 'Supervision' });
  await expect(section).toContainText(`Due ${uk(addDays(TODAY, 84))}`);
  await expect(section.getByRole('link', { name: new RegExp(uk(TODAY)) })).toBeVisible();
  await expectAccessible(page);
  await section.screenshot({ path: join(SCREENSHOTS, 'volunteer-supervision-section.png') });
  await section.getByRole('link', { name: 'Record supervision for Amy' }).click();

  // The second: the first's open actions come back; one carried forward, one done.
  await expect(page.getByRole('heading', { level: 1, name: 'Record supervision' })).toBeVisible();
  const previous = page.getByRole('group', { name: `Open actions from the supervision of ${uk(TODAY)}` });
  await expect(previous.getByRole('group', { name: /Send the new expenses form/ }).getByLabel('Carry forward')).toBeChecked();
  await previous.getByRole('group', { name: /Book the refresher training/ }).getByLabel('Done').check();
  await page.getByRole('radio', { name: 'Phone or video' }).check();
  await expectAccessible(page);
  await screenshot(page, 'supervision-form-previous-actions');
  await page.getByRole('button', { name: 'Save the supervision' }).click();
  const second = page.getByRole('article', { name: 'Supervision record for Amy Hart' });
  await expect(second.getByRole('row', { name: /Send the new expenses form/ })).toContainText('Open');
  await expect(second).not.toContainText('Book the refresher training');

  // The first record now shows what became of its actions.
  await page.goto(firstRecordUrl);
  const first = page.getByRole('article', { name: 'Supervision record for Amy Hart' });
  await expect(first.getByRole('row', { name: /Send the new expenses form/ })).toContainText('Carried forward');
  await expect(first.getByRole('row', { name: /Book the refresher training/ })).toContainText('Done');

  // Edit keeps the record and returns to it.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Change the supervision of ${uk(TODAY)}` })).toBeVisible();
  await expect(page.getByLabel('How each relationship is going')).toHaveValue('Going well: bowling and the library.');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByRole('status')).toContainText('changed');
  expect(await recordsFor(harness, ids.Amy)).toBe(2);

  // At a common laptop size the form still fits.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${harness.url}#/supervisions/new/${ids.Ben}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Record supervision' })).toBeVisible();
  await screenshot(page, 'supervision-form-1366');
});

test('a group session for two volunteers, notes added to one; the records by volunteer; the safeguarding log from the form; the settings', async ({ page, harness }) => {
  test.setTimeout(120_000);
  await setUpScheme(page, harness);
  await seed(harness);

  await nav(page, 'Supervisions');
  await page.getByRole('link', { name: 'Record a group session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a group session' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'supervision-group');

  // Who attended is found by name, one at a time; someone not yet approved is not offered.
  const attended = page.getByRole('combobox', { name: 'Who attended' });
  const chosen = page.getByRole('list', { name: 'Chosen as attending' }).getByRole('listitem');
  const choose = async (name: string) => {
    await attended.fill(name.slice(0, 2));
    await page.getByRole('option', { name }).click();
    await expect(attended).toBeFocused();
    await expect(attended).toHaveValue('');
  };
  await attended.fill('Be');
  await expect(page.getByRole('option')).toHaveText(['Ben Cole']);
  await choose('Amy Hart');
  // One volunteer is not a group.
  await page.getByRole('button', { name: 'Save the session' }).click();
  await expect(summary(page)).toContainText('Choose at least two volunteers who attended');
  await expectAccessible(page);

  await choose('Ben Cole');
  await choose('Amy Hart');
  await expect(chosen).toHaveText(['Amy Hart Remove Amy Hart', 'Ben Cole Remove Ben Cole']);
  await screenshot(page, 'supervision-group-chosen');
  await page.getByLabel('Topics').fill('Endings, and keeping in touch between visits.');
  await page.getByRole('button', { name: 'Save the session' }).click();
  await expect(page.getByRole('status')).toContainText('a supervision for each of the 2 volunteers');
  await expectAccessible(page);
  await screenshot(page, 'supervision-group-made');

  await page.getByRole('link', { name: 'Add notes for Ben Cole' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Change the supervision of ${uk(TODAY)}` })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Group' })).toBeChecked();
  await expect(page.getByLabel('Other topics')).toHaveValue('Endings, and keeping in touch between visits.');
  await page.getByLabel("The volunteer's wellbeing").fill('Finds the group useful.');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByRole('article', { name: 'Supervision record for Ben Cole' })).toContainText('Finds the group useful.');

  // The records, for everyone and then for Amy only.
  await nav(page, 'Supervisions');
  await expect(page.getByText('2 supervisions, newest first.')).toBeVisible();
  const whose = page.getByRole('combobox', { name: 'Volunteer', exact: true });
  await whose.fill('amy');
  await page.getByRole('option', { name: 'Amy Hart' }).click();
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amy Hart' })).toBeVisible();
  await expect(page.getByText('1 supervision, newest first.')).toBeVisible();
  await expect(page.getByRole('table', { name: /Supervision records for Amy Hart/ }).getByRole('row')).toHaveCount(2);
  await expectAccessible(page);
  await screenshot(page, 'supervisions-by-volunteer');

  // A safeguarding concern goes to the log, Amy already chosen.
  await page.getByRole('link', { name: 'Record supervision', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record supervision' })).toBeVisible();
  await page.getByRole('link', { name: 'Record a safeguarding concern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Safeguarding log' })).toBeVisible();
  const concern = page.getByRole('form', { name: 'Record a concern' });
  await expect(concern.getByLabel('Volunteer it is about')).toHaveValue('Amy Hart');
  await expect(concern.getByText('Chosen: Amy Hart')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Logs' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);
  await screenshot(page, 'safeguarding-from-supervision');

  // The schedule's settings.
  await nav(page, 'Settings');
  await expect(page.getByLabel('Weeks between supervisions')).toHaveValue('12');
  await expect(page.getByLabel('Days ahead to show supervisions')).toHaveValue('14');
  await expect(page.getByLabel('Days before a care review that its update is due')).toHaveValue('7');
  await page.getByLabel('Weeks between supervisions').fill('40');
  await page.getByRole('button', { name: 'Save young people settings' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Enter between 2 and 26 for the weeks between supervisions');
  await page.getByLabel('Weeks between supervisions').fill('8');
  await page.getByRole('button', { name: 'Save young people settings' }).click();
  await expect(page.getByText('Young people settings saved.')).toBeVisible();
  await page.getByRole('region', { name: /matches and supervision/ }).screenshot({ path: join(SCREENSHOTS, 'settings-supervision.png') });
});

test('text longer than core allows is refused naming the field, against the field and in the summary', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  const ids = await seed(harness);
  await page.goto(`${harness.url}#/supervisions/new/${ids.Amy}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Record supervision' })).toBeVisible();
  await page.getByLabel("The volunteer's wellbeing").fill('x'.repeat(4001));
  await page.getByRole('button', { name: 'Save the supervision' }).click();
  const message = 'The wellbeing is too long: at most 4,000 characters.';
  await expect(summary(page).getByRole('link', { name: message })).toBeVisible();
  await summary(page).getByRole('link', { name: message }).click();
  await expect(page.getByLabel("The volunteer's wellbeing")).toBeFocused();
  await expect(page.locator('#field-wellbeing-error')).toContainText(message);
  await expect(page.getByLabel("The volunteer's wellbeing")).toHaveAccessibleDescription(new RegExp(message.replace(/[.,]/g, '.')));
  await screenshot(page, 'supervision-too-long', { fullPage: false });
  expect(await recordsFor(harness, ids.Amy)).toBe(0);
});
