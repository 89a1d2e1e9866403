/** Sorting a list's rows by a column, the same way for every list. */
import type { SortDirection } from './paging';

export type SortKey = string | number | null | undefined;

// Names sort as a British reader expects: case and accents aside ("Öztürk" beside "Oakley").
const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });

function compareKey(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

const empty = (k: SortKey) => k === null || k === undefined || k === '';

/**
 * Rows in the order of their keys, either way, with empty values last whichever way (a
 * volunteer never approved is not "the oldest approval"); ties fall back to `tie`, always
 * ascending, so a page boundary never falls in a different place between two asks.
 */
export function sortRows<T>(rows: readonly T[], keys: (row: T) => SortKey[], direction: SortDirection, tie: (row: T) => SortKey[]): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, keys: keys(row), tie: tie(row) }));
  keyed.sort((a, b) => {
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
  return keyed.map((k) => k.row);
}
