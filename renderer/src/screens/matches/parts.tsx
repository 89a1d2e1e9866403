/** Pieces the match page's sections share. */
import type { ReactNode } from 'react';
import type { Match } from '../../../../shared/contract';

export { ProfileSection as Section } from '../../components/ProfileSection';
import type { SavedNotice as Notice } from '../../components/SavedBanner';
export type { Notice };

export interface SectionProps {
  match: Match;
  /** Takes the match as core returned it after a save, and the message to show. */
  saved: (match: Match, message: ReactNode) => void;
  notice: Notice | null;
}

export const yesNo = (b: boolean | null | undefined) => (b === true ? 'Yes' : b === false ? 'No' : null);
export const YES_NO_UNKNOWN: [string, string][] = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['', 'Not recorded'],
];
export const toBool = (v: string) => (v === 'yes' ? true : v === 'no' ? false : null);
export const fromBool = (b: boolean | null | undefined) => (b === true ? 'yes' : b === false ? 'no' : '');
