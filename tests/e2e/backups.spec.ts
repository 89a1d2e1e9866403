/**
 * Backups in the app, in Chromium against real core: back up now and the list, restore and
 * undo restore across a lock, the second place and Today's warning, restoring on a new
 * computer, and restoring the latest good backup when the database is damaged.
 */
import type { Page } from '@playwright/test';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, expectAccessible, screenshot, setUpScheme, unlock, PASSPHRASE, SCREENSHOTS } from './fixtures';
import { dispatch } from '../../electron/core/handlers';
import { makeBackup } from '../../electron/core/backup/make';
import { Session } from '../../electron/core/session';
import { findMigrationsDir } from '../../electron/core/files';
import type { Harness } from '../harness/server';

test.use({ viewport: { width: 1366, height: 768 } });

const folders: string[] = [];
function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}
test.afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function addVolunteer(harness: Harness, firstName: string): Promise<void> {
  expect(await dispatch(harness.session, 'createVolunteer', { firstName, lastName: 'Okafor', enquiryDate: '2024-01-15' })).toMatchObject({ ok: true });
}

/** The volunteers list shows `present` (once it has loaded) and not `absent`. */
async function expectVolunteers(page: Page, present: string, absent?: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/volunteers`);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: new RegExp(present) })).toBeVisible();
  if (absent) await expect(main.getByRole('link', { name: new RegExp(absent) })).toHaveCount(0);
}

async function openBackups(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Scheme tools' }).getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
}

test('deleting a backup asks first, and keeps the last good one', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await addVolunteer(harness, 'Ada');
  await openBackups(page);
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByRole('status')).toContainText('Backed up at');
  }
  const here = page.getByRole('table', { name: 'On this computer' });
  // The second status reads like the first: wait for the list to show both backups.
  await expect(here.getByRole('row').filter({ hasText: 'Made by hand' })).toHaveCount(2);
  const rows = here.getByRole('row').filter({ has: page.getByRole('button', { name: /Delete/ }) });
  const before = await rows.count();
  await rows.first().getByRole('button', { name: /Delete/ }).click();
  const dialog = page.getByRole('dialog', { name: /Delete the backup from/ });
  await expect(dialog).toContainText('cannot be brought back');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'backups-delete-dialog.png') });
  await page.keyboard.press('Escape');
  await expect(rows).toHaveCount(before);
  await rows.first().getByRole('button', { name: /Delete/ }).click();
  await dialog.getByRole('button', { name: 'Delete the backup' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted the backup from');
  await expect(rows).toHaveCount(before - 1);
  // Down to the last one: it is kept, with a plain reason.
  while ((await rows.count()) > 1) {
    const n = await rows.count();
    await rows.first().getByRole('button', { name: /Delete/ }).click();
    await dialog.getByRole('button', { name: 'Delete the backup' }).click();
    await expect(rows).toHaveCount(n - 1);
  }
  await rows.first().getByRole('button', { name: /Delete/ }).click();
  await dialog.getByRole('button', { name: 'Delete the backup' }).click();
  await expect(page.getByRole('alert')).toContainText('the only good backup in this folder');
  await expect(rows).toHaveCount(1);
});

test('the list shows each backup as last checked; "Check backups" checks them all and finds a damaged one', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await addVolunteer(harness, 'Ada');
  const made = [0, 1].map(() => makeBackup({ sqlite: harness.session.connection.sqlite, files: harness.session.files }, { reason: 'manual' }));
  // Damaged after its check, deep inside, at the same size: only reading the whole file finds it.
  const fd = openSync(made[0].path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, statSync(made[0].path).size - 4096);
  closeSync(fd);
  await openBackups(page);
  const here = page.getByRole('table', { name: 'On this computer' });
  // Newest first.
  const rowOf = (i: number) => here.getByRole('row').filter({ hasText: 'Made by hand' }).nth(made.length - 1 - i);
  await expect(rowOf(1)).toContainText(/Passed on \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(rowOf(0)).toContainText('Not checked yet');
  await expect(rowOf(0)).toContainText('Known once checked');
  await screenshot(page, 'backups-not-checked-yet');

  await page.getByRole('button', { name: 'Check backups' }).click();
  await expect(page.getByRole('status').first()).toContainText('Checked 2 backups: 1 cannot be opened, shown below.');
  await expect(rowOf(0)).toContainText(/Failed on .*Cannot be opened: It/);
  await expect(rowOf(0).getByRole('button', { name: /Restore/ })).toHaveCount(0);
  await expect(rowOf(1)).toContainText('1 volunteer, 0 young people');
  await expectAccessible(page);
  await screenshot(page, 'backups-checked');
});

test('back up now, the list, restore and undo restore after locking', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  await addVolunteer(harness, 'Ada');
  await openBackups(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status')).toContainText(/Backed up at \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}: in .*Backups/);
  const here = page.getByRole('table', { name: 'On this computer' });
  const manual = here.getByRole('row').filter({ hasText: 'Made by hand' });
  await expect(manual).toContainText('1 volunteer, 0 young people');
  await expect(manual).toContainText(/\d+ KB/);
  await expectAccessible(page);
  await screenshot(page, 'backups-screen');

  await addVolunteer(harness, 'Grace');
  await manual.getByRole('button', { name: /Restore/ }).click();
  const dialog = page.getByRole('dialog', { name: /Restore the backup from/ });
  await expect(dialog).toContainText('keeps a safety copy of your records as they are now');
  await expect(dialog).toContainText(/Anything recorded after .* will not be there, until you undo the restore/);
  await expect(dialog.getByLabel('Your passphrase')).toBeFocused();
  await dialog.getByLabel('Your passphrase').fill('not my passphrase at all');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog.getByText('That passphrase is not right')).toBeVisible();
  await expectAccessible(page);
  // The dialog as the coordinator sees it: the window, not the whole page.
  await page.screenshot({ path: join(SCREENSHOTS, 'backups-restore-dialog.png') });
  await dialog.getByLabel('Your passphrase').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('status').first()).toContainText('Restored the backup from');
  await expect(page.getByRole('button', { name: 'Undo restore' })).toBeVisible();
  await screenshot(page, 'backups-after-restore');
  await expectVolunteers(page, 'Ada', 'Grace');

  await page.getByRole('button', { name: 'Lock' }).click();
  await unlock(page);
  await openBackups(page);
  await page.getByRole('button', { name: 'Undo restore' }).click();
  const undo = page.getByRole('dialog', { name: 'Undo the restore?' });
  await undo.getByLabel('Your passphrase').fill(PASSPHRASE);
  await undo.getByRole('button', { name: 'Undo restore' }).click();
  await expect(page.getByRole('status').first()).toContainText('The restore is undone');
  await expect(page.getByRole('button', { name: 'Undo restore' })).toHaveCount(0);
  await expectVolunteers(page, 'Grace');
});

test("the second place, and Today's warning until it has a recent backup", async ({ page, harness }) => {
  await setUpScheme(page, harness);
  const warning = page.getByRole('row').filter({ hasText: 'No second place is chosen for backups' });
  await expect(warning).toBeVisible();
  await screenshot(page, 'today-backup-warning');
  await warning.getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();

  const stick = folder('iv-desk-e2e-stick-');
  await page.getByLabel('Folder for the second copy').fill(join(stick, 'not-plugged-in'));
  await page.getByRole('button', { name: 'Save the second place' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot be found. If it is on a USB stick, plug the stick in');
  await page.getByLabel('Folder for the second copy').fill(stick);
  await page.getByLabel('Days after which to warn').fill('3');
  await page.getByRole('button', { name: 'Save the second place' }).click();
  await expect(page.getByText(`Saved. Every backup will also be written to ${stick}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').first()).toContainText(`and a copy in ${stick}`);
  await expect(page.getByRole('table', { name: 'In the second place' }).getByRole('row').filter({ hasText: 'Made by hand' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'backups-second-place');
  await page.getByRole('heading', { name: 'The second place', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'backups-second-place-form.png') });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(page.getByText('No second place is chosen for backups')).toHaveCount(0);
  await expect(page.getByText(/second place/)).toHaveCount(0);
});

test('restoring on a new computer from a backup file, with its passphrase', async ({ page, harness }) => {
  const oldComputer = folder('iv-desk-e2e-old-');
  const stick = folder('iv-desk-e2e-carried-');
  const old = new Session({ dataDir: oldComputer, migrationsDir: findMigrationsDir(), scrypt: { N: 2 ** 10, r: 8, p: 1 } });
  await old.setUp({ schemeName: 'Westshire Independent Visitors', localAuthority: null, passphrase: PASSPHRASE });
  expect(await dispatch(old, 'createVolunteer', { firstName: 'Femi', lastName: 'Adeyemi', enquiryDate: '2024-01-15' })).toMatchObject({ ok: true });
  const backup = makeBackup({ sqlite: old.connection.sqlite, files: old.files }, { reason: 'manual', to: stick });
  old.lock();

  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  await expect(page.getByRole('heading', { name: 'Restore from a backup' })).toBeVisible();
  await page.getByLabel('The backup file').fill(join(stick, 'holiday.db'));
  await page.getByLabel('The backup’s passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Restore and unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('That file is not an IV Desk backup');
  await page.getByLabel('The backup file').fill(backup.path);
  await page.getByLabel('The backup’s passphrase').fill('a passphrase that is wrong');
  await page.getByRole('button', { name: 'Restore and unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('That passphrase is not right');
  await expectAccessible(page);
  await screenshot(page, 'first-run-restore');
  await page.getByRole('radio', { name: /With the recovery key/ }).check();
  await expect(page.getByLabel('A new passphrase', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: /passphrase that was in use/ }).check();
  await page.getByLabel('The backup’s passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Restore and unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(page.getByText('Westshire Independent Visitors')).toBeVisible();
  await expectVolunteers(page, 'Femi');
});

test('a damaged database: the unlock screen offers the latest good backup, and says which and what may be missing', async ({ page, harness, dataDir }) => {
  await setUpScheme(page, harness);
  for (const name of ['Ada', 'Grace', 'Ines', 'Jo']) await addVolunteer(harness, name);
  for (let n = 0; n < 40; n++) await addVolunteer(harness, `Volunteer ${n}`);
  expect(await dispatch(harness.session, 'backUpNow', {})).toMatchObject({ ok: true });
  await page.getByRole('button', { name: 'Lock' }).click();
  const database = join(dataDir, 'iv-desk.db');
  const fd = openSync(database, 'r+');
  writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(statSync(database).size / 2 / 4096) * 4096);
  closeSync(fd);

  await unlock(page);
  await expect(page.getByRole('alert')).toContainText('is damaged');
  await page.getByRole('button', { name: 'Restore the latest good backup' }).click();
  await expect(page.getByRole('heading', { name: /Your records are restored from the backup of \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/, level: 1 })).toBeVisible();
  await expect(page.getByText('holds 44 volunteers')).toBeVisible();
  await expect(page.getByText(/Anything recorded after .* is missing/)).toBeVisible();
  await expect(page.getByText(/The damaged file was kept, renamed .*iv-desk\.db\.damaged-/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'unlock-damaged-restored');
  await page.getByRole('button', { name: 'Continue to your records' }).click();
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expectVolunteers(page, 'Grace');
});
