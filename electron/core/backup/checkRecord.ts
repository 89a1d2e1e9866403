/**
 * Which backups have passed (or failed) the full check (opened with the key,
 * integrity_check, counted), remembered so that showing the Backups screen never has to
 * read every backup again: a backup's check reads the whole file, seconds for a large scheme.
 *
 * A remembered check stands for one file only while it is provably the same file: same
 * size, modified time, change time and inode. The change time cannot be set back by
 * copying, touching or restoring a file (only by changing the computer's clock), so a file
 * that was rewritten, truncated or put back in any way is "not checked yet" again, never
 * "passed". Restoring always checks the backup in full, whatever is remembered.
 *
 * Checks made while IV Desk runs are held in memory; "Check backups" writes them into
 * the encrypted records (scheme.backup_settings, beside the second place's setting), so
 * they are still known after a restart. Nothing about them is written anywhere else.
 */
import type Database from 'better-sqlite3';
import type { Stats } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { BackupCheck } from './inspect';

export interface RememberedCheck {
  check: BackupCheck;
  /** ISO timestamp, UTC. */
  checkedAt: string;
}

const identityOf = (stat: Stats) => `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;

export const sameFile = (a: Stats, b: Stats) => identityOf(a) === identityOf(b);

const storedShape = z.record(
  z.string(),
  z.object({
    identity: z.string(),
    checkedAt: z.string(),
    check: z.union([z.object({ ok: z.literal(true), counts: z.record(z.string(), z.number()) }), z.object({ ok: z.literal(false), problem: z.string() })]),
  }),
);
type Stored = z.infer<typeof storedShape>;

/** This process's checks, by the backup's whole path. */
const inMemory = new Map<string, Stored[string]>();

/** The checks in the records; none when the column or the JSON is missing or not as written (a backup from an older version). */
function storedChecks(sqlite: Database.Database): Stored {
  try {
    const row = sqlite.prepare(`SELECT json_extract(backup_settings, '$.checks') AS json FROM scheme WHERE id = 1`).get() as { json: string | null } | undefined;
    const parsed = storedShape.safeParse(row?.json ? JSON.parse(row.json) : {});
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** A full check just made of the file as it is now (`stat` taken after the check). */
export function noteCheck(path: string, stat: Stats, check: BackupCheck, checkedAt = new Date()): void {
  inMemory.set(resolve(path), { identity: identityOf(stat), checkedAt: checkedAt.toISOString(), check: check as Stored[string]['check'] });
}

/** Looks up the last full check of a file as it is now; null when it has changed since, or was never checked. */
export type RememberedChecks = (path: string, stat: Stats) => RememberedCheck | null;

/** The checks known now, from this process and the records (read once, for one listing). */
export function rememberedChecks(sqlite: Database.Database): RememberedChecks {
  const stored = storedChecks(sqlite);
  return (path, stat) => {
    const key = resolve(path);
    const identity = identityOf(stat);
    for (const known of [inMemory.get(key), stored[key]]) {
      if (known?.identity === identity) return { check: known.check as BackupCheck, checkedAt: known.checkedAt };
    }
    return null;
  };
}

/**
 * Writes into the records the checks of the backups in `paths` (the ones there now: the
 * checks of files since deleted are let go), keeping the rest of the backup settings.
 */
export function storeChecks(sqlite: Database.Database, paths: string[]): void {
  const stored = storedChecks(sqlite);
  const kept = Object.fromEntries(paths.map((p) => resolve(p)).flatMap((key) => {
    const known = inMemory.get(key) ?? stored[key];
    return known ? [[key, known]] : [];
  }));
  sqlite.prepare(`UPDATE scheme SET backup_settings = json_set(coalesce(backup_settings, '{}'), '$.checks', json(?)) WHERE id = 1`).run(JSON.stringify(kept));
}
