import { z } from 'zod';
import { call } from './define';
import type { SessionInfo } from './session';
import type { BackupReason } from '../backups/reasons';
import { backupSettingsInput, wholePath, type BackupSettings } from '../backups/settings';

/** One backup file, as the Backups screen lists it. */
export interface BackupInfo {
  path: string;
  name: string;
  /** ISO timestamp, UTC. */
  madeAt: string;
  reason: BackupReason;
  /** Bytes. */
  size: number;
  /**
   * From the backup's last full check (opened with the key and integrity_check), while the
   * file is provably unchanged since; 'unchecked' when it has changed or was never checked.
   */
  status: 'good' | 'damaged' | 'unchecked';
  /** When that check was made (ISO timestamp, UTC); null when unchecked. */
  checkedAt: string | null;
  /** Why a damaged backup is damaged, in plain words. */
  problem: string | null;
  /** Records of each kind the backup holds (volunteers, youngPeople, matches, visits…), read by opening it with the key; null when it cannot be opened or is unchecked. */
  counts: Record<string, number> | null;
}

export interface BackupPlace {
  folder: string;
  /** Why the folder cannot be read now (the USB stick is not plugged in), or null. */
  problem: string | null;
  backups: BackupInfo[];
}

/** The last restore, until it is undone: the safety copy restoring which puts the data back as it was. */
export interface LastRestore {
  restoredFrom: { name: string; madeAt: string | null };
  safetyCopy: string;
  /** ISO timestamp, UTC. */
  restoredAt: string;
}

export interface BackupsView {
  dataFolder: BackupPlace;
  /** Null when no second place is chosen. */
  secondPlace: BackupPlace | null;
  settings: BackupSettings;
  lastRestore: LastRestore | null;
}

export interface BackUpNowResult {
  made: BackupInfo;
  /** Where the copy in the second place went, or why it could not go there; null when none is chosen. */
  secondPlace: { folder: string; path: string | null; problem: string | null } | null;
}

export interface RestoreOutcome {
  restored: BackupInfo;
  /** The backup of the data as it was just before, or null (a new computer, a damaged database). */
  safetyCopy: string | null;
  /** Where the damaged database was moved to, when it was one. */
  setAside: string | null;
  session: SessionInfo;
}

const passphrase = z.string({ error: 'Enter your passphrase' }).min(1, { message: 'Enter your passphrase' }).max(1024);
const backupPath = wholePath('backup file', 'E:\\IV Desk backups\\iv-desk-2026-12-01T09-30-00.000Z-manual.db');

export const backupCalls = {
  /** Both places' backups as last checked (none is opened), the settings and any restore to undo: the Backups screen in one call. */
  backupsView: call<BackupsView>()(z.object({}).strict()),
  /** Opens and checks every backup in both places in full (reporting progress), remembers the checks in the records, and answers the screen again. */
  checkBackups: call<BackupsView>()(z.object({}).strict()),
  backUpNow: call<BackUpNowResult>()(z.object({}).strict()),
  updateBackupSettings: call<BackupSettings>()(backupSettingsInput),
  /** Replaces the data with a backup, keeping a safety copy first; the passphrase is today's, and stays so. */
  restoreBackup: call<RestoreOutcome>()(z.object({ path: backupPath, passphrase }).strict()),
  /** Deletes one backup and its key file (never a place's last good backup, nor the safety copy an undo needs). */
  deleteBackup: call<{ deleted: string }>()(z.object({ path: backupPath }).strict()),
  /** Restores the last restore's safety copy. */
  undoRestore: call<RestoreOutcome>()(z.object({ passphrase }).strict()),
  /**
   * A new computer: restores a backup file (its .key file beside it) into the empty data
   * folder and unlocks it, with the backup's passphrase, or its recovery key and a new passphrase.
   */
  restoreFromBackupFile: call<RestoreOutcome>()(
    z
      .object({
        path: backupPath,
        passphrase: passphrase.optional(),
        recoveryKey: z.string().min(1, { message: 'Enter the recovery key' }).max(200).optional(),
        newPassphrase: passphrase.optional(),
      })
      .strict(),
  ),
  /** On unlocking a damaged database: sets it aside and restores the newest backup that passes its check. */
  restoreLatestGoodBackup: call<RestoreOutcome>()(z.object({ passphrase }).strict()),
};
