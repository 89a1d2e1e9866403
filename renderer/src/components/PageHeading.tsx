import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1, focused on arrival so screen readers announce the new page. A page whose
 * one job is a single box (unlocking) passes `focus={false}` and puts the focus there instead.
 */
export function PageHeading({ children, caption, focus = true }: { children: ReactNode; caption?: string; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1 tabIndex={-1} ref={ref}>
        {children}
      </h1>
    </>
  );
}
