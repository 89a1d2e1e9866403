/**
 * The spreadsheet import screen in Chromium against real core: a column corrected, a value
 * mapped, a preview with a problem, the file fixed and read again, the import, and its
 * undo from the history.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, screenshot, setUpScheme, confirmInDialog } from './fixtures';
import { dispatch } from '../../electron/core/handlers';
import type { Volunteer, VolunteerSummary } from '../../shared/contract';

test.use({ viewport: { width: 1366, height: 768 } });

const sheet = (dateOfBirth: string) =>
  Buffer.from(['Volunteer list', 'Forename,Family name,DOB,Joined,How heard,Notes', `Amara,Okafor,${dateOfBirth},03/03/2024,Church newsletter,Met at the fair`, 'Bethan,Lloyd,05/11/1979,01/04/2024,Facebook,', 'Total,2'].join('\r\n'), 'utf8');

async function choose(page: Page, bytes: Buffer) {
  await page.getByLabel('Spreadsheet file').setInputFiles({ name: 'volunteers.csv', mimeType: 'text/csv', buffer: bytes });
}

test('map a sheet, see its problem, fix the file, import it, then undo the import', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await page.getByRole('navigation', { name: 'Scheme tools' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Import from a spreadsheet (Excel or CSV)' }).click();
  await expect(page.getByRole('heading', { name: 'Import from a spreadsheet', level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Imports so far' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'sheets-start');

  await choose(page, sheet('31/02/1985'));
  await page.getByRole('button', { name: 'Read the file' }).click();
  const columns = page.getByRole('table', { name: 'Columns' });
  await expect(columns.getByRole('row', { name: /Forename/ }).getByRole('combobox')).toHaveValue('firstName');
  // "Joined" names no field by itself: the enquiry date is missing until the column is corrected.
  await expect(page.getByRole('alert')).toContainText('No column gives the enquiry date, which every row needs');
  await columns.getByRole('combobox', { name: 'Where the column Joined goes' }).selectOption({ label: 'Enquiry date' });
  await page.getByRole('combobox', { name: 'What Church newsletter in How heard is stored as' }).selectOption({ label: 'Advert' });
  await expect(page.getByRole('combobox', { name: 'What Facebook in How heard is stored as' })).toHaveValue('social_media');
  await page.getByRole('button', { name: 'Preview with these choices' }).click();

  const problems = page.getByRole('alert');
  await expect(problems).toContainText('1 problem to put right before importing. Nothing has been changed.');
  await expect(problems).toContainText('Row 3, DOB: 31/02/1985 is not a real date');
  await expect(page.getByRole('list', { name: 'Rows left out' })).toContainText('Row 5 looks like a totals row, so it was left out');
  await expect(page.getByRole('button', { name: 'Import these records' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'sheets-mapping-and-problem');

  await choose(page, sheet('14/06/1985'));
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByText('This would add 2 volunteers.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const first = page.getByRole('region', { name: 'Row 3' });
  await expect(first).toContainText('Enquiry date03/03/2024');
  await expect(first).toContainText('How they heard about usAdvert');
  await expectAccessible(page);
  await screenshot(page, 'sheets-preview');

  await page.getByRole('button', { name: 'Import these records' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 volunteers from volunteers.csv' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Imports so far' });
  await expect(history.getByRole('row', { name: /volunteers\.csv/ })).toContainText('2 volunteers');
  await screenshot(page, 'sheets-imported');

  // The same headers again: the corrections come back by themselves, and the same people are flagged.
  await choose(page, sheet('14/06/1985'));
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByText('These choices are the ones made for the last file with the same headers.')).toBeVisible();
  const again = page.getByRole('checkbox', { name: 'Import row 3 (Amara Okafor) all the same' });
  await expect(again).not.toBeChecked();
  await expect(page.getByText('This would add nothing.')).toBeVisible();
  await again.check();
  await expect(page.getByText('This would add 1 volunteer.')).toBeVisible();
  await expect(again).toBeFocused();
  await expectAccessible(page);
  await screenshot(page, 'sheets-duplicates');

  await history.getByRole('button', { name: /Undo the import of volunteers\.csv/ }).click();
  await expect(page.getByRole('dialog', { name: 'Undo the import of volunteers.csv?' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'sheets-undo-dialog', { fullPage: false });
  await confirmInDialog(page, 'Undo the import');
  await expect(page.getByRole('status').filter({ hasText: 'The import of volunteers.csv (volunteers) was undone: 2 records removed.' })).toBeVisible();
  await expect(history.getByRole('row', { name: /volunteers\.csv/ })).toContainText('Undone');
  await page.goto(`${page.url().split('#')[0]}#/volunteers`);
  await expect(page.getByRole('main').getByRole('link', { name: /Okafor/ })).toHaveCount(0);
});

test('a tracker with references and training: the columns go to the references and the scheme’s modules, and the preview shows them', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await page.getByRole('navigation', { name: 'Scheme tools' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Import from a spreadsheet (Excel or CSV)' }).click();
  const tracker = Buffer.from(
    [
      'Forename,Surname,Enquiry date,Referee 1,Reference 1 received,Ref 2 date,References OK,Induction,Safeguarding training date,Training completed,Notes',
      'Amara,Okafor,13/03/2024,Jo Bell,20/03/2024,25/03/2024,Yes,16/04/2024,17/04/2024,18/04/2024,Met at the fair',
      'Bethan,Lloyd,15/04/2024,,,,N,,,,',
    ].join('\r\n'),
    'utf8',
  );
  await choose(page, tracker);
  await page.getByRole('button', { name: 'Read the file' }).click();
  const columns = page.getByRole('table', { name: 'Columns' });
  const goesTo = (header: string) => columns.getByRole('combobox', { name: `Where the column ${header} goes` });
  await expect(goesTo('Referee 1')).toHaveValue('reference1.name');
  await expect(goesTo('Reference 1 received')).toHaveValue('reference1.receivedDate');
  await expect(goesTo('Ref 2 date')).toHaveValue('reference2.receivedDate');
  await expect(goesTo('References OK')).toHaveValue('referencesSatisfactory');
  await expect(goesTo('Induction')).toHaveValue('training.Induction');
  await expect(goesTo('Safeguarding training date')).toHaveValue('training.Safeguarding children');
  await expect(goesTo('Training completed')).toHaveValue('trainingCompleted');
  // Every module of the scheme's settings can be chosen for a column.
  await expect(goesTo('Notes').getByRole('option', { name: 'Training: The Independent Visitor role and boundaries' })).toHaveCount(1);
  await expect(page.getByText('This would add 2 volunteers.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const first = page.getByRole('region', { name: 'Row 2' });
  await expect(first).toContainText('Reference 1Jo Bell, received 20/03/2024, satisfactory');
  await expect(first).toContainText('Reference 2received 25/03/2024, satisfactory');
  await expect(first).toContainText('Training: Safeguarding childrencompleted 17/04/2024');
  await expect(first).toContainText('Training: Confidentiality and record keepingcompleted 18/04/2024');
  await expectAccessible(page);
  await screenshot(page, 'sheets-mapping-references-training');

  await page.getByRole('button', { name: 'Import these records' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 volunteers from volunteers.csv' })).toBeVisible();
  const summaries = (await dispatch(harness.session, 'listVolunteers', {})) as { ok: true; value: VolunteerSummary[] };
  const amara = summaries.value.find((v) => v.firstName === 'Amara')!;
  const profile = (await dispatch(harness.session, 'getVolunteer', { id: amara.id })) as { ok: true; value: Volunteer };
  expect(profile.value.references.map((r) => [r.receivedDate, r.satisfactory])).toEqual([
    ['2024-03-20', true],
    ['2024-03-25', true],
  ]);
  expect(profile.value.training).toHaveLength(4);
});
