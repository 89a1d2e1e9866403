/**
 * IV Desk's main process: app lifecycle only. Everything the app does lives in core;
 * this file wires it to Electron.
 */
import { app, BrowserWindow, dialog, powerMonitor, protocol, session as electronSession } from 'electron';
import { join } from 'node:path';
import { LOCKED_EVENT } from '../../shared/contract';
import { defaultDataDir, findMigrationsDir } from '../core/files';
import { findNetworkDriveLetters } from '../core/networkDrives';
import { Session } from '../core/session';
import { appProtocolHandler, APP_SCHEME_PRIVILEGES } from './appProtocol';
import { protectBrowserSession } from './browserSession';
import { MainIdleLock } from './idleLock';
import { registerIpc } from './ipc';
import { registerSavePdf } from './savePdf';
import { registerPathPickers } from './choosePaths';
import { installMenu } from './menu';
import { APP_SCHEME } from './security';
import { appPageUrl, createMainWindow, guardWebContents, lockWithWindow, rendererDir } from './window';

app.setName('IV Desk');
// The CLI computes the same folder, so both see one database.
app.setPath('userData', defaultDataDir());
// Chromium's own profile (caches, local storage) goes in a subfolder, apart from the database.
app.setPath('sessionData', join(defaultDataDir(), 'Chromium'));
app.enableSandbox();
// Before the app is ready, as Electron requires: the page's own origin, in place of file://.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

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
  let session: Session | null = null;
  let mainWindow: BrowserWindow | null = null;

  const lockNow = () => {
    session?.lock();
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(LOCKED_EVENT);
  };
  const idleLock = new MainIdleLock({ minutes: () => unlockedIdleMinutes(session), lock: lockNow });

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appUrl));
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Quitting when the window closes, on macOS too, locks the data rather than leaving it open.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    idleLock.stop();
    session?.lock();
  });

  // Windows is asked for its network drives while Electron starts; the answer has a time limit.
  void Promise.all([app.whenReady(), findNetworkDriveLetters()]).then(([, networkDriveLetters]) => {
    const opened = new Session({ dataDir: app.getPath('userData'), migrationsDir, networkDriveLetters });
    session = opened;
    protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir()));
    protectBrowserSession(electronSession.defaultSession, () => saveFolder());
    registerIpc(opened, appUrl);
    registerSavePdf(appUrl, saveFolder);
    registerPathPickers(appUrl);
    installMenu(development);
    powerMonitor.on('suspend', lockNow);
    powerMonitor.on('lock-screen', lockNow);
    mainWindow = createMainWindow(appUrl, development);
    lockWithWindow(mainWindow, idleLock, lockNow);
    idleLock.start();
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}

/** The scheme's idle minutes while the data is unlocked, else null (nothing to lock). */
function unlockedIdleMinutes(session: Session | null): number | null {
  if (!session) return null;
  try {
    const info = session.info();
    return info.state === 'unlocked' ? info.idleLockMinutes : null;
  } catch {
    return null;
  }
}

function saveFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}
