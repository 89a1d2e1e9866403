import type { SortDirection } from '../../../shared/lists/paging';

export interface Sort<C extends string> {
  by: C;
  direction: SortDirection;
}

/**
 * A column heading that sorts the list: a button inside the header cell, with aria-sort
 * on the sorted column. Choosing the sorted column again turns the order round.
 */
export function SortableHeader<C extends string>({ column, label, sort, onSort }: { column: C; label: string; sort: Sort<C>; onSort: (sort: Sort<C>) => void }) {
  const sorted = sort.by === column;
  const next: SortDirection = sorted && sort.direction === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort({ by: column, direction: sorted ? next : 'asc' })}>
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {sorted ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}
