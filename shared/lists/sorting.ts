/** Sorting a list's rows by a column, the same way for every list. */
import type { SortDirection } from './paging';
import { sortKey } from './sortKey';

export type SortKey = string | number | null | undefined;

// Text sorts by its sort key (case and accents aside, "Öztürk" beside "Oakley"), the key SQLite indexes, so SQL and JavaScript agree.
const keyed = (k: SortKey): SortKey => (typeof k === 'string' ? sortKey(k) : k);

function compareKey(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

const empty = (k: SortKey) => k === null || k === undefined || k === '';

/**
 * Rows in the order of their keys, either way, with empty values last whichever way (a
 * volunteer never approved is not "the oldest approval"); ties fall back to `tie`, always
 * ascending, so a page boundary never falls in a different place between two asks.
 */
export function sortRows<T>(rows: readonly T[], keys: (row: T) => SortKey[], direction: SortDirection, tie: (row: T) => SortKey[]): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  const rowsKeyed = rows.map((row) => ({ row, keys: keys(row).map(keyed), tie: tie(row).map(keyed) }));
  rowsKeyed.sort((a, b) => {
    for (let i = 0; i < a.keys.length; i++) {
      const [x, y] = [a.keys[i], b.keys[i]];
      if (empty(x) || empty(y)) {
        if (empty(x) && empty(y)) continue;
        return empty(x) ? 1 : -1;
      }
      const c = compareKey(x, y);
      if (c !== 0) return sign * c;
    }
    for (let i = 0; i < a.tie.length; i++) {
      const c = compareKey(a.tie[i] ?? '', b.tie[i] ?? '');
      if (c !== 0) return c;
    }
    return 0;
  });
  return rowsKeyed.map((k) => k.row);
}
