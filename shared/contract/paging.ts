/** The inputs of paged, sorted lists (the pages themselves: shared/lists/paging.ts). */
import { z } from 'zod';

/** The page asked for: 1 when none is given. */
export const pageInput = z.number().int().min(1).max(100_000).default(1);

/** A sort the renderer may ask for: one of the list's sortable columns, either way. */
export function sortInput<C extends string>(columns: readonly [C, ...C[]]) {
  return z.object({ by: z.enum(columns), direction: z.enum(['asc', 'desc']) }).strict();
}
