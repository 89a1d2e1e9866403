/**
 * Retention and erasure, and the confirmations before steps that cannot be taken back, in
 * Chromium against real core: the Retention list, erasing with its confirmation (Escape
 * cancels, nothing goes), ending a match with its confirmation, and reopening it.
 * Dates are relative to the real today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, expectAccessible, screenshot, setUpScheme, confirmInDialog } from './fixtures';
import { docxText } from '../helpers/word';
import { dispatch } from '../../electron/core/handlers';
import type { Harness } from '../harness/server';
import { addDays, addYears, formatUkDate, todayIso } from '../../shared/dates';

const TODAY = todayIso();
const ago = (n: number) => addDays(TODAY, -n);
const yearsAgo = (n: number) => addYears(TODAY, -n);

const SCHEME = {
  volunteers: [
    { id: 'v-amira', firstName: 'Amira', lastName: 'Khan', enquiryDate: ago(900), applicationDate: ago(880), approvedDate: ago(850) },
    {
      id: 'v-gwen',
      firstName: 'Gwen',
      lastName: 'Hale',
      enquiryDate: yearsAgo(12),
      applicationDate: addDays(yearsAgo(12), 5),
      approvedDate: addDays(yearsAgo(12), 60),
      leftDate: addDays(yearsAgo(7), -10),
      leftReason: 'Moved away',
      references: [{ name: 'A referee', requestedDate: addDays(yearsAgo(12), 10), receivedDate: addDays(yearsAgo(12), 20), satisfactory: true }],
    },
    { id: 'v-ivy', firstName: 'Ivy', lastName: 'Nash', enquiryDate: ago(500), withdrawnDate: ago(400), withdrawnReason: 'No longer has the time' },
  ],
  youngPeople: [
    { id: 'yp-edna', firstName: 'Edna', lastName: 'Moss', dateOfBirth: addDays(yearsAgo(76), -3) },
    { id: 'yp-tia', firstName: 'Tia', lastName: 'Rowe', dateOfBirth: '2011-05-14' },
    { id: 'yp-owen', firstName: 'Owen', lastName: 'Pryce', dateOfBirth: '2004-02-02' },
  ],
  referrals: [
    { id: 'r-tia', youngPersonId: 'yp-tia', date: ago(200), outcome: 'accepted', outcomeDate: ago(195) },
    { id: 'r-owen', youngPersonId: 'yp-owen', date: yearsAgo(11), outcome: 'accepted', outcomeDate: addDays(yearsAgo(11), 5), closedDate: yearsAgo(3), closedReason: 'aged_out' },
  ],
  matches: [
    { id: 'm-tia', referralId: 'r-tia', volunteerId: 'v-amira', proposedDate: ago(150), startDate: ago(140) },
    // Gwen visited Owen until she left: that match is Owen's record too, kept long after hers.
    { id: 'm-owen', referralId: 'r-owen', volunteerId: 'v-gwen', proposedDate: addDays(yearsAgo(11), 10), startDate: addDays(yearsAgo(11), 20), endDate: addDays(yearsAgo(7), -10), endReason: 'volunteer_left' },
  ],
  visits: [
    { id: 'vis-1', matchId: 'm-tia', date: ago(20), activity: 'Climbing wall', durationMinutes: 90 },
    { id: 'vis-owen-1', matchId: 'm-owen', date: addDays(yearsAgo(10), 0), activity: 'Football match', durationMinutes: 120, notes: 'Owen chose the seats' },
    { id: 'vis-owen-2', matchId: 'm-owen', date: addDays(yearsAgo(9), 0), activity: 'Museum', durationMinutes: 90 },
  ],
};

async function seed(harness: Harness): Promise<void> {
  const result = await dispatch(harness.session, 'importData', { text: JSON.stringify({ format: 'iv-desk/1', ...SCHEME }) });
  if (!result.ok) throw new Error(`Import refused: ${result.error.message}`);
}

test('the Retention screen lists who is due, and erases the people chosen after a confirmation', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  await seed(harness);
  await page.goto(`${harness.url}#/settings`);
  await page.getByRole('link', { name: 'Retention screen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Retention' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings', exact: true })).toHaveAttribute('aria-current', 'page');

  const rows = page.getByRole('table', { name: 'People due for erasure' }).locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('row', { name: /Edna Moss/ })).toContainText(`Turned 75 on ${formatUkDate(addDays(yearsAgo(1), -3))}`);
  await expect(page.getByRole('row', { name: /Gwen Hale/ })).toContainText(`Left on ${formatUkDate(addDays(yearsAgo(7), -10))}: records are kept 6 years after leaving`);
  await expect(page.getByRole('row', { name: /Gwen Hale/ })).toContainText('1 reference');
  await expect(page.getByRole('row', { name: /Ivy Nash/ })).toContainText('Withdrew on');
  await expect(page.getByRole('table')).not.toContainText('Amira');
  await expect(page.getByRole('table')).not.toContainText('Tia');
  await expect(page.getByRole('row', { name: /Gwen Hale/ })).toContainText("Their match stays, with 2 visits, as part of the young person's record, under an anonymised name.");
  await expectAccessible(page);
  await screenshot(page, 'retention-list');

  // Nothing chosen: a plain message, nothing asked.
  await page.getByRole('button', { name: 'Erase the records chosen' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose at least one person whose records to erase');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'Choose Edna Moss' }).check();
  await page.getByRole('checkbox', { name: 'Choose Gwen Hale' }).check();
  await page.getByRole('button', { name: 'Erase the records chosen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase the records of 2 people?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('EM, aged 76, a young person: their record, and nothing else.');
  await expect(dialog).toContainText("GH, a volunteer: their record, with 1 reference. Their match stays, with 2 visits, as part of the young person's record, under an anonymised name.");
  await expect(dialog).toContainText('makes a backup labelled “before erasure”');
  await expect(dialog).toContainText('13 months');
  await expect(dialog).toContainText('Figures for past periods will change');
  await expect(dialog).not.toContainText('Edna');
  // Focus starts on Cancel, stays inside the dialog, and Escape cancels.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Make a backup and erase' })).toBeFocused();
  await expectAccessible(page);
  await screenshot(page, 'retention-erase-confirmation', { fullPage: false });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(rows).toHaveCount(3);

  await page.getByRole('button', { name: 'Erase the records chosen' }).click();
  await confirmInDialog(page, 'Make a backup and erase');
  await expect(page.getByRole('status').filter({ hasText: 'The records of 2 people were erased. A backup was made first.' })).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('Ivy Nash');
  const people = await dispatch(harness.session, 'listYoungPeople', {});
  expect(people.ok && (people.value as { firstName: string }[]).map((p) => p.firstName).sort()).toEqual(['Owen', 'Tia']);
  await screenshot(page, 'retention-after-erasure');

  // Owen's match with Gwen stays, with its visits, under the anonymised name.
  const owens = await dispatch(harness.session, 'listMatches', { stage: 'ended' });
  if (!owens.ok) throw new Error(owens.error.message);
  await page.goto(`${harness.url}#/matches/${(owens.value as { id: number }[])[0].id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Erased volunteer');
  await expect(page.getByText('Football match')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/Gwen|Hale/);
  await expectAccessible(page);
  await screenshot(page, 'match-after-volunteer-erasure');
  await page.getByRole('link', { name: 'Erased volunteer' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Erased volunteer' })).toBeVisible();
  await expect(page.getByText('This volunteer’s records were erased when the retention period ended.')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/Gwen|Hale|A referee|Moved away/);
  await expect(page.getByRole('button', { name: /Change capacity/ })).toHaveCount(0);
  await screenshot(page, 'volunteer-after-erasure');
});

test('ending a match asks first, and an ending made by mistake can be reopened', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  await seed(harness);
  const matches = await dispatch(harness.session, 'listMatches', { stage: 'active' });
  if (!matches.ok) throw new Error(matches.error.message);
  await page.goto(`${harness.url}#/matches/${(matches.value as { id: number }[])[0].id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tia Rowe and Amira Khan' })).toBeVisible();

  await page.getByRole('button', { name: 'End the match' }).click();
  const end = page.getByRole('form', { name: 'End the match' });
  await end.getByLabel('Date it ended').fill(formatUkDate(TODAY));
  await end.getByLabel('Why did it end?').selectOption({ label: "The young person's choice" });
  await end.getByRole('group', { name: 'Does Tia want a new Independent Visitor?' }).getByLabel('No').check();
  await end.getByRole('button', { name: 'End the match' }).click();
  const dialog = page.getByRole('dialog', { name: 'End the match of Tia with Amira Khan?' });
  await expect(dialog).toContainText(`Ending the match on ${formatUkDate(TODAY)}:`);
  await expect(dialog).toContainText('Tia’s referral stays open');
  await expect(dialog).toContainText('you can reopen it on this page');
  await expectAccessible(page);
  await screenshot(page, 'match-end-confirmation', { fullPage: false });
  // Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.profile-status')).not.toContainText('Ended');

  await end.getByRole('button', { name: 'End the match' }).click();
  await confirmInDialog(page, 'End the match');
  await expect(page.getByText('Match ended.')).toBeVisible();
  await expect(page.locator('.profile-status')).toContainText('Ended');

  const ending = page.getByRole('region', { name: 'How it ended' });
  await ending.getByRole('button', { name: 'Reopen the match' }).click();
  await expect(page.getByText('Match reopened: the ending was cleared and the match runs on.')).toBeVisible();
  await expect(page.locator('.profile-status')).not.toContainText('Ended');
  await expect(page.getByRole('button', { name: 'End the match' })).toBeVisible();
  await screenshot(page, 'match-reopened');
});

test('the retention periods in Settings, subject access as Word, and the confirmations for a volunteer leaving and a referral closing', async ({ page, harness, dataDir }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  await seed(harness);

  await page.goto(`${harness.url}#/settings`);
  const settings = page.getByRole('group', { name: 'Keeping records' });
  await expect(settings.getByLabel('Years to keep a volunteer’s records after they leave')).toHaveValue('6');
  await settings.getByLabel('Years to keep the records of an applicant never approved').fill('0');
  await page.getByRole('button', { name: 'Save recruitment settings' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter between 1 and 20 for the years to keep the records of an applicant never approved');
  await settings.getByLabel('Years to keep the records of an applicant never approved').fill('2');
  await page.getByRole('button', { name: 'Save recruitment settings' }).click();
  await expect(page.getByText('Recruitment settings saved.')).toBeVisible();
  await settings.scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-keeping-records');
  await page.goto(`${harness.url}#/retention`);
  await expect(page.getByText('Applicants never approved: 2 years after they withdrew or were turned down.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Ivy Nash/ })).toHaveCount(0);

  // Tia's profile: the Word document beside the data file.
  await page.goto(`${harness.url}#/young-people`);
  await page.getByRole('link', { name: 'Tia Rowe' }).click();
  const access = page.getByRole('region', { name: 'Subject access request' });
  const downloading = page.waitForEvent('download');
  await access.getByRole('button', { name: 'Subject access: Word' }).click();
  const word = await downloading;
  expect(word.suggestedFilename()).toBe(`Subject-access-TR-${TODAY}.docx`);
  const path = join(dataDir, 'sar.docx');
  await word.saveAs(path);
  const text = docxText(readFileSync(path));
  expect(text).toContain('Information held about Tia Rowe');
  expect(text).toContain('Climbing wall');
  expect(text).not.toContain('Amira');
  await expect(access.getByRole('status')).toContainText(`Downloaded Subject-access-TR-${TODAY}.docx.`);
  await access.scrollIntoViewIfNeeded();
  await screenshot(page, 'subject-access-section', { fullPage: false });

  // Closing Tia's referral asks first; Escape leaves it open.
  await page.getByRole('button', { name: /^Close the referral/ }).click();
  const closing = page.getByRole('form', { name: 'Close the referral' });
  await closing.getByLabel('Date it closed').fill(formatUkDate(TODAY));
  await closing.getByLabel('Why did it close?').selectOption({ label: 'Moved away' });
  await closing.getByRole('button', { name: 'Close the referral' }).click();
  const referralDialog = page.getByRole('dialog', { name: `Close the referral of ${formatUkDate(ago(200))}?` });
  await expect(referralDialog).toContainText('no longer counts on the waiting list');
  await expectAccessible(page);
  await screenshot(page, 'referral-close-confirmation', { fullPage: false });
  await page.keyboard.press('Escape');
  await expect(referralDialog).toHaveCount(0);
  await expect(page.getByText('Referral closed.')).toHaveCount(0);

  // Amira leaving asks first too.
  await page.goto(`${harness.url}#/volunteers`);
  await page.getByRole('link', { name: 'Amira Khan' }).click();
  const leaving = page.getByRole('region', { name: 'Leaving the scheme', exact: true });
  await leaving.getByRole('button', { name: 'Record that they left' }).click();
  await leaving.getByLabel('Date they left').fill(formatUkDate(TODAY));
  await leaving.getByRole('button', { name: 'Record that they left' }).click();
  const leftDialog = page.getByRole('dialog', { name: 'Record that Amira Khan left?' });
  await expect(leftDialog).toContainText('will no longer be offered for new matches');
  await expect(leftDialog).toContainText('Retention screen lists them for erasure');
  await screenshot(page, 'volunteer-leaving-confirmation', { fullPage: false });
  await leftDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Recorded: Amira Khan left the scheme')).toHaveCount(0);
});
