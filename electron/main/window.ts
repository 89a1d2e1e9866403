/** The one app window, and the guards every web contents gets. */
import { BrowserWindow, shell, type WebContents } from 'electron';
import { fileURLToPath } from 'node:url';
import { isAllowedExternal, isAllowedNavigation, secureWebPreferences, windowOpenHandler } from './security';

export const APP_TITLE = 'IV Desk';

/**
 * The page the window shows: the built renderer beside this file, or the electron-vite
 * dev server in development. A packaged app never honours the environment variable,
 * so it can never be pointed at other content.
 */
export function appPageUrl(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): string {
  const devServer = env.ELECTRON_RENDERER_URL;
  if (!isPackaged && devServer) return new URL(devServer).href;
  return new URL('../renderer/index.html', import.meta.url).href;
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
