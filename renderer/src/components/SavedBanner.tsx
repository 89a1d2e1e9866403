import { useEffect, useRef, type ReactNode } from 'react';

/** A success message after a save; `n` changes on every save so focus moves again even when the text is the same. */
export interface SavedNotice {
  text: ReactNode;
  n: number;
}

/**
 * A banner that takes focus when it appears, so the result of a save is announced: the
 * form that was submitted has usually closed, and focus would otherwise be lost.
 */
export function SavedBanner({ notice }: { notice: SavedNotice | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  if (!notice) return null;
  return (
    <div className="banner banner--success" role="status" tabIndex={-1} ref={ref}>
      {notice.text}
    </div>
  );
}
