import { useEffect, useRef, type ReactNode } from 'react';

/** The page's h1, focused on arrival so screen readers announce the new page. */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1 tabIndex={-1} ref={ref}>
        {children}
      </h1>
    </>
  );
}
