/**
 * Care reviews: the calendar, preparing the update (Word, the printed summary, sent),
 * recording the meeting, and contacts between visits, in Chromium against real core.
 * Dates are relative to the real today.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { test, expect, expectAccessible, screenshot, setUpScheme, SCREENSHOTS } from './fixtures';
import { dispatch } from '../../electron/core/handlers';
import type { Harness } from '../harness/server';
import { docxText } from '../helpers/word';
import { addDays, addMonths, formatUkDate, startOfWeek, todayIso } from '../../shared/dates';

const TODAY = todayIso();
const ago = (n: number) => addDays(TODAY, -n);
const inDays = (n: number) => addDays(TODAY, n);
const uk = formatUkDate;

/**
 * Imports the file, then sets the looked-after dates and records the care reviews through
 * core's own calls: import on this branch does not store those yet (the interchange work
 * adds them; then this can be one import).
 */
async function seed(harness: Harness, { careReviews, ...doc }: typeof SCHEME): Promise<void> {
  const result = await dispatch(harness.session, 'importData', { text: JSON.stringify({ format: 'iv-desk/1', ...doc }) });
  if (!result.ok) throw new Error(`Import refused: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  const people = await dispatch(harness.session, 'listYoungPeople', {});
  if (!people.ok) throw new Error(people.error.message);
  const idOfRef = (ref: string) => (people.value as { id: number; firstName: string }[]).find((p) => `yp-${p.firstName.toLowerCase()}` === ref)!.id;
  for (const y of doc.youngPeople) {
    const { firstName, lastName, dateOfBirth, nextReviewDate = null } = y as { firstName: string; lastName: string; dateOfBirth: string; nextReviewDate?: string };
    const updated = await dispatch(harness.session, 'updateYoungPerson', { id: idOfRef(y.id), firstName, lastName, dateOfBirth, nextReviewDate, lookedAfterDate: y.lookedAfterDate });
    if (!updated.ok) throw new Error(`Looked-after date refused: ${updated.error.message}`);
  }
  for (const { id: _id, youngPersonId, ...review } of careReviews) {
    const saved = await dispatch(harness.session, 'saveCareReview', { youngPersonId: idOfRef(youngPersonId), ...review });
    if (!saved.ok) throw new Error(`Care review refused: ${saved.error.message} ${JSON.stringify(saved.error.fields ?? {})}`);
  }
}

const volunteer = (id: string, firstName: string, lastName: string) => ({ id, firstName, lastName, enquiryDate: ago(900), applicationDate: ago(880), approvedDate: ago(850) });

const TIA_REVIEW = inDays(20);
const JAY_REVIEW = addMonths(ago(200), 6);

/**
 * Tia: looked after, matched with Amira for 300 days, her previous review 100 days ago and
 * the next one recorded for 20 days' time. Two visits before the previous review, two after
 * it with a long gap between them. Jay: matched with Ben; reg 33 put his review 2-3 weeks
 * ago and no meeting is recorded. Noah: never matched.
 */
const SCHEME = {
  volunteers: [volunteer('v-amira', 'Amira', 'Khan'), volunteer('v-ben', 'Ben', 'Carter')],
  youngPeople: [
    { id: 'yp-tia', firstName: 'Tia', lastName: 'Rowe', dateOfBirth: '2011-05-14', lookedAfterDate: ago(700), nextReviewDate: TIA_REVIEW },
    { id: 'yp-jay', firstName: 'Jay', lastName: 'Mills', dateOfBirth: '2012-02-03', lookedAfterDate: ago(800) },
    { id: 'yp-noah', firstName: 'Noah', lastName: 'Webb', dateOfBirth: '2013-07-21', lookedAfterDate: ago(300) },
  ],
  referrals: [
    { id: 'r-tia', youngPersonId: 'yp-tia', date: ago(340), outcome: 'accepted', outcomeDate: ago(330) },
    { id: 'r-jay', youngPersonId: 'yp-jay', date: ago(700), outcome: 'accepted', outcomeDate: ago(690) },
  ],
  matches: [
    { id: 'm-tia', referralId: 'r-tia', volunteerId: 'v-amira', proposedDate: ago(310), startDate: ago(300) },
    { id: 'm-jay', referralId: 'r-jay', volunteerId: 'v-ben', proposedDate: ago(660), startDate: ago(650) },
  ],
  visits: [
    { id: 'vis-1', matchId: 'm-tia', date: ago(250), activity: 'Museum', durationMinutes: 120 },
    { id: 'vis-2', matchId: 'm-tia', date: ago(150), activity: 'Ice skating', durationMinutes: 90 },
    { id: 'vis-3', matchId: 'm-tia', date: ago(95), activity: 'Bowling', durationMinutes: 90 },
    { id: 'vis-4', matchId: 'm-tia', date: ago(30), activity: 'Cinema', durationMinutes: 150 },
  ],
  careReviews: [
    { id: 'cr-tia', youngPersonId: 'yp-tia', date: ago(100), ivAttended: true, coordinatorAttended: true, professionalFeedback: 'positive', objectives: 'Try one new activity each month' },
    { id: 'cr-jay-1', youngPersonId: 'yp-jay', date: ago(390), ivAttended: false, coordinatorAttended: true },
    { id: 'cr-jay-2', youngPersonId: 'yp-jay', date: ago(200), ivAttended: true, coordinatorAttended: true, professionalFeedback: 'neutral' },
  ],
};

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

async function idOf(harness: Harness, name: string): Promise<number> {
  const result = await dispatch(harness.session, 'listYoungPeople', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: number; firstName: string }[]).find((p) => p.firstName === name)!.id;
}

async function look(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  await screenshot(page, name);
}

const VIEWS = 'I like going to the cinema with Amira and I want to keep seeing her.';

test('calendar → prepare the update (views only when agreed) → Word, print, sent → record a meeting → a contact counted', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seed(harness, SCHEME);

  // The calendar: Tia's recorded review in the coming weeks, Jay's passed review to record.
  await nav(page, 'Care reviews');
  await expect(page.getByRole('heading', { level: 1, name: 'Care reviews' })).toBeVisible();
  const tiaRow = page.getByRole('row', { name: /Tia Rowe/ });
  await expect(tiaRow).toContainText(uk(TIA_REVIEW));
  await expect(tiaRow).toContainText('Date recorded');
  await expect(tiaRow).toContainText('Amira Khan');
  await expect(tiaRow).toContainText(uk(addDays(TIA_REVIEW, -7)));
  await expect(tiaRow).toContainText('Not started');
  const toRecord = page.getByRole('region', { name: 'Reviews to record' });
  await expect(toRecord).toContainText('Jay Mills');
  await expect(toRecord).toContainText(`Review on ${uk(JAY_REVIEW)} (expected under reg 33)`);
  await expect(page.getByText('no reviews').first()).toBeVisible();
  await look(page, 'care-reviews-calendar');

  // Preparing Tia's update: the live parts from the records.
  await tiaRow.getByRole('link', { name: 'Prepare update for Tia Rowe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Tia Rowe: review on ${uk(TIA_REVIEW)}` })).toBeVisible();
  const records = page.getByRole('region', { name: 'From the records' });
  await expect(records).toContainText(`${uk(ago(100))} to ${uk(addDays(TIA_REVIEW, -1))} (since the previous review)`);
  await expect(records.getByRole('table', { name: 'Visits in the time covered' }).locator('tbody tr')).toHaveCount(2);
  await expect(records).toContainText('Bowling');
  await expect(records).not.toContainText('Ice skating');
  await expect(records).toContainText(`${uk(ago(95))} to ${uk(ago(30))}: 65 days`);
  await expect(records).toContainText('Contacts between visits (0)');
  await expect(page.getByLabel('Objectives', { exact: true })).toHaveValue('Try one new activity each month');
  await look(page, 'care-review-update');

  // Views typed but not agreed: saved, and the printed summary leaves them out.
  await page.getByLabel('Tia’s views, in their own words').fill(VIEWS);
  await page.getByLabel('Progress').fill('Tia has tried bowling and the cinema.');
  await page.getByRole('group', { name: 'Will the Independent Visitor attend the review?' }).getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Save the update' }).click();
  await expect(page.getByRole('status')).toContainText(`Update saved on ${uk(TODAY)}`);
  await expect(page.getByText(`Ready (prepared ${uk(TODAY)})`)).toBeVisible();
  await page.getByRole('link', { name: 'Print review summary' }).click();
  const doc = page.getByRole('article');
  await expect(doc).toContainText('The young person has not agreed to share their views');
  await expect(doc).not.toContainText(VIEWS);
  await page.getByRole('link', { name: 'Back to the update' }).click();

  // Agreed: now the words are in.
  await page.getByLabel('They agreed to share these words in the update').check();
  await page.getByRole('button', { name: 'Save the update' }).click();
  await expect(page.getByRole('status')).toContainText('Update saved');
  await look(page, 'care-review-update-saved');

  // Word: named with initials, a real document with her words.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Word' }).click()]);
  expect(download.suggestedFilename()).toBe(`Care-review-update-TR-${TIA_REVIEW}.docx`);
  const docx = readFileSync(await download.path());
  expect(docx.length).toBeGreaterThan(1000);
  expect(docxText(docx)).toContain('I like going to the cinema');

  // The printed review summary.
  await page.getByRole('link', { name: 'Print review summary' }).click();
  await expect(doc).toContainText(VIEWS);
  await expect(doc).toContainText('Try one new activity each month');
  await look(page, 'care-review-summary-print');
  await page.emulateMedia({ media: 'print' });
  const pdf = join(SCREENSHOTS, 'care-review-summary.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  expect(readFileSync(pdf).subarray(0, 4).toString()).toBe('%PDF');
  await page.getByRole('link', { name: 'Back to the update' }).click();

  // Mark it sent: a date in the future is refused, today is taken.
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  const sent = page.getByRole('form', { name: 'Mark the update as sent' });
  await sent.getByLabel('Date sent').fill(uk(inDays(3)));
  await sent.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(sent.getByRole('alert')).toContainText('The date sent cannot be in the future');
  await look(page, 'care-review-update-sent-refused');
  await sent.getByLabel('Date sent').fill(uk(TODAY));
  await sent.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByRole('status')).toContainText(`Update marked as sent on ${uk(TODAY)}`);
  await expect(page.getByText(`Sent ${uk(TODAY)}`)).toBeVisible();
  await look(page, 'care-review-update-sent');
  await nav(page, 'Care reviews');
  await expect(page.getByRole('row', { name: /Tia Rowe/ })).toContainText(`Sent ${uk(TODAY)}`);

  // Recording Jay's meeting from the calendar: a future date is refused and nothing saved.
  await toRecord.getByRole('button', { name: 'Record the meeting for Jay Mills' }).click();
  const form = page.getByRole('form', { name: 'Record Jay’s review meeting' });
  await expect(form.getByLabel('Date of the review meeting')).toHaveValue(uk(JAY_REVIEW));
  await form.getByLabel('Date of the review meeting').fill(uk(inDays(2)));
  await form.getByRole('button', { name: 'Save the review meeting' }).click();
  await expect(form.getByRole('alert')).toContainText('A care review cannot be in the future');
  await look(page, 'care-reviews-record-refused');
  const jayId = await idOf(harness, 'Jay');
  const before = await dispatch(harness.session, 'getYoungPerson', { id: jayId });
  expect(before.ok && (before.value as { careReviews: unknown[] }).careReviews).toHaveLength(2);

  // In one step: the review date, who attended, the feedback and the next date.
  const next = inDays(45);
  await form.getByLabel('Date of the review meeting').fill(uk(JAY_REVIEW));
  await form.getByRole('group', { name: 'Did the Independent Visitor attend?' }).getByLabel('Yes').check();
  await form.getByRole('group', { name: 'Did you (the coordinator) attend?' }).getByLabel('Yes').check();
  await form.getByRole('group', { name: /professionals’ feedback/ }).getByLabel('Positive').check();
  await form.getByRole('group', { name: 'Who gave the feedback?' }).getByLabel('Independent Reviewing Officer').check();
  await form.getByLabel('Objectives agreed (optional)').fill('Keep visits monthly');
  await form.getByLabel('Date of the next review (optional)').fill(uk(next));
  await look(page, 'care-reviews-record-form');
  await form.getByRole('button', { name: 'Save the review meeting' }).click();
  await expect(page.getByRole('status')).toContainText(`Jay’s review meeting of ${uk(JAY_REVIEW)} recorded. The next review is on ${uk(next)}.`);
  await expect(toRecord).toContainText('No reviews are waiting to be recorded.');
  // Weeks after the next four start closed: open the one the next review falls in.
  await page.locator('summary', { hasText: `Week of Monday ${uk(startOfWeek(next))}` }).click();
  const jayRow = page.getByRole('row', { name: /Jay Mills/ });
  await expect(jayRow).toContainText(uk(next));
  await expect(jayRow).toContainText('Date recorded');
  await look(page, 'care-reviews-recorded');

  // A contact on Tia's match: one before the match started is refused; then it is counted.
  const matches = await dispatch(harness.session, 'listMatches', {});
  const tiaMatch = matches.ok && (matches.value as { id: number; youngPersonName: string }[]).find((m) => m.youngPersonName === 'Tia Rowe')!.id;
  await page.goto(`${harness.url}#/matches/${tiaMatch}`);
  const contacts = page.getByRole('region', { name: /^Contacts between visits/ });
  await expect(contacts).toContainText('No contacts logged');
  await contacts.getByRole('button', { name: 'Log a contact' }).click();
  const contactForm = page.getByRole('form', { name: 'Log a contact' });
  await expect(contactForm.getByLabel('Date of the contact')).toHaveValue(uk(TODAY));
  await contactForm.getByLabel('Date of the contact').fill(uk(ago(400)));
  await contactForm.getByRole('group', { name: 'What kind of contact was it?' }).getByLabel('Message').check();
  await contactForm.getByLabel('Who was it with? (optional)').fill('Tia');
  await contactForm.getByLabel('A short note (optional)').fill('Arranged the next visit.');
  await contactForm.getByRole('button', { name: 'Save the contact' }).click();
  await expect(contactForm.getByRole('alert')).toContainText(`A contact cannot be before the match started (${uk(ago(300))})`);
  await look(page, 'match-contact-refused');
  await contactForm.getByLabel('Date of the contact').fill(uk(ago(10)));
  await contactForm.getByRole('button', { name: 'Save the contact' }).click();
  await expect(page.getByRole('status')).toContainText(`Message on ${uk(ago(10))} logged.`);
  await expect(contacts.getByRole('heading', { name: 'Contacts between visits (1)' })).toBeVisible();
  await expect(contacts.getByRole('row', { name: /Arranged the next visit/ })).toContainText('Message');
  await look(page, 'match-contacts');

  await page.goto(`${harness.url}#/care-reviews/${await idOf(harness, 'Tia')}/${TIA_REVIEW}`);
  await expect(page.getByRole('region', { name: 'From the records' })).toContainText('Contacts between visits (1)');
  await expect(page.getByRole('region', { name: 'From the records' })).toContainText('Arranged the next visit.');
});

test('profile: care reviews section, recording a meeting there, and the looked-after date on the form; no update without a match', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seed(harness, SCHEME);
  const tiaId = await idOf(harness, 'Tia');
  await page.goto(`${harness.url}#/young-people/${tiaId}`);
  const section = page.getByRole('region', { name: 'Care reviews' });
  await expect(section).toContainText(`${uk(TIA_REVIEW)} (date recorded)`);
  await expect(section).toContainText(uk(ago(700)));
  await expect(section.getByRole('table', { name: 'Review meetings recorded, newest first' })).toContainText('Positive');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText(`Became looked after${uk(ago(700))}`);
  await section.getByRole('link', { name: `Prepare the update for the review on ${uk(TIA_REVIEW)}` }).focus();
  await section.scrollIntoViewIfNeeded();
  await look(page, 'young-person-care-reviews');

  await section.getByRole('button', { name: 'Record a review meeting' }).click();
  const form = page.getByRole('form', { name: 'Record Tia’s review meeting' });
  await expect(form.getByLabel('Date of the review meeting')).toHaveValue(uk(TODAY));
  await form.getByRole('button', { name: 'Save the review meeting' }).click();
  await expect(section.getByRole('status')).toContainText(`Tia’s review meeting of ${uk(TODAY)} recorded.`);
  await expect(section.getByRole('table', { name: 'Review meetings recorded, newest first' }).locator('tbody tr')).toHaveCount(2);
  await expect(section.getByRole('table', { name: 'Review meetings recorded, newest first' }).locator('tbody tr').first()).toContainText(uk(TODAY));
  // The recorded next review is still to come, so it stays the next review.
  await expect(section).toContainText(`${uk(TIA_REVIEW)} (date recorded)`);
  await look(page, 'young-person-care-reviews-recorded');

  // Noah has no next review known once his looked-after date is gone, and no match for an update.
  const noahId = await idOf(harness, 'Noah');
  await page.goto(`${harness.url}#/young-people/${noahId}/edit`);
  await expect(page.getByLabel('Date they became looked after (optional)')).toHaveValue(uk(ago(300)));
  await page.getByLabel('Date they became looked after (optional)').fill(uk(inDays(5)));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toContainText('The looked-after date cannot be in the future');
  await look(page, 'young-person-form-looked-after');
  await page.getByLabel('Date they became looked after (optional)').fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('region', { name: 'Care reviews' })).toContainText('Not known: record the next review date or when they became looked after');

  await page.goto(`${harness.url}#/care-reviews/${noahId}/${inDays(10)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'There is no update to prepare' })).toBeVisible();
  await expect(page.getByText('Noah Webb had no match with an Independent Visitor in the time this update would cover')).toBeVisible();
  await look(page, 'care-review-update-refused');
  await page.getByRole('link', { name: 'Go to the care review calendar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Care reviews' })).toBeVisible();

  // The same pages at 1366 x 768.
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'care-reviews-calendar-1366');
  await page.goto(`${harness.url}#/care-reviews/${tiaId}/${TIA_REVIEW}`);
  await expect(page.getByRole('region', { name: 'From the records' })).toBeVisible();
  await screenshot(page, 'care-review-update-1366');
});

test.afterAll(() => {
  // A page of the PDF as a PNG, to look at (pdftoppm is Debian's poppler-utils).
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', join(SCREENSHOTS, 'care-review-summary.pdf'), join(SCREENSHOTS, 'care-review-summary')]);
  } catch {
    // Not installed: look at the PDF itself.
  }
});
