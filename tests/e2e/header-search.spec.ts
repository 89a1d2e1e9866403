/**
 * The header search on the bench's 1x scheme (2,000 volunteers, 700 young people): the shortcuts, one call
 * per burst of typing, arrows, Enter and Escape, what a screen reader hears, and reflow
 * at 320 px.
 */
import type { Page, Request } from '@playwright/test';
import { test, expect, expectAccessible, screenshot, setUpScheme } from './fixtures';
import { generateScheme } from '../bench/generate';
import type { Harness } from '../harness/server';
import { dispatch } from '../../electron/core/handlers';

test.use({ viewport: { width: 1366, height: 768 } });

/**
 * The people, referrals and matches of the bench's 1x scheme, inserted as rows (the
 * triggers keep the search indexes): the import's checks would take minutes here, and the
 * search needs only these. Returns a volunteer with more than one match to look for, numbered
 * from 1,000 so that no one else's name begins with theirs.
 */
function seed(harness: Harness): { id: number; firstName: string; lastName: string; matches: number } {
  const doc = generateScheme();
  const sqlite = harness.session.connection.sqlite;
  const ids = new Map<string, number | bigint>();
  const insert = (sql: string) => sqlite.prepare(sql);
  sqlite.transaction(() => {
    const volunteer = insert('INSERT INTO volunteers (external_ref, first_name, last_name, email, postcode, enquiry_date) VALUES (?, ?, ?, ?, ?, ?)');
    for (const v of doc.volunteers!) ids.set(v.id, volunteer.run(v.id, v.firstName, v.lastName, v.email ?? null, v.postcode ?? null, v.enquiryDate).lastInsertRowid);
    const youngPerson = insert('INSERT INTO young_people (external_ref, first_name, last_name, date_of_birth) VALUES (?, ?, ?, ?)');
    for (const y of doc.youngPeople!) ids.set(y.id, youngPerson.run(y.id, y.firstName, y.lastName, y.dateOfBirth).lastInsertRowid);
    const referral = insert('INSERT INTO referrals (external_ref, young_person_id, date) VALUES (?, ?, ?)');
    for (const r of doc.referrals!) ids.set(r.id, referral.run(r.id, ids.get(r.youngPersonId), r.date).lastInsertRowid);
    const match = insert('INSERT INTO matches (external_ref, referral_id, volunteer_id, proposed_date, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)');
    for (const m of doc.matches!) match.run(m.id, ids.get(m.referralId), ids.get(m.volunteerId), m.proposedDate, m.startDate ?? null, m.endDate ?? null);
  })();
  return sqlite
    .prepare('SELECT v.id, v.first_name AS firstName, v.last_name AS lastName, count(*) AS matches FROM volunteers v JOIN matches m ON m.volunteer_id = v.id WHERE CAST(substr(v.external_ref, 2) AS INTEGER) >= 1000 GROUP BY v.id HAVING count(*) > 1 ORDER BY v.id LIMIT 1')
    .get() as { id: number; firstName: string; lastName: string; matches: number };
}

const box = (page: Page) => page.getByRole('combobox', { name: 'Search volunteers, young people, matches and referrals' });
const searchCalls = (page: Page) => {
  const calls: Request[] = [];
  page.on('request', (r) => r.url().endsWith('/api/searchEverything') && calls.push(r));
  return calls;
};

test('Ctrl+K and "/" reach the search; arrows, Enter and Escape work it; a burst of typing is one call', async ({ page, harness }) => {
  test.setTimeout(180_000);
  await setUpScheme(page, harness);
  const volunteer = seed(harness);

  // "/" from the page (not a text field) puts the focus in the search box.
  await page.locator('body').press('/');
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('');

  const calls = searchCalls(page);
  await box(page).pressSequentially(volunteer.lastName.toLowerCase(), { delay: 30 });
  const list = page.getByRole('listbox', { name: 'Found' });
  // The first answer on a busy machine can be slow in coming.
  await expect(list.getByRole('group', { name: 'Volunteers (1)' })).toBeVisible({ timeout: 30_000 });
  await expect(list.getByRole('group', { name: `Matches (${volunteer.matches})` })).toBeVisible();
  const spoken = page.locator('#header-search-count');
  await expect(spoken).toHaveAttribute('aria-live', 'polite');
  await expect(spoken).toHaveText(`1 volunteer and ${volunteer.matches} matches found`);
  expect(calls).toHaveLength(1);
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page, 'header');
  await screenshot(page, 'header-search-1366', { fullPage: false });

  // Down moves through what is found; the focus stays in the box, which names the active option.
  await box(page).press('ArrowDown');
  const first = list.getByRole('group', { name: 'Volunteers (1)' }).getByRole('option', { name: new RegExp(`^${volunteer.firstName} ${volunteer.lastName}`) });
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await screenshot(page, 'header-search-1366-active', { fullPage: false });
  await box(page).press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'false');
  await expect(list.getByRole('option', { selected: true })).toContainText(`${volunteer.firstName} ${volunteer.lastName} and`);
  await box(page).press('ArrowUp');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await box(page).press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/volunteers/${volunteer.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: `${volunteer.firstName} ${volunteer.lastName}` })).toBeVisible();
  await expect(list).toHaveCount(0);
  await expect(box(page)).toHaveValue('');

  // Ctrl+K from a link, then Escape: the list closes and the focus goes back to the link.
  const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matches' });
  await nav.focus();
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
  await box(page).fill(volunteer.lastName);
  await expect(list.getByRole('group', { name: 'Volunteers (1)' })).toBeVisible();
  await box(page).press('Escape');
  await expect(list).toHaveCount(0);
  await expect(nav).toBeFocused();

  // A match opens from the list by mouse too.
  await box(page).click();
  await list.getByRole('option', { name: new RegExp(`^${volunteer.firstName} ${volunteer.lastName} and`) }).first().click();
  await expect(page).toHaveURL(/#\/matches\/\d+$/);

  // Words that find nothing say so; "/" typed into a text field is just a character.
  await box(page).fill('zzqx');
  await expect(page.getByText('Nothing found for “zzqx”.')).toBeVisible();
  await expect(spoken).toHaveText('Nothing found');
  await box(page).press('Escape');
  await box(page).press('Escape');
  await expect(box(page)).toHaveValue('');
  await page.goto(`${harness.url}#/volunteers`);
  const listSearch = page.getByLabel('Search by name');
  await listSearch.fill('a/b');
  await expect(listSearch).toHaveValue('a/b');
  await expect(box(page)).not.toBeFocused();
});

test('at 320 px the search box and its list fit the width', async ({ page, harness }) => {
  test.setTimeout(180_000);
  await setUpScheme(page, harness);
  seed(harness);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.keyboard.press('Control+k');
  await box(page).fill('smith');
  await expect(page.getByRole('listbox', { name: 'Found' }).getByRole('group', { name: /^Volunteers \(\d+\)/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Showing the first 5: type more to narrow.').first()).toBeVisible();
  await screenshot(page, 'header-search-320', { fullPage: false });
  for (const part of [page.getByRole('banner'), page.getByRole('listbox', { name: 'Found' })]) {
    const { x, width } = (await part.boundingBox())!;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(320);
  }
  expect(await page.getByRole('banner').evaluate((header) => header.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page, 'header');
});

test('a slow answer to older words never shows over the answer to newer ones', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  for (const [firstName, lastName] of [['Annika', 'Slowly'], ['Bobbie', 'Quickly']]) {
    expect(await dispatch(harness.session, 'createVolunteer', { firstName, lastName, enquiryDate: '2026-01-05' })).toMatchObject({ ok: true });
  }
  // Core takes two seconds over the first words, and answers the next ones at once.
  await page.route('**/api/searchEverything', async (route) => {
    if (route.request().postData()?.includes('slowly')) await new Promise((done) => setTimeout(done, 2000));
    await route.continue();
  });
  const asked = page.waitForRequest((r) => r.url().endsWith('/api/searchEverything'));
  await box(page).fill('slowly');
  await asked;
  await box(page).fill('quickly');
  const list = page.getByRole('listbox', { name: 'Found' });
  await expect(list.getByRole('option', { name: /Bobbie Quickly/ })).toBeVisible();
  // Long after the slow answer has come back, the newer one is still what is shown.
  await page.waitForTimeout(2500);
  await expect(list.getByRole('option', { name: /Bobbie Quickly/ })).toBeVisible();
  await expect(list.getByRole('option', { name: /Annika Slowly/ })).toHaveCount(0);
});
