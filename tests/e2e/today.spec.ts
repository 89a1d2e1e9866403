/**
 * Today's recruitment reminders, the recruitment settings that drive them, and the
 * recruitment figures screen, in Chromium against real core.
 */
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, expectAccessible, screenshot, setUpScheme, unlock, SCREENSHOTS } from './fixtures';
import { dispatch } from '../../electron/core/handlers';
import type { Harness } from '../harness/server';
import { addDays, addMonths, addYears, formatUkDate, todayIso } from '../../shared/dates';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../../shared/volunteers/settings';
import { generateScheme } from '../bench/generate';
import type { TodayView } from '../../shared/contract';

const TODAY = todayIso();
const ago = (n: number) => addDays(TODAY, -n);
const uk = formatUkDate;

async function seed(harness: Harness, volunteers: unknown[]): Promise<void> {
  const result = await dispatch(harness.session, 'importData', { text: JSON.stringify({ format: 'iv-desk/1', volunteers }) });
  expect(result).toMatchObject({ ok: true });
}

async function idOf(harness: Harness, search: string): Promise<number> {
  const result = await dispatch(harness.session, 'listVolunteers', { search });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: number }[])[0].id;
}

const references = (received: string) => [
  { name: 'Sam Okafor', requestedDate: addDays(received, -7), receivedDate: received, satisfactory: true },
  { name: 'Ruth Bell', requestedDate: addDays(received, -7), receivedDate: received, satisfactory: true },
];
const training = (completed: string) => DEFAULT_RECRUITMENT_SETTINGS.trainingModules.map((module) => ({ module, completedDate: completed }));

/** An approved volunteer whose DBS certificate was issued on `issued`. */
function approved(id: string, firstName: string, lastName: string, issued: string, dbs: Record<string, unknown> = {}) {
  return {
    id,
    firstName,
    lastName,
    enquiryDate: addDays(issued, -60),
    applicationDate: addDays(issued, -50),
    interviewDate: addDays(issued, -45),
    interviewOutcome: 'proceed',
    references: references(addDays(issued, -20)),
    dbs: { certificateNumber: '001234567890', issueDate: issued, level: 'enhanced_barred_children', outcome: 'clear', checkedBy: 'Jo Coordinator', checkedDate: issued, updateService: false, ...dbs },
    training: training(addDays(issued, 2)),
    approvedDate: addDays(issued, 5),
  };
}

const dbsIssued = addDays(addYears(TODAY, -3), -5); // re-check fell due five days ago
const decision = addDays(addMonths(TODAY, -6), 10); // the note goes in about ten days
const statusChecked = addDays(addMonths(TODAY, -12), 20); // Update Service check due in about twenty days

/** One volunteer for each recruitment reminder, and one who needs nothing. */
const REMINDER_VOLUNTEERS = [
  { id: 'v1', firstName: 'Erin', lastName: 'Ashby', enquiryDate: ago(10), enquirySource: 'event' },
  { id: 'v2', firstName: 'Fay', lastName: 'Brook', enquiryDate: ago(10), enquiryRespondedDate: ago(9) },
  {
    id: 'v3',
    firstName: 'Gus',
    lastName: 'Cole',
    enquiryDate: ago(40),
    applicationDate: ago(30),
    interviewDate: ago(25),
    interviewOutcome: 'proceed',
    references: [{ name: 'Pat Smith', relationship: 'Employer', requestedDate: ago(20), receivedDate: null, satisfactory: null }],
  },
  { id: 'v4', firstName: 'Hal', lastName: 'Dunn', enquiryDate: ago(100), enquiryRespondedDate: ago(99), applicationDate: ago(90), interviewDate: ago(80), interviewOutcome: 'proceed' },
  approved('v5', 'Ivy', 'Ellis', dbsIssued),
  approved('v6', 'Jo', 'Frost', addDays(decision, -5), {
    outcome: 'information_disclosed_risk_assessed',
    disclosureNote: 'Old caution discussed at interview; risk assessed as low.',
    disclosureDecisionDate: decision,
  }),
  approved('v7', 'Kit', 'Grant', addYears(TODAY, -2), { updateService: true, updateServiceCheckedDate: statusChecked }),
];

const row = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

test('today: each recruitment reminder with a working link; a changed interval changes the list', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  // A new scheme is reminded to choose a second place for backups; with one chosen and backed up to, nothing is due.
  await expect(page.getByRole('row').filter({ hasText: 'No second place is chosen for backups' })).toBeVisible();
  const stick = mkdtempSync(join(tmpdir(), 'iv-desk-e2e-today-stick-'));
  expect(await dispatch(harness.session, 'updateBackupSettings', { secondPlace: stick, secondPlaceWarnDays: 7 })).toMatchObject({ ok: true });
  expect(await dispatch(harness.session, 'backUpNow', {})).toMatchObject({ ok: true });
  await page.reload();
  await unlock(page);
  // Nothing yet: the calm empty state.
  await expect(page.getByText('Nothing is due.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'add a volunteer' })).toBeVisible();
  await expectAccessible(page);

  await seed(harness, REMINDER_VOLUNTEERS);
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // The key counts: four in the recruitment pipeline, three approved and active, no matches or young people yet.
  const counts = page.getByRole('list', { name: 'At a glance' });
  await expect(counts.getByRole('link', { name: '4 applicants in the pipeline' })).toHaveAttribute('href', '#/recruitment');
  await expect(counts.getByRole('link', { name: '3 active Independent Visitors' })).toHaveAttribute('href', '#/volunteers');
  await expect(counts.getByRole('link', { name: '0 children in an active match' })).toHaveAttribute('href', '#/matches');
  await expect(counts.getByRole('link', { name: '0 waiting for an Independent Visitor' })).toHaveAttribute('href', '#/waiting');

  // Grouped in order of urgency: DBS checks, then references, then enquiries and the rest.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['DBS re-checks and Update Service checks (2)', 'References to chase (1)', 'Enquiries and everything else (3)']);
  const dbs = page.getByRole('region', { name: 'DBS re-checks and Update Service checks (2)' });
  const other = page.getByRole('region', { name: 'Enquiries and everything else (3)' });
  await expect(dbs.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'References to chase (1)' }).getByRole('row')).toHaveCount(2);
  await expect(other.getByRole('row')).toHaveCount(4);
  await expect(row(page, 'Erin Ashby')).toContainText(`Enquiry of ${uk(ago(10))} not yet answered`);
  await expect(row(page, 'Gus Cole')).toContainText(`Reference 1 (Pat Smith) requested ${uk(ago(20))}: chase it`);
  await expect(row(page, 'Gus Cole')).toContainText(`${uk(ago(6))} 6 days overdue`);
  await expect(row(page, 'Hal Dunn')).toContainText(`Applied ${uk(ago(90))}: approval is taking longer than 12 weeks`);
  await expect(row(page, 'Ivy Ellis')).toContainText(`DBS re-check due (certificate issued ${uk(dbsIssued)})`);
  await expect(row(page, 'Ivy Ellis')).toContainText(`${uk(addYears(dbsIssued, 3))} 5 days overdue`);
  await expect(other.getByRole('row').filter({ hasText: 'Jo Frost' })).toContainText(`The DBS disclosure note will be deleted on ${uk(addMonths(decision, 6))}`);
  await expect(dbs.getByRole('row').filter({ hasText: 'Kit Grant' })).toContainText('Yearly DBS Update Service status check due');
  await expect(page.getByRole('link', { name: 'Fay Brook' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, '31-today');

  // Each subject links to the volunteer's record.
  for (const [name, search] of [
    ['Erin Ashby', 'Erin'],
    ['Jo Frost', 'Frost'],
  ]) {
    await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', `#/volunteers/${await idOf(harness, search)}`);
  }
  const gus = await idOf(harness, 'Gus');
  await page.getByRole('link', { name: 'Gus Cole', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/volunteers/${gus}$`));
  await expect(page.getByRole('heading', { level: 1, name: /Gus Cole/ })).toBeVisible();

  // Give enquiries ten working days instead of three: Erin's is no longer overdue.
  await page.getByRole('navigation', { name: 'Scheme tools' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Recruitment', exact: true });
  await expect(section.getByLabel('Working days to answer an enquiry')).toHaveValue('3');
  await section.getByLabel('Working days to answer an enquiry').fill('10');
  await section.getByRole('button', { name: 'Save recruitment settings' }).click();
  await expect(section.getByText('Recruitment settings saved.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('region', { name: 'Enquiries and everything else (2)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Erin Ashby' })).toHaveCount(0);
  await expect(row(page, 'Gus Cole')).toBeVisible();

  // Show nothing ahead: only the overdue remain.
  await page.getByRole('navigation', { name: 'Scheme tools' }).getByRole('link', { name: 'Settings' }).click();
  await section.getByLabel('Days ahead to show reminders').fill('0');
  await section.getByRole('button', { name: 'Save recruitment settings' }).click();
  await expect(section.getByText('Recruitment settings saved.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('region', { name: 'DBS re-checks and Update Service checks (1)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Enquiries and everything else (1)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kit Grant' })).toHaveCount(0);
  await expect(page.getByText('Only what is overdue is shown: reminders are set to show 0 days ahead.')).toBeVisible();
  rmSync(stick, { recursive: true, force: true });
});

test('settings: recruitment modules, checks and intervals are edited by keyboard, checked and saved', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await page.getByRole('navigation', { name: 'Scheme tools' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Recruitment', exact: true });
  await expect(section.getByLabel('Module 1', { exact: true })).toHaveValue('Induction');
  await expect(section.getByLabel('Module 4', { exact: true })).toHaveValue('The Independent Visitor role and boundaries');

  // Add a module from the keyboard: Enter adds it rather than saving the form.
  await section.getByLabel('Add a training module').fill('Positive endings');
  await section.getByLabel('Add a training module').press('Enter');
  await expect(section.getByLabel('Module 5', { exact: true })).toHaveValue('Positive endings');
  await expect(section.getByLabel('Add a training module')).toBeFocused();
  await expect(section.getByLabel('Add a training module')).toHaveValue('');
  // A duplicate is refused at once.
  await section.getByLabel('Add a training module').fill('induction');
  await section.getByRole('button', { name: 'Add module' }).click();
  await expect(section.getByRole('alert')).toContainText('“induction” is already in the list');
  await expect(section.getByLabel('Add a training module')).toHaveAccessibleDescription('Error: “induction” is already in the list');
  await section.getByLabel('Add a training module').fill('');
  // Rename one and remove another.
  await section.getByLabel('Module 3', { exact: true }).fill('Confidentiality, records and GDPR');
  await section.getByRole('button', { name: 'Remove Induction' }).focus();
  await page.keyboard.press('Enter');
  await expect(section.getByLabel('Module 1', { exact: true })).toHaveValue('Safeguarding children');
  await expect(section.getByLabel('Module 1', { exact: true })).toBeFocused();

  // Checks and intervals; bad numbers are named on the field, with a summary.
  await section.getByLabel('An interview with the outcome to go ahead').uncheck();
  await section.getByLabel('Satisfactory references needed').fill('6');
  await section.getByLabel('Months to keep a note about disclosed information').fill('7');
  await section.getByLabel('Days before chasing a reference').fill('two weeks');
  await section.getByRole('button', { name: 'Save recruitment settings' }).click();
  const summary = section.getByRole('alert');
  await expect(summary).toContainText('Enter between 0 and 5 for the number of references needed');
  await expect(summary).toContainText('Enter between 1 and 6 for the months to keep a note about disclosed information');
  await expect(summary).toContainText('Enter the days before chasing a reference as a whole number, like 3');
  await expectAccessible(page);
  await summary.getByRole('link', { name: /months to keep a note/ }).click();
  await expect(section.getByLabel('Months to keep a note about disclosed information')).toBeFocused();
  await section.screenshot({ path: join(SCREENSHOTS, '33b-recruitment-settings-errors.png') });

  await section.getByLabel('Satisfactory references needed').fill('3');
  await section.getByLabel('Months to keep a note about disclosed information').fill('4');
  await section.getByLabel('Days before chasing a reference').fill('10');
  await section.getByRole('button', { name: 'Save recruitment settings' }).click();
  await expect(section.getByText('Recruitment settings saved.')).toBeVisible();
  const stored = await dispatch(harness.session, 'getRecruitmentSettings', {});
  expect(stored).toEqual({
    ok: true,
    value: {
      trainingModules: ['Safeguarding children', 'Confidentiality, records and GDPR', 'The Independent Visitor role and boundaries', 'Positive endings'],
      approvalChecks: { interview: false, references: 3, dbs: true, training: true },
      reminders: { ...DEFAULT_RECRUITMENT_SETTINGS.reminders, referenceChaseDays: 10, disclosureNoteMonths: 4 },
      retention: DEFAULT_RECRUITMENT_SETTINGS.retention,
    },
  });
  // Still there after leaving and coming back.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await page.getByRole('navigation', { name: 'Scheme tools' }).getByRole('link', { name: 'Settings' }).click();
  await expect(section.getByLabel('Module 4', { exact: true })).toHaveValue('Positive endings');
  await expect(section.getByLabel('An interview with the outcome to go ahead')).not.toBeChecked();
  await expect(section.getByLabel('Satisfactory references needed')).toHaveValue('3');
  await expectAccessible(page);
  // The settings page is long: the picture is of the Recruitment section.
  await section.screenshot({ path: join(SCREENSHOTS, '33-recruitment-settings.png') });
});

/**
 * Financial year 2023/24 (01/04/2023 to 31/03/2024), worked out by hand:
 * enquiries 6 (social media 2, event 2, advert 1, not recorded 1: Amy, Ben, Cat, Dan, Eve, Hana);
 * applications 4 (Amy, Ben, Cat, Eve); interviews 3 (Amy, Ben, Cat); approvals 3 (Amy, Ben, Cat);
 * 4 / 6 = 66.7% and 3 / 4 = 75.0%; days enquiry to approval 81, 109, 92: median 92;
 * as at 31/03/2024: Amy and Gil active (Gil's inactive period ends that day), Ben inactive,
 * Cat left that day; left in the year: Cat (Moved away), Fin (New job); ever approved 5.
 */
const FIGURE_VOLUNTEERS = [
  { id: 'f1', firstName: 'Amy', lastName: 'Hall', enquiryDate: '2023-04-10', enquirySource: 'social_media', applicationDate: '2023-04-20', interviewDate: '2023-05-02', interviewOutcome: 'proceed', approvedDate: '2023-06-30' },
  {
    id: 'f2',
    firstName: 'Ben',
    lastName: 'Ives',
    enquiryDate: '2023-05-15',
    enquirySource: 'social_media',
    applicationDate: '2023-06-01',
    interviewDate: '2023-06-15',
    interviewOutcome: 'proceed',
    approvedDate: '2023-09-01',
    inactivePeriods: [{ from: '2024-03-01', to: null, reason: 'Caring for a parent' }],
  },
  { id: 'f3', firstName: 'Cat', lastName: 'Jones', enquiryDate: '2023-07-01', enquirySource: 'event', applicationDate: '2023-07-10', interviewDate: '2023-07-20', interviewOutcome: 'proceed', approvedDate: '2023-10-01', leftDate: '2024-03-31', leftReason: 'Moved away' },
  { id: 'f4', firstName: 'Dan', lastName: 'Kerr', enquiryDate: '2023-08-01', enquirySource: 'event', enquiryRespondedDate: '2023-08-02' },
  { id: 'f5', firstName: 'Eve', lastName: 'Lamb', enquiryDate: '2023-09-09', applicationDate: '2023-09-20', withdrawnDate: '2023-10-10', withdrawnReason: 'No longer has the time' },
  { id: 'f6', firstName: 'Fin', lastName: 'Marr', enquiryDate: '2022-11-01', enquirySource: 'word_of_mouth', applicationDate: '2022-12-01', interviewDate: '2023-01-10', interviewOutcome: 'proceed', approvedDate: '2023-03-01', leftDate: '2023-12-01', leftReason: 'New job' },
  {
    id: 'f7',
    firstName: 'Gil',
    lastName: 'Nash',
    enquiryDate: '2022-06-01',
    enquirySource: 'website',
    applicationDate: '2022-06-15',
    interviewDate: '2022-07-01',
    interviewOutcome: 'proceed',
    approvedDate: '2022-09-01',
    inactivePeriods: [{ from: '2023-11-01', to: '2024-03-31', reason: 'Surgery' }],
  },
  { id: 'f8', firstName: 'Hana', lastName: 'Odom', enquiryDate: '2024-03-20', enquirySource: 'advert', enquiryRespondedDate: '2024-03-21', applicationDate: '2024-04-02' },
  { id: 'f9', firstName: 'Ian', lastName: 'Pike', enquiryDate: '2024-04-05', enquirySource: 'social_media', enquiryRespondedDate: '2024-04-06' },
];

async function tableValues(page: Page, caption: string | RegExp): Promise<Record<string, string>> {
  const table = page.getByRole('table', { name: caption });
  await expect(table).toBeVisible();
  const rows = await table.getByRole('row').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]));
  return Object.fromEntries(rows);
}

test('recruitment figures: a period typed in gives the hand-checked numbers; quick choices fill the period', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seed(harness, FIGURE_VOLUNTEERS);
  await page.goto(`${harness.url}#/recruitment`);
  await page.getByRole('link', { name: 'Recruitment figures' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recruitment figures' })).toBeVisible();

  // The default is this financial year so far.
  const [y, m] = TODAY.split('-').map(Number);
  const start = m >= 4 ? y : y - 1;
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(`01/04/${start}`);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(uk(TODAY));
  await page.getByRole('button', { name: /^Last financial year/ }).click();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(`01/04/${start - 1}`);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(`31/03/${start}`);
  await expect(page.getByRole('heading', { level: 2, name: `01/04/${start - 1} to 31/03/${start}` })).toBeVisible();

  // A period the wrong way round is refused on the field.
  await page.getByLabel('From', { exact: true }).fill('01/04/2024');
  await page.getByLabel('To', { exact: true }).fill('31/03/2024');
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page.getByRole('alert')).toContainText('The end of the period must be on or after its start');

  await page.getByLabel('From', { exact: true }).fill('01/04/2023');
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '01/04/2023 to 31/03/2024' })).toBeVisible();

  expect(await tableValues(page, /^Enquiries received/)).toEqual({
    'Social media': '2',
    Website: '0',
    Event: '2',
    'Word of mouth': '0',
    Advert: '1',
    Other: '0',
    'Not recorded': '1',
    'All enquiries': '6',
  });
  expect(await tableValues(page, /^Recruitment,/)).toEqual({ Enquiries: '6', Applications: '4', Interviews: '3', 'Approvals (volunteers recruited)': '3' });
  expect(await tableValues(page, 'Conversion')).toEqual({
    'Applications per enquiry': '66.7%',
    'Approvals per application': '75.0%',
    'Median time from enquiry to approval': '92 days',
  });
  expect(await tableValues(page, 'Approved volunteers as at 31/03/2024')).toEqual({ Active: '2', 'Inactive for now': '1', 'Ever approved, since the scheme began': '5' });
  expect(await tableValues(page, /^Approved volunteers who left/)).toEqual({ 'Moved away': '1', 'New job': '1', 'All who left': '2' });
  await expectAccessible(page);
  await screenshot(page, '32-recruitment-figures');

  // A period with nothing in it: no division by zero, a dash instead.
  await page.getByLabel('From', { exact: true }).fill('01/01/2010');
  await page.getByLabel('To', { exact: true }).fill('31/12/2010');
  await page.getByRole('button', { name: 'Show figures' }).click();
  // The table is read once, so first wait for the new period's answer to be drawn.
  await expect(page.getByRole('heading', { level: 2, name: '01/01/2010 to 31/12/2010' })).toBeVisible();
  expect(await tableValues(page, 'Conversion')).toEqual({
    'Applications per enquiry': '—Not available: no enquiries in the period',
    'Approvals per application': '—Not available: no applications in the period',
    'Median time from enquiry to approval': '—Not available: nobody was approved in the period',
  });
  await expect(page.getByText('No approved volunteer left in this period.')).toBeVisible();
});

test('today on a bench-size scheme: groups in order with counts, Show all, folding remembered, snooze shown on the record and cancelled', async ({ page, harness }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  // A third of the bench's seeded ten-year scheme: Durham's size, about 650 volunteers and 230 young people.
  const imported = await dispatch(harness.session, 'importData', { text: JSON.stringify(generateScheme(20261123, 1 / 3)) });
  expect(imported).toMatchObject({ ok: true });
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('list', { name: 'At a glance' })).toBeVisible();
  const view = await dispatch(harness.session, 'today', {});
  if (!view.ok) throw new Error(view.error.message);
  const groups = (view.value as TodayView).groups;
  expect(groups.length).toBeGreaterThan(3);

  // Every group, in the order of urgency, with its count; each shows its 10 most urgent.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(groups.map((g) => `${g.title} (${g.items.length.toLocaleString('en-GB')})`));
  const big = groups.find((g) => g.items.length > 10)!;
  const region = page.getByRole('region', { name: `${big.title} (${big.items.length.toLocaleString('en-GB')})` });
  await expect(region.getByRole('row')).toHaveCount(11);
  await expect(region.getByRole('row').nth(1)).toContainText(big.items[0].subject);
  await expectAccessible(page);
  await screenshot(page, '31b-today-bench');

  // Show all: the rest, a page of 50 at a time.
  await region.getByRole('button', { name: `Show all ${big.items.length.toLocaleString('en-GB')}` }).click();
  await expect(region.getByRole('row')).toHaveCount(Math.min(big.items.length, 50) + 1);
  await region.getByRole('button', { name: /Show only the 10 most urgent/ }).click();
  await expect(region.getByRole('row')).toHaveCount(11);

  // Folding a group away is kept by core: still folded after a restart.
  const toggle = region.getByRole('button', { name: new RegExp(`^${big.title}`) });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(region.getByRole('table')).toBeHidden();
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('button', { name: new RegExp(`^${big.title}`) })).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: new RegExp(`^${big.title}`) }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^${big.title}`) })).toHaveAttribute('aria-expanded', 'true');

  // Snooze the first supervision: a past date is refused in plain words, then a real one is kept.
  const supervisions = groups.find((g) => g.id === 'supervisions')!;
  const item = supervisions.items[0];
  const section = page.getByRole('region', { name: new RegExp(`^${supervisions.title}`) });
  await section.getByRole('button', { name: `Snooze ${item.subject}: ${item.message}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Snooze until a date' });
  await dialog.getByLabel('Snooze until').fill(uk(ago(1)));
  await dialog.getByLabel('Reason').fill('Volunteer on holiday');
  await dialog.getByRole('button', { name: 'Snooze' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Enter a date after today to snooze until');
  await screenshot(page, '31c-today-snooze-refused', { fullPage: false });
  const until = addDays(TODAY, 14);
  await dialog.getByLabel('Snooze until').fill(uk(until));
  await dialog.getByRole('button', { name: 'Snooze' }).click();
  await expect(page.getByText(`Snoozed until ${uk(until)}: ${item.subject}.`)).toBeVisible();
  await expect(page.getByRole('region', { name: `${supervisions.title} (${(supervisions.items.length - 1).toLocaleString('en-GB')})` })).toBeVisible();
  await expect(page.getByText(/1 item is snoozed/)).toBeVisible();

  // On the volunteer's page: what was snoozed, and a way to cancel it.
  await page.goto(`${harness.url}#/volunteers/${item.record!.id}`);
  const put = page.getByRole('region', { name: 'Put off on Today' });
  await expect(put).toContainText(`Snoozed on Today until ${uk(until)}: Volunteer on holiday`);
  await expectAccessible(page);
  await screenshot(page, '31d-volunteer-snoozed');
  await put.getByRole('button', { name: /Cancel the snooze/ }).click();
  await expect(put.getByRole('status')).toHaveText('It is back on Today.');
  await page.goto(`${harness.url}#/`);
  await expect(page.getByRole('region', { name: `${supervisions.title} (${supervisions.items.length.toLocaleString('en-GB')})` })).toBeVisible();

  // A young person's and a match's pages show theirs too, from the page's own call.
  const all = groups.flatMap((g) => g.items);
  const onPerson = all.find((i) => i.record?.kind === 'young_person' && i.kind !== 'care_review')!;
  const onMatch = all.find((i) => i.kind === 'feedback_visit')!;
  expect(await dispatch(harness.session, 'snoozeTodayItem', { key: onPerson.key, until, reason: 'Waiting for the social worker' })).toMatchObject({ ok: true });
  expect(await dispatch(harness.session, 'dismissTodayItem', { key: onMatch.key, reason: 'The young person declined a feedback visit' })).toMatchObject({ ok: true });
  await page.goto(`${harness.url}#/young-people/${onPerson.record!.id}`);
  await expect(page.getByRole('region', { name: 'Put off on Today' })).toContainText(`Snoozed on Today until ${uk(until)}: Waiting for the social worker`);
  await screenshot(page, '31f-young-person-snoozed', { fullPage: false });
  await page.goto(`${harness.url}#/matches/${onMatch.record!.id}`);
  const onMatchPage = page.getByRole('region', { name: 'Put off on Today' });
  await expect(onMatchPage).toContainText('Dismissed from Today as not needed: The young person declined a feedback visit');
  await expectAccessible(page);
  await screenshot(page, '31g-match-dismissed', { fullPage: false });
  await onMatchPage.getByRole('button', { name: /Put it back on Today/ }).click();
  await expect(onMatchPage.getByRole('status')).toHaveText('It is back on Today.');
  await expect(onMatchPage.getByRole('listitem')).toHaveCount(0);
  await page.goto(`${harness.url}#/`);

  // Reflow at 320 CSS px: nothing in the page's content is wider than the window; the tables scroll in their own boxes.
  // (The header's tools are the shell's, reflowed by its own change.)
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const wide = await page.evaluate(() => [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > 321 && !e.closest('.table-scroll')).map((e) => e.outerHTML.slice(0, 80)));
  expect(wide).toEqual([]);
  await screenshot(page, '31e-today-320');
});
