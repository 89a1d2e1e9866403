/** Previous and next for a paged list; nothing when it fits on one page. */
export function Pager({ page, pages, go, label }: { page: number; pages: number; go: (page: number) => void; label: string }) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => go(page - 1)}>
        Previous<span className="visually-hidden"> page</span>
      </button>
      <span className="pager__position" aria-live="polite">
        Page {page} of {pages}
      </span>
      <button type="button" className="button button--secondary" disabled={page >= pages} onClick={() => go(page + 1)}>
        Next<span className="visually-hidden"> page</span>
      </button>
    </nav>
  );
}
