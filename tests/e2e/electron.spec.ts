/**
 * The desktop window's security settings, checked in real Electron. Needs Electron's
 * program, which is downloaded from the internet; where it is absent these tests skip
 * and say why. Uses only Playwright's _electron, never the configured browser.
 */
import { test, expect, _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { callNames, LOCKED_EVENT } from '../../shared/contract';
import { APP_PAGE_URL, CONTENT_SECURITY_POLICY } from '../../electron/main/security';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** Why Electron cannot run here, or null. Not require('electron'): that starts a download. */
function whyNoElectron(): string | null {
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return `${pathFile} is missing (the program was never downloaded)`;
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist'), readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return `${binary} does not exist`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display to open a window on (run under xvfb-run)';
  }
  return null;
}

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  const reason = whyNoElectron();
  if (reason) {
    console.log(`Electron tests skipped: Electron binary not present on this machine: ${reason}`);
    test.skip(true, `Electron binary not present on this machine: ${reason}`);
    return;
  }
  test.setTimeout(180_000);
  execFileSync(process.execPath, [join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  dataDir = mkdtempSync(join(tmpdir(), 'iv-desk-electron-'));
  // Without the dev server's URL the window loads the built page, as the app does.
  const dropped = new Set(['ELECTRON_RENDERER_URL', 'ELECTRON_RUN_AS_NODE']);
  const env: Record<string, string> = { IV_DESK_DATA_DIR: dataDir };
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !dropped.has(name)) env[name] ??= value;
  // The folder, not out/main/index.js: Electron then reads package.json's "main" and
  // "type", so the ES-module main process loads exactly as it does in the app.
  app = await electron.launch({ args: [ROOT], cwd: ROOT, env });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('the window is sandboxed and isolated, with no Node integration', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    // Not in Electron's typings, but what the renderer was actually created with.
    const contents = BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences(): Electron.WebPreferences | null };
    const p = contents.getLastWebPreferences();
    return p && { sandbox: p.sandbox, contextIsolation: p.contextIsolation, nodeIntegration: p.nodeIntegration, webSecurity: p.webSecurity, webviewTag: p.webviewTag };
  });
  expect(prefs).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getTitle())).toBe('IV Desk');
});

test('the page has no Node: no require, process, module or ipcRenderer', async () => {
  const seen = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    module: typeof (window as unknown as { module?: unknown }).module,
    ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
  }));
  expect(seen).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', ipcRenderer: 'undefined' });
});

test('window.ivDesk has one function per contract call, onLocked and onProgress', async () => {
  const api = await page.evaluate(() => Object.entries(window.ivDesk).map(([name, value]) => [name, typeof value]));
  expect(api.map(([name]) => name).sort()).toEqual([...callNames, 'onLocked', 'onProgress', 'savePdf', 'chooseFolder', 'chooseBackupFile', 'chooseImportFile'].sort());
  expect(new Set(api.map(([, type]) => type))).toEqual(new Set(['function']));
  const status = await page.evaluate(() => window.ivDesk.sessionStatus({}));
  expect(status).toEqual({ ok: true, value: { state: 'setup_needed', schemeName: null, idleLockMinutes: null } });
});

test('a suspend locks and tells the page', async () => {
  await page.evaluate(() => {
    const w = window as unknown as { lockedCount: number };
    w.lockedCount = 0;
    window.ivDesk.onLocked(() => (w.lockedCount += 1));
  });
  await app.evaluate(({ powerMonitor }) => powerMonitor.emit('suspend'));
  await expect.poll(() => page.evaluate(() => (window as unknown as { lockedCount: number }).lockedCount)).toBe(1);
  expect(LOCKED_EVENT).toBe('iv-desk:locked');
});

test('window.open opens nothing', async () => {
  expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
  expect(await page.evaluate(() => window.open('about:blank') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('the page comes from app://, not file://', async () => {
  expect(page.url().split('#')[0]).toBe(APP_PAGE_URL);
  expect(await page.evaluate(() => window.location.origin)).toBe('app://iv-desk');
});

test('every app:// response carries the content security policy header, and it reaches the page', async () => {
  const headers = await app.evaluate(async ({ session }, url) => {
    const response = await session.defaultSession.fetch(url);
    return { status: response.status, csp: response.headers.get('content-security-policy'), nosniff: response.headers.get('x-content-type-options') };
  }, APP_PAGE_URL);
  expect(headers).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY, nosniff: 'nosniff' });
  // The page's meta tag allows connect-src 'self'; only the header's connect-src 'none' refuses this.
  const fetched = await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'refused'), APP_PAGE_URL);
  expect(fetched).toBe('refused');
});

test('app:// serves nothing outside the built renderer', async () => {
  const statuses = await app.evaluate(async ({ session }, urls) => Promise.all(urls.map(async (url) => (await session.defaultSession.fetch(url)).status)), [
    'app://iv-desk/%2e%2e/main/index.js',
    'app://iv-desk/..%2fmain%2findex.js',
    'app://iv-desk/missing.js',
    'app://other/index.html',
  ]);
  expect(statuses).toEqual([404, 404, 404, 404]);
});

test('the page cannot navigate away', async () => {
  const start = page.url();
  for (const target of ['https://example.org/', 'file:///etc/hosts', 'app://iv-desk/other.html']) {
    await page.evaluate((url) => {
      window.location.href = url;
    }, target);
    await page.waitForTimeout(500);
    expect(page.url()).toBe(start);
  }
});

test('the content security policy blocks inline script', async () => {
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = '(window).inlineRan = true';
    document.head.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
});

// Last: it sets the data up, which the tests above expect not to be.
test('a crashed page locks the data at once, and the window loads again, locked', async () => {
  test.setTimeout(60_000);
  const setUp = await page.evaluate(() => window.ivDesk.setUp({ schemeName: 'Crash Test', localAuthority: null, passphrase: 'a long and careful passphrase 7' }));
  expect(setUp.ok).toBe(true);
  const statusInPage = () =>
    app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].webContents.executeJavaScript('window.ivDesk.sessionStatus({}).then((r) => r.value.state)') as Promise<string>);
  expect(await statusInPage()).toBe('unlocked');
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].webContents.forcefullyCrashRenderer());
  await expect.poll(() => statusInPage().catch(() => 'not loaded yet'), { timeout: 30_000 }).toBe('locked');
});
