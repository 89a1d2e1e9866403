import { z } from 'zod';
import { call } from './define';
import { optionalText, isoDate, id } from '../fields';
import type { MatchRecord, VisitRecord, FeedbackRecord, MatchStage } from '../matching/record';
import type { ScorePart } from '../matching/score';
import type { Contact } from './careReviews';
import { TEXT_LIMITS } from '../textLimits';
import type { ListPage } from '../lists/paging';
import type { WaitingState } from '../referrals/waiting';
import { MATCH_SORTS, MATCH_STAGE_FILTERS } from '../lists/choices';
import { pageInput, sortInput } from './paging';
import type { TodayDecision } from '../today/decisions';

export interface MatchSummary extends MatchRecord {
  id: number;
  referralId: number;
  youngPersonId: number;
  youngPersonName: string;
  volunteerId: number;
  volunteerName: string;
  stage: MatchStage;
  lastVisitDate: string | null;
}

/** A page of the matches list; `anyMatches` says whether the scheme has a match at all, whatever the filters. */
export interface MatchList extends ListPage<MatchSummary> {
  anyMatches: boolean;
}

export interface Visit extends VisitRecord {
  id: number;
  matchId: number;
}

export interface Feedback extends FeedbackRecord {
  id: number;
  matchId: number;
}

export interface Match extends MatchSummary {
  visits: Visit[];
  feedback: Feedback[];
  /** Contacts between visits, oldest first. */
  contacts: Contact[];
  /** When the feedback visit with the young person falls due (12 months after the start unless set otherwise). */
  oneYearFeedbackDue: string | null;
  consentInForce: boolean;
  /** What is snoozed or dismissed on Today about this record, newest first (a snooze whose date has come has ended). */
  todayDecisions: TodayDecision[];
}

export interface Suggestion {
  volunteerId: number;
  name: string;
  area: string | null;
  score: number;
  reasons: ScorePart[];
  activeMatches: number;
  capacity: number;
  /** Why they are not suggested, in words (shared/matching/notSuggested.ts); empty for the suggested and for those only at capacity. */
  notSuggested: string[];
}

/** The young person as the assistant shows them, above the suggestions. */
export interface Seeker {
  id: number;
  firstName: string;
  age: number;
  gender: string | null;
  area: string | null;
  postcode: string | null;
  interests: string[];
  languages: string[];
  preferences: string | null;
}

export interface Suggestions {
  referralId: number;
  youngPersonName: string;
  youngPerson: Seeker;
  /** How the referral stands on the waiting list, or null when it is not waiting. */
  waiting: (WaitingState & { weeks: number }) | null;
  /** A match for this referral that has not ended: a new proposal would be refused. */
  openMatch: { id: number; volunteerName: string; proposedDate: string } | null;
  /** Approved, active volunteers under capacity with nothing against them, best first: a page of them. */
  suggested: ListPage<Suggestion>;
  /** Every other approved volunteer still in the scheme, for the coordinator to pick anyway: a page of them. */
  others: ListPage<Suggestion>;
}

const pence = z.number({ error: 'Enter an amount' }).int({ message: 'Enter a whole number of pence' }).min(0, { message: 'An amount cannot be negative' }).max(1_000_000, { message: 'That amount is too large' });

export const visitInput = z
  .object({
    matchId: id,
    visitId: id.optional(),
    date: isoDate,
    activity: optionalText(TEXT_LIMITS.visit.activity),
    durationMinutes: z.number().int({ message: 'Enter whole minutes' }).min(0, { message: 'The duration cannot be negative' }).max(24 * 60, { message: 'A visit cannot last more than a day' }).nullish().transform((n) => n ?? null),
    activityCostPence: pence.nullish().transform((n) => n ?? null),
    miles: z.number({ error: 'Enter the miles as a number' }).min(0, { message: 'Miles cannot be negative' }).max(2000, { message: 'That is too many miles for one visit' }).nullish().transform((n) => n ?? null),
    notes: optionalText(TEXT_LIMITS.visit.notes),
  })
  .strict();

export const matchCalls = {
  matchSuggestions: call<Suggestions>()(z.object({ referralId: id, suggestedPage: pageInput, othersPage: pageInput }).strict()),
  proposeMatch: call<Match>()(
    z
      .object({
        referralId: id,
        volunteerId: id,
        proposedDate: isoDate,
        confirmOverCapacity: z.boolean().optional(),
        /** The coordinator confirmed proposing a volunteer who is not suggested (DBS, training, inactive, travel). */
        confirmNotSuggested: z.boolean().optional(),
      })
      .strict(),
  ),
  recordIntroduction: call<Match>()(z.object({ matchId: id, startDate: isoDate }).strict()),
  endMatch: call<Match>()(
    z
      .object({
        matchId: id,
        endDate: isoDate,
        endReason: z.enum(['young_person_choice', 'young_person_moved', 'aged_out', 'volunteer_circumstances', 'volunteer_left', 'safeguarding', 'proposal_not_taken_up', 'other'], { error: 'Choose why the match ended' }),
        plannedEnding: z.boolean().nullable(),
        positiveEndingHeld: z.boolean().nullable(),
        rematchWanted: z.boolean(),
      })
      .strict(),
  ),
  /** Clears the ending of a match ended by mistake; refused when it would clash with what happened since. */
  reopenMatch: call<Match>()(z.object({ matchId: id }).strict()),
  listMatches: call<MatchSummary[]>()(
    z.object({ stage: z.enum(['proposed', 'introduced', 'active', 'ended']).optional(), volunteerId: id.optional(), youngPersonId: id.optional() }).strict(),
  ),
  /** One page of the matches list: live matches unless a stage is asked for; the search finds either person by name. */
  matchesPage: call<MatchList>()(
    z
      .object({
        search: z.string().max(100).optional(),
        stage: z.enum(MATCH_STAGE_FILTERS).default('live'),
        volunteerId: id.optional(),
        youngPersonId: id.optional(),
        sort: sortInput(MATCH_SORTS).default({ by: 'proposedDate', direction: 'desc' }),
        page: pageInput,
      })
      .strict(),
  ),
  getMatch: call<Match>()(z.object({ id }).strict()),
  saveVisit: call<Match>()(visitInput),
  saveFeedback: call<Match>()(
    z
      .object({
        matchId: id,
        date: isoDate,
        source: z.enum(['young_person', 'volunteer', 'carer', 'social_worker'], { error: 'Choose whose feedback it is' }),
        satisfaction: z.enum(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied']).nullable(),
        benefited: z.boolean().nullable(),
        comments: optionalText(TEXT_LIMITS.feedback.comments),
      })
      .strict(),
  ),
  setVolunteerCapacity: call<null>()(z.object({ id, capacity: z.number().int().min(1, { message: 'Enter 1 or more' }).max(5, { message: 'Enter 5 or fewer' }) }).strict()),
};

