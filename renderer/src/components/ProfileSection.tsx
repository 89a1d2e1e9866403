/** One titled part of a record page (volunteer, young person, match). */
import type { ReactNode } from 'react';
import { SavedBanner, type SavedNotice } from './SavedBanner';

export const sectionId = (name: string) => `section-${name}`;

/** An h2 the page's contents links move focus to, the banner after a save in this section, and the content. */
export function ProfileSection({ name, title, notice, children }: { name: string; title: string; notice: SavedNotice | null; children: ReactNode }) {
  const headingId = `${sectionId(name)}-heading`;
  return (
    <section className="profile-section" id={sectionId(name)} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      <SavedBanner notice={notice} />
      {children}
    </section>
  );
}
