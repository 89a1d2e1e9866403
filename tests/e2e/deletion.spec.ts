/**
 * Deleting what was entered by mistake, and Undo: a visit deleted and put back, a
 * volunteer whose confirmation names their references, a match with visits refused, and
 * a visit just saved taken back. Chromium against real core; dates relative to today.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { test, expect, expectAccessible, screenshot, setUpScheme, SCREENSHOTS } from './fixtures';
import { dispatch } from '../../electron/core/handlers';
import type { Harness } from '../harness/server';
import { addDays, formatUkDate, todayIso } from '../../shared/dates';

const TODAY = todayIso();
const ago = (n: number) => addDays(TODAY, -n);
const uk = formatUkDate;

/**
 * Amy has visited Kayden twice and had a supervision; Eve is an applicant with three
 * references, training and a DBS check; Sam was referred, signed consent and had a review.
 */
const SCHEME = {
  format: 'iv-desk/1',
  volunteers: [
    { id: 'v-amy', firstName: 'Amy', lastName: 'Hart', enquiryDate: ago(260), applicationDate: ago(250), approvedDate: ago(200) },
    {
      id: 'v-eve',
      firstName: 'Eve',
      lastName: 'Fox',
      enquiryDate: ago(60),
      applicationDate: ago(50),
      references: [
        { name: 'First referee', relationship: 'Employer', requestedDate: ago(45), receivedDate: ago(40), satisfactory: true },
        { name: 'Second referee', relationship: 'Friend', requestedDate: ago(45) },
        { name: 'Third referee', relationship: 'Teacher', requestedDate: ago(45) },
      ],
      training: [
        { module: 'Safeguarding children', completedDate: ago(30) },
        { module: 'Confidentiality and record keeping', completedDate: ago(29) },
      ],
      dbs: { certificateNumber: '001234567890', issueDate: ago(35), level: 'enhanced_barred_children', outcome: 'clear', checkedBy: 'Jo', checkedDate: ago(34) },
    },
  ],
  youngPeople: [
    { id: 'yp-kayden', firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09' },
    { id: 'yp-sam', firstName: 'Sam', lastName: 'Hill', dateOfBirth: '2013-03-03' },
  ],
  referrals: [
    { id: 'r-kayden', youngPersonId: 'yp-kayden', date: ago(150), outcome: 'accepted', outcomeDate: ago(140) },
    { id: 'r-sam', youngPersonId: 'yp-sam', date: ago(40), outcome: 'accepted', outcomeDate: ago(38) },
  ],
  consents: [{ id: 'con-sam', youngPersonId: 'yp-sam', signedDate: ago(35), formVersion: '2026-1', explainedBy: 'Jo', complaintsProcedureExplained: true }],
  careReviews: [{ id: 'cr-sam', youngPersonId: 'yp-sam', date: ago(20), coordinatorAttended: true }],
  supervisions: [{ id: 'sup-amy', volunteerId: 'v-amy', date: ago(10), kind: 'one_to_one', relationships: 'Going well' }],
  matches: [{ id: 'm-kayden', referralId: 'r-kayden', volunteerId: 'v-amy', proposedDate: ago(110), startDate: ago(100) }],
  visits: [
    { id: 'vis-1', matchId: 'm-kayden', date: ago(60), activity: 'Bowling', durationMinutes: 90 },
    { id: 'vis-2', matchId: 'm-kayden', date: ago(30), activity: 'Climbing wall', durationMinutes: 60 },
  ],
};

async function seed(page: Page, harness: Harness): Promise<{ matchId: number; eveId: number }> {
  await setUpScheme(page, harness);
  await page.setViewportSize({ width: 1366, height: 768 });
  const result = await dispatch(harness.session, 'importData', { text: JSON.stringify(SCHEME) });
  if (!result.ok) throw new Error(`Import refused: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  const matches = await dispatch(harness.session, 'listMatches', {});
  const volunteers = await dispatch(harness.session, 'listVolunteers', {});
  if (!matches.ok || !volunteers.ok) throw new Error('The seeded records could not be listed');
  return {
    matchId: (matches.value as { id: number }[])[0].id,
    eveId: (volunteers.value as { id: number; firstName: string }[]).find((v) => v.firstName === 'Eve')!.id,
  };
}

const dialog = (page: Page) => page.getByRole('dialog');

/** A dialog sits in the window, not the page: the window as the coordinator sees it. */
const shootWindow = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

test('a visit deleted from the match page and put back with Undo', async ({ page, harness }) => {
  const { matchId } = await seed(page, harness);
  await page.goto(`${harness.url}#/matches/${matchId}`);
  const visits = page.getByRole('region', { name: /^Visits/ });
  await expect(visits.getByRole('heading', { name: 'Visits (2)' })).toBeVisible();

  // Escape cancels, and the safe choice has focus first.
  await visits.getByRole('button', { name: `Delete… the visit of ${uk(ago(30))}` }).click();
  await expect(dialog(page).getByRole('heading', { name: `Delete the visit on ${uk(ago(30))}?` })).toBeVisible();
  await expect(dialog(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(visits.getByRole('heading', { name: 'Visits (2)' })).toBeVisible();

  await visits.getByRole('button', { name: `Delete… the visit of ${uk(ago(30))}` }).click();
  await expect(dialog(page)).toContainText(`Deleting the visit on ${uk(ago(30))} deletes nothing else.`);
  await expectAccessible(page);
  await shootWindow(page, 'deletion-visit-confirmation');
  await dialog(page).getByRole('button', { name: 'Delete' }).click();

  const banner = visits.getByRole('status');
  await expect(banner).toContainText(`The visit on ${uk(ago(30))} was deleted.`);
  await expect(banner).toBeFocused();
  await expect(visits.getByRole('heading', { name: 'Visits (1)' })).toBeVisible();
  await expect(visits.getByRole('row', { name: /Climbing wall/ })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'deletion-visit-undo-message');

  await page.keyboard.press('Tab');
  await expect(banner.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(visits.getByRole('status')).toContainText(`The visit on ${uk(ago(30))} was put back.`);
  await expect(visits.getByRole('heading', { name: 'Visits (2)' })).toBeVisible();
  await expect(visits.getByRole('row', { name: /Climbing wall/ })).toBeVisible();
  await expect(visits.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('a volunteer entered by mistake: the confirmation names their references, training and DBS record; then the list says so, with Undo', async ({ page, harness }) => {
  const { eveId } = await seed(page, harness);
  await page.goto(`${harness.url}#/volunteers/${eveId}`);
  await page.getByRole('button', { name: 'Delete this volunteer…' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Delete Eve Fox?' })).toBeVisible();
  await expect(dialog(page)).toContainText('Deleting Eve Fox also deletes 3 references, 2 training records and 1 DBS record.');
  await expect(dialog(page).getByRole('list', { name: 'Also deleted' }).getByRole('listitem')).toHaveText(['3 references', '2 training records', '1 DBS record']);
  await expectAccessible(page);
  await shootWindow(page, 'deletion-volunteer-confirmation');
  await dialog(page).getByRole('button', { name: 'Delete' }).click();

  await expect(page.getByRole('heading', { name: 'Volunteers', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText('Eve Fox was deleted.');
  await expect(page.getByRole('link', { name: 'Eve Fox' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Amy Hart' })).toBeVisible();
  await screenshot(page, 'deletion-volunteer-deleted');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Eve Fox' })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText('Eve Fox was put back.');
  // The references are among the recruitment stages folded away behind the current one.
  await page.locator('details.stage-fold summary').click();
  await expect(page.getByRole('region', { name: 'References' })).toContainText('Third referee');
});

test('a match with visits cannot be deleted: the dialog says to end it instead, and offers only Close', async ({ page, harness }) => {
  const { matchId } = await seed(page, harness);
  await page.goto(`${harness.url}#/matches/${matchId}`);
  await page.getByRole('button', { name: 'Delete this match…' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'The match of Amy Hart with Kayden Marsh cannot be deleted' })).toBeVisible();
  await expect(dialog(page)).toContainText('This match has 2 visits, so it cannot be deleted: end the match instead.');
  await expect(dialog(page).getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(dialog(page).getByRole('button', { name: 'Close' })).toBeFocused();
  await expectAccessible(page);
  await shootWindow(page, 'deletion-match-refused');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Visits (2)' })).toBeVisible();
});

test('a visit just saved can be taken back with Undo', async ({ page, harness }) => {
  const { matchId } = await seed(page, harness);
  await page.goto(`${harness.url}#/matches/${matchId}`);
  const visits = page.getByRole('region', { name: /^Visits/ });
  const form = page.getByRole('form', { name: 'Record a visit' });
  await form.getByLabel('Activity', { exact: true }).fill('Cinema by mistake');
  await form.getByRole('button', { name: 'Save the visit' }).click();
  await expect(visits.getByRole('status')).toContainText(`Visit on ${uk(TODAY)} saved`);
  await expect(visits.getByRole('heading', { name: 'Visits (3)' })).toBeVisible();
  await screenshot(page, 'deletion-visit-saved-undo');

  await visits.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(visits.getByRole('status')).toContainText(`The visit on ${uk(TODAY)} was deleted.`);
  await expect(visits.getByRole('heading', { name: 'Visits (2)' })).toBeVisible();
  await expect(visits.getByRole('row', { name: /Cinema by mistake/ })).toHaveCount(0);
});

const idIn = (harness: Harness, table: 'young_people' | 'supervisions', ref: string) =>
  (harness.session.connection.sqlite.prepare(`SELECT id FROM ${table} WHERE external_ref = ?`).get(ref) as { id: number }).id;

test("a young person's record: a review meeting deleted and put back, the referral deleted in place, then the whole record with what goes with it", async ({ page, harness }) => {
  await seed(page, harness);
  const samId = idIn(harness, 'young_people', 'yp-sam');
  await page.goto(`${harness.url}#/young-people/${samId}`);

  const reviews = page.getByRole('region', { name: 'Care reviews' });
  await reviews.getByRole('button', { name: `Delete… the review meeting of ${uk(ago(20))}` }).click();
  await expect(dialog(page).getByRole('heading', { name: `Delete Sam Hill's care review on ${uk(ago(20))}?` })).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Delete' }).click();
  await expect(reviews.getByRole('status')).toContainText(`Sam Hill's care review on ${uk(ago(20))} was deleted.`);
  await expect(reviews).toContainText('No review meetings recorded yet.');
  await reviews.getByRole('button', { name: 'Undo' }).click();
  await expect(reviews.getByRole('status')).toContainText('was put back.');
  await expect(reviews.getByRole('row', { name: new RegExp(uk(ago(20))) })).toBeVisible();

  const referrals = page.getByRole('region', { name: 'Referrals' });
  await referrals.getByRole('button', { name: `Delete… the referral of ${uk(ago(40))}` }).click();
  await expect(dialog(page)).toContainText(`Deleting Sam Hill's referral of ${uk(ago(40))} deletes nothing else.`);
  await dialog(page).getByRole('button', { name: 'Delete' }).click();
  await expect(referrals.getByRole('status')).toContainText(`Sam Hill's referral of ${uk(ago(40))} was deleted.`);
  await expect(referrals).toContainText('No referrals yet.');

  await page.getByRole('button', { name: 'Delete this young person’s record…' }).click();
  await expect(dialog(page)).toContainText('Deleting Sam Hill also deletes 1 confidentiality consent and 1 care review.');
  await shootWindow(page, 'deletion-young-person-confirmation');
  await dialog(page).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Young people', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText('Sam Hill was deleted.');
  await expect(page.getByRole('link', { name: 'Sam Hill' })).toHaveCount(0);
});

test('a supervision record deleted goes to the Supervisions screen, and Undo brings the record back', async ({ page, harness }) => {
  await seed(page, harness);
  const supervisionId = idIn(harness, 'supervisions', 'sup-amy');
  await page.goto(`${harness.url}#/supervisions/${supervisionId}`);
  await page.getByRole('button', { name: 'Delete…' }).click();
  await expect(dialog(page).getByRole('heading', { name: `Delete Amy Hart's supervision on ${uk(ago(10))}?` })).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Supervisions', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText(`Amy Hart's supervision on ${uk(ago(10))} was deleted.`);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').first()).toContainText('was put back.');
  await expect(page.getByText('Going well')).toBeVisible();
});

test('a contact just logged can be taken back with Undo, and a logged one deleted from its row', async ({ page, harness }) => {
  const { matchId } = await seed(page, harness);
  await page.goto(`${harness.url}#/matches/${matchId}`);
  const contacts = page.getByRole('region', { name: /^Contacts between visits/ });
  for (const note of ['Kept', 'Logged by mistake']) {
    await contacts.getByRole('button', { name: 'Log a contact' }).click();
    const form = page.getByRole('form', { name: 'Log a contact' });
    await form.getByLabel('A short note (optional)').fill(note);
    await form.getByRole('button', { name: 'Save the contact' }).click();
    await expect(contacts.getByRole('status')).toContainText(`Phone call on ${uk(TODAY)} logged.`);
  }
  await expect(contacts.getByRole('heading', { name: 'Contacts between visits (2)' })).toBeVisible();
  await contacts.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(contacts.getByRole('status')).toContainText(`The contact on ${uk(TODAY)} was deleted.`);
  await expect(contacts.getByRole('row', { name: /Logged by mistake/ })).toHaveCount(0);

  await contacts.getByRole('row', { name: /Kept/ }).getByRole('button', { name: /^Delete…/ }).click();
  await dialog(page).getByRole('button', { name: 'Delete' }).click();
  await expect(contacts.getByRole('heading', { name: 'Contacts between visits (0)' })).toBeVisible();
  await expect(contacts.getByRole('status')).toContainText(`The contact on ${uk(TODAY)} was deleted.`);
});
