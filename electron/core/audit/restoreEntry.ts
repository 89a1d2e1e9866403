/**
 * The audit entry for a restore. A restore replaces the database file and locks, so the
 * entry cannot go into the restored database then: a small note beside it (names of files,
 * no personal data) says what was restored, and the next unlock writes the entry and removes
 * the note. The restored database's own history is the backup's, and the entry follows it.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Db } from '../db/open';
import { writeFileAtomic, type DataFiles } from '../files';
import { entryInsertSql } from './triggerSql';
import { withAuditAction } from './context';

const RESTORE_NOTE = 'restored-from.json';

/** What a restore entry's `after` holds. */
export interface RestoreDetails {
  backup: string;
  folder: string;
  safetyCopy: string | null;
  restoredAt: string;
}

const notePath = (files: DataFiles) => join(files.dir, RESTORE_NOTE);

export function noteRestore(files: DataFiles, backupPath: string, safetyCopy: string | null): void {
  const details: RestoreDetails = {
    backup: basename(backupPath),
    folder: join(backupPath, '..'),
    safetyCopy: safetyCopy ? basename(safetyCopy) : null,
    restoredAt: new Date().toISOString(),
  };
  writeFileAtomic(notePath(files), JSON.stringify(details));
}

const insertRestoreEntry = entryInsertSql('audit_log', {
  action: `iv_audit_action()`,
  kind: `'backup'`,
  id: 'NULL',
  ownerKind: 'NULL',
  ownerId: 'NULL',
  before: 'NULL',
  after: '@after',
});

/** Writes the entry for a restore noted before the last lock, if there is one. */
export function recordPendingRestore(db: Db, files: DataFiles): void {
  if (!existsSync(notePath(files))) return;
  const details = readFileSync(notePath(files), 'utf8');
  withAuditAction(db, 'restore', () => db.$client.prepare(insertRestoreEntry).run({ after: details }));
  rmSync(notePath(files), { force: true });
}
