/**
 * The National Standards self-assessment: the evidence from the records, a rating and words
 * saved and still there after a reload, a refusal in plain words against the field, the
 * report's own sections, and the annual report downloaded. Chromium against real core; the
 * records fall in the financial year holding the real today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, expectAccessible, screenshot, setUpScheme, unlock, SCREENSHOTS } from './fixtures';
import { seedScheme, vettedVolunteer } from './seed';
import { addDays, todayIso } from '../../shared/dates';
import { docxText } from '../helpers/word';

const TODAY = todayIso();
// Early in April the financial year has hardly begun: the records go a few days back only.
const ago = (n: number) => addDays(TODAY, -n);

const SCHEME = {
  volunteers: [{ ...vettedVolunteer('v-amy', 'Amy', 'Hart', ago(400)), approvedDate: ago(300), gender: 'Female', languages: ['English', 'Polish'] }],
  youngPeople: [{ id: 'yp-kayden', firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09', gender: 'Male', languages: ['English'] }],
  referrals: [{ id: 'r-kayden', youngPersonId: 'yp-kayden', date: ago(2), outcome: 'accepted', outcomeDate: ago(1) }],
  consents: [{ id: 'c-kayden', youngPersonId: 'yp-kayden', signedDate: ago(290), formVersion: '2026-1', explainedBy: 'Jo' }],
  matches: [{ id: 'm-kayden', referralId: 'r-kayden', volunteerId: 'v-amy', proposedDate: ago(1), startDate: ago(1) }],
};

test('a standard rated and described, kept after a reload; the report’s sections; the annual report downloaded', async ({ page, harness }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpScheme(page, harness);
  await seedScheme(harness, SCHEME);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('link', { name: 'The National Standards self-assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'National Standards self-assessment' })).toBeFocused();
  const third = page.getByRole('region', { name: 'Standard 3: Confidentiality and record keeping' });
  await expect(third.getByText('With a confidentiality agreement in force')).toBeVisible();
  await expect(third.getByText('1 of 1 (100.0%)')).toBeVisible();
  const thirteenth = page.getByRole('region', { name: 'Standard 13: Equality and diversity' });
  await expect(thirteenth.getByRole('row', { name: /Language: Polish/ })).toContainText('1 (100.0%)');
  await expect(page.getByRole('region', { name: 'Standard 1: Rights promoted and accessible' }).getByText('your words are its evidence')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'standards-self-assessment', { fullPage: false });
  await thirteenth.scrollIntoViewIfNeeded();
  await screenshot(page, 'standards-equality-evidence', { fullPage: false });

  // From the keyboard: the rating, the words, then Save.
  await third.getByRole('radio', { name: 'Partly met' }).focus();
  await page.keyboard.press('Space');
  await third.getByLabel('Your words').fill('Every young person signs the agreement at the first visit.\nTwo are due to sign the new form.');
  await third.getByRole('button', { name: 'Save standard 3' }).press('Enter');
  await expect(third.getByRole('status')).toHaveText('Standard 3 saved: partly met.');
  await expect(third.getByRole('status')).toBeFocused();

  // Too many words: refused against the field, and nothing saved.
  const fifth = page.getByRole('region', { name: /^Standard 5:/ });
  await fifth.getByLabel('Your words').fill('x'.repeat(10_001));
  await fifth.getByRole('button', { name: 'Save standard 5' }).click();
  const problem = fifth.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(problem).toBeFocused();
  await problem.getByRole('link', { name: 'Keep your words to 10,000 characters or fewer' }).click();
  await expect(fifth.getByLabel('Your words')).toBeFocused();
  await expect(fifth.locator('.error-message')).toContainText('Keep your words to 10,000 characters or fewer');
  await expectAccessible(page);
  await screenshot(page, 'standards-error', { fullPage: false });

  await page.reload();
  await unlock(page);
  await page.goto(`${harness.url}#/standards`);
  const again = page.getByRole('region', { name: 'Standard 3: Confidentiality and record keeping' });
  await expect(again.getByRole('radio', { name: 'Partly met' })).toBeChecked();
  await expect(again.getByLabel('Your words')).toHaveValue('Every young person signs the agreement at the first visit.\nTwo are due to sign the new form.');
  await expect(page.getByRole('region', { name: /^Standard 5:/ }).getByLabel('Your words')).toHaveValue('');

  await page.getByRole('link', { name: /The annual report’s own sections/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annual report sections' })).toBeFocused();
  const caseStudy = page.getByRole('region', { name: 'Case study' });
  await caseStudy.getByLabel('Case study, in your words').fill('A young person with no family contact now goes climbing every month.');
  await caseStudy.getByRole('button', { name: 'Save case study' }).click();
  await expect(caseStudy.getByRole('status')).toHaveText('Case study saved.');
  await expectAccessible(page);
  await screenshot(page, 'standards-report-sections');

  await page.getByRole('link', { name: 'Back to the self-assessment' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /annual report \(Word\)/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Annual-report-.*\.docx$/);
  const file = join(SCREENSHOTS, 'annual-report.docx');
  await download.saveAs(file);
  const text = docxText(readFileSync(file));
  for (const part of ['Standard 3: Confidentiality and record keeping', 'Rating: Partly met', 'Every young person signs the agreement at the first visit.', 'Case study', 'A young person with no family contact now goes climbing every month.', 'Standard 14:']) {
    expect(text).toContain(part);
  }
});

test('the self-assessment at a narrow window, and another financial year chosen', async ({ page, harness }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await setUpScheme(page, harness);
  await page.goto(`${harness.url}#/standards`);
  await expect(page.getByRole('heading', { level: 1, name: 'National Standards self-assessment' })).toBeVisible();
  const year = page.getByLabel('Financial year');
  const options = await year.locator('option').allTextContents();
  await year.selectOption({ label: options[1] });
  // Choosing alone does not move the page; Show does.
  await expect(page.getByText(`Financial year ${options[0]}`)).toBeVisible();
  await page.getByRole('button', { name: 'Show this year' }).click();
  await expect(page.getByText(`Financial year ${options[1]}`)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page);
  await screenshot(page, 'standards-narrow', { fullPage: false });
});
