/**
 * The Reports screen's breakdowns, beside the figures: who refers, how old the young
 * people are, how matches end, how long the waiting list has waited, what it costs and
 * how many matches the coordinator carries. Built from the figures' own functions, so a
 * count here always agrees with the same count there.
 */
import {
  activeDuring,
  concludedIn,
  costFigures,
  countBy,
  groupByReferral,
  inPeriod,
  NOT_RECORDED,
  oneDecimal,
  volunteerFigures,
  type FigureMatch,
  type FigureRecords,
  type FigureReferral,
  type Period,
} from '../figures';
import { ageOn, daysBetween, isIsoDate } from '../dates';
import { matchActiveOn, waitingState } from '../referrals/waiting';
import { END_REASON_LABELS, type EndReason, type MatchRecord } from '../matching/record';
import { PLACEMENT_LABELS, REFERRER_ROLE_LABELS, type PlacementType, type ReferrerRole } from '../youngPeople/record';
import { ENQUIRY_SOURCE_LABELS } from '../volunteers/record';
import { MATCHES_PER_FULL_TIME_COORDINATOR, type ReportSettings } from './settingsValues';

/** A referral with what the breakdowns also read: the referrer, and the young person's placement and date of birth. */
export type ReportReferral = FigureReferral & {
  referrerRole: ReferrerRole | null;
  /** The young person's placement as recorded now: IV Desk keeps no history of placements. */
  placementType: PlacementType | null;
  dateOfBirth: string | null;
};
export type ReportMatch = FigureMatch & Pick<MatchRecord, 'plannedEnding'>;
export interface ReportRecords extends FigureRecords {
  referrals: ReportReferral[];
  matches: ReportMatch[];
}

export const AGE_BANDS = ['under_11', '11_to_15', '16_to_17', '18_to_25', 'not_known'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under_11: 'Under 11',
  '11_to_15': '11 to 15',
  '16_to_17': '16 to 17',
  '18_to_25': '18 to 25',
  not_known: 'Age not known (no date of birth, or outside 0 to 25)',
};

export const WAIT_BANDS = ['under_6', '6_to_12', '13_to_26', 'over_26'] as const;
export type WaitBand = (typeof WAIT_BANDS)[number];
export const WAIT_BAND_LABELS: Record<WaitBand, string> = {
  under_6: 'Under 6 weeks',
  '6_to_12': '6 to 12 weeks',
  '13_to_26': '13 to 26 weeks',
  over_26: 'Over 26 weeks',
};

/**
 * Whether an ending for each reason counts as planned when the coordinator did not say
 * herself (her own "planned ending" answer on the match always wins). Planned: the young
 * person chose to end it (the service is child-led: ending is theirs to decide) or aged
 * out (foreseen). Unplanned: a move, the volunteer's circumstances or leaving,
 * safeguarding, or a proposal that never got going. "Other" says nothing either way.
 */
export const PLANNED_BY_REASON: Record<EndReason, boolean | null> = {
  young_person_choice: true,
  aged_out: true,
  young_person_moved: false,
  volunteer_circumstances: false,
  volunteer_left: false,
  safeguarding: false,
  proposal_not_taken_up: false,
  other: null,
};

export const PLANNED_LABELS = { planned: 'Planned', unplanned: 'Unplanned', notKnown: 'Not known' } as const;

export interface Breakdowns {
  /** Referrals received in the period. */
  referralsByReferrerRole: Record<string, number>;
  referralsByPlacementType: Record<string, number>;
  referralsByAge: Record<AgeBand, number>;
  /** Matches concluded in the period. */
  endingsByReason: Record<string, number>;
  endingsPlanned: Record<keyof typeof PLANNED_LABELS, number>;
  /** The waiting list as at the period's end, by whole weeks waited. */
  waitingByWeeks: Record<WaitBand, number>;
  volunteersLeftByReason: Record<string, number>;
  enquiriesBySource: Record<string, number>;
  costs: {
    /** Activity and transport together, over the visits in the period. */
    totalPence: number;
    perVisitPence: number | null;
    /** Matches active on at least one day of the period. */
    activeMatchesDuringPeriod: number;
    perActiveMatchPence: number | null;
  };
  coordinator: {
    activeMatchesAtEnd: number;
    /** The coordinator's hours as a share of a full-time week; null until her hours are set. */
    fullTimeEquivalent: number | null;
    activeMatchesPerFullTimeCoordinator: number | null;
    ceiling: number;
    overCeiling: boolean | null;
  };
}

/** Every known key in order (zero where none), then any key the records hold beyond them, then "not recorded". */
export function inOrder(keys: readonly string[], counts: Record<string, number>): Record<string, number> {
  const extras = Object.keys(counts).filter((k) => !keys.includes(k) && k !== NOT_RECORDED);
  return Object.fromEntries([...keys, ...extras.sort(), NOT_RECORDED].map((k) => [k, counts[k] ?? 0]));
}

export function ageBand(dateOfBirth: string | null, on: string): AgeBand {
  if (!dateOfBirth || !isIsoDate(dateOfBirth) || dateOfBirth > on) return 'not_known';
  const age = ageOn(dateOfBirth, on);
  if (age < 11) return 'under_11';
  if (age <= 15) return '11_to_15';
  if (age <= 17) return '16_to_17';
  return age <= 25 ? '18_to_25' : 'not_known';
}

/** Whole weeks waited: under 6, 6 to 12, 13 to 26, or over 26 (27 or more). */
export function waitBand(days: number): WaitBand {
  const weeks = Math.floor(days / 7);
  if (weeks < 6) return 'under_6';
  if (weeks <= 12) return '6_to_12';
  return weeks <= 26 ? '13_to_26' : 'over_26';
}

export function plannedEnding(m: Pick<ReportMatch, 'plannedEnding' | 'endReason'>): keyof typeof PLANNED_LABELS {
  const planned = m.plannedEnding ?? (m.endReason ? PLANNED_BY_REASON[m.endReason] : null) ?? null;
  return planned === null ? 'notKnown' : planned ? 'planned' : 'unplanned';
}

function tally<K extends string>(keys: readonly K[], values: K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) counts[v] += 1;
  return counts;
}

function waitingByWeeks(records: ReportRecords, asAt: string): Record<WaitBand, number> {
  const byReferral = groupByReferral(records.matches);
  const since = records.referrals.flatMap((r) => waitingState(r, byReferral.get(r.id) ?? [], asAt)?.since ?? []);
  return tally(
    WAIT_BANDS,
    since.map((d) => waitBand(daysBetween(d, asAt))),
  );
}

function coordinatorLoad(activeMatchesAtEnd: number, settings: Pick<ReportSettings, 'coordinatorHoursPerWeek' | 'fullTimeHoursPerWeek'>): Breakdowns['coordinator'] {
  const fte = settings.coordinatorHoursPerWeek === null ? null : settings.coordinatorHoursPerWeek / settings.fullTimeHoursPerWeek;
  const perFullTime = fte === null ? null : oneDecimal(activeMatchesAtEnd / fte);
  return {
    activeMatchesAtEnd,
    fullTimeEquivalent: fte === null ? null : Math.round(fte * 100) / 100,
    activeMatchesPerFullTimeCoordinator: perFullTime,
    ceiling: MATCHES_PER_FULL_TIME_COORDINATOR,
    overCeiling: perFullTime === null ? null : perFullTime > MATCHES_PER_FULL_TIME_COORDINATOR,
  };
}

export function computeBreakdowns(records: ReportRecords, period: Period, settings: Pick<ReportSettings, 'coordinatorHoursPerWeek' | 'fullTimeHoursPerWeek'>): Breakdowns {
  const received = records.referrals.filter((r) => inPeriod(r.date, period));
  const concluded = concludedIn(records.matches, period);
  const volunteers = volunteerFigures(records.volunteers, period);
  const costs = costFigures(records.visits, period);
  const totalPence = costs.activityPence + costs.transportPence;
  const activeDuringPeriod = records.matches.filter((m) => activeDuring(m, period)).length;
  const each = (count: number) => (count ? Math.round(totalPence / count) : null);
  return {
    referralsByReferrerRole: inOrder(Object.keys(REFERRER_ROLE_LABELS), countBy(received, (r) => r.referrerRole)),
    referralsByPlacementType: inOrder(Object.keys(PLACEMENT_LABELS), countBy(received, (r) => r.placementType)),
    referralsByAge: tally(
      AGE_BANDS,
      received.map((r) => ageBand(r.dateOfBirth, r.date)),
    ),
    endingsByReason: inOrder(Object.keys(END_REASON_LABELS), countBy(concluded, (m) => m.endReason)),
    endingsPlanned: tally(Object.keys(PLANNED_LABELS) as (keyof typeof PLANNED_LABELS)[], concluded.map(plannedEnding)),
    waitingByWeeks: waitingByWeeks(records, period.to),
    volunteersLeftByReason: volunteers.volunteersLeftByReason,
    enquiriesBySource: inOrder(Object.keys(ENQUIRY_SOURCE_LABELS), volunteers.enquiriesBySource),
    costs: { totalPence, perVisitPence: each(costs.visits), activeMatchesDuringPeriod: activeDuringPeriod, perActiveMatchPence: each(activeDuringPeriod) },
    coordinator: coordinatorLoad(records.matches.filter((m) => matchActiveOn(m, period.to)).length, settings),
  };
}
