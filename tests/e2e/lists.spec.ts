/**
 * The volunteers, young people and matches lists on a scheme the size of a large council's
 * (about 650 volunteers): a page at a time, sorted by their headings, one call into core
 * per change, typing waited on; and at 320 px the page never scrolls sideways.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, screenshot, setUpScheme } from './fixtures';
import { dispatch } from '../../electron/core/handlers';
import type { Harness } from '../harness/server';
import type { MatchList, VolunteerList, YoungPersonListRow } from '../../shared/contract';
import type { ListPage } from '../../shared/lists/paging';
import { addDays, formatUkDate } from '../../shared/dates';
import { generateScheme, BENCH_TODAY } from '../bench/generate';

test.setTimeout(240_000);

/** A third of the bench's scheme, with only the last three months' visits (enough for every "last visit"). */
async function seedLargeScheme(harness: Harness): Promise<void> {
  const scheme = generateScheme(undefined, 1 / 3);
  const recent = addDays(BENCH_TODAY, -90);
  const document = { ...scheme, visits: scheme.visits!.filter((v) => v.date >= recent), supervisions: [], careReviews: [] };
  const result = await dispatch(harness.session, 'importData', { text: JSON.stringify(document) });
  expect(result).toMatchObject({ ok: true });
}

async function core<T>(harness: Harness, name: string, input: object): Promise<T> {
  const result = await dispatch(harness.session, name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** The names of the calls the page makes into core from now on. */
function callsOf(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const match = /\/api\/(\w+)$/.exec(new URL(request.url()).pathname);
    if (match) calls.push(match[1]);
  });
  return calls;
}

const bodyRows = (page: Page) => page.locator('main table tbody tr');
const firstCells = (page: Page) => page.locator('main table tbody tr td:first-child');

/** At 320 px nothing in the screen reaches past the page's edge; the table scrolls inside its own box. */
async function noSidewaysScroll(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 720 });
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll('main *')].filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => `${e.tagName}.${e.className}`),
  );
  expect(outside).toEqual([]);
  expect(await page.locator('main .table-scroll').evaluate((e) => e.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
  await page.locator('main .table-scroll').scrollIntoViewIfNeeded();
  await screenshot(page, name, { fullPage: false });
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('volunteers, young people and matches on a large scheme: paged, sorted, filtered, one call each', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  await seedLargeScheme(harness);
  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

  // Volunteers: current ones by name, 50 a page, from one call.
  const volunteers = await core<VolunteerList>(harness, 'volunteersPage', {});
  expect(volunteers.total).toBeGreaterThan(300);
  const calls = callsOf(page);
  await nav('Volunteers');
  await expect(page.getByText(`${volunteers.total} volunteers. Showing 1 to 50 of ${volunteers.total}.`)).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(50);
  await expect(firstCells(page)).toHaveText(volunteers.rows.map((v) => `${v.firstName} ${v.lastName}`));
  expect(calls).toEqual(['volunteersPage']);
  await expect(page.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'ascending');
  await expectAccessible(page);
  await screenshot(page, 'lists-01-volunteers', { fullPage: false });

  // Next page, from the keyboard: the count line takes the focus and says where we are.
  await page.getByRole('button', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Showing 51 to 100 of ${volunteers.total}.`)).toBeFocused();
  await expect(page.getByText(/^Page 2 of/)).toBeVisible();
  const second = await core<VolunteerList>(harness, 'volunteersPage', { page: 2 });
  await expect(firstCells(page)).toHaveText(second.rows.map((v) => `${v.firstName} ${v.lastName}`));

  // Sorting by approval: newest first on the second press, back to page 1.
  const approved = page.getByRole('columnheader', { name: /^Approved/ });
  await approved.getByRole('button').click();
  await expect(approved).toHaveAttribute('aria-sort', 'ascending');
  await approved.getByRole('button').click();
  await expect(approved).toHaveAttribute('aria-sort', 'descending');
  const newest = await core<VolunteerList>(harness, 'volunteersPage', { sort: { by: 'approvedDate', direction: 'desc' } });
  await expect(page.getByText(`Showing 1 to 50 of ${volunteers.total}.`)).toBeVisible();
  await expect(page.locator('main table tbody tr td:nth-child(5)')).toHaveText(newest.rows.map((v) => formatUkDate(v.approvedDate)));
  await screenshot(page, 'lists-02-volunteers-newest-approval', { fullPage: false });

  // Those who left, only when asked for.
  const left = await core<VolunteerList>(harness, 'volunteersPage', { status: 'left' });
  await page.getByLabel('Status').selectOption({ label: 'Left' });
  await expect(page.getByText(`${left.total} volunteers with status “Left”`)).toBeVisible();

  // Typing waits for a pause: one search for the whole word, not one a letter.
  calls.length = 0;
  await page.getByLabel('Search by name').pressSequentially('Smith', { delay: 40 });
  const smiths = await core<VolunteerList>(harness, 'volunteersPage', { status: 'left', search: 'Smith', sort: { by: 'approvedDate', direction: 'desc' } });
  await expect(page.getByText(`${smiths.total} volunteers matching “Smith” with status “Left”`)).toBeVisible();
  expect(calls).toEqual(['volunteersPage']);
  await noSidewaysScroll(page, 'lists-03-volunteers-320px');

  // Young people: still in the service by default; matched ones with their IV, linked.
  const people = await core<ListPage<YoungPersonListRow>>(harness, 'youngPeoplePage', {});
  const matched = await core<ListPage<YoungPersonListRow>>(harness, 'youngPeoplePage', { status: 'matched' });
  calls.length = 0;
  await nav('Young people');
  await expect(page.getByText(`${people.total} young people. Showing 1 to 50 of ${people.total}.`)).toBeVisible();
  expect(calls).toEqual(['youngPeoplePage']);
  await page.getByLabel('Status').selectOption({ label: 'Matched' });
  await expect(page.getByText(`${matched.total} young people with status “Matched”`)).toBeVisible();
  const first = matched.rows[0];
  const row = page.getByRole('row', { name: new RegExp(`^${first.firstName} ${first.lastName}`) });
  await expect(row.getByRole('link', { name: first.iv!.name })).toHaveAttribute('href', `#/volunteers/${first.iv!.volunteerId}`);
  await expectAccessible(page);
  await screenshot(page, 'lists-04-young-people-matched', { fullPage: false });
  await page.getByLabel('Status').selectOption({ label: 'Waiting (either kind)' });
  await page.getByRole('columnheader', { name: /^Waiting since/ }).getByRole('button').click();
  const waiting = await core<ListPage<YoungPersonListRow>>(harness, 'youngPeoplePage', { status: 'waiting', sort: { by: 'waitingSince', direction: 'asc' } });
  await expect(page.locator('main table tbody tr td:nth-child(6)')).toHaveText(waiting.rows.map((y) => formatUkDate(y.waitingSince)));
  await screenshot(page, 'lists-05-young-people-longest-wait', { fullPage: false });
  await noSidewaysScroll(page, 'lists-06-young-people-320px');

  // Matches: live ones, newest proposal first, from one call; sorted by last visit.
  const live = await core<MatchList>(harness, 'matchesPage', {});
  calls.length = 0;
  await nav('Matches');
  await expect(page.getByText(`${live.total} matches`)).toBeVisible();
  expect(calls).toEqual(['matchesPage']);
  await expect(page.getByRole('columnheader', { name: /^Proposed/ })).toHaveAttribute('aria-sort', 'descending');
  const lastVisit = page.getByRole('columnheader', { name: /^Last visit/ });
  await lastVisit.getByRole('button').click();
  await lastVisit.getByRole('button').click();
  await expect(lastVisit).toHaveAttribute('aria-sort', 'descending');
  const recent = await core<MatchList>(harness, 'matchesPage', { sort: { by: 'lastVisitDate', direction: 'desc' } });
  const top = recent.rows[0];
  await expect(page.locator('main table tbody tr').first().getByRole('link', { name: top.volunteerName, exact: true })).toHaveAttribute('href', `#/volunteers/${top.volunteerId}`);
  await expect(page.locator('main table tbody tr').first().getByRole('link', { name: top.youngPersonName, exact: true })).toHaveAttribute('href', `#/young-people/${top.youngPersonId}`);
  await expectAccessible(page);
  await screenshot(page, 'lists-07-matches-last-visit', { fullPage: false });
  // The name search, the stage and both person pickers sit in one row at 1366 px.
  const filterRow = page.getByRole('search', { name: /^Search and filter/ });
  const labelTops = await filterRow.locator('.label').evaluateAll((labels) => labels.map((l) => Math.round(l.getBoundingClientRect().top)));
  expect(labelTops).toHaveLength(4);
  expect(new Set(labelTops).size).toBe(1);
  await page.getByLabel('Stage').selectOption({ label: 'Ended' });
  const ended = await core<MatchList>(harness, 'matchesPage', { stage: 'ended', sort: { by: 'lastVisitDate', direction: 'desc' } });
  await expect(page.getByText(`${ended.total} matches with these filters`)).toBeVisible();
  await noSidewaysScroll(page, 'lists-08-matches-320px');
  await page.setViewportSize({ width: 320, height: 720 });
  await filterRow.scrollIntoViewIfNeeded();
  await screenshot(page, 'lists-09-matches-filters-320px', { fullPage: false });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.locator('main table tbody tr').first().getByRole('link', { name: /^Open the match of/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${ended.rows[0].youngPersonName} and ${ended.rows[0].volunteerName}` })).toBeVisible();
});
