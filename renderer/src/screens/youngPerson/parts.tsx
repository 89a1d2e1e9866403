/** The pieces every section of a young person's record shares. */
import type { ReactNode } from 'react';
import type { YoungPerson } from '../../../../shared/contract';

export { InlineForm, useInlineForm, focusSoon } from '../../components/InlineForm';

export { ProfileSection as Section } from '../../components/ProfileSection';
import type { SavedNotice as Notice } from '../../components/SavedBanner';
export type { Notice };

export interface SectionProps {
  person: YoungPerson;
  /** Takes the record as core returned it after a save, and the message to show. */
  saved: (person: YoungPerson, message: ReactNode) => void;
  notice: Notice | null;
}

export const weeksText = (n: number) => `${n} week${n === 1 ? '' : 's'}`;
