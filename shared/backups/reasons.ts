/** Why a backup was made, as its file name says it, and in plain words. */
export const BACKUP_REASONS = ['daily', 'on_lock', 'manual', 'before_import', 'before_sheet_import', 'before_restore', 'before_migration', 'before_erasure'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_WORDS: Record<BackupReason, string> = {
  daily: 'Daily backup',
  on_lock: 'On locking, after changes',
  manual: 'Made by hand',
  before_import: 'Before an import',
  before_sheet_import: 'Before spreadsheet import',
  before_restore: 'Safety copy before a restore',
  before_migration: 'Before an update of IV Desk',
  before_erasure: 'Before records were erased',
};
