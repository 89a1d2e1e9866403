/**
 * The figures the council asks for, exactly as domain.md defines them. One pure
 * function computes each figure; `computeFigures` gathers them for the CLI, the Reports
 * screen and the annual report. A key appears only once the records behind it exist in
 * this version of IV Desk.
 */
import type { VolunteerRecord } from './volunteers/record';
import { inactiveOn } from './volunteers/stage';
import { daysBetween } from './dates';
import type { ReferralRecord } from './youngPeople/record';

export interface Period {
  from: string;
  to: string;
}

export type FigureVolunteer = Pick<
  VolunteerRecord,
  'enquiryDate' | 'enquirySource' | 'applicationDate' | 'interviewDate' | 'approvedDate' | 'leftDate' | 'leftReason' | 'inactivePeriods'
>;

export type FigureReferral = Pick<ReferralRecord, 'date' | 'outcome' | 'outcomeDate' | 'closedDate' | 'closedReason'>;

export interface FigureRecords {
  volunteers: FigureVolunteer[];
  referrals: FigureReferral[];
}

export interface Figures {
  period: Period;
  referralsReceived: number;
  referralsDeclinedOrDisengaged: number;
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

function countBy<T>(items: T[], key: (item: T) => string | null | undefined): Record<string, number> {
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

export function computeFigures(records: FigureRecords, period: Period): Figures {
  return { period, ...referralFigures(records.referrals, period), ...volunteerFigures(records.volunteers, period) };
}
