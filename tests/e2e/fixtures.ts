/**
 * Each test gets a fresh data folder and its own harness: the built renderer in real
 * Chromium against real core and a real encrypted database.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHarness, type Harness } from '../harness/server';

export const PASSPHRASE = 'maple orbit candle harbour';
export const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');

export const test = base.extend<{ harness: Harness; dataDir: string }>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'iv-desk-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  harness: async ({ dataDir }, use) => {
    const harness = await startHarness({ dataDir });
    await use(harness);
    await harness.close();
  },
});
export { expect };

/** Fails on any serious or critical accessibility violation on the page as it is now (or in the part `include` selects). */
export async function expectAccessible(page: Page, include?: string): Promise<void> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const results = await (include ? axe.include(include) : axe).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
}

/** Answers the confirmation a step that cannot be taken back asks first. */
export async function confirmInDialog(page: Page, button: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: button }).click();
  await expect(dialog).toHaveCount(0);
}

/** The whole page by default; `fullPage: false` for what is on the screen (a dialog over a long page). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? true });
}

/** Completes first-run setup through the UI and returns the recovery key shown. */
export async function setUpScheme(page: Page, harness: Harness, options: { shots?: boolean } = {}): Promise<string> {
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: 'Set up your scheme' })).toBeVisible();
  await page.getByLabel('Scheme name').fill('Northshire Independent Visitors');
  await page.getByLabel('Local authority (optional)').fill('Northshire County Council');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  if (options.shots) await screenshot(page, '01-setup');
  await page.getByRole('button', { name: 'Set up IV Desk' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
  const recoveryKey = (await page.getByLabel('Recovery key').innerText()).replace(/\s+/g, '-');
  if (options.shots) await screenshot(page, '02-recovery-key');
  await page.getByRole('button', { name: 'I have recorded it' }).click();
  await page.getByLabel(/Type the last group/).fill(recoveryKey.split('-').at(-1)!);
  if (options.shots) await screenshot(page, '03-recovery-key-check');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  return recoveryKey;
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Unlock your records' })).toBeVisible();
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}
