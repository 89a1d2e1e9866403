/**
 * The preload: exposes one object, window.ivDesk, with one function per contract call,
 * onLocked, onProgress, savePdf and the folder and file pickers. ipcRenderer itself never reaches the page. Runs sandboxed, so it is
 * bundled to a single CommonJS file that requires only 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { callNames, channelOf, CHOOSE_BACKUP_FILE_CHANNEL, CHOOSE_FOLDER_CHANNEL, CHOOSE_IMPORT_FILE_CHANNEL, LOCKED_EVENT, PROGRESS_EVENT, SAVE_PDF_CHANNEL, type Api, type CallProgress } from '../../shared/contract';

const calls = Object.fromEntries(callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)]));

const api = {
  ...calls,
  onLocked(listener: () => void): () => void {
    // The page gets no event object: it would carry a reference to the sender.
    const handler = () => listener();
    ipcRenderer.on(LOCKED_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(LOCKED_EVENT, handler);
    };
  },
  onProgress(listener: (progress: CallProgress) => void): () => void {
    // Only the report's own fields reach the page, copied, never the event.
    const handler = (_event: unknown, { call, stage, done, total, about }: CallProgress) => listener({ call, stage, done, total, about });
    ipcRenderer.on(PROGRESS_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(PROGRESS_EVENT, handler);
    };
  },
  savePdf(suggestedName: string) {
    return ipcRenderer.invoke(SAVE_PDF_CHANNEL, suggestedName);
  },
  chooseFolder() {
    return ipcRenderer.invoke(CHOOSE_FOLDER_CHANNEL);
  },
  chooseBackupFile() {
    return ipcRenderer.invoke(CHOOSE_BACKUP_FILE_CHANNEL);
  },
  chooseImportFile() {
    return ipcRenderer.invoke(CHOOSE_IMPORT_FILE_CHANNEL);
  },
} as unknown as Api;

contextBridge.exposeInMainWorld('ivDesk', api);
