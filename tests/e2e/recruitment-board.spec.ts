/**
 * The recruitment board in Chromium against real core: counts per column, advancing a
 * card with the date asked for, approval, and a refused approval listing what is missing.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, screenshot, setUpScheme } from './fixtures';
import { dispatch } from '../../electron/core/handlers';
import type { Harness } from '../harness/server';
import { addDays, formatUkDate, todayIso } from '../../shared/dates';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../../shared/volunteers/settings';

const TODAY = todayIso();
const ago = (n: number) => addDays(TODAY, -n);

const references = (received: string, count = 2) =>
  [
    { name: 'Sam Okafor', relationship: 'Line manager', requestedDate: addDays(received, -7), receivedDate: received, satisfactory: true },
    { name: 'Ruth Bell', relationship: 'Neighbour', requestedDate: addDays(received, -7), receivedDate: received, satisfactory: true },
  ].slice(0, count);
const dbs = (issued: string) => ({
  certificateNumber: '001234567890',
  issueDate: issued,
  level: 'enhanced_barred_children',
  outcome: 'clear',
  checkedBy: 'Jo Coordinator',
  checkedDate: issued,
  updateService: false,
});
const training = (completed: string, modules = DEFAULT_RECRUITMENT_SETTINGS.trainingModules) => modules.map((module) => ({ module, completedDate: completed }));
const interviewed = (applied: number) => ({ applicationDate: ago(applied), interviewDate: ago(applied - 2), interviewOutcome: 'proceed' });

/** Two people at every stage but one, plus some who are no longer in the pipeline. */
const VOLUNTEERS = [
  { id: 'e1', firstName: 'Ann', lastName: 'Lee', enquiryDate: ago(5), enquirySource: 'event' },
  { id: 'e2', firstName: 'Bea', lastName: 'Moss', enquiryDate: ago(20), enquirySource: 'website', enquiryRespondedDate: ago(19) },
  { id: 'i1', firstName: 'Carl', lastName: 'Noor', enquiryDate: ago(30), applicationDate: ago(12) },
  { id: 'r1', firstName: 'Dina', lastName: 'Owen', enquiryDate: ago(60), ...interviewed(40), references: references(ago(20), 1) },
  { id: 'r2', firstName: 'Ed', lastName: 'Park', enquiryDate: ago(50), ...interviewed(30) },
  { id: 'd1', firstName: 'Fern', lastName: 'Quinn', enquiryDate: ago(70), ...interviewed(60), references: references(ago(25)) },
  { id: 't1', firstName: 'Gil', lastName: 'Rahman', enquiryDate: ago(80), ...interviewed(70), references: references(ago(50)), dbs: dbs(ago(30)), training: training(ago(10), ['Induction']) },
  { id: 'a1', firstName: 'Hana', lastName: 'Singh', enquiryDate: ago(90), ...interviewed(80), references: references(ago(60)), dbs: dbs(ago(40)), training: training(ago(6)) },
  { id: 'a2', firstName: 'Ivo', lastName: 'Tran', enquiryDate: ago(95), ...interviewed(85), references: references(ago(60)), dbs: dbs(ago(40)), training: training(ago(15)) },
  // Not in the pipeline: approved, and withdrawn.
  { id: 'x1', firstName: 'Jill', lastName: 'Umar', enquiryDate: ago(400), ...interviewed(380), references: references(ago(370)), dbs: dbs(ago(360)), training: training(ago(355)), approvedDate: ago(350) },
  { id: 'x2', firstName: 'Kofi', lastName: 'Vance', enquiryDate: ago(40), applicationDate: ago(35), withdrawnDate: ago(20), withdrawnReason: 'Moved away' },
];

async function seed(harness: Harness, volunteers: unknown[]): Promise<void> {
  const result = await dispatch(harness.session, 'importData', { text: JSON.stringify({ format: 'iv-desk/1', volunteers }) });
  expect(result).toMatchObject({ ok: true });
}

const column = (page: Page, label: string) => page.getByRole('region', { name: new RegExp(`^${label} \\d+ (person|people)$`) });

async function expectCounts(page: Page, counts: Record<string, number>): Promise<void> {
  for (const [label, n] of Object.entries(counts)) {
    await expect(page.getByRole('heading', { level: 2, name: `${label} ${n} ${n === 1 ? 'person' : 'people'}`, exact: true })).toBeVisible();
    await expect(column(page, label).getByRole('listitem')).toHaveCount(n);
  }
}

test('board: counts per stage, record an application, approve, and a refused approval lists what is missing', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seed(harness, VOLUNTEERS);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recruitment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recruitment' })).toBeVisible();
  await expect(page.getByText('9 people in recruitment.')).toBeVisible();
  await expectCounts(page, { Enquiry: 2, Applied: 1, References: 2, 'DBS check': 1, Training: 1, 'Ready to approve': 2 });
  // Approved and withdrawn volunteers are not on the board.
  await expect(page.getByRole('link', { name: 'Jill Umar' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Kofi Vance' })).toHaveCount(0);

  // Longest waiting first, with days in stage.
  const enquiries = column(page, 'Enquiry');
  await expect(enquiries.getByRole('listitem').first()).toContainText('Bea Moss');
  await expect(enquiries.getByRole('listitem').first()).toContainText('20 days in stage');
  await expect(enquiries.getByRole('listitem').nth(1)).toContainText('Ann Lee');
  await expect(column(page, 'Ready to approve').getByRole('listitem').first()).toContainText('Ivo Tran');
  await expect(column(page, 'Ready to approve').getByRole('listitem').first()).toContainText(`15 days in stage since ${formatUkDate(ago(15))}`);

  // Approve appears only on ready cards; Record application only on enquiries; other stages link to the profile.
  await expect(page.getByRole('button', { name: /^Approve/ })).toHaveCount(2);
  await expect(column(page, 'Ready to approve').getByRole('button', { name: /^Approve/ })).toHaveCount(2);
  await expect(page.getByRole('button', { name: /^Record application/ })).toHaveCount(2);
  await expect(enquiries.getByRole('button', { name: /^Record application/ })).toHaveCount(2);
  const carlId = await page.getByRole('link', { name: 'Carl Noor', exact: true }).getAttribute('href');
  await expect(page.getByRole('link', { name: 'Record interview for Carl Noor' })).toHaveAttribute('href', carlId!);
  await expect(page.getByRole('link', { name: 'Record references for Dina Owen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Record DBS check for Fern Quinn' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Record training for Gil Rahman' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Recruitment figures' })).toHaveAttribute('href', '#/recruitment/figures');
  await expectAccessible(page);
  await screenshot(page, '30-recruitment-board');

  // Record Ann's application: the date is asked for, checked, and the card moves.
  await page.getByRole('button', { name: 'Record application for Ann Lee' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record an application' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Date of application')).toBeFocused();
  await expect(dialog.getByLabel('Date of application')).toHaveValue('');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Record application' }).click();
  await expect(dialog.getByText('Enter the date of application')).toBeVisible();
  await dialog.getByLabel('Date of application').fill('31/02/2024');
  await dialog.getByRole('button', { name: 'Record application' }).click();
  await expect(dialog.getByText('Date of application must be a real date')).toBeVisible();
  await dialog.getByLabel('Date of application').fill(formatUkDate(ago(6)));
  await dialog.getByRole('button', { name: 'Record application' }).click();
  await expect(dialog.getByText(`The application cannot be before the enquiry (${formatUkDate(ago(5))})`)).toBeVisible();
  // Escape closes without saving and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Record application for Ann Lee' })).toBeFocused();
  await expectCounts(page, { Enquiry: 2, Applied: 1 });

  // From the keyboard this time.
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Date of application')).toBeFocused();
  await page.keyboard.type(formatUkDate(TODAY));
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Application recorded for Ann Lee.')).toBeVisible();
  await expectCounts(page, { Enquiry: 1, Applied: 2 });
  await expect(column(page, 'Applied').getByRole('link', { name: 'Ann Lee', exact: true })).toBeFocused();
  await expect(column(page, 'Applied').getByRole('listitem').filter({ hasText: 'Ann Lee' })).toContainText('Since today');

  // Approve Hana from the board.
  await page.getByRole('button', { name: 'Approve for Hana Singh' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve a volunteer' });
  await approve.getByLabel('Date of approval').fill(formatUkDate(TODAY));
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Hana Singh is approved.')).toBeVisible();
  await expectCounts(page, { 'Ready to approve': 1 });
  await expect(page.getByRole('link', { name: 'Hana Singh' })).toHaveCount(0);

  // The scheme now asks for three references while the board still shows Ivo as ready:
  // core refuses, and the dialog lists what is missing.
  const settings = DEFAULT_RECRUITMENT_SETTINGS;
  expect(await dispatch(harness.session, 'updateRecruitmentSettings', { ...settings, approvalChecks: { ...settings.approvalChecks, references: 3 } })).toMatchObject({ ok: true });
  await page.getByRole('button', { name: 'Approve for Ivo Tran' }).click();
  await approve.getByLabel('Date of approval').fill(formatUkDate(TODAY));
  await approve.getByRole('button', { name: 'Approve' }).click();
  const refusal = approve.getByRole('alert');
  await expect(refusal).toContainText('Ivo Tran cannot be approved yet');
  await expect(refusal.getByRole('listitem')).toHaveText(['Reference 3 of 3: no satisfactory reference received yet']);
  await expect(refusal.getByRole('link', { name: 'Open Ivo Tran’s record' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '30b-recruitment-approval-refused');
  await approve.getByRole('button', { name: 'Cancel' }).click();
  // The board has reloaded: Ivo is back waiting for references, and nobody is ready.
  await expectCounts(page, { 'Ready to approve': 0 });
  await expect(column(page, 'References').getByRole('link', { name: 'Ivo Tran', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Approve/ })).toHaveCount(0);
  const ivo = await dispatch(harness.session, 'listVolunteers', { search: 'Ivo' });
  expect(ivo).toMatchObject({ ok: true, value: [{ status: 'references' }] });
});

test('board: six columns fit at 1280px and every card is reachable by keyboard', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seed(harness, VOLUNTEERS);
  await page.goto(`${harness.url}#/recruitment`);
  await expect(page.getByRole('heading', { level: 1, name: 'Recruitment' })).toBeVisible();
  const boxes = await page.locator('.board__column').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes).toHaveLength(6);
  // One row, left to right, inside the window: no sideways scrolling at 1280px.
  for (let i = 1; i < 6; i++) {
    expect(boxes[i].top).toBe(boxes[0].top);
    expect(boxes[i].left).toBeGreaterThan(boxes[i - 1].right - 1);
  }
  expect(boxes[5].right).toBeLessThanOrEqual(1280);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

  // Tab from the figures link through the board: names and actions in reading order.
  await page.getByRole('link', { name: 'Add a volunteer' }).focus();
  const order: string[] = [];
  for (let i = 0; i < 18; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
  }
  expect(order.slice(0, 6)).toEqual(['Bea Moss', 'Record application for Bea Moss', 'Ann Lee', 'Record application for Ann Lee', 'Carl Noor', 'Record interview for Carl Noor']);
  expect(order.at(-1)).toBe('Approve for Hana Singh');
});

test('board: a long column shows its first 10 with Show all; lapsed people are apart and withdrawn together after a confirmation', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  const recent = Array.from({ length: 25 }, (_, i) => ({ id: `n${i}`, firstName: `New${String(i).padStart(2, '0')}`, lastName: 'Enquirer', enquiryDate: ago(5 + i) }));
  const silent = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, firstName: `Quiet${String(i).padStart(2, '0')}`, lastName: 'Applicant', enquiryDate: ago(300 + i), applicationDate: ago(200 + i) }));
  await seed(harness, [...recent, ...silent]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recruitment' }).click();

  // The count is always the whole column's; the column draws its first 10, longest waiting first.
  const enquiries = column(page, 'Enquiry');
  await expect(page.getByRole('heading', { level: 2, name: 'Enquiry 25 people', exact: true })).toBeVisible();
  await expect(enquiries.getByRole('listitem')).toHaveCount(10);
  await expect(enquiries.getByRole('listitem').first()).toContainText('New24 Enquirer');
  await expect(column(page, 'Applied').getByRole('listitem')).toHaveCount(0);

  // Lapsed: off the columns, listed apart, longest silent first.
  const lapsed = page.getByRole('region', { name: 'Lapsed: no step for 90 days (12)' });
  await expect(lapsed.getByRole('row')).toHaveCount(13);
  await expect(lapsed.getByRole('row').nth(1)).toContainText('Quiet11 Applicant');
  await expectAccessible(page);
  await screenshot(page, '24b-board-long-column');

  await enquiries.getByRole('button', { name: 'Show all 25 at the stage Enquiry' }).click();
  await expect(enquiries.getByRole('listitem')).toHaveCount(25);
  await enquiries.getByRole('button', { name: /Show only the first 10/ }).click();
  await expect(enquiries.getByRole('listitem')).toHaveCount(10);

  // Withdrawing asks first; Cancel changes nothing.
  await lapsed.getByRole('button', { name: 'Withdraw all 12 as “No response”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Withdraw 12 people?' });
  await expect(dialog).toContainText('withdrawn today with the reason “No response”');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await screenshot(page, '24c-board-withdraw-lapsed', { fullPage: false });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(lapsed).toBeVisible();
  await lapsed.getByRole('button', { name: 'Withdraw all 12 as “No response”' }).click();
  await page.getByRole('dialog', { name: 'Withdraw 12 people?' }).getByRole('button', { name: 'Withdraw 12 people' }).click();
  await expect(page.getByText('12 people withdrawn with the reason “No response”.')).toBeVisible();
  await expect(page.getByRole('region', { name: /^Lapsed/ })).toHaveCount(0);
  const quiet = await dispatch(harness.session, 'listVolunteers', { search: 'Quiet00' });
  expect(quiet).toMatchObject({ ok: true, value: [{ status: 'withdrawn' }] });

  await page.setViewportSize({ width: 320, height: 800 });
  await expect(page.getByRole('heading', { level: 1, name: 'Recruitment' })).toBeVisible();
  await screenshot(page, '24d-board-320');
});
