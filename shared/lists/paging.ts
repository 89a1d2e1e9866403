/**
 * Long lists come a page at a time: core counts the whole list and sends one page of it,
 * so a screen draws at most a page however large the scheme. Pure: no zod here, so the
 * renderer can use it (the inputs' schemas are in shared/contract/paging.ts).
 */
export const PAGE_SIZE = 50;

/** One page of a list, with the count of the whole list (after its filters). */
export interface ListPage<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type SortDirection = 'asc' | 'desc';

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The page asked for, or the last one when the list has since become shorter. */
export function pageWithin(page: number, total: number, pageSize: number): number {
  return Math.min(Math.max(1, page), pageCount(total, pageSize));
}

/** A page of rows already in memory (rules computed in JavaScript over a narrowed set). */
export function pageOf<T>(rows: T[], page: number, pageSize = PAGE_SIZE): ListPage<T> {
  const current = pageWithin(page, rows.length, pageSize);
  return { rows: rows.slice((current - 1) * pageSize, current * pageSize), total: rows.length, page: current, pageSize };
}

/** "Showing 51 to 100 of 650." when there is more than one page, otherwise nothing. */
export function showingWords({ page, total, pageSize }: Pick<ListPage<unknown>, 'page' | 'total' | 'pageSize'>): string {
  if (total <= pageSize) return '';
  return `Showing ${(page - 1) * pageSize + 1} to ${Math.min(page * pageSize, total)} of ${total}.`;
}
