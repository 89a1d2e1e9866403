/**
 * Reflow at 320 CSS pixels (WCAG 1.4.10): no screen scrolls sideways as a page. A wide
 * table may scroll inside its own labelled box, which the page's width does not count.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, screenshot, setUpScheme } from './fixtures';
import { idOf, seedScheme, vettedVolunteer } from './seed';
import { addDays, todayIso } from '../../shared/dates';

const TODAY = todayIso();
const ago = (n: number) => addDays(TODAY, -n);

const approved = (id: string, firstName: string, lastName: string) =>
  vettedVolunteer(id, firstName, lastName, ago(400), {
    email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@northshire-volunteers.example.org`,
    phone: '07700 900123',
    area: 'Consett',
    postcode: 'DH8 6CC',
    interests: ['football', 'art', 'climbing'],
    approvedDate: ago(355),
  });

/** A small scheme with something on every screen, and names long enough to test wrapping. */
const SCHEME = {
  volunteers: [
    approved('v-amira', 'Amira', 'Khan-Worthington'),
    approved('v-ben', 'Benedict', 'Carter'),
    { id: 'v-eve', firstName: 'Evangeline', lastName: 'Fairweather-Smythe', enquiryDate: ago(30), email: 'evangeline.fairweather@example.org' },
  ],
  youngPeople: [
    { id: 'yp-kayden', firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09', area: 'Consett', postcode: 'DH8 5AA', interests: ['football'], preferences: 'Would like a woman', socialWorker: 'Lou Fenwick', iro: 'Pat Iro' },
    { id: 'yp-lily', firstName: 'Lily', lastName: 'Park', dateOfBirth: '2011-03-02', area: 'Stanley' },
  ],
  referrals: [
    { id: 'r-kayden', youngPersonId: 'yp-kayden', date: ago(200), referrerName: 'Jo Bell', referrerRole: 'iro', outcome: 'accepted', outcomeDate: ago(195) },
    { id: 'r-lily', youngPersonId: 'yp-lily', date: ago(40), referrerName: 'Jo Bell', referrerRole: 'social_worker', outcome: 'accepted', outcomeDate: ago(35) },
  ],
  consents: [{ id: 'con-kayden', youngPersonId: 'yp-kayden', signedDate: ago(150), formVersion: '2026-1', explainedBy: 'Jo', complaintsProcedureExplained: true }],
  matches: [{ id: 'm-kayden', referralId: 'r-kayden', volunteerId: 'v-amira', proposedDate: ago(170), startDate: ago(160) }],
  visits: [
    { id: 'vis-1', matchId: 'm-kayden', date: ago(60), activity: 'Bowling at the leisure centre', durationMinutes: 90, activityCostPence: 1500, miles: 6, transportCostPence: 270, notes: 'He beat me twice and wants a rematch at Christmas.' },
    { id: 'vis-2', matchId: 'm-kayden', date: ago(20), activity: 'Climbing wall', durationMinutes: 120, activityCostPence: 2200, miles: 14, transportCostPence: 630 },
  ],
  supervisions: [{ id: 'sup-amira', volunteerId: 'v-amira', date: ago(30), kind: 'one_to_one', relationships: 'Going well' }],
  safeguardingConcerns: [{ id: 's1', date: ago(10), youngPersonId: 'yp-kayden', volunteerId: 'v-amira', summary: 'A worry about a bruise, passed on the same day.', referredTo: 'lado', referredDate: ago(10) }],
  complaints: [{ id: 'k1', date: ago(15), from: 'carer', summary: 'A visit started late.' }],
};


/** How far the page itself scrolls sideways, and what sticks out if it does. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sticksOut = (el: Element | null) => !!el && el.getBoundingClientRect().right > width + 1;
    // The outermost element that sticks out: where the fix belongs.
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => sticksOut(el) && !sticksOut(el.parentElement))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)}px)`);
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}

test('every main screen reflows at 320 pixels wide: no sideways scrolling of the page', async ({ page, harness }) => {
  test.setTimeout(180_000);
  await setUpScheme(page, harness);
  await seedScheme(harness, SCHEME);
  await page.setViewportSize({ width: 320, height: 640 });

  const volunteer = idOf(harness, 'volunteers', 'v-amira');
  const applicant = idOf(harness, 'volunteers', 'v-eve');
  const person = idOf(harness, 'young_people', 'yp-kayden');
  const match = idOf(harness, 'matches', 'm-kayden');
  const referral = idOf(harness, 'referrals', 'r-lily');
  const supervision = idOf(harness, 'supervisions', 'sup-amira');
  const screens: [string, string][] = [
    ['today', 'Today'],
    ['volunteers', 'Volunteers'],
    ['volunteers/new', 'Add a volunteer'],
    [`volunteers/${volunteer}`, 'Amira Khan-Worthington'],
    [`volunteers/${applicant}`, 'Evangeline Fairweather-Smythe'],
    ['recruitment', 'Recruitment'],
    ['recruitment/figures', 'Recruitment figures'],
    ['young-people', 'Young people'],
    ['young-people/new', 'Add a young person'],
    [`young-people/${person}`, 'Kayden Marsh'],
    ['waiting', 'Waiting list'],
    [`matching/${referral}`, 'Find a match for Lily Park'],
    ['care-reviews', 'Care reviews'],
    ['matches', 'Matches'],
    [`matches/${match}`, 'Kayden Marsh and Amira Khan-Worthington'],
    ['supervisions', 'Supervisions'],
    [`supervisions/${supervision}`, 'Supervision'],
    ['supervisions/group', 'Record a group session'],
    ['expenses', 'Expenses'],
    ['standards', 'National Standards self-assessment'],
    ['standards/2025/sections', 'Annual report sections'],
    ['logs', 'Logs'],
    ['reports', 'Reports'],
    ['safeguarding', 'Safeguarding log'],
    ['complaints', 'Complaints log'],
    ['audit', 'Audit'],
    ['backups', 'Backups'],
    ['settings', 'Settings'],
    ['retention', 'Retention'],
  ];
  const wide: string[] = [];
  for (const [path, heading] of screens) {
    await page.goto(`${harness.url}#/${path}`);
    await expect.soft(page.getByRole('heading', { level: 1 }).first()).toContainText(heading);
    await page.waitForLoadState('networkidle');
    const { scrollWidth, culprits } = await overflow(page);
    if (scrollWidth > 321) wide.push(`#/${path}: ${scrollWidth}px wide, ${culprits.join(', ')}`);
    await expectAccessible(page);
    await screenshot(page, `reflow-320-${path.replace(/\//g, '-')}`);
  }
  expect(wide).toEqual([]);
});

test('a table wider than the screen scrolls inside a focusable, labelled box', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seedScheme(harness, SCHEME);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${harness.url}#/matches/${idOf(harness, 'matches', 'm-kayden')}`);
  const box = page.getByRole('region', { name: /^Visits by Amira Khan-Worthington to Kayden/ });
  await expect(box).toBeVisible();
  await box.focus();
  await expect(box).toBeFocused();
  const before = await box.evaluate((el) => el.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);

  // A list's table scrolls in its box, or in its own right when it has none, and is still a table to a screen reader.
  await page.goto(`${harness.url}#/young-people`);
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(3);
  expect(
    await table.evaluate((el) => {
      const box = el.closest('.table-scroll') ?? el;
      return box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX === 'auto';
    }),
  ).toBe(true);
});
