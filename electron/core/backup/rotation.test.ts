import { describe, expect, it } from 'vitest';
import { backupsToDelete, type RotationItem } from './rotation';
import type { BackupReason } from './names';

/** One backup a day at 09:00 UTC for `days` days ending on 2026-12-01, newest first. */
function daily(days: number, reason: BackupReason = 'daily'): RotationItem[] {
  return Array.from({ length: days }, (_, i) => {
    const at = new Date(Date.UTC(2026, 11, 1 - i, 9));
    return { name: `${reason}-${at.toISOString().slice(0, 10)}`, madeAt: at.toISOString(), reason, good: true };
  });
}

const kept = (items: RotationItem[]) => {
  const gone = new Set(backupsToDelete(items));
  return items.filter((i) => !gone.has(i.name)).map((i) => i.name);
};

describe('backup rotation', () => {
  it('keeps everything while there are few backups', () => {
    expect(backupsToDelete(daily(5))).toEqual([]);
  });

  it('keeps 7 daily, 5 weekly and 12 monthly from a year and a half of daily backups', () => {
    const items = daily(550);
    const names = kept(items);
    // The last 7 days.
    for (let i = 0; i < 7; i++) expect(names).toContain(items[i].name);
    // The newest of each of the last 5 weeks (Mondays to Sundays); 2026-12-01 is a Tuesday.
    for (const day of ['2026-11-29', '2026-11-22', '2026-11-15', '2026-11-08']) expect(names).toContain(`daily-${day}`);
    // The newest of each of the last 12 months.
    for (const day of ['2026-10-31', '2026-06-30', '2026-01-31']) expect(names).toContain(`daily-${day}`);
    // December 2026 is the first of the 12 months, so December 2025 is the thirteenth.
    expect(names).not.toContain('daily-2025-12-31');
    expect(names).not.toContain('daily-2026-11-20');
    // 7 days (which also hold 2 of the weeks and 2 of the months) + 3 more weeks + 10 more months.
    expect(names.length).toBe(7 + 3 + 10);
  });

  it('keeps only the newest routine backup of a day when there are several', () => {
    const items: RotationItem[] = [
      { name: 'late', madeAt: '2026-12-01T17:00:00.000Z', reason: 'on_lock', good: true },
      { name: 'noon', madeAt: '2026-12-01T12:00:00.000Z', reason: 'on_lock', good: true },
      { name: 'morning', madeAt: '2026-12-01T08:00:00.000Z', reason: 'daily', good: true },
    ];
    expect(backupsToDelete(items).sort()).toEqual(['morning', 'noon']);
  });

  it('keeps the last 10 labelled backups apart from the routine ones', () => {
    const labelled = daily(14, 'before_import');
    const items = [...daily(3), ...labelled, ...daily(2, 'manual')];
    const gone = backupsToDelete(items);
    expect(gone.sort()).toEqual(labelled.slice(8).map((i) => i.name).sort());
  });

  it('never deletes damaged backups, nor the only good one', () => {
    const items = daily(30).map((item, i) => ({ ...item, good: i === 29 }));
    expect(backupsToDelete(items)).toEqual([]);
    const old = daily(400).slice(380).map((i) => ({ ...i, reason: 'before_erasure' as const }));
    expect(kept(old)).toContain(old[0].name);
  });
});
