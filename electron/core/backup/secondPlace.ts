/**
 * The second place: a folder outside the data folder (an encrypted USB stick, a network
 * share) that every backup is also written to. Its setting lives in the scheme row, read
 * through the keyed connection so that a backup made before a migration (when the column
 * may not exist yet) simply has no second place.
 */
import type Database from 'better-sqlite3';
import { existsSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { DEFAULT_BACKUP_SETTINGS, backupSettingsInput, type BackupSettings } from '../../../shared/backups/settings';
import { readJsonSettings } from '../services/jsonSettings';
import { parseBackupName, TEMP_MARK } from './names';

export function readBackupSettings(sqlite: Database.Database): BackupSettings {
  try {
    const row = sqlite.prepare('SELECT backup_settings AS json FROM scheme WHERE id = 1').get() as { json: string | null } | undefined;
    return readJsonSettings(row?.json, DEFAULT_BACKUP_SETTINGS, backupSettingsInput);
  } catch {
    return DEFAULT_BACKUP_SETTINGS;
  }
}

const realOrResolved = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

function isInside(folder: string, parent: string): boolean {
  const rel = relative(realOrResolved(parent), realOrResolved(folder));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function secondPlaceMissing(folder: string): string {
  return `The folder ${folder} cannot be found. If it is on a USB stick, plug the stick in; if it is on a network share, connect to it. Then try again.`;
}

/** Why a folder cannot be the second place right now, in plain words, or null when it can. Writes and removes one small file to prove it is writable. */
export function secondPlaceProblem(folder: string, dataDir: string): string | null {
  if (isInside(folder, dataDir)) return `The folder ${folder} is inside IV Desk's data folder, so it would be lost with this computer. Choose a folder on a USB stick or a network share.`;
  if (isInside(dataDir, folder)) return `The folder ${folder} holds IV Desk's data folder. Choose a folder of its own on a USB stick or a network share.`;
  try {
    if (!statSync(folder).isDirectory()) return `${folder} is a file, not a folder. Choose a folder.`;
  } catch {
    return secondPlaceMissing(folder);
  }
  const probe = join(folder, `iv-desk-write-check${TEMP_MARK}${process.pid}`);
  try {
    writeFileSync(probe, '', { mode: 0o600 });
    rmSync(probe, { force: true });
  } catch {
    return `IV Desk cannot write to the folder ${folder}. Check that the USB stick is not locked or full and that you may save files there.`;
  }
  return null;
}

/** When the newest backup in the folder was made, by the names alone (opening each would be slow on a USB stick), or null if it holds none. */
export function newestBackupIn(folder: string): { reachable: boolean; newestMadeAt: string | null } {
  try {
    if (!existsSync(folder)) return { reachable: false, newestMadeAt: null };
    const times = readdirSync(folder).flatMap((name) => parseBackupName(name)?.madeAt ?? []);
    return { reachable: true, newestMadeAt: times.sort().at(-1) ?? null };
  } catch {
    return { reachable: false, newestMadeAt: null };
  }
}
