/** Pieces the match page's sections share. */
import { useEffect, useRef, type ReactNode } from 'react';
import type { Match } from '../../../../shared/contract';

export interface Notice {
  text: ReactNode;
  n: number;
}

export interface SectionProps {
  match: Match;
  /** Takes the match as core returned it after a save, and the message to show. */
  saved: (match: Match, message: ReactNode) => void;
  notice: Notice | null;
}

/** An h2, and a success banner that takes focus after a save. */
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

export const yesNo = (b: boolean | null | undefined) => (b === true ? 'Yes' : b === false ? 'No' : null);
export const YES_NO_UNKNOWN: [string, string][] = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['', 'Not recorded'],
];
export const toBool = (v: string) => (v === 'yes' ? true : v === 'no' ? false : null);
export const fromBool = (b: boolean | null | undefined) => (b === true ? 'yes' : b === false ? 'no' : '');
