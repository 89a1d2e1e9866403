/** Where the second copy of every backup goes, and when Today warns about it. */
import { z } from 'zod';
import { MAX_WARN_AFTER_DAYS } from './settingsValues';

export { DEFAULT_BACKUP_SETTINGS, type BackupSettings } from './settingsValues';

/** An absolute path on Windows (C:\…, \\server\share) or elsewhere (/…); relative paths would depend on where IV Desk was started. */
const ABSOLUTE = /^(?:\/|[A-Za-z]:[\\/]|\\\\[^\\/])/;

/** A whole path to a folder or file, refused in the words of `what` ('folder', 'backup file') when it is not one. */
export const wholePath = (what: string, example: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .min(1, { message: `Enter the ${what}` })
    .max(1000, { message: `That ${what} path is too long` })
    .refine((path) => ABSOLUTE.test(path) && ![...path].some((c) => c.charCodeAt(0) < 0x20), { message: `Enter the whole path of the ${what}, for example ${example}` });

export const backupSettingsInput = z
  .object({
    secondPlace: wholePath('folder', 'E:\\IV Desk backups').nullable(),
    secondPlaceWarnDays: z
      .number({ error: 'Enter the number of days as a whole number, like 7' })
      .int({ message: 'Enter the number of days as a whole number, like 7' })
      .min(1, { message: `Enter between 1 and ${MAX_WARN_AFTER_DAYS} days` })
      .max(MAX_WARN_AFTER_DAYS, { message: `Enter between 1 and ${MAX_WARN_AFTER_DAYS} days` }),
  })
  .strict();
