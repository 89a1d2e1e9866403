import type { Db } from '../db/open';
import { flag, prepared } from '../db/statements';
import {
  computeFigures,
  recruitmentMeasures,
  type Figures,
  type Period,
  type FigureVisit,
  type FigureFeedback,
  type FigureSupervision,
  type FigureCareReview,
  type FigureVolunteer,
} from '../../../shared/figures';
import type { ReportMatch, ReportRecords, ReportReferral } from '../../../shared/reports/breakdowns';
import { isIsoDate } from '../../../shared/dates';
import { UserError } from '../errors';
import { getScheme } from '../services/scheme';
import { periodAsked } from './period';

export function checkPeriod(period: Period): void {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) {
    throw new UserError('invalid_input', 'Give the period as real dates in the form YYYY-MM-DD.');
  }
  if (period.from > period.to) throw new UserError('invalid_input', 'The start of the period must be on or before its end.');
}

type Raw = Record<string, unknown>;

/**
 * The volunteers' fields the figures read, and only the inactive periods begun by the
 * period's end (the only ones that can make a volunteer inactive at its end).
 */
function figureVolunteers(db: Db, period: Period): FigureVolunteer[] {
  const periods = new Map<number, FigureVolunteer['inactivePeriods']>();
  const periodRows = prepared(db, 'SELECT volunteer_id AS volunteerId, from_date AS "from", to_date AS "to" FROM volunteer_inactive_periods WHERE from_date <= ? ORDER BY from_date').all(period.to) as ({ volunteerId: number } & FigureVolunteer['inactivePeriods'][number])[];
  for (const { volunteerId, ...p } of periodRows) {
    const list = periods.get(volunteerId);
    if (list) list.push(p);
    else periods.set(volunteerId, [p]);
  }
  const rows = prepared(
    db,
    'SELECT id, enquiry_date AS enquiryDate, enquiry_source AS enquirySource, application_date AS applicationDate, interview_date AS interviewDate, approved_date AS approvedDate, left_date AS leftDate, left_reason AS leftReason FROM volunteers',
  ).all() as (Omit<FigureVolunteer, 'inactivePeriods'> & { id: number })[];
  return rows.map(({ id, ...v }) => ({ ...v, inactivePeriods: periods.get(id) ?? [] }));
}

const IN_PERIOD = 'date >= @from AND date <= @to';

/**
 * What the figures and the breakdowns read: visits, feedback, supervisions and care
 * reviews only for the period, through their date indexes; the rest whole, narrowly.
 */
export function reportRecords(db: Db, period: Period, childrenInCareCount: number | null): ReportRecords {
  const p = { from: period.from, to: period.to };
  const referralRows = prepared(
    db,
    `SELECT r.id, r.young_person_id AS youngPersonId, r.date, r.outcome, r.outcome_date AS outcomeDate, r.closed_date AS closedDate, r.closed_reason AS closedReason,
       r.referrer_role AS referrerRole, y.placement_type AS placementType, y.date_of_birth AS dateOfBirth
     FROM referrals r JOIN young_people y ON y.id = r.young_person_id`,
  ).all() as ReportReferral[];
  const matchRows = (
    prepared(db, 'SELECT referral_id AS referralId, proposed_date AS proposedDate, start_date AS startDate, end_date AS endDate, end_reason AS endReason, planned_ending AS plannedEnding, rematch_wanted AS rematchWanted FROM matches').all() as Raw[]
  ).map((m) => ({ ...m, rematchWanted: flag(m.rematchWanted), plannedEnding: flag(m.plannedEnding) }) as ReportMatch);
  const visitRows = prepared(db, `SELECT date, activity_cost_pence AS activityCostPence, transport_cost_pence AS transportCostPence FROM visits WHERE ${IN_PERIOD}`).all(p) as FigureVisit[];
  const feedbackRows = prepared(db, `SELECT date, source, satisfaction FROM feedback WHERE ${IN_PERIOD}`).all(p) as FigureFeedback[];
  const supervisionRows = prepared(db, `SELECT date, positive_impact AS positiveImpact, enjoying FROM supervisions WHERE ${IN_PERIOD}`).all(p) as FigureSupervision[];
  const careReviewRows = (
    prepared(db, `SELECT date, iv_attended AS ivAttended, coordinator_attended AS coordinatorAttended, professional_feedback AS professionalFeedback FROM care_reviews WHERE ${IN_PERIOD}`).all(p) as Raw[]
  ).map((r) => ({ ...r, ivAttended: flag(r.ivAttended), coordinatorAttended: flag(r.coordinatorAttended) }) as FigureCareReview);
  return {
    volunteers: figureVolunteers(db, period),
    referrals: referralRows,
    matches: matchRows,
    visits: visitRows,
    feedback: feedbackRows,
    supervisions: supervisionRows,
    careReviews: careReviewRows,
    childrenInCareCount,
  };
}

/** Loads what the figures need and computes them. */
export function reportFigures(db: Db, period: Period): Figures {
  checkPeriod(period);
  return computeFigures(reportRecords(db, period, getScheme(db).childrenInCareCount), period);
}

/** The recruitment figures for the period asked, this financial year so far when none was. */
export function recruitmentFigures(db: Db, asked: Partial<Period>, today: string) {
  const { period, calendar } = periodAsked(getScheme(db).financialYearStartMonth, asked, today);
  checkPeriod(period);
  return { period, calendar, ...recruitmentMeasures(figureVolunteers(db, period), period) };
}
