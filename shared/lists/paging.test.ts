import { describe, expect, it } from 'vitest';
import { pageCount, pageOf, pageWithin, showingWords } from './paging';

describe('paging', () => {
  it('counts pages, at least one', () => {
    expect([0, 1, 50, 51, 650].map((total) => pageCount(total, 50))).toEqual([1, 1, 1, 2, 13]);
  });

  it('keeps the page asked for within the list', () => {
    expect(pageWithin(3, 120, 50)).toBe(3);
    expect(pageWithin(9, 120, 50)).toBe(3);
    expect(pageWithin(0, 120, 50)).toBe(1);
  });

  it('slices a page of rows in memory, the last page when asked for beyond it', () => {
    const rows = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(rows, 2, 50)).toEqual({ rows: rows.slice(50, 100), total: 120, page: 2, pageSize: 50 });
    expect(pageOf(rows, 7, 50).rows).toEqual(rows.slice(100));
  });

  it('says which rows show only when there is more than one page', () => {
    expect(showingWords({ page: 2, total: 650, pageSize: 50 })).toBe('Showing 51 to 100 of 650.');
    expect(showingWords({ page: 13, total: 650, pageSize: 50 })).toBe('Showing 601 to 650 of 650.');
    expect(showingWords({ page: 1, total: 50, pageSize: 50 })).toBe('');
  });
});
