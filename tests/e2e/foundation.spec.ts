import { test, expect, expectAccessible, screenshot, setUpScheme, unlock, PASSPHRASE } from './fixtures';

test('setup, recovery key, add a volunteer, reload, unlock: the volunteer is still there', async ({ page, harness }) => {
  await setUpScheme(page, harness, { shots: true });
  await page.getByRole('link', { name: 'Volunteers' }).click();
  await page.getByRole('link', { name: 'Add a volunteer' }).click();
  await expect(page.getByRole('heading', { name: 'Add a volunteer' })).toBeVisible();
  await page.getByLabel('First name').fill('Amira');
  await page.getByLabel('Last name').fill('Okafor');
  await page.getByLabel('Date of birth').fill('14/02/1986');
  await page.getByLabel('Email address').fill('amira@example.org');
  await page.getByLabel('Area').fill('Durham City');
  await page.getByLabel('Date of first enquiry').fill('03/09/2026');
  await screenshot(page, '05-volunteer-form');
  await page.getByRole('button', { name: 'Add volunteer' }).click();
  // Adding a volunteer opens their profile; the list is one link away.
  await expect(page.getByRole('status').filter({ hasText: 'Added Amira Okafor.' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to volunteers' }).click();
  await expect(page.getByRole('link', { name: 'Amira Okafor' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '03/09/2026' })).toBeVisible();
  await screenshot(page, '04-volunteers-list');

  await page.reload();
  await unlock(page);
  await expect(page.getByRole('link', { name: 'Amira Okafor' })).toBeVisible();
});

test('a wrong passphrase shows an error and unlocks nothing', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await page.getByRole('button', { name: 'Lock' }).click();
  await unlock(page, 'not the right passphrase');
  await expect(page.getByRole('alert')).toContainText('That passphrase is not right');
  await expect(page.getByLabel('Passphrase')).toHaveValue('');
  await screenshot(page, '06-unlock-wrong-passphrase');
  await expectAccessible(page);
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
});

test('forgot passphrase: the recovery key unlocks and a new passphrase is required', async ({ page, harness }) => {
  const recoveryKey = await setUpScheme(page, harness);
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock with your recovery key' })).toBeVisible();
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
  await page.getByLabel('New passphrase', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Unlock and save new passphrase' }).click();
  await expect(page.getByRole('alert')).toContainText('at least 12 characters');
  const next = 'violet tundra lantern ferry';
  await page.getByLabel('New passphrase', { exact: true }).fill(next);
  await page.getByLabel('Type the new passphrase again').fill(next);
  await screenshot(page, '07-recover');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Unlock and save new passphrase' }).click();
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();

  await page.getByRole('button', { name: 'Lock' }).click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('That passphrase is not right');
  await unlock(page, next);
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
});

test('idle lock: after the set minutes without use, IV Desk locks', async ({ page, harness }) => {
  await page.clock.install();
  await setUpScheme(page, harness);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Lock after this many minutes without use').fill('2');
  await page.getByRole('button', { name: 'Save scheme details' }).click();
  await expect(page.getByText('Scheme details saved.')).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.clock.fastForward('00:40');
  await expect(page.getByRole('heading', { name: 'Unlock your records' })).toBeVisible();
  await expect(page.getByText('IV Desk locked after 2 minutes without use.')).toBeVisible();
  expect(harness.session.info().state).toBe('locked');
});

test('a missing key file: a plain screen says how to bring it back, and nothing offers to start again', async ({ page, harness, dataDir }) => {
  const { readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  await setUpScheme(page, harness);
  await page.getByRole('button', { name: 'Lock' }).click();
  const keyPath = join(dataDir, 'iv-desk.key');
  const keyFile = readFileSync(keyPath);
  rmSync(keyPath);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The key file is missing' })).toBeVisible();
  await expect(page.getByText(/from the same backup as the database/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Set up IV Desk' })).toHaveCount(0);
  await screenshot(page, '07-key-file-missing');
  await expectAccessible(page);
  writeFileSync(keyPath, keyFile);
  await page.getByRole('button', { name: /check again/ }).click();
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
});

test('Settings: make a new recovery key, shown once and typed back', async ({ page, harness }) => {
  const oldKey = await setUpScheme(page, harness);
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Make a new recovery key' });
  await section.getByLabel('Passphrase').fill('not the right passphrase');
  await section.getByRole('button', { name: 'Make a new recovery key' }).click();
  await expect(section.getByRole('alert')).toContainText('That passphrase is not right');
  await section.getByLabel('Passphrase').fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Make a new recovery key' }).click();
  const newKey = (await section.getByLabel('New recovery key', { exact: true }).innerText()).replace(/\s+/g, '-');
  expect(newKey).not.toBe(oldKey);
  await section.getByLabel(/Type the last group/).fill('ZZZZ');
  await section.getByRole('button', { name: 'I have recorded it' }).click();
  await expect(section.getByRole('alert')).toContainText('That is not the last group');
  await screenshot(page, '08-new-recovery-key');
  await section.getByLabel(/Type the last group/).fill(newKey.split('-').at(-1)!);
  await section.getByRole('button', { name: 'I have recorded it' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'The new recovery key is in place' })).toBeVisible();
  await expectAccessible(page);
});
