/**
 * IV Desk's main process: app lifecycle only. Everything the app does lives in core;
 * this file wires it to Electron.
 */
import { app, BrowserWindow, dialog, powerMonitor, session as electronSession } from 'electron';
import { join } from 'node:path';
import { LOCKED_EVENT } from '../../shared/contract';
import { defaultDataDir, findMigrationsDir } from '../core/files';
import { Session } from '../core/session';
import { protectBrowserSession } from './browserSession';
import { registerIpc } from './ipc';
import { registerSavePdf } from './savePdf';
import { registerPathPickers } from './choosePaths';
import { installMenu } from './menu';
import { appPageUrl, createMainWindow, guardWebContents } from './window';

app.setName('IV Desk');
// The CLI computes the same folder, so both see one database.
app.setPath('userData', defaultDataDir());
// Chromium's own profile (caches, local storage) goes in a subfolder, apart from the database.
app.setPath('sessionData', join(defaultDataDir(), 'Chromium'));
app.enableSandbox();

// One instance per data folder: two processes must never hold the database open at once.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const development = !app.isPackaged;
  const appUrl = appPageUrl(app.isPackaged);
  let migrationsDir: string;
  try {
    migrationsDir = findMigrationsDir(app.isPackaged ? [join(process.resourcesPath, 'migrations')] : []);
  } catch {
    dialog.showErrorBox('IV Desk cannot start', 'Some of its files are missing. Please reinstall IV Desk. Your data has not been touched.');
    app.exit(1);
    return;
  }
  const session = new Session({ dataDir: app.getPath('userData'), migrationsDir });
  let mainWindow: BrowserWindow | null = null;

  const lockNow = () => {
    session.lock();
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(LOCKED_EVENT);
  };

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appUrl));
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Quitting when the window closes, on macOS too, locks the data rather than leaving it open.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => session.lock());

  void app.whenReady().then(() => {
    protectBrowserSession(electronSession.defaultSession, () => saveFolder());
    registerIpc(session, appUrl);
    registerSavePdf(appUrl, saveFolder);
    registerPathPickers(appUrl);
    installMenu(development);
    powerMonitor.on('suspend', lockNow);
    powerMonitor.on('lock-screen', lockNow);
    mainWindow = createMainWindow(appUrl, development);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}

function saveFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}
