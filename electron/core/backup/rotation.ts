/**
 * Which backups to delete after a new one is made (pure). Kept:
 * - the newest backup of each of the last 7 days, 5 weeks (Monday to Sunday) and 12
 *   months that have one, among the routine backups (daily and on lock);
 * - the last 10 labelled backups (made by hand, or before an import, restore, migration or erasure);
 * - always the newest good backup, so the only good backup is never deleted.
 * The caller decides by the names alone, so a damaged backup is kept or let go like any other.
 * Days, weeks and months are UTC, as the backups' names are.
 */
import type { BackupReason } from './names';

export interface RotationItem {
  name: string;
  /** ISO timestamp, UTC. */
  madeAt: string;
  reason: BackupReason;
  good: boolean;
}

export const KEEP = { daily: 7, weekly: 5, monthly: 12, labelled: 10 } as const;

const ROUTINE: readonly BackupReason[] = ['daily', 'on_lock'];

/** The Monday that begins the backup's week, as YYYY-MM-DD. */
function weekOf(madeAt: string): string {
  const day = new Date(`${madeAt.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** The newest item of each of the `limit` most recent periods (items sorted newest first). */
function newestPerPeriod(items: RotationItem[], period: (madeAt: string) => string, limit: number): RotationItem[] {
  const seen = new Set<string>();
  const kept: RotationItem[] = [];
  for (const item of items) {
    const key = period(item.madeAt);
    if (seen.has(key)) continue;
    if (seen.size === limit) break;
    seen.add(key);
    kept.push(item);
  }
  return kept;
}

export function backupsToDelete(items: RotationItem[]): string[] {
  const good = items.filter((i) => i.good).sort((a, b) => b.madeAt.localeCompare(a.madeAt));
  const routine = good.filter((i) => ROUTINE.includes(i.reason));
  const keep = new Set<string>([
    ...newestPerPeriod(routine, (t) => t.slice(0, 10), KEEP.daily).map((i) => i.name),
    ...newestPerPeriod(routine, weekOf, KEEP.weekly).map((i) => i.name),
    ...newestPerPeriod(routine, (t) => t.slice(0, 7), KEEP.monthly).map((i) => i.name),
    ...good.filter((i) => !ROUTINE.includes(i.reason)).slice(0, KEEP.labelled).map((i) => i.name),
  ]);
  if (good.length > 0) keep.add(good[0].name);
  return good.filter((i) => !keep.has(i.name)).map((i) => i.name);
}
