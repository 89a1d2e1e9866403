import type { ReactNode } from 'react';
import { Pager } from '../../components/Pager';
import { useShowAll } from '../today/useShowAll';
import { formatCount } from './format';

/** How many cards a column shows before "Show all". */
const FIRST = 10;

/** A column's cards: the first few, then, on asking, every card a page at a time, so no column runs to thousands of pixels. */
export function BoardColumnCards<T extends { id: number }>({ cards, label, render }: { cards: T[]; label: string; render: (card: T) => ReactNode }) {
  const { all, shown, pages, setPage, toggle, more } = useShowAll(cards, FIRST);
  return (
    <>
      <ol className="board__cards">{shown.rows.map(render)}</ol>
      {all && <Pager page={shown.page} pages={pages} go={setPage} label={`Pages of ${label}`} />}
      {more && (
        <button type="button" className="link-button board__more" onClick={toggle}>
          {all ? `Show only the first ${FIRST}` : `Show all ${formatCount(cards.length)}`}
          <span className="visually-hidden"> at the stage {label}</span>
        </button>
      )}
    </>
  );
}
