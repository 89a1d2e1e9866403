/**
 * Forms and accessibility: the focus at unlock, dates of steps that may not have happened
 * never filled in, durations and postcodes as people type them, and the passphrase
 * advice said once.
 */
import { test, expect, expectAccessible, screenshot, setUpScheme, unlock, PASSPHRASE } from './fixtures';
import { idOf, seedScheme, vettedVolunteer } from './seed';
import { addDays, formatUkDate, todayIso } from '../../shared/dates';

const TODAY = todayIso();
const ago = (n: number) => addDays(TODAY, -n);

/** Amira has every check done and is not yet approved; Ben is approved, with a live match. */
const SCHEME = {
  volunteers: [vettedVolunteer('v-amira', 'Amira', 'Khan', ago(120)), vettedVolunteer('v-ben', 'Ben', 'Khan', ago(120), { approvedDate: ago(70) })],
  youngPeople: [
    { id: 'yp-kayden', firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09' },
    { id: 'yp-lily', firstName: 'Lily', lastName: 'Park', dateOfBirth: '2011-03-02' },
  ],
  referrals: [
    { id: 'r-kayden', youngPersonId: 'yp-kayden', date: ago(60), outcome: 'accepted', outcomeDate: ago(55) },
    { id: 'r-lily', youngPersonId: 'yp-lily', date: ago(60), outcome: 'accepted', outcomeDate: ago(55) },
  ],
  matches: [{ id: 'm-kayden', referralId: 'r-kayden', volunteerId: 'v-ben', proposedDate: ago(50), startDate: ago(40) }],
};

test('unlocking: the focus is in the passphrase box at the start, after Lock and after the idle lock', async ({ page, harness }) => {
  await page.clock.install();
  await setUpScheme(page, harness);
  await page.reload();
  await expect(page.getByLabel('Passphrase')).toBeFocused();

  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByText('IV Desk is locked.')).toBeVisible();
  await expect(page.getByLabel('Passphrase')).toBeFocused();
  await expectAccessible(page);

  // Back from the recovery key page, the box has the focus again.
  await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Passphrase')).toBeFocused();

  await unlock(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Lock after this many minutes without use').fill('1');
  await page.getByRole('button', { name: 'Save scheme details' }).click();
  await expect(page.getByText('Scheme details saved.')).toBeVisible();
  await page.clock.fastForward('01:10');
  await expect(page.getByText('IV Desk locked after 1 minute without use.')).toBeVisible();
  await expect(page.getByLabel('Passphrase')).toBeFocused();
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(321);
  await screenshot(page, 'reflow-320-unlock');
});

test('approval, a proposal and an ending start with an empty date, and an empty date is asked for plainly', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  await seedScheme(harness, SCHEME);

  await page.goto(`${harness.url}#/volunteers/${idOf(harness, 'volunteers', 'v-amira')}`);
  const approval = page.getByRole('region', { name: 'Approval' });
  await expect(approval.getByLabel('Date of approval')).toHaveValue('');
  await approval.getByRole('button', { name: 'Approve volunteer' }).click();
  await expect(approval.getByRole('alert')).toContainText('Enter the date of approval');
  await expect(page.locator('.profile-status')).not.toContainText('Approved');
  await screenshot(page, 'forms-approval-empty-date');
  await approval.getByLabel('Date of approval').fill(formatUkDate(ago(1)));
  await approval.getByRole('button', { name: 'Approve volunteer' }).click();
  await expect(approval.getByText(`Amira Khan approved on ${formatUkDate(ago(1))}.`)).toBeVisible();

  await page.goto(`${harness.url}#/matching/${idOf(harness, 'referrals', 'r-lily')}`);
  await page.getByRole('button', { name: 'Propose Amira Khan' }).click();
  const propose = page.getByRole('form', { name: 'Propose Amira Khan' });
  await expect(propose.getByLabel('Date of the proposal')).toHaveValue('');
  await propose.getByRole('button', { name: 'Propose the match' }).click();
  await expect(propose.getByRole('alert')).toContainText('Enter the date of the proposal');
  await expectAccessible(page);

  await page.goto(`${harness.url}#/matches/${idOf(harness, 'matches', 'm-kayden')}`);
  await page.getByRole('button', { name: 'End the match' }).click();
  const end = page.getByRole('form', { name: 'End the match' });
  await expect(end.getByLabel('Date it ended')).toHaveValue('');
  await end.getByLabel('Why did it end?').selectOption({ label: "The young person's choice" });
  await end.getByRole('group', { name: 'Does Kayden want a new Independent Visitor?' }).getByLabel('No').check();
  await end.getByRole('button', { name: 'End the match' }).click();
  await expect(end.getByRole('alert')).toContainText('Enter the date the match ended');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.profile-status')).toContainText('Active');
  await screenshot(page, 'forms-ending-empty-date');

  // A visit has happened by the time it is written down: its date starts at today.
  const visit = page.getByRole('form', { name: 'Record a visit' });
  await expect(visit.getByLabel('Date', { exact: true })).toHaveValue(formatUkDate(TODAY));
  await visit.getByLabel('Duration', { exact: true }).fill('an hour or so');
  await visit.getByRole('button', { name: 'Save the visit' }).click();
  await expect(visit.getByRole('alert')).toContainText('Enter the duration in hours and minutes, like 1h 30m, 90 or 1.5 hours');
  await visit.scrollIntoViewIfNeeded();
  await screenshot(page, 'forms-visit-duration-refused', { fullPage: false });
  await visit.getByLabel('Duration', { exact: true }).fill('1.5 hours');
  await visit.getByRole('button', { name: 'Save the visit' }).click();
  await expect(page.getByRole('table', { name: /^Visits by Ben Khan/ }).locator('tbody tr')).toContainText(['1 h 30 min']);
  await page.getByRole('button', { name: /^Change the visit of/ }).click();
  // The duration as shown is one the form reads back.
  await expect(page.getByRole('form', { name: /^Change the visit of/ }).getByLabel('Duration', { exact: true })).toHaveValue('1 h 30 min');
});

test('a postcode typed in small letters without a space is saved tidied', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Young people' }).click();
  await page.getByRole('link', { name: 'Add a young person' }).click();
  await page.getByLabel('First name').fill('Tia');
  await page.getByLabel('Last name').fill('Rowe');
  await page.getByLabel('Date of birth').fill('03/03/2013');
  await page.getByLabel('Postcode').fill('dh11aa');
  await page.getByRole('button', { name: /^Add/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tia Rowe' })).toBeVisible();
  await expect(page.getByText('DH1 1AA')).toBeVisible();
});

test('a passphrase too short is said once: in the summary and on the field, not again under it', async ({ page, harness }) => {
  await page.goto(harness.url);
  await page.getByLabel('Scheme name').fill('Northshire Independent Visitors');
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await expect(page.locator('.strength')).toContainText('Use at least 12 characters');
  await page.getByRole('button', { name: 'Set up IV Desk' }).click();
  await expect(page.getByRole('alert')).toContainText('Use at least 12 characters');
  // The summary's link and the field's own message: twice by design (GOV.UK), never a third time.
  await expect(page.getByText(/Use at least 12 characters/)).toHaveCount(2);
  await expect(page.locator('.strength')).toHaveText('Too short.');
  await screenshot(page, 'forms-passphrase-too-short');
});
