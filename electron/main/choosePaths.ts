/**
 * The system's folder and file pickers, for the second place, for restoring a backup
 * file and for the interchange file to import. Not contract calls: they need the window, not core. The sender is checked as for
 * every call; the chosen path goes back to the page, which sends it to core to check.
 */
import { BrowserWindow, dialog, ipcMain, type OpenDialogOptions } from 'electron';
import { CHOOSE_BACKUP_FILE_CHANNEL, CHOOSE_FOLDER_CHANNEL, CHOOSE_IMPORT_FILE_CHANNEL } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { describe, REFUSED } from './ipc';
import { isTrustedSender } from './security';

const PICKERS: Record<string, OpenDialogOptions> = {
  [CHOOSE_FOLDER_CHANNEL]: { title: 'Choose the second place for backups', buttonLabel: 'Choose folder', properties: ['openDirectory', 'createDirectory'] },
  [CHOOSE_BACKUP_FILE_CHANNEL]: { title: 'Choose the backup to restore', buttonLabel: 'Choose backup', properties: ['openFile'], filters: [{ name: 'IV Desk backups', extensions: ['db'] }] },
  [CHOOSE_IMPORT_FILE_CHANNEL]: { title: 'Choose the file to import', buttonLabel: 'Choose file', properties: ['openFile'], filters: [{ name: 'IV Desk interchange files', extensions: ['json'] }] },
};

export function registerPathPickers(appUrl: string): void {
  for (const [channel, options] of Object.entries(PICKERS)) {
    ipcMain.handle(channel, async (event): Promise<Result<{ path: string | null }>> => {
      if (!isTrustedSender(describe(event.senderFrame), appUrl)) return REFUSED;
      const window = BrowserWindow.fromWebContents(event.sender);
      const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return { ok: true, value: { path: choice.canceled ? null : (choice.filePaths[0] ?? null) } };
    });
  }
}
