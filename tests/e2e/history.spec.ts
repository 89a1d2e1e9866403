/**
 * The audit trail in Chromium against real core: the coordinator's name in Settings, an
 * edit to a volunteer shown in their History and on the Audit screen under her name, and a
 * safeguarding change shown only in the concern's own history.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { test, expect, expectAccessible, screenshot, setUpScheme, SCREENSHOTS } from './fixtures';
import { dispatch } from '../../electron/core/handlers';
import type { Harness } from '../harness/server';
import { formatUkDate, todayIso } from '../../shared/dates';

const COORDINATOR = 'Jo Marsh';
const TODAY = formatUkDate(todayIso());

async function seed(harness: Harness, more: Record<string, unknown> = {}): Promise<void> {
  const result = await dispatch(harness.session, 'importData', {
    text: JSON.stringify({
      format: 'iv-desk/1',
      volunteers: [{ id: 'v1', firstName: 'Tom', lastName: 'Reid', enquiryDate: '2026-10-01', phone: '01234 111111', area: 'Consett' }],
      youngPeople: [{ id: 'y1', firstName: 'Zara', lastName: 'Quinn', dateOfBirth: '2012-03-14', area: 'Stanley' }],
      ...more,
    }),
  });
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
}

async function setCoordinatorName(page: Page, shot = false): Promise<void> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  // The form fills itself from the stored details first.
  await expect(page.getByLabel('Scheme name')).toHaveValue('Northshire Independent Visitors');
  await page.getByLabel('Your name (optional)').fill(COORDINATOR);
  await page.getByRole('button', { name: 'Save scheme details' }).click();
  await expect(page.getByText('Scheme details saved.')).toBeVisible();
  if (shot) {
    await expectAccessible(page);
    await page.getByRole('region', { name: 'Scheme details' }).screenshot({ path: join(SCREENSHOTS, 'settings-coordinator-name.png') });
  }
}

test("an edit to a volunteer shows in their History and on the Audit screen with the coordinator's name", async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  await seed(harness);
  await setCoordinatorName(page, true);

  await page.getByRole('link', { name: 'Volunteers', exact: true }).click();
  await page.getByRole('link', { name: 'Tom Reid' }).click();
  await page.getByRole('link', { name: 'Edit details' }).click();
  await page.getByLabel('Phone number').fill('07700 900123');
  await page.getByLabel('Area').fill('Stanley');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tom Reid' })).toBeVisible();

  const history = page.getByRole('region', { name: 'History' });
  const show = history.getByRole('button', { name: 'Show the history' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(history.getByRole('button', { name: 'Hide the history' })).toHaveAttribute('aria-expanded', 'true');
  const entries = history.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  const edit = entries.first();
  await expect(edit.getByRole('heading')).toHaveText('Changed: Volunteer (Tom Reid)');
  await expect(edit).toContainText(`${TODAY}`);
  await expect(edit).toContainText(`by ${COORDINATOR}`);
  const rows = edit.getByRole('table', { name: 'What changed' }).getByRole('row');
  await expect(rows).toHaveText(['FieldBeforeAfter', 'Phone01234 11111107700 900123', 'AreaConsettStanley']);
  await expect(entries.nth(1).getByRole('heading')).toHaveText('Imported: Volunteer (Tom Reid)');
  await expectAccessible(page);
  await history.screenshot({ path: join(SCREENSHOTS, 'history-volunteer.png') });

  await page.getByRole('link', { name: 'Audit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('3 changes, newest first.');
  const latest = page.getByRole('main').getByRole('listitem').first();
  await expect(latest.getByRole('heading')).toHaveText('Changed: Volunteer (Tom Reid)');
  await expect(latest).toContainText(`by ${COORDINATOR}`);
  await expectAccessible(page);
  await screenshot(page, 'audit-screen');

  // Filters: the kind of change, then one record, then a period with nothing in it.
  await page.getByLabel('Kind of change').selectOption({ label: 'Imported' });
  await page.getByRole('button', { name: 'Show the changes' }).click();
  await expect(page.getByRole('status')).toHaveText('2 changes, newest first.');
  await page.getByLabel('Kind of change').selectOption({ label: 'Any change' });
  await page.getByLabel('Kind of record').selectOption({ label: 'Young person' });
  await page.getByRole('button', { name: 'Show the changes' }).click();
  await expect(page.getByRole('status')).toHaveText('1 change, newest first.');
  await page.getByLabel('Kind of record').selectOption({ label: 'Any record' });
  await page.getByRole('button', { name: 'Show the changes' }).click();
  await page.getByRole('link', { name: /Only the changes to this volunteer/ }).first().click();
  await expect(page.getByText('Showing the changes to one volunteer.')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('2 changes, newest first.');
  await page.getByRole('link', { name: /Open the volunteer’s page/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tom Reid' })).toBeVisible();
  await page.goBack();
  await page.getByRole('link', { name: 'Show the changes to every record' }).click();
  await page.getByLabel('From', { exact: true }).fill('01/01/2020');
  await page.getByLabel('To', { exact: true }).fill('31/12/2020');
  await page.getByRole('button', { name: 'Show the changes' }).click();
  await expect(page.getByRole('status')).toHaveText('No changes match.');
  // Bad input: a plain message, linked to its field.
  await page.getByLabel('From', { exact: true }).fill('31/12/2021');
  await page.getByRole('button', { name: 'Show the changes' }).click();
  await expect(page.getByRole('alert')).toContainText('The "to" date must be the same as or after the "from" date');
  await expectAccessible(page);
  await screenshot(page, 'audit-screen-filter-error');
});

test("a safeguarding change shows only in the concern's own history, never on the Audit screen", async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  await seed(harness, {
    volunteers: [{ id: 'v1', firstName: 'Tom', lastName: 'Reid', enquiryDate: '2026-10-01', applicationDate: '2026-10-02', approvedDate: '2026-10-20' }],
    referrals: [{ id: 'r1', youngPersonId: 'y1', date: '2026-10-05', outcome: 'accepted', outcomeDate: '2026-10-10' }],
    matches: [{ id: 'm1', referralId: 'r1', volunteerId: 'v1', proposedDate: '2026-11-01' }],
  });
  await setCoordinatorName(page);

  await page.getByRole('link', { name: 'Logs', exact: true }).click();
  await page.getByRole('link', { name: 'Open the safeguarding log' }).click();
  await page.getByRole('button', { name: 'Record a concern' }).click();
  const form = page.getByRole('form', { name: 'Record a concern' });
  await form.getByLabel('Young person it is about').fill('zara');
  await form.getByRole('option', { name: 'Zara Quinn (born 14/03/2012)' }).click();
  await form.getByLabel('Summary of the concern').fill('Said she was frightened of going home.');
  await form.getByRole('button', { name: 'Record the concern' }).click();
  const entry = page.getByRole('article', { name: `Concern of ${TODAY}` });
  await entry.getByRole('button', { name: /^Update/ }).click();
  const update = page.getByRole('form', { name: `Update the concern of ${TODAY}` });
  await update.getByLabel('Referred to').selectOption({ label: "Council's safeguarding team" });
  await update.getByRole('button', { name: 'Save the update' }).click();
  await expect(page.getByRole('status')).toContainText('updated');

  await entry.getByRole('button', { name: `Show the history of the concern of ${TODAY}` }).click();
  const changes = entry.getByRole('listitem');
  await expect(changes).toHaveCount(2);
  await expect(changes.first().getByRole('heading')).toHaveText(`Changed: Safeguarding concern (${TODAY})`);
  await expect(changes.first()).toContainText(`by ${COORDINATOR}`);
  await expect(changes.first().getByRole('row', { name: /Referred to/ })).toContainText("Council's safeguarding team");
  await expect(changes.nth(1)).toContainText('Said she was frightened of going home.');
  await expectAccessible(page);
  await entry.screenshot({ path: join(SCREENSHOTS, 'history-safeguarding-concern.png') });

  await page.getByRole('link', { name: 'Audit', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('4 changes, newest first.');
  await expect(page.getByRole('main')).not.toContainText('frightened');
  await expect(page.getByLabel('Kind of record').locator('option')).not.toContainText(['Safeguarding concern']);

  // And not in the young person's History either.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Young people', exact: true }).click();
  await page.getByRole('main').getByRole('link', { name: 'Zara Quinn', exact: true }).click();
  await page.getByRole('region', { name: 'History' }).getByRole('button', { name: 'Show the history' }).click();
  const personHistory = page.getByRole('region', { name: 'History' }).getByRole('listitem');
  // Zara herself and her referral.
  await expect(personHistory).toHaveCount(2);
  await expect(personHistory.first().getByRole('heading')).toHaveText('Imported: Referral (05/10/2026)');
  await expect(page.getByRole('region', { name: 'History' })).not.toContainText('frightened');
  await page.getByRole('region', { name: 'History' }).screenshot({ path: join(SCREENSHOTS, 'history-young-person.png') });

  // The match's History: the match itself.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matches', exact: true }).click();
  await page.getByRole('main').getByRole('link', { name: /^Open the match of Zara Quinn/ }).first().click();
  const matchHistory = page.getByRole('region', { name: 'History' });
  await matchHistory.getByRole('button', { name: 'Show the history' }).click();
  await expect(matchHistory.getByRole('listitem')).toHaveCount(1);
  await expect(matchHistory.getByRole('listitem').first()).toContainText('Proposed date');
  await expectAccessible(page);
  await matchHistory.screenshot({ path: join(SCREENSHOTS, 'history-match.png') });
});
