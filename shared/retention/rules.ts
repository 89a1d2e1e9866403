/**
 * When the data rules let a person's records go (domain.md, data rules): a young person's
 * on their 75th birthday; a volunteer's a set number of years after they left; an
 * applicant who was never approved a (shorter) set number of years after they withdrew
 * or were turned down. Pure, so the Retention screen and the tests judge alike.
 */
import { addYears, formatUkDate } from '../dates';

export interface RetentionSettings {
  /** Years a volunteer's records are kept after they leave (6 is the common default). */
  volunteerYearsAfterLeaving: number;
  /** Years an applicant's records are kept after they withdrew or were turned down, never approved. */
  applicantYearsAfterClosing: number;
}

export const DEFAULT_RETENTION_SETTINGS: RetentionSettings = { volunteerYearsAfterLeaving: 6, applicantYearsAfterClosing: 1 };

export type RetentionReason = 'young_person_aged_75' | 'volunteer_left' | 'applicant_withdrew' | 'applicant_turned_down';

export interface RetentionDue {
  reason: RetentionReason;
  /** The event the period runs from (the date of birth, the day they left...). */
  from: string;
  /** The first day the records may be erased. */
  dueFrom: string;
}

export const RETENTION_REASON_LABELS: Record<RetentionReason, string> = {
  young_person_aged_75: 'Young person past their 75th birthday',
  volunteer_left: 'Volunteer who left',
  applicant_withdrew: 'Applicant who withdrew, never approved',
  applicant_turned_down: 'Applicant turned down, never approved',
};

/**
 * The day a number of whole years after a date have passed. From 29 February that is
 * 1 March in a year that is not a leap year, as UK law counts a leap-day birthday: the
 * later day, so records are never let go early.
 */
export function anniversaryOf(date: string, years: number): string {
  const shifted = addYears(date, years);
  return date.endsWith('-02-29') && !shifted.endsWith('-02-29') ? `${shifted.slice(0, 4)}-03-01` : shifted;
}

export const YOUNG_PERSON_KEPT_UNTIL_AGE = 75;

export function youngPersonRetention(dateOfBirth: string, today: string): RetentionDue | null {
  const dueFrom = anniversaryOf(dateOfBirth, YOUNG_PERSON_KEPT_UNTIL_AGE);
  return dueFrom <= today ? { reason: 'young_person_aged_75', from: dateOfBirth, dueFrom } : null;
}

export interface VolunteerEnding {
  approvedDate: string | null;
  leftDate: string | null;
  withdrawnDate: string | null;
  rejectedDate: string | null;
}

export function volunteerRetention(v: VolunteerEnding, settings: RetentionSettings, today: string): RetentionDue | null {
  // An approved volunteer who closed by any route has left; the applicant rule is for those never approved.
  const closed = v.leftDate ?? v.withdrawnDate ?? v.rejectedDate;
  const ending = v.approvedDate
    ? closed && { reason: 'volunteer_left' as const, from: closed, years: settings.volunteerYearsAfterLeaving }
    : v.withdrawnDate
      ? { reason: 'applicant_withdrew' as const, from: v.withdrawnDate, years: settings.applicantYearsAfterClosing }
      : v.rejectedDate
        ? { reason: 'applicant_turned_down' as const, from: v.rejectedDate, years: settings.applicantYearsAfterClosing }
        : null;
  if (!ending) return null;
  const dueFrom = anniversaryOf(ending.from, ending.years);
  return dueFrom <= today ? { reason: ending.reason, from: ending.from, dueFrom } : null;
}

/** Why a person is listed, in plain words, e.g. "Left on 31/03/2019: records are kept 6 years after leaving". */
export function retentionWhy(due: RetentionDue, settings: RetentionSettings): string {
  const years = (n: number) => `${n} year${n === 1 ? '' : 's'}`;
  switch (due.reason) {
    case 'young_person_aged_75':
      return `Turned 75 on ${formatUkDate(due.dueFrom)}: a young person’s records are kept until their 75th birthday`;
    case 'volunteer_left':
      return `Left on ${formatUkDate(due.from)}: records are kept ${years(settings.volunteerYearsAfterLeaving)} after leaving`;
    case 'applicant_withdrew':
      return `Withdrew on ${formatUkDate(due.from)}, never approved: records are kept ${years(settings.applicantYearsAfterClosing)}`;
    case 'applicant_turned_down':
      return `Turned down on ${formatUkDate(due.from)}, never approved: records are kept ${years(settings.applicantYearsAfterClosing)}`;
  }
}

/**
 * The name an erased volunteer is shown by while the matches they had stay, as part of the
 * young people's records (a young person's are kept decades longer than a volunteer's).
 * Everything else that was theirs is gone; the name is how the screens and the Retention
 * list tell the row from a volunteer who is still held.
 */
export const ERASED_VOLUNTEER = { firstName: 'Erased', lastName: 'volunteer' } as const;

export const isErasedVolunteer = (v: { firstName: string; lastName: string }) => v.firstName === ERASED_VOLUNTEER.firstName && v.lastName === ERASED_VOLUNTEER.lastName;
