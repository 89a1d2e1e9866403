import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, expectAccessible, screenshot, setUpScheme } from './fixtures';

test('every screen passes axe: setup, recovery key, lists, forms, settings, unlock', async ({ page, harness }) => {
  await page.goto(harness.url);
  await expectAccessible(page);
  await setUpScheme(page, harness);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Volunteers' }).click();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Add a volunteer' }).click();
  await page.getByRole('button', { name: 'Add volunteer' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Young people' }).click();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Add a young person' }).click();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Lock' }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
  await expectAccessible(page);
});

test('volunteer form: impossible dates are refused on the field and nothing is saved', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await page.getByRole('link', { name: 'Volunteers' }).click();
  await page.getByRole('link', { name: 'Add a volunteer' }).click();
  await page.getByLabel('First name').fill('Tom');
  await page.getByLabel('Last name').fill('Reid');
  await page.getByLabel('Date of birth').fill('31/02/1990');
  await page.getByLabel('Date of first enquiry').fill('01/01/2099');
  await page.getByRole('button', { name: 'Add volunteer' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Date of birth must be a real date');
  await page.getByLabel('Date of birth').fill('12/05/1990');
  await page.getByRole('button', { name: 'Add volunteer' }).click();
  await expect(summary).toContainText('Enquiry date cannot be in the future');
  await screenshot(page, '08-volunteer-form-errors');
  await summary.getByRole('link', { name: /Enquiry date/ }).click();
  await expect(page.getByLabel('Date of first enquiry')).toBeFocused();
  await page.getByRole('link', { name: 'Back to volunteers' }).click();
  await expect(page.getByText('0 volunteers')).toBeVisible();
});

test('young people: add with date of birth and age, edit, search', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  for (const [first, last, dob] of [
    ['Kayden', 'Marsh', '09/11/2012'],
    ['Lily', 'Marshall', '23/06/2010'],
    ['Priya', 'Shah', '01/01/2015'],
  ]) {
    await page.getByRole('link', { name: 'Young people', exact: true }).click();
    await page.getByRole('link', { name: 'Add a young person' }).click();
    await page.getByLabel('First name').fill(first);
    await page.getByLabel('Last name').fill(last);
    await page.getByLabel('Date of birth').fill(dob);
    await expect(page.getByText('Age today:')).toBeVisible();
    if (first === 'Kayden') await screenshot(page, '10-young-person-form');
    await page.getByRole('button', { name: 'Add young person' }).click();
    await expect(page.getByText(`Added ${first} ${last}.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: `${first} ${last}` })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Young people', exact: true }).click();
  await expect(page.getByText('3 young people')).toBeVisible();
  await page.getByLabel('Search by name').fill('marsh');
  await expect(page.getByText('2 young people matching “marsh”')).toBeVisible();
  await screenshot(page, '09-young-people-list');
  await page.getByRole('link', { name: 'Lily Marshall' }).click();
  await page.getByRole('link', { name: /Edit details/ }).click();
  await expect(page.getByLabel('Date of birth')).toHaveValue('23/06/2010');
  await page.getByLabel('Gender').fill('Female');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved Lily Marshall.')).toBeVisible();
  await expect(page.locator('#section-details')).toContainText('Female');
  await page.getByRole('link', { name: 'Back to young people' }).click();
  const row = page.getByRole('row', { name: /Lily Marshall/ });
  await expect(row.getByRole('cell').nth(2)).toHaveText('23/06/2010');
});

test('settings: import shows a preview, refuses a bad file, imports a good one; export downloads it', async ({ page, harness }, testInfo) => {
  await setUpScheme(page, harness);
  await page.getByRole('link', { name: 'Settings' }).click();
  const bad = {
    format: 'iv-desk/1',
    volunteers: [{ id: 'v1', firstName: 'Ann', lastName: 'Lee', enquiryDate: '2024-02-30' }],
  };
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByText('This file cannot be imported. Nothing has been changed.')).toBeVisible();
  await expect(page.getByText('volunteers[0] (id "v1"), field "enquiryDate"')).toBeVisible();
  await screenshot(page, '12-import-refused');
  const good = {
    format: 'iv-desk/1',
    scheme: { name: 'Northshire IV Service', localAuthority: 'Northshire', childrenInCareCount: 940 },
    volunteers: [
      { id: 'v1', firstName: 'Ann', lastName: 'Lee', enquiryDate: '2024-02-29', area: 'Consett' },
      { id: 'v2', firstName: 'Bob', lastName: 'Hart', enquiryDate: '2024-03-01' },
    ],
    youngPeople: [{ id: 'y1', firstName: 'Zoe', lastName: 'Kerr', dateOfBirth: '2011-04-05' }],
  };
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'scheme.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(page.getByText('This file would add 2 volunteers, 1 young people')).toBeVisible();
  await screenshot(page, '13-import-preview');
  await expectAccessible(page);
  expect(harness.session.connection.sqlite.prepare('select count(*) n from volunteers').get()).toEqual({ n: 0 });
  await page.getByRole('button', { name: 'Import these records' }).click();
  await expect(page.getByText('Imported 2 volunteers, 1 young people.')).toBeVisible();
  await expect(page.getByText('Northshire IV Service')).toBeVisible();
  await expect(page.getByLabel('Scheme name')).toHaveValue('Northshire IV Service');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all records' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^iv-desk-Northshire-IV-Service-\d{4}-\d{2}-\d{2}\.json$/);
  const path = testInfo.outputPath('export.json');
  await file.saveAs(path);
  const exported = JSON.parse(readFileSync(path, 'utf8'));
  expect(exported.volunteers.map((v: { id: string }) => v.id)).toEqual(['v1', 'v2']);
  expect(exported.scheme.childrenInCareCount).toBe(940);
  await screenshot(page, '11-settings');
});

test('settings in the desktop app: a file chosen in the open dialog is previewed and imported from where it is, past the 50 MB the text route takes', async ({ page, harness }, testInfo) => {
  const good = { format: 'iv-desk/1', volunteers: [{ id: 'v1', firstName: 'Ann', lastName: 'Lee', enquiryDate: '2024-02-29' }] };
  const path = testInfo.outputPath('large-scheme.json');
  // Spaces after the opening brace make the file large but quick to read.
  writeFileSync(path, `{${' '.repeat(50_000_001)}${JSON.stringify(good).slice(1)}`);
  // The desktop's preload offers the open dialog; this stands in for it, choosing the file above.
  await page.addInitScript((chosen) => {
    let bridged: unknown;
    Object.defineProperty(window, 'ivDesk', {
      get: () => bridged,
      set: (api: object) => {
        bridged = Object.freeze({ ...api, chooseImportFile: async () => ({ ok: true, value: { path: chosen } }) });
      },
    });
  }, path);
  await setUpScheme(page, harness);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Choose a file to import')).toHaveCount(0);
  await page.getByRole('button', { name: 'Choose a file to import…' }).click();
  await expect(page.getByRole('heading', { name: 'large-scheme.json' })).toBeVisible();
  await expect(page.getByText('This file would add 1 volunteers')).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('heading', { name: 'Import and export' }).scrollIntoViewIfNeeded();
  await screenshot(page, '13b-import-chosen-file-preview', { fullPage: false });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Import these records' }).click();
  await expect(page.getByText('Imported 1 volunteers.')).toBeVisible();
  expect(harness.session.connection.sqlite.prepare('select count(*) n from volunteers').get()).toEqual({ n: 1 });
});
