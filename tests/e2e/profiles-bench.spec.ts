/**
 * The two profiles on a bench-size scheme (the bench generator at a third of its size:
 * about 650 volunteers and 1,000 young people, years of matches, visits, supervisions and
 * care reviews), at 1366x768 and at 320 px: they open on what matters now, and the
 * volunteer's long recruitment history stays folded away.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, screenshot, setUpScheme } from './fixtures';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { generateScheme } from '../bench/generate';
import { todayIso } from '../../shared/dates';

/** Axe, then the screen at 1366x768 (as seen, and the whole page) and at 320 px, where the profile must not scroll sideways. */
async function lookAt(page: Page, name: string, profile: string) {
  await expectAccessible(page);
  await screenshot(page, `${name}-1366`, { fullPage: false });
  await screenshot(page, `${name}-1366-full`);
  await page.setViewportSize({ width: 320, height: 768 });
  await screenshot(page, `${name}-320`, { fullPage: false });
  await expect.poll(() => page.locator(profile).evaluate((e) => e.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('a volunteer and a young person with years of records open on now', async ({ page, harness }) => {
  test.setTimeout(240_000);
  await setUpScheme(page, harness);
  const scheme = generateScheme(undefined, 1 / 3);
  importDocument(harness.session.db, JSON.stringify(scheme), todayIso());
  const sqlite = harness.session.connection.sqlite;
  // The volunteer with the most visits on a match still going, and that match's young person.
  const busiest = sqlite
    .prepare(
      `SELECT m.volunteer_id AS volunteerId, r.young_person_id AS youngPersonId, v.first_name || ' ' || v.last_name AS volunteer, y.first_name || ' ' || y.last_name AS youngPerson
       FROM matches m JOIN referrals r ON r.id = m.referral_id JOIN volunteers v ON v.id = m.volunteer_id JOIN young_people y ON y.id = r.young_person_id
       WHERE m.start_date IS NOT NULL AND m.end_date IS NULL
       ORDER BY (SELECT count(*) FROM visits WHERE match_id = m.id) DESC LIMIT 1`,
    )
    .get() as { volunteerId: number; youngPersonId: number; volunteer: string; youngPerson: string };

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate((id) => (location.hash = `#/volunteers/${id}`), busiest.volunteerId);
  await expect(page.getByRole('heading', { level: 1, name: busiest.volunteer })).toBeVisible();
  const now = page.getByRole('region', { name: 'Now', exact: true });
  await expect(now.getByRole('link', { name: busiest.youngPerson })).toBeVisible();
  await expect(now).toContainText('last visit');
  await expect(page.locator('details.stage-fold')).not.toHaveAttribute('open');
  await lookAt(page, 'profiles-bench-volunteer', '.profile');

  await page.evaluate((id) => (location.hash = `#/young-people/${id}`), busiest.youngPersonId);
  await expect(page.getByRole('heading', { level: 1, name: busiest.youngPerson })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Matches' }).getByRole('link', { name: new RegExp(busiest.volunteer) })).toBeVisible();
  await lookAt(page, 'profiles-bench-young-person', '.yp-profile');
});
