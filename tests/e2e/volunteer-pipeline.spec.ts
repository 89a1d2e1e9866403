/**
 * The volunteer screens in Chromium against real core: the whole recruitment journey
 * through the profile, approval refused while a check is missing, the duplicate warning,
 * and the list's filters. Dates are relative to today, so none is ever in the future.
 */
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, screenshot, setUpScheme, SCREENSHOTS, confirmInDialog } from './fixtures';
import { dispatch } from '../../electron/core/handlers';
import type { Harness } from '../harness/server';
import { addDays, addMonths, addYears, formatUkDate, todayIso } from '../../shared/dates';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../../shared/volunteers/settings';

const TODAY = todayIso();
const ago = (n: number) => addDays(TODAY, -n);
/** dd/mm/yyyy, n days ago, as typed into a form. */
const daysAgo = (n: number) => formatUkDate(ago(n));
const MODULES = DEFAULT_RECRUITMENT_SETTINGS.trainingModules;

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const statusTag = (page: Page) => page.locator('.profile-status .tag');
/** The recruitment stages not being worked on are folded away: "Other recruitment stages" before approval, "Recruitment history" after. */
const fold = (page: Page) => page.locator('details.stage-fold');
async function openStages(page: Page) {
  await expect(fold(page)).toHaveCount(1);
  if (!(await fold(page).evaluate((d: HTMLDetailsElement) => d.open))) await fold(page).locator('summary').click();
}

async function seed(harness: Harness, volunteers: unknown[]): Promise<void> {
  const result = await dispatch(harness.session, 'importData', { text: JSON.stringify({ format: 'iv-desk/1', volunteers }) });
  expect(result).toMatchObject({ ok: true });
}

async function volunteerCount(harness: Harness): Promise<number> {
  const result = await dispatch(harness.session, 'listVolunteers', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as unknown[]).length;
}

/** An approved volunteer whose DBS certificate was issued on `issued`. */
function approved(id: string, firstName: string, lastName: string, issued: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    firstName,
    lastName,
    enquiryDate: addDays(issued, -60),
    applicationDate: addDays(issued, -50),
    interviewDate: addDays(issued, -45),
    interviewOutcome: 'proceed',
    references: [
      { name: 'Sam Okafor', requestedDate: addDays(issued, -30), receivedDate: addDays(issued, -20), satisfactory: true },
      { name: 'Ruth Bell', requestedDate: addDays(issued, -30), receivedDate: addDays(issued, -20), satisfactory: true },
    ],
    dbs: { certificateNumber: '001234567890', issueDate: issued, level: 'enhanced_barred_children', outcome: 'clear', checkedBy: 'Jo Bell', checkedDate: issued, updateService: false },
    training: MODULES.map((module) => ({ module, completedDate: addDays(issued, 2) })),
    approvedDate: addDays(issued, 5),
    ...extra,
  };
}

async function openVolunteers(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Volunteers' }).click();
  await expect(page.getByRole('heading', { name: 'Volunteers', level: 1 })).toBeVisible();
}

async function expectSaved(region: Locator, text: string | RegExp) {
  const banner = region.getByRole('status');
  await expect(banner).toContainText(text);
  await expect(banner).toBeFocused();
}

test('enquiry to approval entirely through the profile: the status follows each stage and the timeline lists it all', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await openVolunteers(page);
  await page.getByRole('link', { name: 'Add a volunteer' }).click();
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Last name').fill('Adeyemi');
  await page.getByLabel('Date of birth').fill('14/02/1986');
  await page.getByLabel('Email address').fill('grace@example.org');
  await page.getByLabel('Area').fill('Consett');
  await page.getByLabel('Date of first enquiry').fill(daysAgo(60));
  await page.getByLabel('Where the enquiry came from').selectOption({ label: 'Social media' });
  await page.getByLabel('Date the enquiry was answered').fill(daysAgo(59));
  await page.getByLabel('Interests').fill('football,  art , cooking,');
  await page.getByLabel('Languages').fill('English, Yoruba');
  await page.getByLabel('Availability').fill('Weekends');
  await page.getByLabel('Maximum travel, in miles').fill('15');
  await page.getByLabel('Preferences').fill('Prefers a young person aged 10 to 14');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add volunteer' }).click();

  // The new volunteer's profile.
  await expect(page.getByRole('heading', { name: 'Grace Adeyemi', level: 1 })).toBeVisible();
  await expect(page.getByText('Added Grace Adeyemi.')).toBeVisible();
  await expect(statusTag(page)).toHaveText('Enquiry');
  await expect(page.getByText('60 days in this stage')).toBeVisible();
  const details = section(page, 'Details');
  await expect(details.getByText('football, art, cooking')).toBeVisible();
  await expect(details.getByText('English, Yoruba')).toBeVisible();
  await expect(details.getByText('15 miles')).toBeVisible();
  // Before approval only the current stage is open: an enquiry waits for its application.
  await expect(section(page, 'Application')).toBeVisible();
  await expect(section(page, 'Interview')).toHaveCount(0);
  await expect(section(page, 'Now')).toContainText('Still needed for approval');
  await expect(fold(page).locator('summary')).toContainText('Other recruitment stages');
  await openStages(page);
  await expect(section(page, 'Enquiry').getByText('Social media')).toBeVisible();

  const application = section(page, 'Application');
  await application.getByLabel('Date the application was received').fill(daysAgo(50));
  await application.getByRole('button', { name: 'Record application' }).click();
  await expectSaved(application, `received ${daysAgo(50)}`);
  await expect(statusTag(page)).toHaveText('Applied');

  const interview = section(page, 'Interview');
  await interview.getByLabel('Interview date').fill(daysAgo(40));
  await interview.getByLabel('Interview panel (optional)').fill('Jo Bell and Sam Carr');
  await interview.getByLabel('Go ahead with recruitment').check();
  await interview.getByRole('button', { name: 'Save interview' }).click();
  await expectSaved(interview, 'Interview saved');
  await expect(statusTag(page)).toHaveText('References');

  const references = section(page, 'References');
  for (const [n, name, relationship] of [
    [1, 'Pat Moss', 'Employer'],
    [2, 'Lee Grant', 'Faith leader'],
  ] as const) {
    await references.getByRole('button', { name: 'Add a reference' }).click();
    await expect(references.getByLabel('Referee’s name (optional)')).toBeFocused();
    await references.getByLabel('Referee’s name (optional)').fill(name);
    await references.getByLabel('Relationship to the volunteer (optional)').fill(relationship);
    await references.getByLabel('Date requested (optional)').fill(daysAgo(38));
    await references.getByLabel('Date received (optional)').fill(daysAgo(32 - n));
    await references.getByRole('radio', { name: 'Yes' }).check();
    await references.getByRole('button', { name: 'Add reference' }).click();
    await expectSaved(references, `Reference ${n} added.`);
  }
  await expect(references.getByText('2 of 2 satisfactory references received.')).toBeVisible();
  await expect(statusTag(page)).toHaveText('DBS check');

  const dbs = section(page, 'DBS check');
  await expect(dbs.getByText('Never record the certificate’s content.')).toBeVisible();
  await dbs.getByLabel('Certificate number (optional)').fill('001234567890');
  await dbs.getByLabel('Issue date (optional)').fill(daysAgo(20));
  await expect(dbs.getByLabel('Level of check')).toHaveValue('enhanced_barred_children');
  await dbs.getByLabel('Clear').check();
  await dbs.getByLabel('Checked by (optional)').fill('Jo Bell');
  await dbs.getByLabel('Date checked (optional)').fill(daysAgo(19));
  await dbs.getByRole('button', { name: 'Save DBS check' }).click();
  await expectSaved(dbs, 'DBS check saved.');
  await expect(statusTag(page)).toHaveText('Training');

  const training = section(page, 'Induction and training');
  for (const [i, module] of MODULES.entries()) {
    const form = training.getByRole('form', { name: module });
    await form.getByLabel(`${module}: date completed`).fill(daysAgo(10 - i));
    await form.getByRole('button', { name: 'Save' }).click();
    await expectSaved(training, `${module}: completed on ${daysAgo(10 - i)}.`);
  }
  await expect(statusTag(page)).toHaveText('Ready to approve');

  const approval = section(page, 'Approval');
  await expect(approval.getByText('Every check the scheme requires is recorded.')).toBeVisible();
  await approval.getByLabel('Date of approval').fill(daysAgo(1));
  await approval.getByRole('button', { name: 'Approve volunteer' }).click();
  await expectSaved(approval, `Grace Adeyemi approved on ${daysAgo(1)}.`);
  await expect(statusTag(page)).toHaveText('Approved, active');
  await expect(page.getByText('days in this stage')).toHaveCount(0);
  await expect(section(page, 'Inactive periods')).toBeVisible();
  await expect(section(page, 'Leaving the scheme')).toBeVisible();
  await expect(fold(page).locator('summary')).toContainText(`Recruitment history${'From the enquiry on '}${daysAgo(60)} to approval on ${daysAgo(1)}`);

  const timeline = section(page, 'Timeline');
  await expect(timeline.getByRole('listitem')).toHaveText([
    `${daysAgo(60)}Enquiry received (social media)`,
    `${daysAgo(59)}Enquiry answered`,
    `${daysAgo(50)}Application received`,
    `${daysAgo(40)}Interviewed by Jo Bell and Sam Carr: to go ahead`,
    `${daysAgo(38)}Reference 1 (Pat Moss) requested`,
    `${daysAgo(38)}Reference 2 (Lee Grant) requested`,
    `${daysAgo(31)}Reference 1 (Pat Moss) received, satisfactory`,
    `${daysAgo(30)}Reference 2 (Lee Grant) received, satisfactory`,
    `${daysAgo(20)}DBS certificate issued (clear)`,
    `${daysAgo(19)}DBS certificate checked by Jo Bell`,
    ...MODULES.map((m, i) => `${daysAgo(10 - i)}Training completed: ${m}`),
    `${daysAgo(1)}Approved as an Independent Visitor`,
  ]);
  await expectAccessible(page);
  await screenshot(page, '21-volunteer-profile');
  await timeline.screenshot({ path: join(SCREENSHOTS, '22-volunteer-timeline.png') });

  // The list shows the new status; the details form returns to the profile.
  await openVolunteers(page);
  const row = page.getByRole('row', { name: /Grace Adeyemi/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('Approved, active');
  await row.getByRole('link', { name: 'Grace Adeyemi' }).click();
  await section(page, 'Details').getByRole('link', { name: 'Edit details' }).click();
  await expect(page.getByLabel('Interests')).toHaveValue('football, art, cooking');
  await page.getByLabel('Phone number').fill('07700 900123');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: 'Grace Adeyemi', level: 1 })).toBeVisible();
  await expect(page.getByText('Saved Grace Adeyemi’s details.')).toBeVisible();
  await expect(section(page, 'Details').getByText('07700 900123')).toBeVisible();
});

test('approval is refused while a reference is missing, and says what is missing', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  const issued = ago(20);
  const ready = approved('v1', 'Harry', 'Lund', issued, { approvedDate: null });
  await seed(harness, [{ ...ready, references: ready.references.slice(0, 1) }]);
  await openVolunteers(page);
  await page.getByRole('link', { name: 'Harry Lund' }).click();
  await expect(statusTag(page)).toHaveText('References');
  await expect(section(page, 'References')).toBeVisible();
  await expect(section(page, 'Approval')).toHaveCount(0);
  await page.setViewportSize({ width: 1366, height: 768 });
  await expectAccessible(page);
  await screenshot(page, 'profiles-volunteer-before-approval');
  await openStages(page);

  const approval = section(page, 'Approval');
  await expect(approval.getByRole('heading', { name: 'Still needed' })).toBeVisible();
  await expect(approval.getByRole('listitem')).toHaveText(['Reference 2 of 2: no satisfactory reference received yet']);
  await approval.getByLabel('Date of approval').fill(formatUkDate(TODAY));
  await approval.getByRole('button', { name: 'Approve volunteer' }).click();
  const summary = approval.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('Cannot approve yet. Still needed: Reference 2 of 2: no satisfactory reference received yet.');
  await expect(summary).toBeFocused();
  await expect(statusTag(page)).toHaveText('References');
  await approval.scrollIntoViewIfNeeded();
  await screenshot(page, '23-approval-refused');
  await expectAccessible(page);
  await summary.getByRole('link').click();
  await expect(approval.getByLabel('Date of approval')).toBeFocused();

  // A date the rules refuse shows on the field, in the section's own error summary.
  const application = section(page, 'Application');
  await application.getByRole('button', { name: 'Change application date' }).click();
  await application.getByLabel('Date the application was received').fill(formatUkDate(addDays(TODAY, 2)));
  await application.getByRole('button', { name: 'Save application date' }).click();
  await expect(application.getByRole('alert')).toContainText('Application date cannot be in the future');
  await expectAccessible(page);
  await application.getByRole('button', { name: 'Cancel' }).click();
  await expect(application.getByRole('button', { name: 'Change application date' })).toBeFocused();

  // Adding the second reference lets approval through.
  const references = section(page, 'References');
  await references.getByRole('button', { name: 'Add a reference' }).click();
  await references.getByLabel('Date requested (optional)').fill(formatUkDate(addDays(issued, -30)));
  await references.getByLabel('Date received (optional)').fill(formatUkDate(addDays(issued, -10)));
  await references.getByRole('radio', { name: 'Yes' }).check();
  await references.getByRole('button', { name: 'Add reference' }).click();
  await expectSaved(references, 'Reference 2 added.');
  await expect(statusTag(page)).toHaveText('Ready to approve');
  // The date of an approval is never filled in for the coordinator: it may not have happened yet.
  await approval.getByLabel('Date of approval').fill(formatUkDate(TODAY));
  await approval.getByRole('button', { name: 'Approve volunteer' }).click();
  await expectSaved(approval, `Harry Lund approved on ${formatUkDate(TODAY)}.`);
});

test('a likely duplicate warns before saving: Cancel saves nothing, Save anyway saves', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seed(harness, [{ id: 'v1', firstName: 'Amira', lastName: 'Okafor', email: 'amira@example.org', enquiryDate: ago(30), area: 'Consett' }]);
  await openVolunteers(page);
  await page.getByRole('link', { name: 'Add a volunteer' }).click();
  await page.getByLabel('First name').fill('Amy');
  await page.getByLabel('Last name').fill('Okafor');
  await page.getByLabel('Email address').fill('Amira@Example.org');
  await page.getByLabel('Date of first enquiry').fill(daysAgo(2));
  await page.getByRole('button', { name: 'Add volunteer' }).click();

  const warning = page.getByRole('region', { name: 'You may already have this volunteer' });
  await expect(warning).toBeFocused();
  await expect(warning.getByRole('link', { name: 'Amira Okafor' })).toBeVisible();
  await expect(warning).toContainText('Amira Okafor: the same email address');
  await expect(warning).toContainText('Nothing has been saved yet.');
  await screenshot(page, '24-duplicate-warning');
  await expectAccessible(page);
  expect(await volunteerCount(harness)).toBe(1);

  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('First name')).toBeFocused();
  await expect(page.getByLabel('First name')).toHaveValue('Amy');
  await expect(page.getByLabel('Email address')).toHaveValue('Amira@Example.org');
  expect(await volunteerCount(harness)).toBe(1);

  await page.getByRole('button', { name: 'Add volunteer' }).click();
  await page.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByRole('heading', { name: 'Amy Okafor', level: 1 })).toBeVisible();
  await expect(page.getByText('Added Amy Okafor.')).toBeVisible();
  expect(await volunteerCount(harness)).toBe(2);

  // Changing something else does not ask again; changing the email to a free one saves at once.
  await page.getByRole('link', { name: 'Edit details' }).click();
  await page.getByLabel('Email address').fill('amy@example.org');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved Amy Okafor’s details.')).toBeVisible();
  expect(await volunteerCount(harness)).toBe(2);
});

test('the list filters by status, area, interest and DBS check due', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seed(harness, [
    // Approved, re-check due in ten days.
    approved('v1', 'Dana', 'Price', addDays(addYears(TODAY, -3), 10), { area: 'Consett', interests: ['chess', 'art'] }),
    // Approved, checked recently.
    approved('v2', 'Eli', 'Stone', ago(60), { area: 'Consett', interests: ['football'] }),
    { id: 'v3', firstName: 'Faye', lastName: 'Moor', enquiryDate: ago(5), area: 'Stanley', interests: ['Art'] },
    { id: 'v4', firstName: 'Gil', lastName: 'Hart', enquiryDate: ago(40), applicationDate: ago(30), area: 'Stanley' },
  ]);
  await openVolunteers(page);
  await expect(page.getByText('4 volunteers')).toBeVisible();
  await expect(page.getByRole('row', { name: /Faye Moor/ }).getByRole('cell').nth(1)).toHaveText('Enquiry');
  await expect(page.getByRole('row', { name: /Gil Hart/ }).getByRole('cell').nth(1)).toHaveText('Applied');

  // Keyboard only: the status select is reached by Tab from the search.
  await page.getByLabel('Search by name').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Status')).toBeFocused();
  await page.getByLabel('Status').selectOption({ label: 'Approved, active' });
  await expect(page.getByText('2 volunteers with status “Approved, active”')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dana Price' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Eli Stone' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Faye Moor' })).toHaveCount(0);

  await page.getByLabel('DBS check due').check();
  await expect(page.getByText('1 volunteer with status “Approved, active”, with a DBS check due')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dana Price' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Eli Stone' })).toHaveCount(0);
  const due = formatUkDate(addYears(addDays(addYears(TODAY, -3), 10), 3));
  await expect(page.getByRole('row', { name: /Dana Price/ }).getByRole('cell').nth(5)).toHaveText(due);
  await screenshot(page, '20-volunteers-filters');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('4 volunteers')).toBeVisible();
  await page.getByLabel('Area').selectOption('Stanley');
  await expect(page.getByText('2 volunteers in Stanley')).toBeVisible();
  await page.getByLabel('Interest').fill('art');
  await expect(page.getByText('1 volunteer in Stanley, interested in “art”')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Faye Moor' })).toBeVisible();
  await page.getByLabel('Search by name').fill('zz');
  await expect(page.getByText('0 volunteers matching “zz” in Stanley, interested in “art”')).toBeVisible();
});

test('DBS: a note about disclosed information only with that outcome, with the date it will be deleted; a deleted note says so', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  const base = approved('v1', 'Ivy', 'Noble', ago(30), { approvedDate: null, dbs: null, training: [] });
  const decided = ago(200);
  await seed(harness, [
    base,
    approved('v2', 'Jon', 'Reed', ago(250), {
      dbs: { certificateNumber: '009876543210', issueDate: ago(250), level: 'enhanced_barred_children', outcome: 'information_disclosed_risk_assessed', checkedBy: 'Jo Bell', checkedDate: ago(249), disclosureDecisionDate: decided, disclosureNoteDeletedDate: addMonths(decided, 6) },
    }),
  ]);
  await openVolunteers(page);
  await page.getByRole('link', { name: 'Ivy Noble' }).click();
  await expect(statusTag(page)).toHaveText('DBS check');
  const dbs = section(page, 'DBS check');
  await expect(dbs.getByLabel(/Note about the disclosed information/)).toHaveCount(0);
  await dbs.getByLabel('Certificate number (optional)').fill('001234567890');
  await dbs.getByLabel('Issue date (optional)').fill(daysAgo(20));
  await dbs.getByLabel('Information disclosed and risk-assessed').check();
  await dbs.getByLabel('The volunteer is on the DBS Update Service').check();
  await dbs.getByLabel('Date of the last status check (optional)').fill(daysAgo(5));
  await dbs.getByLabel('Note about the disclosed information (optional)').fill('Risk assessment agreed with the safeguarding lead: no bar to this role.');
  await dbs.getByRole('button', { name: 'Save DBS check' }).click();
  const summary = dbs.getByRole('alert');
  await expect(summary).toContainText('Give the date of the decision, so the note can be deleted on time');
  await expectAccessible(page);
  await dbs.screenshot({ path: join(SCREENSHOTS, '25-dbs-disclosure-form.png') });
  await summary.getByRole('link').click();
  await expect(dbs.getByLabel('Date of the decision')).toBeFocused();
  await dbs.getByLabel('Date of the decision').fill(daysAgo(10));
  await dbs.getByRole('button', { name: 'Save DBS check' }).click();
  await expectSaved(dbs, 'DBS check saved.');
  await expect(dbs.getByText('Risk assessment agreed with the safeguarding lead')).toBeVisible();
  await expect(dbs).toContainText(`This note will be deleted automatically on ${formatUkDate(addMonths(ago(10), 6))}, six months after the decision.`);
  await expect(dbs).toContainText(`Last status check${daysAgo(5)}`);
  await expect(statusTag(page)).toHaveText('Training');

  await openVolunteers(page);
  await page.getByRole('link', { name: 'Jon Reed' }).click();
  await openStages(page);
  const deleted = section(page, 'DBS check');
  await expect(deleted).toContainText(`The disclosure note was deleted on ${formatUkDate(addMonths(decided, 6))}, as the data rules require: it may be kept for six months after the decision, no longer.`);
  await expect(section(page, 'Timeline')).toContainText('DBS disclosure note deleted, as the data rules require');
});

test('withdrawal and reopening before approval; an inactive period, leaving and reopening after it', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await seed(harness, [
    { id: 'v1', firstName: 'Kit', lastName: 'Lowe', enquiryDate: ago(20), applicationDate: ago(10) },
    approved('v2', 'Lena', 'Marsh', ago(90)),
  ]);
  await openVolunteers(page);
  await page.getByRole('link', { name: 'Kit Lowe' }).click();
  let close = section(page, 'Withdrawn or not accepted');
  await close.getByRole('button', { name: 'Record a withdrawal or that they were not accepted' }).click();
  await close.getByRole('button', { name: 'Save' }).click();
  await expect(close.getByRole('alert')).toContainText('Choose whether they withdrew or were not accepted');
  await close.getByLabel('They withdrew').check();
  await close.getByLabel('Date', { exact: true }).fill(daysAgo(2));
  await close.getByLabel('Reason (optional)').fill('No longer has the time');
  await close.getByRole('button', { name: 'Save' }).click();
  await confirmInDialog(page, 'Record that they withdrew');
  close = section(page, 'Withdrew');
  await expectSaved(close, `Recorded: Kit Lowe withdrew on ${daysAgo(2)}.`);
  await expect(statusTag(page)).toHaveText('Withdrawn');
  await openStages(page);
  await expect(section(page, 'Approval')).toContainText('This volunteer has withdrawn.');
  await expect(section(page, 'Timeline')).toContainText('Withdrew: No longer has the time');
  await close.getByRole('button', { name: 'Reopen their record' }).click();
  await expectSaved(section(page, 'Withdrawn or not accepted'), 'Record reopened.');
  await expect(statusTag(page)).toHaveText('Applied');

  await openVolunteers(page);
  await page.getByRole('link', { name: 'Lena Marsh' }).click();
  const inactive = section(page, 'Inactive periods');
  await inactive.getByRole('button', { name: 'Add an inactive period' }).click();
  await inactive.getByLabel('Inactive from').fill(daysAgo(10));
  await inactive.getByLabel('Reason (optional)').fill('Caring for a parent');
  await inactive.getByLabel('Expected return (optional)').fill(formatUkDate(addDays(TODAY, 20)));
  await inactive.getByRole('button', { name: 'Add inactive period' }).click();
  await expectSaved(inactive, 'Inactive period added.');
  await expect(statusTag(page)).toHaveText('Inactive');
  await expect(inactive.getByRole('row', { name: /Caring for a parent/ })).toContainText('Still inactive');
  await inactive.getByRole('button', { name: /End or change/ }).click();
  await inactive.getByLabel('Active again from (optional)').fill(daysAgo(1));
  await inactive.getByRole('button', { name: 'Save inactive period' }).click();
  await expectSaved(inactive, 'Inactive period saved.');
  await expect(statusTag(page)).toHaveText('Approved, active');
  await expectAccessible(page);

  let leaving = section(page, 'Leaving the scheme');
  await leaving.getByRole('button', { name: 'Record that they left' }).click();
  await leaving.getByLabel('Date they left').fill(formatUkDate(TODAY));
  await leaving.getByLabel('Reason (optional)').fill('Moved away');
  await leaving.getByRole('button', { name: 'Record that they left' }).click();
  await confirmInDialog(page, 'Record that they left');
  leaving = section(page, 'Left the scheme');
  await expectSaved(leaving, `Recorded: Lena Marsh left the scheme on ${formatUkDate(TODAY)}.`);
  await expect(statusTag(page)).toHaveText('Left');
  await expect(section(page, 'Timeline').getByRole('listitem').last()).toHaveText(`${formatUkDate(TODAY)}Left the scheme: Moved away`);
  await leaving.getByRole('button', { name: 'Reopen their record' }).click();
  await expect(statusTag(page)).toHaveText('Approved, active');
});

test('an approved volunteer’s profile leads with now: matches with the last visit, capacity, supervision, DBS checks, and a warning for training added since', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  const settings = await dispatch(harness.session, 'updateRecruitmentSettings', { ...DEFAULT_RECRUITMENT_SETTINGS, trainingModules: [...MODULES, 'Online safety'] });
  expect(settings).toMatchObject({ ok: true });
  const statusCheck = addDays(ago(350), 365);
  const doc = {
    format: 'iv-desk/1',
    volunteers: [approved('v1', 'Dan', 'Evans', ago(400), { dbs: { certificateNumber: '001234567890', issueDate: ago(400), level: 'enhanced_barred_children', outcome: 'clear', updateService: true, updateServiceCheckedDate: ago(350) } })],
    youngPeople: [{ id: 'y1', firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09' }],
    referrals: [{ id: 'r1', youngPersonId: 'y1', date: ago(200), outcome: 'accepted', outcomeDate: ago(199) }],
    matches: [{ id: 'm1', referralId: 'r1', volunteerId: 'v1', proposedDate: ago(150), startDate: ago(120) }],
    visits: [
      { id: 'x1', matchId: 'm1', date: ago(40) },
      { id: 'x2', matchId: 'm1', date: ago(12) },
    ],
  };
  expect(await dispatch(harness.session, 'importData', { text: JSON.stringify(doc) })).toMatchObject({ ok: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await openVolunteers(page);
  await page.getByRole('link', { name: 'Dan Evans' }).click();

  const now = section(page, 'Now');
  await expect(now).toContainText(`StatusApproved, active (approved on ${formatUkDate(addDays(ago(400), 5))})`);
  await expect(now.getByRole('link', { name: 'Kayden Marsh' })).toBeVisible();
  await expect(now).toContainText(`last visit ${daysAgo(12)}`);
  await expect(now).toContainText('Capacity1 of 1 match in use: at capacity');
  await expect(now).toContainText(`Next supervisionOverdue since ${daysAgo(36)} Overdue`);
  await expect(now).toContainText('DBS re-checkNot needed while on the Update Service');
  await expect(now).toContainText(`Update Service status checkDue ${formatUkDate(statusCheck)} Due soon`);
  await expect(now).toContainText('Dan is approved but has not completed the required training: Online safety.');
  // Matches and supervision come next; the recruitment history is folded away.
  await expect(section(page, 'Matches')).toBeVisible();
  await expect(section(page, 'Supervision')).toBeVisible();
  await expect(section(page, 'Interview')).toHaveCount(0);
  await expect(fold(page).locator('summary')).toContainText('Recruitment history');
  await expectAccessible(page);
  await screenshot(page, 'profiles-volunteer-now-1366');
  await now.screenshot({ path: join(SCREENSHOTS, 'profiles-volunteer-now-summary.png') });

  // The warning's link opens the folded history at the training.
  await now.getByRole('link', { name: 'Record the training' }).click();
  await expect(page.getByRole('heading', { name: 'Induction and training', level: 2 })).toBeFocused();
  await expect(section(page, 'Induction and training')).toContainText(`${MODULES.length} of ${MODULES.length + 1} modules completed`);
  const form = section(page, 'Induction and training').getByRole('form', { name: 'Online safety' });
  await form.getByLabel('Online safety: date completed').fill(daysAgo(1));
  await form.getByRole('button', { name: 'Save' }).click();
  await expectSaved(section(page, 'Induction and training'), `Online safety: completed on ${daysAgo(1)}.`);
  await expect(now).not.toContainText('required training');

  // Capacity changed on the Matches section shows in the summary at once.
  const matches = section(page, 'Matches');
  await matches.getByRole('button', { name: 'Change capacity of Dan' }).click();
  await matches.getByLabel('How many matches can they take at once?').fill('2');
  await matches.getByRole('button', { name: 'Save capacity' }).click();
  await expect(now).toContainText('Capacity1 of 2 matches in use');

  await page.setViewportSize({ width: 320, height: 768 });
  await screenshot(page, 'profiles-volunteer-now-320');
  await expect(now).toBeVisible();
  // The profile reflows: nothing in it is wider than the window (the matches table scrolls in its own box).
  await expect.poll(() => page.locator('.profile').evaluate((e) => e.scrollWidth)).toBeLessThanOrEqual(320);
});
