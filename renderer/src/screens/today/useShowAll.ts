import { useState } from 'react';
import { pageCount, pageOf, type ListPage } from '../../../../shared/lists/paging';

/** The first few of a list, or on asking all of it a page at a time: Today's groups and the board's columns. */
export function useShowAll<T>(items: T[], first: number) {
  const [all, setAll] = useState(false);
  const [page, setPage] = useState(1);
  const shown: ListPage<T> = all ? pageOf(items, page) : { rows: items.slice(0, first), total: items.length, page: 1, pageSize: first };
  const toggle = () => {
    setAll(!all);
    setPage(1);
  };
  return { all, shown, pages: pageCount(items.length, shown.pageSize), setPage, toggle, more: items.length > first };
}
