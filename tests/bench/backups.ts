/**
 * The Backups screen with three backups of the whole scheme: shown as last checked (no
 * backup opened), against a floor that lists the folder, reads each file's details and the
 * remembered checks; and "Check backups", which opens and checks all three in full.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Session } from '../../electron/core/session';
import { makeBackup } from '../../electron/core/backup/make';
import { backupsDir, parseBackupName } from '../../electron/core/backup/names';
import { backupsView, checkBackups } from '../../electron/core/services/backups';
import { againstFloor } from './measure';

export async function backupsBench(session: Session): Promise<void> {
  const { sqlite } = session.connection;
  // Made on past days, so the bench's first unlock of today still makes its daily backup.
  for (let i = 0; i < 3; i++) makeBackup({ sqlite, files: session.files }, { reason: 'manual', now: new Date(Date.UTC(2020, 0, 1 + i)) });
  const started = performance.now();
  const checked = await checkBackups(session, () => {});
  const all = checked.dataFolder.backups;
  console.log(`${`Check backups (${all.length}, full check)`.padEnd(44)} ${(performance.now() - started).toFixed(1).padStart(7)} ms   (${(all[0].size / 1e6).toFixed(0)} MB each)`);
  const folder = backupsDir(session.files.dir);
  const floor = () => {
    const checks = JSON.parse(sqlite.prepare(`SELECT json_extract(backup_settings, '$.checks') FROM scheme WHERE id = 1`).pluck().get() as string) as Record<string, unknown>;
    return readdirSync(folder)
      .filter((name) => parseBackupName(name))
      .map((name) => ({ size: statSync(join(folder, name)).size, checked: join(folder, name) in checks }));
  };
  againstFloor('Backups screen (as last checked)', () => backupsView(session), floor, (app, rows) =>
    rows.length === app.dataFolder.backups.length && app.dataFolder.backups.every((b) => b.status === 'good') && rows.every((r) => r.checked),
  );
}
