/**
 * What the volunteers, young people and matches lists can be filtered and sorted by. Pure
 * and free of zod, so the renderer's filters and core's contract share one set of words.
 * By default a list shows the people and matches still under way: those who have left,
 * withdrawn or closed, and ended matches, appear only when filtered for.
 */
import type { VolunteerStatus } from '../volunteers/stage';
import type { MatchStage } from '../matching/record';
import type { ServiceStatus } from '../contract/youngPeople';

export const VOLUNTEER_STATUS_FILTERS = ['current', 'all', 'enquiry', 'interview', 'references', 'dbs', 'training', 'approval', 'active', 'inactive', 'left', 'withdrawn', 'rejected'] as const;
export type VolunteerStatusFilter = (typeof VOLUNTEER_STATUS_FILTERS)[number];
export const VOLUNTEER_SORTS = ['name', 'status', 'area', 'enquiryDate', 'approvedDate', 'dbsCheckDue'] as const;
export type VolunteerSort = (typeof VOLUNTEER_SORTS)[number];

const CLOSED_VOLUNTEER: readonly VolunteerStatus[] = ['left', 'withdrawn', 'rejected'];

export function volunteerShown(status: VolunteerStatus, filter: VolunteerStatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'current') return !CLOSED_VOLUNTEER.includes(status);
  return status === filter;
}

export const YOUNG_PERSON_STATUS_FILTERS = ['current', 'all', 'waiting', 'being_matched', 'awaiting_iv', 'matched', 'no_referral', 'closed'] as const;
export type YoungPersonStatusFilter = (typeof YOUNG_PERSON_STATUS_FILTERS)[number];
export const YOUNG_PERSON_SORTS = ['name', 'dateOfBirth', 'area', 'status', 'waitingSince'] as const;
export type YoungPersonSort = (typeof YOUNG_PERSON_SORTS)[number];

export function youngPersonShown(status: ServiceStatus, filter: YoungPersonStatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'current') return status !== 'closed';
  if (filter === 'waiting') return status === 'being_matched' || status === 'awaiting_iv';
  return status === filter;
}

export const MATCH_STAGE_FILTERS = ['live', 'all', 'proposed', 'introduced', 'active', 'ended'] as const;
export type MatchStageFilter = (typeof MATCH_STAGE_FILTERS)[number];
export const MATCH_SORTS = ['youngPerson', 'volunteer', 'stage', 'proposedDate', 'startDate', 'endDate', 'lastVisitDate'] as const;
export type MatchSort = (typeof MATCH_SORTS)[number];

export function matchShown(stage: MatchStage, filter: MatchStageFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'live') return stage !== 'ended';
  return stage === filter;
}

/**
 * Whether the volunteer's own closing (left, withdrawn, not accepted, or null while with
 * the scheme) settles the filter: shown or not, or null when their full status is needed.
 */
export function shownByClosing(closed: 'left' | 'withdrawn' | 'rejected' | null, filter: VolunteerStatusFilter): boolean | null {
  if (filter === 'all') return true;
  if (filter === 'current') return closed === null;
  if ((CLOSED_VOLUNTEER as readonly string[]).includes(filter)) return closed === filter;
  return closed === null ? null : false;
}
