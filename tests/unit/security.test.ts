// The window's security policy, proven without Electron (electron/main/security.ts has
// only type imports from it). tests/e2e/electron.spec.ts checks the live window where an
// Electron binary exists.
import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  APP_PAGE_URL,
  CONTENT_SECURITY_POLICY,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedDownload,
  isAllowedExternal,
  isAllowedNavigation,
  isTrustedSender,
  pdfSaveDialogOptions,
  saveDialogOptions,
  secureWebPreferences,
  windowOpenHandler,
} from '../../electron/main/security';

const APP_URL = APP_PAGE_URL;
/** Where the built page lies on disk: as a file:// URL it is not the app. */
const APP_FILE_URL = pathToFileURL(join('/opt', 'IV Desk', 'resources', 'app.asar', 'out', 'renderer', 'index.html')).href;
const DEV_URL = 'http://localhost:5173/';

describe('web preferences', () => {
  it('sandboxes and isolates the page, with no Node', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs', false);
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('allows DevTools only when asked (development builds)', () => {
    expect(secureWebPreferences('p', true).devTools).toBe(true);
    expect(secureWebPreferences('p', false).devTools).toBe(false);
  });
});

describe('navigation', () => {
  it('allows the app’s own page, with or without a fragment or query', () => {
    expect(APP_URL).toBe('app://iv-desk/index.html');
    expect(isAllowedNavigation(APP_URL, APP_URL)).toBe(true);
    expect(isAllowedNavigation('app://IV-DESK/index.html', APP_URL)).toBe(true);
    expect(isAllowedNavigation(`${APP_URL}#/volunteers`, APP_URL)).toBe(true);
    expect(isAllowedNavigation(`${APP_URL}?x=1`, APP_URL)).toBe(true);
  });

  it.each([
    ['another page of the app’s origin', 'app://iv-desk/other.html'],
    ['the app’s folder', 'app://iv-desk/'],
    ['the same page on another host', 'app://evil.example/index.html'],
    ['the same page with a port', 'app://iv-desk:8080/index.html'],
    ['the same page with credentials', 'app://user:pass@iv-desk/index.html'],
    ['an encoded slash', 'app://iv-desk/%2Findex.html'],
    ['the built page itself, as a file', APP_FILE_URL],
    ['a local file elsewhere', 'file:///etc/passwd'],
    ['the same name in another folder', 'file:///tmp/index.html'],
    ['the same page over https', 'https://iv-desk/index.html'],
    ['a website', 'https://example.org/'],
    ['plain http', 'http://example.org/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['about:blank', 'about:blank'],
    ['blob:', 'blob:app://iv-desk/1234'],
    ['DevTools', 'devtools://devtools/bundled/devtools_app.html'],
    ['chrome:', 'chrome://settings'],
    ['nonsense', 'not a url'],
    ['nothing', ''],
  ])('denies %s', (_name, url) => {
    expect(isAllowedNavigation(url, APP_URL)).toBe(false);
  });

  it('in development allows only the dev server’s page', () => {
    expect(isAllowedNavigation(DEV_URL, DEV_URL)).toBe(true);
    expect(isAllowedNavigation(`${DEV_URL}#/x`, DEV_URL)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', DEV_URL)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/other', DEV_URL)).toBe(false);
    expect(isAllowedNavigation('https://example.org/', DEV_URL)).toBe(false);
    expect(isAllowedNavigation(APP_URL, DEV_URL)).toBe(false);
  });
});

describe('external links', () => {
  const origins = ['https://www.gov.uk'];

  it('opens only https links to allowlisted sites', () => {
    expect(isAllowedExternal('https://www.gov.uk/government/publications/x', origins)).toBe(true);
    expect(isAllowedExternal('http://www.gov.uk/', origins)).toBe(false);
    expect(isAllowedExternal('https://www.gov.uk.evil.example/', origins)).toBe(false);
    expect(isAllowedExternal('https://evil.example/?https://www.gov.uk', origins)).toBe(false);
    expect(isAllowedExternal('https://user:pass@www.gov.uk/', origins)).toBe(false);
    expect(isAllowedExternal('https://www.gov.uk:8443/', origins)).toBe(false);
    expect(isAllowedExternal('file:///etc/passwd', origins)).toBe(false);
    expect(isAllowedExternal('javascript:alert(1)', origins)).toBe(false);
    expect(isAllowedExternal('not a url', origins)).toBe(false);
  });

  it('opens nothing with an empty allowlist', () => {
    expect(isAllowedExternal('https://www.gov.uk/', [])).toBe(false);
  });

  it('never opens a window, and hands allowlisted links to the browser', () => {
    const openExternal = vi.fn();
    const handler = windowOpenHandler(openExternal, origins);
    expect(handler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(handler({ url: APP_URL })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(handler({ url: 'https://www.gov.uk/guidance' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.gov.uk/guidance');
  });
});

describe('IPC sender', () => {
  it('trusts the app’s page in the main frame', () => {
    expect(isTrustedSender({ url: APP_URL, isMainFrame: true }, APP_URL)).toBe(true);
    expect(isTrustedSender({ url: `${APP_URL}#/settings`, isMainFrame: true }, APP_URL)).toBe(true);
    expect(isTrustedSender({ url: DEV_URL, isMainFrame: true }, DEV_URL)).toBe(true);
  });

  it('refuses a subframe, even one showing the app’s page', () => {
    expect(isTrustedSender({ url: APP_URL, isMainFrame: false }, APP_URL)).toBe(false);
  });

  it.each([
    ['another page', 'https://example.org/'],
    ['another local file', 'file:///tmp/index.html'],
    ['the built page as a file', APP_FILE_URL],
    ['another page of the app’s origin', 'app://iv-desk/other.html'],
    ['DevTools', 'devtools://devtools/bundled/devtools_app.html'],
    ['about:blank', 'about:blank'],
    ['a data: page', 'data:text/html,hi'],
    ['the dev server, in a packaged app', DEV_URL],
  ])('refuses %s', (_name, url) => {
    expect(isTrustedSender({ url, isMainFrame: true }, APP_URL)).toBe(false);
  });

  it('refuses a message with no frame (closed or navigated away)', () => {
    expect(isTrustedSender(null, APP_URL)).toBe(false);
    expect(isTrustedSender(undefined, APP_URL)).toBe(false);
  });
});

describe('content security policy', () => {
  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('allows no inline or evaluated script and no remote source', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('denies a request for %s', (permission) => {
    const callback = vi.fn();
    denyPermissionRequest({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('answers every permission check with no', () => {
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('downloads', () => {
  it('saves only files the page made itself', () => {
    expect(isAllowedDownload('blob:app://iv-desk/8c1f0f7e-1234')).toBe(true);
    expect(isAllowedDownload('data:application/json,{}')).toBe(true);
    expect(isAllowedDownload('https://example.org/file.json')).toBe(false);
    expect(isAllowedDownload('file:///etc/passwd')).toBe(false);
    expect(isAllowedDownload('')).toBe(false);
  });

  it('offers a save dialog in the chosen folder under the file’s own name', () => {
    const folder = join('/home', 'coordinator', 'Documents');
    expect(saveDialogOptions('scheme-2026-01-31.json', folder)).toEqual({
      title: 'Save the exported file',
      buttonLabel: 'Save',
      defaultPath: join(folder, 'scheme-2026-01-31.json'),
    });
    expect(saveDialogOptions('../../etc/passwd', folder).defaultPath).toBe(join(folder, 'passwd'));
  });

  it('Save as PDF suggests a safe name with the date, in the chosen folder, PDF only', () => {
    const folder = join('/home', 'coordinator', 'Documents');
    expect(pdfSaveDialogOptions('Consent form K. M.', folder, '2026-11-23')).toEqual({
      title: 'Save as PDF',
      buttonLabel: 'Save',
      defaultPath: join(folder, 'Consent-form-K-M-2026-11-23.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(pdfSaveDialogOptions('../../etc/passwd', folder, '2026-11-23').defaultPath).toBe(join(folder, 'etc-passwd-2026-11-23.pdf'));
    expect(pdfSaveDialogOptions('', folder, '2026-11-23').defaultPath).toBe(join(folder, 'IV-Desk-2026-11-23.pdf'));
  });
});
