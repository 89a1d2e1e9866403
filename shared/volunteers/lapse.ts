/**
 * The pipeline clears itself: an enquirer or applicant with no step recorded for a
 * while (90 days by default) has "lapsed". They leave Today and the board's columns and
 * are offered for withdrawal; nothing about them changes until the coordinator does it.
 */
import type { VolunteerRecord } from './record';
import type { RecruitmentSettings } from './settings';
import { daysBetween } from '../dates';
import { isInPipeline, volunteerStatus } from './stage';

/** The withdrawal reason the board records for lapsed people. */
export const LAPSED_REASON = 'No response';

/** The latest date anything was recorded in the volunteer's recruitment. */
export function lastStepDate(v: VolunteerRecord): string {
  const dates = [
    v.enquiryDate,
    v.enquiryRespondedDate,
    v.applicationDate,
    v.interviewDate,
    ...v.references.flatMap((r) => [r.requestedDate, r.receivedDate]),
    v.dbs?.issueDate,
    v.dbs?.checkedDate,
    ...v.training.map((t) => t.completedDate),
  ];
  return dates.reduce<string>((latest, d) => (d && d > latest ? d : latest), v.enquiryDate);
}

/** True for someone still in the pipeline whose last step is at least the setting's days ago. */
export function isLapsed(v: VolunteerRecord, settings: RecruitmentSettings, today: string): boolean {
  return isInPipeline(volunteerStatus(v, settings, today)) && daysBetween(lastStepDate(v), today) >= settings.reminders.lapseDays;
}
