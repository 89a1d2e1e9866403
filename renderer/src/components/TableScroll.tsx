import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A table's own sideways scrolling box, so on a narrow window the table scrolls and the
 * page does not (WCAG 1.4.10). Only while it does scroll is it a named region in the tab
 * order: the keyboard can then scroll it, and a screen reader says what it holds, without
 * a tab stop on every table that fits.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="table-scroll" role={scrolls ? 'region' : undefined} aria-label={scrolls ? label : undefined} tabIndex={scrolls ? 0 : undefined}>
      {children}
    </div>
  );
}
