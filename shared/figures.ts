/**
 * The figures the council asks for, exactly as domain.md defines them. One pure
 * function computes each figure; `computeFigures` gathers them for the CLI, the Reports
 * screen and the annual report.
 */
import type { VolunteerRecord } from './volunteers/record';
import { inactiveOn } from './volunteers/stage';
import { daysBetween } from './dates';
import type { ReferralRecord } from './youngPeople/record';
import type { MatchRecord, VisitRecord, FeedbackRecord } from './matching/record';
import type { SupervisionRecord } from './supervision/record';
import type { CareReviewRecord } from './careReviews/record';
import { waitingState, matchActiveOn, type WaitingMatch } from './referrals/waiting';

export interface Period {
  from: string;
  to: string;
}

export type FigureVolunteer = Pick<
  VolunteerRecord,
  'enquiryDate' | 'enquirySource' | 'applicationDate' | 'interviewDate' | 'approvedDate' | 'leftDate' | 'leftReason' | 'inactivePeriods'
>;

export type FigureReferral = Pick<ReferralRecord, 'date' | 'outcome' | 'outcomeDate' | 'closedDate' | 'closedReason'> & { id: number; youngPersonId: number };
export type FigureMatch = Pick<MatchRecord, 'proposedDate' | 'startDate' | 'endDate' | 'endReason' | 'rematchWanted'> & { referralId: number };
export type FigureVisit = Pick<VisitRecord, 'date' | 'activityCostPence' | 'transportCostPence'>;
export type FigureFeedback = Pick<FeedbackRecord, 'date' | 'source' | 'satisfaction'>;
export type FigureSupervision = Pick<SupervisionRecord, 'date' | 'positiveImpact' | 'enjoying'>;
export type FigureCareReview = Pick<CareReviewRecord, 'date' | 'ivAttended' | 'coordinatorAttended' | 'professionalFeedback'>;

export interface FigureRecords {
  /** Only the inactive periods begun by the period's end are needed. */
  volunteers: FigureVolunteer[];
  referrals: FigureReferral[];
  matches: FigureMatch[];
  /** Only the visits in the period are needed. */
  visits: FigureVisit[];
  /** Only the feedback in the period is needed. */
  feedback: FigureFeedback[];
  supervisions: FigureSupervision[];
  careReviews: FigureCareReview[];
  childrenInCareCount: number | null;
}

export interface Figures {
  period: Period;
  referralsReceived: number;
  referralsDeclinedOrDisengaged: number;
  matchesMade: number;
  matchesConcluded: number;
  matchesConcludedByReason: Record<string, number>;
  activeMatchesAtEnd: number;
  waitingAtEnd: { total: number; beingMatched: number; awaitingIV: number };
  waitingWeeksMean: number | null;
  waitingWeeksMedian: number | null;
  childrenInCare: { count: number | null; matchedDuringPeriodPct: number | null; matchedAtEndPct: number | null };
  costs: { visits: number; activityPence: number; transportPence: number; meanActivityPence: number | null; meanTransportPence: number | null };
  careReviewsAttended: number;
  supervisionsHeld: number;
  satisfaction: { youngPeoplePct: number | null; professionalsPct: number | null; volunteersImpactPct: number | null; volunteersEnjoyingPct: number | null };
  enquiries: number;
  enquiriesBySource: Record<string, number>;
  applications: number;
  volunteersRecruited: number;
  volunteersActiveAtEnd: number;
  volunteersInactiveAtEnd: number;
  volunteersLeft: number;
  volunteersLeftByReason: Record<string, number>;
  volunteersEverApproved: number;
}

export const NOT_RECORDED = 'not_recorded';

export const inPeriod = (date: string | null | undefined, p: Period): date is string => !!date && date >= p.from && date <= p.to;

/** A share as a percentage to one decimal place, or null when there is nothing to divide by. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Counts by a key; a missing key counts as NOT_RECORDED. */
export function countBy<T>(items: T[], key: (item: T) => string | null | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item) || NOT_RECORDED;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

const enquiriesIn = (vs: FigureVolunteer[], p: Period) => vs.filter((v) => inPeriod(v.enquiryDate, p));
const approvedIn = (vs: FigureVolunteer[], p: Period) => vs.filter((v) => inPeriod(v.approvedDate, p));
const leftIn = (vs: FigureVolunteer[], p: Period) => vs.filter((v) => v.approvedDate && inPeriod(v.leftDate, p));

/** Approved by the date and not left by it. */
export function approvedAndStaying(vs: FigureVolunteer[], asAt: string): FigureVolunteer[] {
  return vs.filter((v) => v.approvedDate && v.approvedDate <= asAt && !(v.leftDate && v.leftDate <= asAt));
}

export function volunteerFigures(vs: FigureVolunteer[], p: Period) {
  const staying = approvedAndStaying(vs, p.to);
  const inactive = staying.filter((v) => inactiveOn(v, p.to)).length;
  const left = leftIn(vs, p);
  return {
    enquiries: enquiriesIn(vs, p).length,
    enquiriesBySource: countBy(enquiriesIn(vs, p), (v) => v.enquirySource),
    applications: vs.filter((v) => inPeriod(v.applicationDate, p)).length,
    volunteersRecruited: approvedIn(vs, p).length,
    volunteersActiveAtEnd: staying.length - inactive,
    volunteersInactiveAtEnd: inactive,
    volunteersLeft: left.length,
    volunteersLeftByReason: countBy(left, (v) => v.leftReason),
    volunteersEverApproved: vs.filter((v) => v.approvedDate && v.approvedDate <= p.to).length,
  };
}

/** The recruitment screen's extra measures, beside the figures above. */
export function recruitmentMeasures(vs: FigureVolunteer[], p: Period) {
  const base = volunteerFigures(vs, p);
  const interviews = vs.filter((v) => inPeriod(v.interviewDate, p)).length;
  const daysToApproval = approvedIn(vs, p).map((v) => daysBetween(v.enquiryDate, v.approvedDate!));
  return {
    ...base,
    interviews,
    applicationsPerEnquiryPct: percentage(base.applications, base.enquiries),
    approvalsPerApplicationPct: percentage(base.volunteersRecruited, base.applications),
    medianDaysEnquiryToApproval: median(daysToApproval),
  };
}

export function referralFigures(rs: FigureReferral[], p: Period) {
  return {
    referralsReceived: rs.filter((r) => inPeriod(r.date, p)).length,
    referralsDeclinedOrDisengaged:
      rs.filter((r) => r.outcome === 'declined_by_young_person' && inPeriod(r.outcomeDate, p)).length +
      rs.filter((r) => r.closedReason === 'disengaged' && inPeriod(r.closedDate, p)).length,
  };
}

export const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const startedIn = (ms: FigureMatch[], p: Period) => ms.filter((m) => inPeriod(m.startDate, p));
export const concludedIn = <M extends FigureMatch>(ms: M[], p: Period): M[] => ms.filter((m) => m.startDate && inPeriod(m.endDate, p));

/** Active on some day of the period: started by its end and not ended by its start (the children-in-care reading and standard 13 count these). */
export const activeDuring = (m: Pick<FigureMatch, 'startDate' | 'endDate'>, p: Period) => !!m.startDate && m.startDate <= p.to && (!m.endDate || (m.endDate > p.from && m.endDate > m.startDate));

export function groupByReferral(ms: FigureMatch[]): Map<number, WaitingMatch[]> {
  const map = new Map<number, WaitingMatch[]>();
  for (const m of ms) {
    const list = map.get(m.referralId);
    if (list) list.push(m);
    else map.set(m.referralId, [m]);
  }
  return map;
}

export function matchFigures(records: FigureRecords, p: Period) {
  const { matches: ms, referrals: rs } = records;
  const concluded = concludedIn(ms, p);
  const byReferral = groupByReferral(ms);
  const waiting = rs.map((r) => waitingState(r, byReferral.get(r.id) ?? [], p.to)).filter((w) => w !== null);
  const beingMatched = waiting.filter((w) => w.kind === 'being_matched').length;
  const waits = rs.flatMap((r) => {
    const first = (byReferral.get(r.id) ?? []).map((m) => m.startDate).filter((d): d is string => !!d).sort()[0];
    return first && inPeriod(first, p) ? [daysBetween(r.date, first) / 7] : [];
  });
  const mean = waits.length ? waits.reduce((a, b) => a + b, 0) / waits.length : null;
  const medianWeeks = median(waits);
  const activeAtEnd = ms.filter((m) => matchActiveOn(m, p.to)).length;
  const personOf = new Map(rs.map((r) => [r.id, r.youngPersonId]));
  const matchedDuring = new Set(ms.filter((m) => activeDuring(m, p)).map((m) => personOf.get(m.referralId))).size;
  const count = records.childrenInCareCount;
  return {
    matchesMade: startedIn(ms, p).length,
    matchesConcluded: concluded.length,
    matchesConcludedByReason: countBy(concluded, (m) => m.endReason),
    activeMatchesAtEnd: activeAtEnd,
    waitingAtEnd: { total: waiting.length, beingMatched, awaitingIV: waiting.length - beingMatched },
    waitingWeeksMean: mean === null ? null : oneDecimal(mean),
    waitingWeeksMedian: medianWeeks === null ? null : oneDecimal(medianWeeks),
    childrenInCare: {
      count,
      matchedDuringPeriodPct: count ? percentage(matchedDuring, count) : null,
      matchedAtEndPct: count ? percentage(activeAtEnd, count) : null,
    },
  };
}

export function costFigures(vs: FigureVisit[], p: Period) {
  const inside = vs.filter((v) => inPeriod(v.date, p));
  const activityPence = inside.reduce((sum, v) => sum + (v.activityCostPence ?? 0), 0);
  const transportPence = inside.reduce((sum, v) => sum + (v.transportCostPence ?? 0), 0);
  const mean = (total: number) => (inside.length ? Math.round(total / inside.length) : null);
  return { visits: inside.length, activityPence, transportPence, meanActivityPence: mean(activityPence), meanTransportPence: mean(transportPence) };
}

/** A share of the records in the period that carry the answer; those without one are left out of both sides. */
function answeredShare<T extends { date: string }>(records: T[], p: Period, answer: (r: T) => string | null | undefined, good: (a: string) => boolean): number | null {
  const answered = records.filter((r) => inPeriod(r.date, p) && answer(r));
  return percentage(answered.filter((r) => good(answer(r)!)).length, answered.length);
}

export function satisfactionFigures(records: Pick<FigureRecords, 'feedback' | 'supervisions' | 'careReviews'>, p: Period): Figures['satisfaction'] {
  const fromYoungPeople = records.feedback.filter((f) => f.source === 'young_person');
  return {
    youngPeoplePct: answeredShare(fromYoungPeople, p, (f) => f.satisfaction, (a) => a === 'very_satisfied' || a === 'satisfied'),
    professionalsPct: answeredShare(records.careReviews, p, (r) => r.professionalFeedback, (a) => a === 'positive'),
    volunteersImpactPct: answeredShare(records.supervisions, p, (s) => s.positiveImpact, (a) => a === 'yes'),
    volunteersEnjoyingPct: answeredShare(records.supervisions, p, (s) => s.enjoying, (a) => a === 'yes'),
  };
}

/** The figures already worked out when they are for exactly this period, so a request that needs a period's figures twice works them out once. */
export function figuresIfFor(known: Figures | undefined, p: Period): Figures | undefined {
  return known && known.period.from === p.from && known.period.to === p.to ? known : undefined;
}

export function computeFigures(records: FigureRecords, period: Period): Figures {
  return {
    period,
    ...referralFigures(records.referrals, period),
    ...matchFigures(records, period),
    ...volunteerFigures(records.volunteers, period),
    careReviewsAttended: records.careReviews.filter((r) => inPeriod(r.date, period) && (r.ivAttended || r.coordinatorAttended)).length,
    supervisionsHeld: records.supervisions.filter((s) => inPeriod(s.date, period)).length,
    costs: costFigures(records.visits, period),
    satisfaction: satisfactionFigures(records, period),
  };
}
