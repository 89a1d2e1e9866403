import type { Volunteer } from '../../../../shared/contract';
import type { RecruitmentSettings } from '../../../../shared/volunteers/settings';
import type { SavedNotice } from '../../components/SavedBanner';

export { ProfileSection, sectionId } from '../../components/ProfileSection';
export { focusSoon } from '../../components/InlineForm';
export type { SavedNotice as SectionNotice };

export interface SectionProps {
  volunteer: Volunteer;
  settings: RecruitmentSettings;
  /** Takes the volunteer as core returned it after a save, and the message to show. */
  saved: (volunteer: Volunteer, message: string) => void;
  notice: SavedNotice | null;
}

const MONTH_WORDS = ['', 'one month', 'two months', 'three months', 'four months', 'five months', 'six months'];
export const monthsInWords = (n: number) => MONTH_WORDS[n] ?? `${n} months`;

export const yesNo = (b: boolean | null | undefined, unknown = 'Not yet') => (b === true ? 'Yes' : b === false ? 'No' : unknown);
