/**
 * Save as PDF: the page as it prints (A4, the print stylesheet), written where the user
 * chooses in a save dialog. Not a contract call: it needs the window, not core. The sender
 * is checked as for every call; the page's content and the path are never logged.
 */
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { SAVE_PDF_CHANNEL } from '../../shared/contract';
import { todayIso } from '../../shared/dates';
import type { Result } from '../../shared/result';
import { describe, REFUSED } from './ipc';
import { isTrustedSender, pdfSaveDialogOptions } from './security';

const suggestedName = z.string().max(200);

const FAILED: Result<never> = {
  ok: false,
  error: { code: 'internal', message: 'The PDF could not be saved. Check there is room on the disk and that the folder can be written to, then try again.' },
};

export function registerSavePdf(appUrl: string, saveFolder: () => string): void {
  ipcMain.handle(SAVE_PDF_CHANNEL, async (event, input: unknown): Promise<Result<{ saved: boolean }>> => {
    if (!isTrustedSender(describe(event.senderFrame), appUrl)) return REFUSED;
    const name = suggestedName.safeParse(input);
    if (!name.success) return { ok: false, error: { code: 'invalid_input', message: 'IV Desk refused a request it did not understand.' } };
    const options = pdfSaveDialogOptions(name.data, saveFolder(), todayIso());
    const window = BrowserWindow.fromWebContents(event.sender);
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
    try {
      const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
      await writeFile(choice.filePath, pdf, { mode: 0o600 });
      return { ok: true, value: { saved: true } };
    } catch {
      return FAILED;
    }
  });
}
