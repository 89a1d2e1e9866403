/**
 * Matching, the life of a match, visits and Today, in Chromium against real core.
 * Dates are relative to the real today.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { test, expect, expectAccessible, screenshot, setUpScheme, SCREENSHOTS, confirmInDialog } from './fixtures';
import { dispatch } from '../../electron/core/handlers';
import type { Harness } from '../harness/server';
import { addDays, addMonths, formatUkDate, todayIso } from '../../shared/dates';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../../shared/volunteers/settings';
import { generateScheme } from '../bench/generate';
import { and, count, eq } from 'drizzle-orm';
import { matches, youngPeople } from '../../electron/core/db/schema';

const TODAY = todayIso();
const ago = (n: number) => addDays(TODAY, -n);
const uk = formatUkDate;

async function seed(harness: Harness, doc: Record<string, unknown>): Promise<void> {
  const result = await dispatch(harness.session, 'importData', { text: JSON.stringify({ format: 'iv-desk/1', ...doc }) });
  if (!result.ok) throw new Error(`Import refused: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
}

/** An approved volunteer in good standing, approved eight weeks ago: DBS issued 80 days ago, every required module done. */
const volunteer = (id: string, firstName: string, lastName: string, extra: Record<string, unknown>) => ({
  id,
  firstName,
  lastName,
  enquiryDate: ago(120),
  applicationDate: ago(110),
  dbs: { certificateNumber: '001234567890', issueDate: ago(80), level: 'enhanced_barred_children', outcome: 'clear', checkedBy: 'Jo Bell', checkedDate: ago(79), updateService: false },
  training: DEFAULT_RECRUITMENT_SETTINGS.trainingModules.map((module) => ({ module, completedDate: ago(70) })),
  approvedDate: ago(56),
  ...extra,
});

/**
 * Kayden in Consett likes football and asked for a woman. Amira (a woman in Consett who
 * likes football) should rank first; Ben (a man in Consett who likes football) loses 30
 * for the wish; Cara (a woman, far away in Hexham) loses 20 for the distance.
 */
const CRAFTED = {
  volunteers: [
    volunteer('v-ben', 'Ben', 'Carter', { gender: 'Male', area: 'Consett', postcode: 'DH8 7BB', interests: ['football', 'fishing'] }),
    volunteer('v-cara', 'Cara', 'Doyle', { gender: 'Female', area: 'Hexham', postcode: 'NE46 1AA', interests: ['swimming'] }),
    volunteer('v-amira', 'Amira', 'Khan', { gender: 'Female', area: 'Consett', postcode: 'DH8 6CC', interests: ['football', 'art'] }),
  ],
  youngPeople: [
    { id: 'yp-kayden', firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09', gender: 'Male', area: 'Consett', postcode: 'DH8 5AA', interests: ['football', 'drawing'], preferences: 'Would like a woman' },
  ],
  referrals: [{ id: 'r-kayden', youngPersonId: 'yp-kayden', date: ago(40), referrerName: 'Jo Bell', referrerRole: 'iro', outcome: 'accepted', outcomeDate: ago(35) }],
};

/** Dan already has an active match with Lily (capacity 1), last visited 40 days ago. */
const AT_CAPACITY = {
  volunteers: [volunteer('v-dan', 'Dan', 'Evans', { gender: 'Male', area: 'Stanley', interests: ['football'], approvedDate: ago(100) }), { id: 'v-eve', firstName: 'Eve', lastName: 'Fox', enquiryDate: ago(20) }],
  youngPeople: [{ id: 'yp-lily', firstName: 'Lily', lastName: 'Park', dateOfBirth: '2011-03-02', area: 'Stanley' }],
  referrals: [{ id: 'r-lily', youngPersonId: 'yp-lily', date: ago(100), outcome: 'accepted', outcomeDate: ago(95) }],
  matches: [{ id: 'm-lily', referralId: 'r-lily', volunteerId: 'v-dan', proposedDate: ago(70), startDate: ago(60) }],
  visits: [{ id: 'vis-1', matchId: 'm-lily', date: ago(40), activity: 'Bowling', durationMinutes: 90, activityCostPence: 1500, miles: 6, transportCostPence: 270 }],
};

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

async function matchIdOf(harness: Harness, volunteerName: string): Promise<number> {
  const result = await dispatch(harness.session, 'listMatches', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: number; volunteerName: string }[]).find((m) => m.volunteerName === volunteerName)!.id;
}

test('acceptance: referral → suggestions with the right volunteer first → proposal → introduction → visits → ending with a rematch → back on the waiting list', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seed(harness, CRAFTED);

  // The waiting list leads to the matching assistant.
  await nav(page, 'Waiting list');
  const waitingRow = page.getByRole('row', { name: /Kayden Marsh/ });
  await expect(waitingRow).toContainText('Awaiting a suitable IV');
  await waitingRow.getByRole('link', { name: 'Find a match for Kayden Marsh' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find a match for Kayden Marsh' })).toBeVisible();
  await expect(page.locator('.seeker')).toContainText('Would like a woman');

  // Ranked, each point explained: Amira first, then Ben, then Cara.
  const suggested = page.getByRole('region', { name: /^Suggested volunteers/ }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(suggested).toHaveCount(3);
  await expect(suggested.nth(0).getByRole('heading', { level: 3 })).toHaveText('1. Amira Khan');
  await expect(suggested.nth(1).getByRole('heading', { level: 3 })).toHaveText('2. Ben Carter');
  await expect(suggested.nth(2).getByRole('heading', { level: 3 })).toHaveText('3. Cara Doyle');
  const amira = page.getByRole('list', { name: /^Why Amira Khan scores/ });
  await expect(amira.getByRole('listitem')).toHaveText(['+30 Lives in the same area (Consett)', '+10 Shared interests: football', '+20 Matches the wish for a woman', '+4 Free for a match for 8 weeks']);
  await expect(suggested.nth(0)).toContainText('64 points');
  await expect(suggested.nth(0)).toContainText('0 of 1 match held');
  await expect(page.getByRole('list', { name: /^Why Ben Carter scores/ })).toContainText('\u221230 The young person asked for a woman');
  await expect(page.getByRole('list', { name: /^Why Cara Doyle scores/ })).toContainText('\u221220 Different postcode areas (DH8 and NE46), about 13 miles apart: likely too far');
  await expect(page.getByText('Every approved volunteer still in the scheme is suggested above.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '50-matching-assistant');

  // Propose Amira: the date is asked for, and a bad one refused.
  await page.getByRole('button', { name: 'Propose Amira Khan' }).click();
  const propose = page.getByRole('form', { name: 'Propose Amira Khan' });
  // A proposal may not have been made yet: its date is never filled in for the coordinator.
  await expect(propose.getByLabel('Date of the proposal')).toHaveValue('');
  await expect(propose.getByLabel('Date of the proposal')).toBeFocused();
  await propose.getByLabel('Date of the proposal').fill('31/02/2026');
  await propose.getByRole('button', { name: 'Propose the match' }).click();
  await expect(propose.getByRole('alert')).toContainText('The date of the proposal must be a real date');
  await propose.getByLabel('Date of the proposal').fill(uk(ago(20)));
  await propose.getByRole('button', { name: 'Propose the match' }).click();

  // The match page: proposed, with no confidentiality agreement yet.
  await expect(page.getByRole('heading', { level: 1, name: 'Kayden Marsh and Amira Khan' })).toBeVisible();
  await expect(page.getByText('Match proposed: Amira Khan for Kayden Marsh.')).toBeVisible();
  await expect(page.locator('.profile-status')).toContainText('Proposed');
  await expect(page.getByText('No signed confidentiality agreement is in force for Kayden.')).toBeVisible();
  const matchUrl = page.url();

  // Being matched on the waiting list meanwhile.
  await nav(page, 'Waiting list');
  await expect(page.getByRole('row', { name: /Kayden Marsh/ })).toContainText('Being matched');
  await page.goto(matchUrl);

  // The introduction meeting starts the match.
  await page.getByLabel('Date of the introduction meeting').fill(uk(ago(14)));
  await page.getByRole('button', { name: 'Record the introduction meeting' }).click();
  await expect(page.getByText(`Introduction meeting recorded on ${uk(ago(14))}: the match has started.`)).toBeVisible();
  await expect(page.locator('.profile-status')).toContainText('Active');

  // Visits: one before the start is refused; bad amounts and negative miles are refused in plain words.
  const visit = page.getByRole('form', { name: 'Record a visit' });
  await visit.getByLabel('Date', { exact: true }).fill(uk(ago(15)));
  await visit.getByLabel('Activity', { exact: true }).fill('Football at the park');
  await visit.getByRole('button', { name: 'Save the visit' }).click();
  await expect(visit.getByRole('alert')).toContainText(`A visit cannot be before the match started (${uk(ago(14))})`);
  await expect(page.getByRole('table', { name: /^Visits by/ })).toHaveCount(0);

  await visit.getByLabel('Date', { exact: true }).fill(uk(ago(10)));
  await visit.getByLabel('Duration', { exact: true }).fill('two hours');
  await visit.getByLabel('Activity cost in pounds').fill('35.505');
  await visit.getByLabel('Miles driven').fill('-3');
  await visit.getByRole('button', { name: 'Save the visit' }).click();
  await expect(visit.getByRole('alert')).toContainText('Enter the activity cost in pounds and pence, like 35.50');
  await expect(visit.getByRole('alert')).toContainText('Miles cannot be negative');
  await expect(visit.getByRole('alert')).toContainText('Enter the duration in hours and minutes, like 1h 30m, 90 or 1.5 hours');
  await expect(visit.getByLabel('Miles driven')).toHaveAccessibleDescription(/Error: Miles cannot be negative/);
  await expectAccessible(page);

  await visit.getByLabel('Duration', { exact: true }).fill('2 hours');
  await visit.getByLabel('Activity cost in pounds').fill('35.50');
  await visit.getByLabel('Miles driven').fill('12');
  await expect(visit.getByText('Transport: £5.40 (12 miles at 45p a mile)')).toBeVisible();
  await visit.getByLabel('Short notes (optional)').fill('Kicked a ball about; he wants to try the climbing wall.');
  await visit.getByRole('button', { name: 'Save the visit' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Visit on ${uk(ago(10))} saved: transport £5.40 (12 miles at 45p a mile).` })).toBeVisible();
  await expect(visit.getByLabel('Activity', { exact: true })).toHaveValue('');

  await visit.getByLabel('Date', { exact: true }).fill(uk(ago(3)));
  await visit.getByLabel('Activity', { exact: true }).fill('Cinema');
  await visit.getByLabel('Duration', { exact: true }).fill('2h 30m');
  await visit.getByLabel('Activity cost in pounds').fill('£12');
  await visit.getByLabel('Miles driven').fill('20');
  await visit.getByRole('button', { name: 'Save the visit' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'transport £9.00 (20 miles at 45p a mile)' })).toBeVisible();

  const history = page.getByRole('table', { name: /^Visits by Amira Khan to Kayden/ });
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(history.locator('tbody tr').nth(0)).toContainText(`${uk(ago(3))}Cinema2 h 30 min12.00209.00`);
  await expect(history.locator('tbody tr').nth(1)).toContainText(`${uk(ago(10))}Football at the park2 h35.50125.40`);
  await expect(history.locator('tfoot')).toContainText('Total, 2 visits4 h 30 min47.503214.40£61.90 in all');
  await expectAccessible(page);
  await screenshot(page, '51-match');

  // A visit can be corrected; the transport is worked out again.
  await history.getByRole('button', { name: `Change the visit of ${uk(ago(3))}` }).click();
  const change = page.getByRole('form', { name: `Change the visit of ${uk(ago(3))}` });
  await expect(change.getByLabel('Date', { exact: true })).toBeFocused();
  await expect(change.getByLabel('Activity cost in pounds')).toHaveValue('12.00');
  await change.getByLabel('Activity', { exact: true }).fill('Cinema and pizza');
  await change.getByLabel('Miles driven').fill('22');
  await change.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Visit on ${uk(ago(3))} changed: transport £9.90 (22 miles at 45p a mile).` })).toBeVisible();
  await expect(history.locator('tbody tr').nth(0)).toContainText('Cinema and pizza2 h 30 min12.00229.90');
  await expect(history.locator('tfoot')).toContainText('47.503415.30£62.80 in all');

  // Feedback from the young person.
  await page.getByRole('button', { name: 'Record feedback' }).click();
  const feedback = page.getByRole('form', { name: 'Record feedback' });
  await feedback.getByLabel('Date of the feedback').fill(uk(ago(2)));
  await feedback.getByRole('group', { name: 'How satisfied are they with their Independent Visitor?' }).getByLabel('Very satisfied').check();
  await feedback.getByRole('group', { name: 'Have they benefited from the match?' }).getByLabel('Yes').check();
  await feedback.getByLabel('What they said (optional)').fill('Amira is fun and always turns up.');
  await expectAccessible(page);
  await feedback.getByRole('button', { name: 'Save the feedback' }).click();
  await expect(page.getByText(`Feedback of ${uk(ago(2))} from the young person saved.`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Feedback recorded, newest first' }).locator('tbody tr')).toContainText(`${uk(ago(2))}Young personVery satisfiedYesAmira is fun and always turns up.`);

  // Ending, child-led, with a rematch wanted.
  await page.getByRole('button', { name: 'End the match' }).click();
  const end = page.getByRole('form', { name: 'End the match' });
  await end.getByLabel('Date it ended').fill(uk(ago(1)));
  await end.getByLabel('Why did it end?').selectOption({ label: 'The young person moved placement or out of area' });
  await end.getByRole('group', { name: 'Was the ending planned?' }).getByLabel('Yes').check();
  await end.getByRole('group', { name: 'Was a positive ending held?' }).getByLabel('Yes').check();
  await end.getByRole('button', { name: 'End the match' }).click();
  await expect(end.getByRole('alert')).toContainText('Say whether Kayden wants a new Independent Visitor');
  await expectAccessible(page);
  await end.getByRole('group', { name: 'Does Kayden want a new Independent Visitor?' }).getByLabel('Yes').check();
  await end.getByRole('button', { name: 'End the match' }).click();
  await confirmInDialog(page, 'End the match');
  await expect(page.getByText('Match ended. Kayden is back on the waiting list, awaiting a suitable Independent Visitor.')).toBeVisible();
  await expect(page.locator('.profile-status')).toContainText('Ended');
  const findNew = page.getByRole('link', { name: 'Find a new match for Kayden Marsh' });
  await expect(findNew).toHaveAttribute('href', /^#\/matching\/\d+$/);
  await expect(page.getByRole('form', { name: 'Record a visit' })).toHaveCount(0);

  // Back on the waiting list, awaiting a suitable IV.
  await nav(page, 'Waiting list');
  await expect(page.getByRole('row', { name: /Kayden Marsh/ })).toContainText('Awaiting a suitable IV');

  // The new match starts from the same referral; Amira is free again and still first.
  await page.goto(matchUrl);
  await page.getByRole('link', { name: 'Find a new match for Kayden Marsh' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find a match for Kayden Marsh' })).toBeVisible();
  await expect(suggested.nth(0).getByRole('heading', { level: 3 })).toHaveText('1. Amira Khan');

  // The young person's record lists the match.
  await page.getByRole('link', { name: /Kayden’s full record/ }).click();
  const matches = page.getByRole('region', { name: 'Matches' });
  await expect(matches.getByRole('row', { name: /Amira Khan/ })).toContainText('Ended');
  await matches.screenshot({ path: join(SCREENSHOTS, '51c-young-person-matches.png') });

  // The list of matches, filtered.
  await nav(page, 'Matches');
  await expect(page.getByRole('heading', { level: 1, name: 'Matches' })).toBeVisible();
  const table = page.getByRole('table', { name: /^Matches/ });
  // Live matches by default: the ended one only when asked for.
  await expect(page.getByText('0 matches', { exact: true })).toBeVisible();
  await page.getByLabel('Stage').selectOption({ label: 'All' });
  await expect(table.getByRole('row', { name: /Kayden Marsh/ })).toContainText(`Amira KhanEnded${uk(ago(20))}${uk(ago(14))}${uk(ago(1))}${uk(ago(3))}`);
  await expect(table.getByRole('link', { name: 'Kayden Marsh', exact: true })).toHaveAttribute('href', /^#\/young-people\/\d+$/);
  await expect(table.getByRole('link', { name: 'Amira Khan', exact: true })).toHaveAttribute('href', /^#\/volunteers\/\d+$/);
  await page.getByLabel('Stage').selectOption({ label: 'Active' });
  await expect(page.getByText('0 matches with these filters')).toBeVisible();
  await page.getByLabel('Stage').selectOption({ label: 'Ended' });
  // The volunteer is found by typing part of their name: the screen never lists everyone.
  await page.getByRole('combobox', { name: 'Volunteer', exact: true }).fill('amira');
  await page.getByRole('option', { name: 'Amira Khan' }).click();
  await expect(page.getByText('1 match with these filters')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '52-matches');
  await table.getByRole('link', { name: 'Open the match of Kayden Marsh and Amira Khan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kayden Marsh and Amira Khan' })).toBeVisible();
});

test('capacity: a volunteer at capacity is listed apart, warned about, then proposed anyway; capacity can be changed', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seed(harness, { volunteers: [...CRAFTED.volunteers, ...AT_CAPACITY.volunteers], youngPeople: [...CRAFTED.youngPeople, ...AT_CAPACITY.youngPeople], referrals: [...CRAFTED.referrals, ...AT_CAPACITY.referrals], matches: AT_CAPACITY.matches, visits: AT_CAPACITY.visits });

  await nav(page, 'Waiting list');
  await page.getByRole('link', { name: 'Find a match for Kayden Marsh' }).click();
  const others = page.getByRole('region', { name: /^Other approved volunteers/ });
  await expect(others.getByRole('heading', { level: 3 })).toHaveText(['Dan Evans']);
  await expect(others).toContainText('At capacity');
  await expect(others).toContainText('1 of 1 match held');
  await expect(page.getByRole('region', { name: /^Suggested volunteers/ }).getByRole('heading', { name: 'Dan Evans' })).toHaveCount(0);

  await others.getByRole('button', { name: 'Propose Dan Evans' }).click();
  await others.getByLabel('Date of the proposal').fill(uk(ago(2)));
  await others.getByRole('button', { name: 'Propose the match' }).click();
  const warning = others.getByRole('alert');
  await expect(warning).toContainText('Dan Evans is at capacity');
  await expect(warning).toContainText('Dan Evans already has 1 match and capacity for 1. Confirm to match them anyway.');
  await expect(warning).toBeFocused();
  await expectAccessible(page);
  await page.locator('.capacity-warning').screenshot({ path: join(SCREENSHOTS, '50b-capacity-warning.png') });

  // Cancel goes back; nothing was written.
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(others.getByRole('button', { name: 'Propose Dan Evans' })).toBeFocused();
  const before = await dispatch(harness.session, 'listMatches', {});
  expect(before.ok && (before.value as unknown[]).length).toBe(1);

  await others.getByRole('button', { name: 'Propose Dan Evans' }).click();
  await others.getByLabel('Date of the proposal').fill(uk(ago(2)));
  await others.getByRole('button', { name: 'Propose the match' }).click();
  await others.getByRole('button', { name: 'Propose anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kayden Marsh and Dan Evans' })).toBeVisible();

  // The assistant now says a proposal is under way instead of offering another.
  await page.goBack();
  await expect(page.getByText('Dan Evans has already been proposed for Kayden')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Propose / })).toHaveCount(0);

  // The proposal is not taken up: it ends with that reason and Kayden waits again.
  await page.getByRole('link', { name: 'Open the proposed match with Dan Evans' }).click();
  await page.getByRole('button', { name: 'End the proposal' }).click();
  const end = page.getByRole('form', { name: 'End the proposal' });
  await expect(end.getByLabel('Why did it end?')).toHaveValue('proposal_not_taken_up');
  await expect(end.getByRole('group', { name: 'Was the ending planned?' })).toHaveCount(0);
  await end.getByLabel('Date it ended').fill(uk(ago(1)));
  await end.getByRole('group', { name: 'Does Kayden want a new Independent Visitor?' }).getByLabel('Yes').check();
  await end.getByRole('button', { name: 'End the proposal' }).click();
  await confirmInDialog(page, 'End the proposal');
  await expect(page.getByText('Proposal ended. Kayden is back on the waiting list, awaiting a suitable Independent Visitor.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'How it ended' })).toContainText('ReasonProposal not taken up');
  await page.getByRole('link', { name: 'Find a new match for Kayden Marsh' }).click();
  await expect(page.getByRole('button', { name: 'Propose Amira Khan' })).toBeVisible();

  // Dan's record: both matches, and his capacity raised to 2.
  await page.getByRole('link', { name: 'Dan Evans', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dan Evans' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Matches' });
  await expect(section.getByRole('row')).toHaveCount(3);
  await expect(section).toContainText('Capacity: 1 match at a time; 1 held now (proposed or active).');
  await section.getByRole('button', { name: 'Change capacity of Dan' }).click();
  await section.getByLabel('How many matches can they take at once?').fill('9');
  await section.getByRole('button', { name: 'Save capacity' }).click();
  await expect(section.getByRole('alert')).toContainText('Enter a whole number of matches between 1 and 5');
  await section.getByLabel('How many matches can they take at once?').fill('2');
  await section.getByRole('button', { name: 'Save capacity' }).click();
  await expect(section.getByText('Capacity saved: 2 matches at a time.')).toBeVisible();
  await expect(section).toContainText('Capacity: 2 matches at a time');
  await expectAccessible(page);
  await section.screenshot({ path: join(SCREENSHOTS, '51b-volunteer-matches.png') });
  const found = await dispatch(harness.session, 'listVolunteers', { search: 'Dan' });
  if (!found.ok) throw new Error(found.error.message);
  const dan = await dispatch(harness.session, 'getVolunteer', { id: (found.value as { id: number }[])[0].id });
  expect(dan.ok && (dan.value as { capacity: number }).capacity).toBe(2);
});

test('today: the key counts, and an overdue visit that leads straight to the match', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seed(harness, { volunteers: [...CRAFTED.volunteers, ...AT_CAPACITY.volunteers], youngPeople: [...CRAFTED.youngPeople, ...AT_CAPACITY.youngPeople], referrals: [...CRAFTED.referrals, ...AT_CAPACITY.referrals], matches: AT_CAPACITY.matches, visits: AT_CAPACITY.visits });
  await nav(page, 'Matches');
  await nav(page, 'Today');

  const counts = page.getByRole('list', { name: 'At a glance' });
  await expect(counts.getByRole('link', { name: '1 child in an active match' })).toHaveAttribute('href', '#/matches');
  await expect(counts.getByRole('link', { name: '1 waiting for an Independent Visitor' })).toHaveAttribute('href', '#/waiting');
  await expect(counts.getByRole('link', { name: '4 active Independent Visitors' })).toHaveAttribute('href', '#/volunteers');
  await expect(counts.getByRole('link', { name: '1 applicant in the pipeline' })).toHaveAttribute('href', '#/recruitment');

  // Dan last visited Lily 40 days ago: five weeks without a visit fell due five days ago.
  const visitRow = page.getByRole('region', { name: /^Visits overdue on live matches/ }).getByRole('row').filter({ hasText: `No visit since ${uk(ago(40))}` });
  await expect(visitRow).toContainText(`${uk(ago(5))} 5 days overdue`);
  await expect(page.getByRole('region', { name: /^Consent missing on an active match/ }).getByRole('row').filter({ hasText: 'No signed confidentiality agreement in force for this match' })).toHaveCount(1);
  await expectAccessible(page);
  await screenshot(page, '55-today');

  const id = await matchIdOf(harness, 'Dan Evans');
  const link = visitRow.getByRole('link', { name: 'Lily Park and Dan Evans' });
  await expect(link).toHaveAttribute('href', `#/matches/${id}`);
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lily Park and Dan Evans' })).toBeVisible();
  await expect(page.locator('.summary-list__row', { hasText: 'Last visit' })).toContainText(uk(ago(40)));
});

/**
 * A scheme of Durham's size from the bench generator (about 650 volunteers and 230 young
 * people, with their matches and visits), its approved volunteers trained as a real
 * scheme's would be; their DBS checks fall due as the generator dated them.
 */
function durhamSizeScheme() {
  const bench = generateScheme();
  const youngPeople = bench.youngPeople!.slice(0, 230);
  const keptPeople = new Set(youngPeople.map((y) => y.id));
  const referrals = bench.referrals!.filter((r) => keptPeople.has(r.youngPersonId));
  const keptReferrals = new Set(referrals.map((r) => r.id));
  const matches = bench.matches!.filter((m) => keptReferrals.has(m.referralId));
  const keptMatches = new Set(matches.map((m) => m.id));
  const matched = new Set(matches.map((m) => m.volunteerId));
  const volunteers = bench.volunteers!.filter((v, i) => i < 650 || matched.has(v.id)).map((v) => (v.approvedDate ? { ...v, training: DEFAULT_RECRUITMENT_SETTINGS.trainingModules.map((module) => ({ module, completedDate: v.approvedDate })) } : v));
  const keptVolunteers = new Set(volunteers.map((v) => v.id));
  const ofMatch = <T extends { matchId: string }>(rows: T[] | undefined) => (rows ?? []).filter((r) => keptMatches.has(r.matchId));
  return {
    scheme: bench.scheme,
    volunteers,
    youngPeople,
    referrals,
    matches,
    visits: ofMatch(bench.visits),
    feedback: ofMatch(bench.feedback),
    contacts: ofMatch(bench.contacts),
    supervisions: (bench.supervisions ?? []).filter((s) => keptVolunteers.has(s.volunteerId)),
    careReviews: (bench.careReviews ?? []).filter((c) => keptPeople.has(c.youngPersonId)),
  };
}

test('on a scheme of Durham’s size: a volunteer whose DBS Update Service check is overdue is not suggested, is listed with the reason, and is proposed only once confirmed', async ({ page, harness }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  const scheme = durhamSizeScheme();
  // Jo would score highest of all (same area, both interests, the wish for a woman), but her yearly status check was due two months ago.
  const checkDue = addMonths(TODAY, -2);
  const jo = volunteer('v-jo', 'Jo', 'Bloggs', {
    gender: 'Female',
    area: 'Consett',
    postcode: 'DH8 6CC',
    interests: ['fishing', 'chess'],
    dbs: { certificateNumber: '009876543210', issueDate: ago(900), level: 'enhanced_barred_children', outcome: 'clear', checkedBy: 'Jo Bell', checkedDate: ago(899), updateService: true, updateServiceCheckedDate: addMonths(checkDue, -12) },
  });
  const amira = volunteer('v-amira', 'Amira', 'Khan', { gender: 'Female', area: 'Consett', postcode: 'DH8 7DD', interests: ['fishing'], maxTravelMiles: 10 });
  await seed(harness, {
    ...scheme,
    volunteers: [...scheme.volunteers, jo, amira],
    youngPeople: [...scheme.youngPeople, { id: 'yp-kayden', firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09', gender: 'Male', area: 'Consett', postcode: 'DH8 5AA', interests: ['fishing', 'chess'], preferences: 'Would like a woman who likes fishing' }],
    referrals: [...scheme.referrals, { id: 'r-kayden', youngPersonId: 'yp-kayden', date: ago(40), referrerName: 'Jo Bell', referrerRole: 'iro', outcome: 'accepted', outcomeDate: ago(35) }],
  });

  // The new way in: "Find a match" on Kayden's profile.
  const kaydenId = harness.session.db.select({ id: youngPeople.id }).from(youngPeople).where(and(eq(youngPeople.firstName, 'Kayden'), eq(youngPeople.lastName, 'Marsh'))).get()!.id;
  const matchCount = () => harness.session.db.select({ n: count() }).from(matches).get()!.n;
  const matchesBefore = matchCount();
  await page.goto(`${harness.url}#/young-people/${kaydenId}`);
  await expect(page.getByRole('link', { name: 'Find a match for Kayden Marsh' })).toHaveAttribute('href', /^#\/matching\/\d+$/);
  await expectAccessible(page);
  await screenshot(page, 'matching-profile-find-a-match', { fullPage: false });
  await page.getByRole('link', { name: 'Find a match for Kayden Marsh' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find a match for Kayden Marsh' })).toBeVisible();

  // The young person first: age, gender, wishes, interests, area.
  const seeker = page.locator('.seeker');
  await expect(seeker).toContainText(`Age${new Date().getFullYear() - 2012 - (TODAY.slice(5) < '11-09' ? 1 : 0)}`);
  await expect(seeker).toContainText('GenderMale');
  await expect(seeker).toContainText('Wishes about their Independent VisitorWould like a woman who likes fishing');
  await expect(seeker).toContainText('Interestsfishing, chess');
  await expect(seeker).toContainText('AreaConsett, DH8 5AA');

  // Amira leads the suggestions; Jo is not among them, on any page.
  const suggested = page.getByRole('region', { name: /^Suggested volunteers/ });
  await expect(suggested.getByRole('heading', { level: 3 }).first()).toHaveText('1. Amira Khan');
  await expect(suggested.getByRole('heading', { name: /Jo Bloggs/ })).toHaveCount(0);

  // Jo heads the others, with the reason in words.
  const others = page.getByRole('region', { name: /^Other approved volunteers/ });
  const joCard = others.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Jo Bloggs' }) });
  await expect(others.getByRole('heading', { level: 3 }).first()).toHaveText('Jo Bloggs');
  await expect(joCard.getByRole('list', { name: 'Why Jo Bloggs is not suggested' })).toHaveText(`DBS Update Service check was due on ${uk(checkDue)}`);
  await expect(others).toContainText(/Showing 1 to 50 of \d+\./);
  await expectAccessible(page);
  await screenshot(page, 'matching-safe-1366', { fullPage: false });
  await page.getByRole('heading', { name: /^Suggested volunteers/ }).evaluate((h) => h.scrollIntoView());
  await screenshot(page, 'matching-safe-1366-suggested', { fullPage: false });
  await joCard.screenshot({ path: join(SCREENSHOTS, 'matching-safe-others-card.png') });

  // Proposing Jo asks first, in a dialog naming the reason; Cancel writes nothing.
  await joCard.getByRole('button', { name: 'Propose Jo Bloggs' }).click();
  await joCard.getByLabel('Date of the proposal').fill(uk(TODAY));
  await joCard.getByRole('button', { name: 'Propose the match' }).click();
  const dialog = page.getByRole('dialog', { name: 'Jo Bloggs is not suggested' });
  await expect(dialog).toContainText(`Jo Bloggs’s DBS Update Service check was due on ${uk(checkDue)}. Propose anyway?`);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await screenshot(page, 'matching-safe-confirm', { fullPage: false });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(matchCount()).toBe(matchesBefore);

  // Confirmed, the proposal is made.
  await joCard.getByRole('button', { name: 'Propose the match' }).click();
  await page.getByRole('dialog', { name: 'Jo Bloggs is not suggested' }).getByRole('button', { name: 'Propose anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kayden Marsh and Jo Bloggs' })).toBeVisible();
  expect(matchCount()).toBe(matchesBefore + 1);

  // Reflow at 320 CSS px: no sideways scroll on the assistant.
  await page.goBack();
  await expect(page.getByText('Jo Bloggs has already been proposed for Kayden')).toBeVisible();
  await page.setViewportSize({ width: 320, height: 640 });
  // The assistant itself: the header's own reflow is the shell's.
  const beyond = await page.evaluate(() => [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > 320.5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`));
  expect(beyond).toEqual([]);
  await screenshot(page, 'matching-safe-320', { fullPage: false });
  await joCard.screenshot({ path: join(SCREENSHOTS, 'matching-safe-320-card.png') });
});
