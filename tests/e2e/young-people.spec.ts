/**
 * Young people, referrals, the waiting list and the confidentiality agreement, in
 * Chromium against real core. Dates are relative to the real today.
 */
import type { Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, expectAccessible, screenshot, setUpScheme, confirmInDialog, SCREENSHOTS } from './fixtures';
import { CONSENT_FORM_VERSION } from '../../shared/documents/consentForm';
import { dispatch } from '../../electron/core/handlers';
import type { Harness } from '../harness/server';
import { parseDocxStrictly, docxText } from '../helpers/word';
import { addDays, addYears, ageOn, formatUkDate, todayIso } from '../../shared/dates';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../../shared/volunteers/settings';

const TODAY = todayIso();
const ago = (n: number) => addDays(TODAY, -n);
const uk = formatUkDate;

async function seed(harness: Harness, doc: Record<string, unknown>): Promise<void> {
  const result = await dispatch(harness.session, 'importData', { text: JSON.stringify({ format: 'iv-desk/1', ...doc }) });
  expect(result).toMatchObject({ ok: true });
}

async function addYoungPerson(page: Page, first: string, last: string, dateOfBirth: string): Promise<void> {
  await page.getByRole('link', { name: 'Young people', exact: true }).click();
  await page.getByRole('link', { name: 'Add a young person' }).click();
  await page.getByLabel('First name').fill(first);
  await page.getByLabel('Last name').fill(last);
  await page.getByLabel('Date of birth').fill(dateOfBirth);
  await page.getByRole('button', { name: 'Add young person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${first} ${last}` })).toBeVisible();
}

async function addReferral(page: Page, date: string, referrer = 'Jo Bell'): Promise<void> {
  await page.getByRole('button', { name: 'Add a referral' }).click();
  const form = page.getByRole('form', { name: 'Add a referral' });
  await form.getByLabel('Date of the referral').fill(uk(date));
  await form.getByLabel('Who made the referral?').fill(referrer);
  await form.getByLabel('Their role').selectOption({ label: 'Independent Reviewing Officer' });
  await form.getByLabel('Reason for the referral').fill('Little contact with family; she would like someone to go swimming with.');
  await form.getByRole('button', { name: 'Add the referral' }).click();
}

async function recordOutcome(page: Page, outcome: string, date: string): Promise<void> {
  await page.getByRole('button', { name: /^Record the outcome/ }).first().click();
  const form = page.getByRole('form', { name: 'Record the outcome' });
  await form.getByLabel(outcome, { exact: true }).check();
  await form.getByLabel('Date of the outcome').fill(uk(date));
  await form.getByRole('button', { name: 'Save the outcome' }).click();
}

test('acceptance: add a young person, refer, accept, see them wait, record consent, download the consent form', async ({ page, harness }, testInfo) => {
  await setUpScheme(page, harness);
  await page.getByRole('link', { name: 'Young people', exact: true }).click();
  await page.getByRole('link', { name: 'Add a young person' }).click();
  await page.getByLabel('First name').fill('Kayden');
  await page.getByLabel('Last name').fill('Marsh');
  await page.getByLabel('Date of birth').fill('09/11/2012');
  const age = ageOn('2012-11-09', TODAY);
  await expect(page.getByText(`Age today: ${age}`)).toBeVisible();
  await page.getByLabel('Type of placement').selectOption({ label: 'Foster care' });
  await page.getByLabel('Area', { exact: true }).fill('Consett');
  await page.getByLabel('Postcode').fill('dh8 5aa');
  await page.getByLabel('Social worker').fill('Priya Nair, 01207 555 010');
  await page.getByLabel('Independent Reviewing Officer (IRO)').fill('Jo Bell');
  await page.getByLabel('Date of the next care review').fill(uk(addDays(TODAY, 30)));
  await page.getByRole('group', { name: 'How much contact do they have with their family?' }).getByLabel('Little').check();
  await page.getByLabel('Interests').fill('football, drawing ,  animals');
  await page.getByLabel('Languages').fill('English, Polish');
  await page.getByLabel('Wishes about their Independent Visitor').fill('Someone who likes football and is not too serious.');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add young person' }).click();

  // The new profile, with age and the details just entered.
  await expect(page.getByRole('heading', { level: 1, name: 'Kayden Marsh' })).toBeVisible();
  await expect(page.getByText('Added Kayden Marsh.')).toBeVisible();
  await expect(page.getByText(`Age ${age}`, { exact: true })).toBeVisible();
  await expect(page.getByText('No referral', { exact: true })).toBeVisible();
  const details = page.locator('#section-details');
  await expect(details).toContainText('football, drawing, animals');
  await expect(details).toContainText('DH8 5AA');
  await expect(details).toContainText('Foster care');
  await expect(details).toContainText(uk(addDays(TODAY, 30)));

  // Referral fifty days ago, accepted: seven whole weeks, awaiting a suitable IV.
  await addReferral(page, ago(50));
  await expect(page.getByText('Referral added.')).toBeFocused();
  await expect(page.getByText('Waiting 7 weeks: awaiting a suitable IV').first()).toBeVisible();
  await recordOutcome(page, 'Accepted', ago(45));
  await expect(page.getByText('Outcome recorded: Accepted.')).toBeVisible();
  const referral = page.getByRole('article', { name: `Referral of ${uk(ago(50))}` });
  await expect(referral).toContainText(`Accepted on ${uk(ago(45))}`);
  await expect(referral).toContainText('Jo Bell, Independent Reviewing Officer');
  await expect(referral).toContainText(`Waiting 7 weeks: awaiting a suitable IV (since ${uk(ago(50))})`);

  // On the waiting list with the right weeks, and highlighted as a long wait.
  await page.getByRole('link', { name: 'Waiting list' }).click();
  const row = page.getByRole('row', { name: /Kayden Marsh/ });
  await expect(row.getByRole('cell').nth(5)).toHaveText(/^7\s*Long wait$/);
  await expect(row.getByRole('cell').nth(6)).toHaveText('Awaiting a suitable IV');
  await expect(row.getByRole('cell').nth(1)).toHaveText(String(age));
  await expect(row.getByRole('cell').nth(3)).toHaveText(uk(ago(50)));

  // The list shows age, area, status, how long they have waited, and no IV yet.
  await page.getByRole('link', { name: 'Young people', exact: true }).click();
  const listRow = page.getByRole('row', { name: /Kayden Marsh/ });
  await expect(listRow.getByRole('cell')).toHaveText([/Kayden Marsh/, String(age), '09/11/2012', 'Consett', 'Waiting: awaiting a suitable IV', uk(ago(50)), 'None']);

  // Consent.
  await listRow.getByRole('link', { name: 'Kayden Marsh' }).click();
  await expect(page.getByText('No agreement in force')).toBeVisible();
  await page.getByRole('button', { name: 'Record consent' }).click();
  const consent = page.getByRole('form', { name: 'Record consent' });
  await expect(consent.getByLabel('Form version')).toHaveValue('2026-1');
  await consent.getByLabel('Date signed').fill(uk(ago(40)));
  await consent.getByLabel('Explained by').fill('Sam Coordinator');
  await consent.getByLabel('The complaints procedure was explained').check();
  await consent.getByRole('button', { name: 'Record consent' }).click();
  await expect(page.getByText('Consent recorded.')).toBeVisible();
  await expect(page.getByText('In force', { exact: true })).toBeVisible();
  const consentRow = page.locator('#section-consent').getByRole('row', { name: new RegExp(uk(ago(40))) });
  await expect(consentRow.getByRole('cell')).toHaveText([uk(ago(40)), '2026-1', 'Sam Coordinator', 'Yes', /Record withdrawal/]);

  // The Word form: a real .docx (a zip) that parses strictly and names the young person.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the consent form (Word)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  expect(download.suggestedFilename()).not.toContain('Kayden');
  const path = testInfo.outputPath('consent.docx');
  await download.saveAs(path);
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(Object.keys(parseDocxStrictly(bytes))).toContain('word/document.xml');
  const text = docxText(bytes);
  expect(text).toContain('Kayden Marsh');
  expect(text).toContain('safeguarding');

  await expectAccessible(page);
  await screenshot(page, '40-young-person-profile');
  // No safeguarding information on the profile beyond the general note on subject access.
  await expect(page.getByRole('heading', { name: /safeguarding/i })).toHaveCount(0);

  // The printable page: the same words as the Word file, the app's chrome left off the paper.
  await page.getByRole('link', { name: 'Print the consent form' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You and your Independent Visitor: keeping things private' })).toBeVisible();
  const sheet = page.getByRole('article');
  await expect(sheet).toContainText('This is for Kayden Marsh.');
  await expect(sheet).toContainText('Northshire Independent Visitors');
  await expect(sheet).toContainText('OFFICIAL-SENSITIVE');
  await expect(sheet).toContainText("Northshire County Council's safeguarding team");
  await expect(sheet).toContainText('complaint');
  for (const part of ['This is for Kayden Marsh.', 'This is called safeguarding.', 'Nobody will be cross with you for complaining.']) expect(text).toContain(part);
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '42-consent-form-page');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(sheet).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
  writeFileSync(testInfo.outputPath('consent-form-page.pdf'), pdf);
});

test('refused with a clear message: a referral at 25 or over, an outcome before the referral, consent signed before birth', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  const dob = addDays(addYears(TODAY, -26), -3);
  await addYoungPerson(page, 'Olly', 'Grant', uk(dob));
  await page.getByRole('button', { name: 'Add a referral' }).click();
  const intake = page.getByRole('form', { name: 'Add a referral' });
  await intake.getByLabel('Date of the referral').fill(uk(TODAY));
  await intake.getByRole('button', { name: 'Add the referral' }).click();
  const refused = intake.getByRole('alert');
  await expect(refused).toContainText('This young person was 26 on the referral date. Independent Visitors are for young people under 25');
  await expect(refused).toContainText(`their 25th birthday was ${uk(addYears(dob, 25))}`);
  await expect(intake.getByLabel('Date of the referral')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await screenshot(page, '46-referral-refused');
  await refused.getByRole('link').click();
  await expect(intake.getByLabel('Date of the referral')).toBeFocused();
  await intake.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No referrals yet.')).toBeVisible();

  await addYoungPerson(page, 'Lily', 'Marshall', '23/06/2010');
  await addReferral(page, ago(10));
  await page.getByRole('button', { name: /^Record the outcome/ }).click();
  const outcome = page.getByRole('form', { name: 'Record the outcome' });
  await outcome.getByLabel('Accepted').check();
  await outcome.getByLabel('Date of the outcome').fill(uk(ago(20)));
  await outcome.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(outcome.getByRole('alert')).toContainText(`The outcome cannot be before the referral (${uk(ago(10))})`);
  await expectAccessible(page);
  await outcome.getByLabel('Date of the outcome').fill(uk(ago(8)));
  await outcome.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(page.getByText('Outcome recorded: Accepted.')).toBeVisible();

  await page.getByRole('button', { name: 'Record consent' }).click();
  const consent = page.getByRole('form', { name: 'Record consent' });
  await consent.getByLabel('Date signed').fill('22/06/2010');
  await consent.getByLabel('Explained by').fill('Sam Coordinator');
  await consent.getByRole('button', { name: 'Record consent' }).click();
  await expect(consent.getByRole('alert')).toContainText('The agreement cannot be signed before the young person was born (23/06/2010)');
  await consent.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No agreement in force')).toBeVisible();

  // Close the referral, reopen it, close it again and take a second referral.
  await page.getByRole('button', { name: /^Close the referral/ }).click();
  const closing = page.getByRole('form', { name: 'Close the referral' });
  await closing.getByRole('button', { name: 'Close the referral' }).click();
  await expect(closing.getByRole('alert')).toContainText('Enter the date the referral closed');
  await expect(closing.getByRole('alert')).toContainText('Choose why the referral closed');
  await closing.getByLabel('Date it closed').fill(uk(ago(2)));
  await closing.getByLabel('Why did it close?').selectOption({ label: 'Moved away' });
  await closing.getByRole('button', { name: 'Close the referral' }).click();
  await confirmInDialog(page, 'Close the referral');
  await expect(page.getByText('Referral closed.')).toBeVisible();
  const first = page.getByRole('article', { name: `Referral of ${uk(ago(10))}` });
  await expect(first).toContainText(`${uk(ago(2))}: Moved away`);
  await expect(first).not.toContainText('Waiting');
  await expect(page.getByText('Not in the service')).toBeVisible();
  await page.getByRole('button', { name: /^Reopen the referral/ }).click();
  await expect(page.getByText(`Referral of ${uk(ago(10))} reopened.`)).toBeVisible();
  await expect(first).toContainText('Waiting 1 week: awaiting a suitable IV');
  await page.getByRole('button', { name: /^Close the referral/ }).click();
  await closing.getByLabel('Date it closed').fill(uk(ago(2)));
  await closing.getByLabel('Why did it close?').selectOption({ label: 'Disengaged' });
  await closing.getByRole('button', { name: 'Close the referral' }).click();
  await confirmInDialog(page, 'Close the referral');
  await addReferral(page, ago(1), 'Ann Kerr');
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('article').first()).toContainText('Ann Kerr');
  await expect(page.getByRole('article').first()).toContainText('Waiting 0 weeks: awaiting a suitable IV');
});

test('waiting list: longest wait first, sortable columns, stage filters, long waits highlighted and configurable', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  const trained = DEFAULT_RECRUITMENT_SETTINGS.trainingModules.map((module) => ({ module, completedDate: ago(200) }));
  await seed(harness, {
    volunteers: [
      {
        id: 'v1',
        firstName: 'Tom',
        lastName: 'Reid',
        enquiryDate: ago(300),
        applicationDate: ago(290),
        interviewDate: ago(280),
        interviewOutcome: 'proceed',
        references: [
          { name: 'Sam Okafor', requestedDate: ago(270), receivedDate: ago(260), satisfactory: true },
          { name: 'Ruth Bell', requestedDate: ago(270), receivedDate: ago(260), satisfactory: true },
        ],
        dbs: { certificateNumber: '001234567890', issueDate: ago(250), level: 'enhanced_barred_children', outcome: 'clear', checkedBy: 'Jo Coordinator', checkedDate: ago(250), updateService: false },
        training: trained,
        approvedDate: ago(190),
      },
    ],
    youngPeople: [
      { id: 'y1', firstName: 'Amira', lastName: 'Khan', dateOfBirth: '2011-04-05', area: 'Stanley' },
      { id: 'y2', firstName: 'Ben', lastName: 'Oduya', dateOfBirth: '2014-09-30', area: 'Consett' },
      { id: 'y3', firstName: 'Chloe', lastName: 'Price', dateOfBirth: '2009-01-15', area: 'Durham' },
      { id: 'y4', firstName: 'Dan', lastName: 'Wells', dateOfBirth: '2012-07-20' },
    ],
    referrals: [
      { id: 'r1', youngPersonId: 'y1', date: ago(70), outcome: 'accepted', outcomeDate: ago(65) },
      { id: 'r2', youngPersonId: 'y2', date: ago(20), outcome: 'pending' },
      { id: 'r3', youngPersonId: 'y3', date: ago(40), outcome: 'accepted', outcomeDate: ago(38) },
      { id: 'r4', youngPersonId: 'y4', date: ago(30), outcome: 'accepted', outcomeDate: ago(29) },
    ],
    matches: [{ id: 'm1', referralId: 'r4', volunteerId: 'v1', proposedDate: ago(5) }],
  });
  await page.getByRole('link', { name: 'Waiting list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Waiting list' })).toBeVisible();
  await expect(page.getByText('Waits over 6 weeks are highlighted; change this in Settings.')).toBeVisible();
  const names = page.locator('table tbody tr td:first-child');
  await expect(names).toHaveText(['Amira Khan', 'Chloe Price', 'Dan Wells', 'Ben Oduya']);
  await expect(page.getByRole('columnheader', { name: 'Weeks waiting' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.locator('tbody tr td:nth-child(6)')).toHaveText([/^10\s*Long wait$/, '5', '4', '2']);
  await expect(page.locator('tbody tr td:nth-child(7)')).toHaveText(['Awaiting a suitable IV', 'Awaiting a suitable IV', 'Being matched', 'Awaiting a suitable IV']);
  await expect(page.locator('tr.waiting__row--long')).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Amira Khan/ })).toContainText('Long wait');
  await expect(page.getByRole('status')).toHaveText('4 of 4 waiting shown. 1 being matched, 3 awaiting a suitable IV; 1 over 6 weeks.');
  await expectAccessible(page);
  await screenshot(page, '41-waiting-list');

  // Sorting from the column headers, by keyboard as well as by mouse.
  await page.getByRole('button', { name: 'Name', exact: true }).click();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('columnheader', { name: 'Weeks waiting' })).not.toHaveAttribute('aria-sort');
  await expect(names).toHaveText(['Amira Khan', 'Ben Oduya', 'Chloe Price', 'Dan Wells']);
  await page.getByRole('button', { name: 'Name', exact: true }).press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(names).toHaveText(['Dan Wells', 'Chloe Price', 'Ben Oduya', 'Amira Khan']);
  await page.getByRole('button', { name: 'Age', exact: true }).click();
  await expect(names).toHaveText(['Chloe Price', 'Amira Khan', 'Dan Wells', 'Ben Oduya']);
  await page.getByRole('button', { name: 'Area', exact: true }).click();
  await expect(names).toHaveText(['Ben Oduya', 'Chloe Price', 'Amira Khan', 'Dan Wells']);
  await page.getByRole('button', { name: 'Weeks waiting', exact: true }).click();
  await expect(names).toHaveText(['Amira Khan', 'Chloe Price', 'Dan Wells', 'Ben Oduya']);
  await page.getByRole('button', { name: 'Weeks waiting', exact: true }).click();
  await expect(names).toHaveText(['Ben Oduya', 'Dan Wells', 'Chloe Price', 'Amira Khan']);

  // The two stages, with counts.
  await page.getByRole('button', { name: 'Being matched (1)' }).click();
  await expect(page.getByRole('button', { name: 'Being matched (1)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(names).toHaveText(['Dan Wells']);
  await page.getByRole('button', { name: 'Awaiting a suitable IV (3)' }).click();
  await expect(names).toHaveText(['Ben Oduya', 'Chloe Price', 'Amira Khan']);
  await page.getByRole('button', { name: 'Everyone waiting (4)' }).click();
  await expect(names).toHaveCount(4);

  // The threshold is a setting.
  await page.getByRole('link', { name: 'change this in Settings' }).click();
  await page.getByLabel('Weeks after which a wait is long').fill('0');
  await page.getByRole('button', { name: 'Save young people settings' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter between 1 and 52 for the weeks after which a wait is long');
  await page.getByLabel('Weeks after which a wait is long').fill('4');
  await page.getByRole('button', { name: 'Save young people settings' }).click();
  await expect(page.getByText('Young people settings saved.')).toBeVisible();
  await page.getByRole('link', { name: 'Waiting list' }).click();
  await expect(page.getByText('Waits over 4 weeks are highlighted')).toBeVisible();
  await expect(page.locator('tr.waiting__row--long td:first-child')).toHaveText(['Amira Khan', 'Chloe Price', 'Dan Wells']);
});

test('young people list: age, date of birth, area, status and IV, those no longer in the service when asked for, with search; screens pass axe', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seed(harness, {
    youngPeople: [
      { id: 'y1', firstName: 'Amira', lastName: 'Khan', dateOfBirth: '2011-04-05', area: 'Stanley' },
      { id: 'y2', firstName: 'Ben', lastName: 'Oduya', dateOfBirth: '2014-09-30', area: 'Consett' },
      { id: 'y3', firstName: 'Chloe', lastName: 'Price', dateOfBirth: '2009-01-15' },
      { id: 'y4', firstName: 'Dan', lastName: 'Khanna', dateOfBirth: '2007-07-20', area: 'Durham' },
    ],
    referrals: [
      { id: 'r1', youngPersonId: 'y1', date: ago(70), outcome: 'accepted', outcomeDate: ago(65) },
      { id: 'r2', youngPersonId: 'y4', date: ago(400), outcome: 'declined_by_young_person', outcomeDate: ago(390) },
    ],
  });
  await page.getByRole('link', { name: 'Young people', exact: true }).click();
  // Dan declined: he is listed only when asked for.
  await expect(page.getByText('3 young people')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dan Khanna' })).toHaveCount(0);
  await expect(page.getByRole('columnheader')).toHaveText([/^Name/, 'Age', /^Date of birth/, /^Area/, /^Status/, /^Waiting since/, 'IV']);
  await expect(page.getByRole('row', { name: /Amira Khan/ }).getByRole('cell')).toHaveText(['Amira Khan', String(ageOn('2011-04-05', TODAY)), '05/04/2011', 'Stanley', 'Waiting: awaiting a suitable IV', uk(ago(70)), 'None']);
  await expect(page.getByRole('row', { name: /Chloe Price/ }).getByRole('cell').nth(3)).toHaveText('Not recorded');
  await expect(page.getByRole('row', { name: /Chloe Price/ }).getByRole('cell').nth(4)).toHaveText('No referral');
  await page.getByLabel('Status').selectOption({ label: 'All' });
  await expect(page.getByText('4 young people of any status')).toBeVisible();
  await expect(page.getByRole('row', { name: /Dan Khanna/ }).getByRole('cell').nth(4)).toHaveText('Not in the service');
  await page.getByLabel('Search by name').fill('khan');
  await expect(page.getByText('2 young people matching “khan” of any status')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '45-young-people-list');
  await page.getByRole('link', { name: 'Dan Khanna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dan Khanna' })).toBeVisible();
  await expect(page.getByRole('article', { name: `Referral of ${uk(ago(400))}` })).toContainText(`Declined by the young person on ${uk(ago(390))}`);
  await page.getByRole('link', { name: /Edit details/ }).click();
  await expect(page.getByLabel('Date of birth')).toHaveValue('20/07/2007');
  await page.getByLabel('Interests').fill('music, ' + 'x'.repeat(61));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toContainText('Keep each of the interests to 60 characters or fewer');
  await expectAccessible(page);
  await screenshot(page, '47-young-person-interest-too-long');
  await page.getByLabel('Interests').fill('music, cooking');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved Dan Khanna.')).toBeVisible();
  await expect(page.locator('#section-details')).toContainText('music, cooking');
});

test('the young person’s care details: legal status, the date they became looked after, case reference, placement contact and school, with a consent on an older form flagged', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('link', { name: 'Young people', exact: true }).click();
  await page.getByRole('link', { name: 'Add a young person' }).click();
  await page.getByLabel('First name').fill('Siobhán');
  await page.getByLabel('Last name').fill('Ó Súilleabháin');
  await page.getByLabel('Date of birth').fill('29/02/2012');
  await page.getByLabel('Placement and carer contact').fill('Foster carers Ann and Raj Mehta, 07700 900456');
  await page.getByLabel('School or college').fill('St Bede’s Catholic School, Lanchester');
  await expect(page.getByRole('heading', { level: 2, name: 'Their care' })).toBeVisible();
  await page.getByLabel('Legal status').selectOption({ label: 'Care order (section 31)' });
  await page.getByLabel('Date they became looked after (optional)').fill(uk(ago(900)));
  await page.getByLabel('The council’s case reference').fill('CIC/2019/00417-'.repeat(4));
  await page.getByRole('button', { name: 'Add young person' }).click();
  // Too long: refused on the field, nothing saved.
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Keep the council’s case reference to 50 characters or fewer (it has 60)');
  await summary.getByRole('link', { name: /case reference/ }).click();
  await expect(page.getByLabel('The council’s case reference')).toBeFocused();
  expect((await dispatch(harness.session, 'listYoungPeople', {})) as { value: unknown[] }).toMatchObject({ ok: true, value: [] });
  await screenshot(page, 'profiles-young-person-form-refused');
  await expectAccessible(page);
  await page.getByLabel('The council’s case reference').fill('CIC/2019/00417');
  await page.getByRole('button', { name: 'Add young person' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Siobhán Ó Súilleabháin' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Details', exact: true });
  await expect(details).toContainText('Placement and carer contactFoster carers Ann and Raj Mehta, 07700 900456');
  await expect(details).toContainText('School or collegeSt Bede’s Catholic School, Lanchester');
  await expect(details).toContainText('Legal statusCare order (section 31)');
  await expect(details).toContainText(`Became looked after${uk(ago(900))}`);
  await expect(details).toContainText('The council’s case referenceCIC/2019/00417');

  // A consent on an older form version is flagged on the profile, with the way to put it right.
  const id = Number(page.url().split('/').at(-1));
  const signed = await dispatch(harness.session, 'saveConsent', { youngPersonId: id, signedDate: ago(400), formVersion: '2024-2', explainedBy: 'Jo Bell', complaintsProcedureExplained: true });
  expect(signed).toMatchObject({ ok: true });
  await page.getByRole('link', { name: 'Young people', exact: true }).click();
  await page.getByRole('link', { name: 'Siobhán Ó Súilleabháin' }).click();
  const warning = page.locator('.warning').first();
  await expect(warning).toContainText(`Siobhán’s confidentiality agreement was signed on form version 2024-2; the current form is version ${CONSENT_FORM_VERSION}.`);
  await expect(page.getByRole('region', { name: 'Confidentiality agreement' })).toContainText('Older form');
  await expectAccessible(page);
  await screenshot(page, 'profiles-young-person-1366');
  await warning.getByRole('link', { name: 'Record the agreement on the current form' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Confidentiality agreement' })).toBeFocused();

  // The edit form gives the fields back as saved.
  await page.getByRole('link', { name: /^Edit details/ }).click();
  await expect(page.getByLabel('Legal status')).toHaveValue('s31');
  await expect(page.getByLabel('The council’s case reference')).toHaveValue('CIC/2019/00417');
  await page.getByRole('link', { name: 'Back to their record' }).click();

  await page.setViewportSize({ width: 320, height: 768 });
  await expect(page.getByRole('heading', { level: 1, name: 'Siobhán Ó Súilleabháin' })).toBeVisible();
  await screenshot(page, 'profiles-young-person-320');
  await expect.poll(() => page.locator('.yp-profile').evaluate((e) => e.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the waiting list flags those 18 or over for the care-leaver decision', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seed(harness, {
    youngPeople: [
      { id: 'y1', firstName: 'Amira', lastName: 'Khan', dateOfBirth: addYears(ago(10), -18), area: 'Stanley' },
      { id: 'y2', firstName: 'Ben', lastName: 'Oduya', dateOfBirth: addYears(addDays(TODAY, 1), -18), area: 'Consett' },
    ],
    referrals: [
      { id: 'r1', youngPersonId: 'y1', date: ago(70), outcome: 'accepted', outcomeDate: ago(65) },
      { id: 'r2', youngPersonId: 'y2', date: ago(20), outcome: 'accepted', outcomeDate: ago(19) },
    ],
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('link', { name: 'Waiting list' }).click();
  await expect(page.getByText('One young person waiting is 18 or over: decide whether the scheme goes on supporting them as a care leaver.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Amira Khan/ }).getByRole('cell').nth(1)).toHaveText(/^18\s*Care-leaver decision$/);
  // The day before the 18th birthday: not yet.
  await expect(page.getByRole('row', { name: /Ben Oduya/ }).getByRole('cell').nth(1)).toHaveText('17');
  await expectAccessible(page);
  await page.locator('table.waiting').screenshot({ path: join(SCREENSHOTS, 'profiles-waiting-list-care-leaver.png') });
});

test('a likely duplicate young person warns before saving: the same case reference, a short form of the name; Cancel saves nothing, Save anyway saves', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await page.setViewportSize({ width: 1366, height: 768 });
  await seed(harness, {
    youngPeople: [
      { id: 'y1', firstName: 'Samantha', lastName: 'Reid', dateOfBirth: '2011-05-01', caseReference: 'LCS-7001' },
      { id: 'y2', firstName: 'Kit', lastName: 'Lane', dateOfBirth: '2012-02-02', caseReference: 'LCS-9' },
    ],
  });
  const count = async () => ((await dispatch(harness.session, 'listYoungPeople', {})) as { value: unknown[] }).value.length;
  await page.getByRole('link', { name: 'Young people', exact: true }).click();
  await page.getByRole('link', { name: 'Add a young person' }).click();
  await page.getByLabel('First name').fill('Sam');
  await page.getByLabel('Last name').fill('reid');
  await page.getByLabel('Date of birth').fill('01/05/2011');
  await page.getByLabel('The council’s case reference').fill('lcs 9');
  await page.getByRole('button', { name: 'Add young person' }).click();

  const warning = page.getByRole('region', { name: 'You may already have this young person' });
  await expect(warning).toBeFocused();
  await expect(warning).toContainText('Nothing has been saved yet. Sam reid has details in common with young people already recorded:');
  await expect(warning).toContainText('Kit Lane: the same case reference');
  await expect(warning).toContainText('Samantha Reid: the same last name and date of birth, and Sam may be short for Samantha');
  await expect(warning.getByRole('link', { name: 'Samantha Reid' })).toHaveAttribute('href', /#\/young-people\/\d+$/);
  await screenshot(page, 'young-person-duplicate-warning');
  await expectAccessible(page);
  expect(await count()).toBe(2);

  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('First name')).toBeFocused();
  await expect(page.getByLabel('The council’s case reference')).toHaveValue('lcs 9');
  expect(await count()).toBe(2);

  await page.getByLabel('The council’s case reference').fill('');
  await page.getByRole('button', { name: 'Add young person' }).click();
  await expect(page.getByRole('region', { name: 'You may already have this young person' })).toContainText('Samantha Reid: the same last name');
  await page.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam reid' })).toBeVisible();
  expect(await count()).toBe(3);

  // Changing something else does not ask again.
  await page.getByRole('link', { name: /^Edit details/ }).click();
  await page.getByLabel('School or college').fill('Consett Academy');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved Sam reid.')).toBeVisible();
  expect(await count()).toBe(3);
});
