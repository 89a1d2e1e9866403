/** The backup settings' shape, defaults and bounds; without zod, so the renderer can use them. */
export interface BackupSettings {
  /** A folder outside the data folder (an encrypted USB stick, a network share), or null when none is chosen. */
  secondPlace: string | null;
  /** Today warns when the newest backup in the second place is older than this many days. */
  secondPlaceWarnDays: number;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { secondPlace: null, secondPlaceWarnDays: 7 };
export const MAX_WARN_AFTER_DAYS = 90;
