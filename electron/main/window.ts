/** The one app window, and the guards every web contents gets. */
import { BrowserWindow, shell, type WebContents } from 'electron';
import { fileURLToPath } from 'node:url';
import type { MainIdleLock } from './idleLock';
import { APP_PAGE_URL, isAllowedExternal, isAllowedNavigation, secureWebPreferences, windowOpenHandler } from './security';

export const APP_TITLE = 'IV Desk';

/**
 * The page the window shows: the built renderer through app://, or the electron-vite dev
 * server in development. A packaged app never honours the environment variable, so it
 * can never be pointed at other content.
 */
export function appPageUrl(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): string {
  const devServer = env.ELECTRON_RENDERER_URL;
  if (!isPackaged && devServer) return new URL(devServer).href;
  return APP_PAGE_URL;
}

/** The built renderer's folder, beside this file's: all that app:// serves. */
export function rendererDir(): string {
  return fileURLToPath(new URL('../renderer/', import.meta.url));
}

const RELOAD_AT_MOST_EVERY_MS = 60_000;

/**
 * Main's idle lock sees every input to the window, and checks at once when the page stops
 * answering. A page that has gone (crashed or killed) locks the data at once, then loads
 * again, locked, rather than leaving a blank window; not in a loop if it keeps failing.
 */
export function lockWithWindow(window: BrowserWindow, idleLock: MainIdleLock, lockNow: () => void): void {
  let lastReload = 0;
  window.webContents.on('input-event', () => idleLock.input());
  window.on('unresponsive', () => idleLock.check());
  window.webContents.on('render-process-gone', () => {
    lockNow();
    if (window.isDestroyed() || Date.now() - lastReload < RELOAD_AT_MOST_EVERY_MS) return;
    lastReload = Date.now();
    window.webContents.reload();
  });
}

/** Applied to every web contents the app creates, not only the main window's. */
export function guardWebContents(contents: WebContents, appUrl: string): void {
  const openExternal = (url: string) => void shell.openExternal(url);
  contents.on('will-navigate', (event, url) => {
    if (isAllowedNavigation(url, appUrl)) return;
    event.preventDefault();
    // A plain link to an allowlisted site opens in the browser, as one with target=_blank does.
    if (isAllowedExternal(url)) openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler(openExternal));
}

export function createMainWindow(appUrl: string, devTools: boolean): BrowserWindow {
  const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
  const window = new BrowserWindow({
    title: APP_TITLE,
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 540,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preload, devTools),
  });
  // The window title shows in the taskbar and window switcher: keep people's names out of it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl);
  return window;
}
