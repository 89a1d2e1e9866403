/** Where the data lives, and writing small files so a crash never leaves half of one. */
import { openSync, writeSync, fsyncSync, closeSync, renameSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_FOLDER = 'IV Desk';

/**
 * The folder Electron uses as userData for an app named "IV Desk", so the desktop app
 * and the CLI see one database.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.IV_DESK_DATA_DIR) return resolve(env.IV_DESK_DATA_DIR);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

export interface DataFiles {
  dir: string;
  database: string;
  keyFile: string;
}

export function dataFiles(dir: string): DataFiles {
  return { dir, database: join(dir, 'iv-desk.db'), keyFile: join(dir, 'iv-desk.key') };
}

export function writeFileAtomic(path: string, contents: string): void {
  const temp = `${path}.tmp-${process.pid}`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, contents);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  syncDir(dirname(path));
}

/** Makes a folder's entries (a rename, a new file) durable. */
export function syncDir(dir: string): void {
  if (process.platform === 'win32') return; // Windows cannot open a folder for fsync.
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a file's contents durable. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The migrations folder: beside the sources in development, in resources when packaged. */
export function findMigrationsDir(candidates: string[] = []): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const all = [...candidates, resolve(here, '../../migrations'), resolve(here, '../../../migrations'), resolve(process.cwd(), 'migrations')];
  const found = all.find((dir) => existsSync(join(dir, 'meta', '_journal.json')));
  if (!found) throw new Error('The database migrations could not be found');
  return found;
}
