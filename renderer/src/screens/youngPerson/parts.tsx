/** The pieces every section of a young person's record shares. */
import { useEffect, useRef, type ReactNode } from 'react';
import type { YoungPerson } from '../../../../shared/contract';

export { InlineForm, useInlineForm, focusSoon } from '../../components/InlineForm';

/** A success message for one section; `n` changes on every save so focus moves again. */
export interface Notice {
  text: string;
  n: number;
}

export interface SectionProps {
  person: YoungPerson;
  /** Takes the record as core returned it after a save, and the message to show. */
  saved: (person: YoungPerson, message: string) => void;
  notice: Notice | null;
}

/** An h2, and a success banner that takes focus after a save (the form has usually closed). */
export function Section({ name, title, notice, children }: { name: string; title: string; notice: Notice | null; children: ReactNode }) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) banner.current?.focus();
  }, [notice]);
  const headingId = `section-${name}-heading`;
  return (
    <section className="profile-section" id={`section-${name}`} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {notice && (
        <div className="banner banner--success" role="status" tabIndex={-1} ref={banner}>
          {notice.text}
        </div>
      )}
      {children}
    </section>
  );
}

export const weeksText = (n: number) => `${n} week${n === 1 ? '' : 's'}`;
