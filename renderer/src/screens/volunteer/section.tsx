import { useEffect, useRef, type ReactNode } from 'react';
import type { Volunteer } from '../../../../shared/contract';
import type { RecruitmentSettings } from '../../../../shared/volunteers/settings';

/** A success message for one section; `n` changes on every save so focus moves again. */
export interface SectionNotice {
  text: string;
  n: number;
}

export interface SectionProps {
  volunteer: Volunteer;
  settings: RecruitmentSettings;
  /** Takes the volunteer as core returned it after a save, and the message to show. */
  saved: (volunteer: Volunteer, message: string) => void;
  notice: SectionNotice | null;
}

export const sectionId = (name: string) => `section-${name}`;

/**
 * One part of the profile: an h2, a success banner that takes focus after a save (the
 * form that was submitted has usually closed), and the content.
 */
export function ProfileSection({ name, title, notice, children }: { name: string; title: string; notice: SectionNotice | null; children: ReactNode }) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) banner.current?.focus();
  }, [notice]);
  const headingId = `${sectionId(name)}-heading`;
  return (
    <section className="profile-section" id={sectionId(name)} aria-labelledby={headingId}>
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

/** Moves focus to an element by id once React has drawn it, e.g. back to a Change button. */
export function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus());
}

const MONTH_WORDS = ['', 'one month', 'two months', 'three months', 'four months', 'five months', 'six months'];
export const monthsInWords = (n: number) => MONTH_WORDS[n] ?? `${n} months`;

export const yesNo = (b: boolean | null | undefined, unknown = 'Not yet') => (b === true ? 'Yes' : b === false ? 'No' : unknown);
