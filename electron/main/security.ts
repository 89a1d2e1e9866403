/**
 * IV Desk's security policy for its window, as pure functions: the Electron glue applies
 * them, and tests/unit/security.test.ts proves them without Electron. Types only from
 * 'electron', so this file loads in plain Node.
 */
import type { HandlerDetails, WebPreferences, WindowOpenHandlerResponse } from 'electron';
import { basename, join } from 'node:path';
import { documentFileName } from '../core/documents/fileName';

/** Delivered as a response header; renderer/index.html carries a meta tag too. Both apply. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

/** The app's own origin: the window loads app://iv-desk/index.html (see appProtocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'iv-desk';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Sites the app may open in the user's own browser. Nothing else ever leaves the app. */
export const EXTERNAL_ORIGINS: readonly string[] = ['https://www.gov.uk'];

export function secureWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    preload,
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
    safeDialogs: true,
    // The spellchecker can send words to an online service on some platforms.
    spellcheck: false,
    devTools,
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for the app's own page: app://iv-desk/index.html (query and fragment aside),
 * or in development the same page on the electron-vite dev server. Nothing on file:// is
 * ever the app, so no local file can pass for it.
 */
export function isAppPage(url: string, appUrl: string): boolean {
  const candidate = parse(url);
  const expected = parse(appUrl);
  if (!candidate || !expected || candidate.protocol !== expected.protocol) return false;
  if (candidate.username || candidate.password) return false;
  const samePage = candidate.host.toLowerCase() === expected.host.toLowerCase() && candidate.pathname === expected.pathname;
  // A custom scheme's URL has no origin in Node's parser ("null"), so host and path are compared.
  if (expected.protocol === `${APP_SCHEME}:`) return samePage;
  if (expected.protocol !== 'http:' && expected.protocol !== 'https:') return false;
  return samePage && candidate.origin === expected.origin;
}

export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isAppPage(url, appUrl);
}

export function isAllowedExternal(url: string, origins: readonly string[] = EXTERNAL_ORIGINS): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  return origins.includes(parsed.origin);
}

/** New windows are never opened; an allowlisted link goes to the user's browser instead. */
export function windowOpenHandler(openExternal: (url: string) => void, origins: readonly string[] = EXTERNAL_ORIGINS) {
  return (details: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse => {
    if (isAllowedExternal(details.url, origins)) openExternal(details.url);
    return { action: 'deny' };
  };
}

/** The app needs no camera, location, notifications, clipboard reading or anything else. */
export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

/** An IPC message is answered only when it comes from the app's own page in its main frame. */
export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  if (!frame || !frame.isMainFrame) return false;
  return isAppPage(frame.url, appUrl);
}

/** Exports are made in the page as blob: or data: URLs; nothing is downloaded from elsewhere. */
export function isAllowedDownload(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && (parsed.protocol === 'blob:' || parsed.protocol === 'data:');
}

/**
 * The Save as PDF dialog: the page's suggested name made safe (letters, digits and dashes,
 * with the date), in the user's folder, and only PDF offered.
 */
export function pdfSaveDialogOptions(suggestedName: string, folder: string, today: string) {
  return {
    title: 'Save as PDF',
    buttonLabel: 'Save',
    defaultPath: join(folder, documentFileName(suggestedName || 'IV Desk', '', today, 'pdf')),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
}

export function saveDialogOptions(fileName: string, folder: string) {
  return {
    title: 'Save the exported file',
    buttonLabel: 'Save',
    defaultPath: join(folder, basename(fileName) || 'iv-desk-export'),
  };
}
