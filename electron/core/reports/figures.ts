import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../db/open';
import { referrals, matches, visits, feedback, supervisions, careReviews, volunteers, volunteerInactivePeriods, youngPeople } from '../db/schema';
import { computeFigures, recruitmentMeasures, type Figures, type Period, type FigureFeedback, type FigureSupervision, type FigureCareReview, type FigureVolunteer } from '../../../shared/figures';
import type { ReportMatch, ReportRecords, ReportReferral } from '../../../shared/reports/breakdowns';
import type { EnquirySource } from '../../../shared/volunteers/record';
import { isIsoDate } from '../../../shared/dates';
import { UserError } from '../errors';
import { getScheme } from '../services/scheme';

export function checkPeriod(period: Period): void {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) {
    throw new UserError('invalid_input', 'Give the period as real dates in the form YYYY-MM-DD.');
  }
  if (period.from > period.to) throw new UserError('invalid_input', 'The start of the period must be on or before its end.');
}

/**
 * The volunteers' fields the figures read, and only the inactive periods begun by the
 * period's end (the only ones that can make a volunteer inactive at its end).
 */
function figureVolunteers(db: Db, period: Period): FigureVolunteer[] {
  const periods = new Map<number, FigureVolunteer['inactivePeriods']>();
  const periodRows = db.select().from(volunteerInactivePeriods).where(lte(volunteerInactivePeriods.fromDate, period.to)).orderBy(asc(volunteerInactivePeriods.fromDate)).all();
  for (const { volunteerId, fromDate, toDate, ...p } of periodRows) periods.set(volunteerId, [...(periods.get(volunteerId) ?? []), { ...p, from: fromDate, to: toDate }]);
  return db
    .select({ id: volunteers.id, enquiryDate: volunteers.enquiryDate, enquirySource: volunteers.enquirySource, applicationDate: volunteers.applicationDate, interviewDate: volunteers.interviewDate, approvedDate: volunteers.approvedDate, leftDate: volunteers.leftDate, leftReason: volunteers.leftReason })
    .from(volunteers)
    .all()
    .map(({ id, enquirySource, ...v }) => ({ ...v, enquirySource: enquirySource as EnquirySource | null, inactivePeriods: periods.get(id) ?? [] }));
}

/**
 * What the figures and the breakdowns read: visits, feedback, supervisions and care
 * reviews only for the period, through their date indexes; the rest whole, narrowly.
 */
export function reportRecords(db: Db, period: Period): ReportRecords {
  const referralRows = db
    .select({
      id: referrals.id,
      youngPersonId: referrals.youngPersonId,
      date: referrals.date,
      outcome: referrals.outcome,
      outcomeDate: referrals.outcomeDate,
      closedDate: referrals.closedDate,
      closedReason: referrals.closedReason,
      referrerRole: referrals.referrerRole,
      placementType: youngPeople.placementType,
      dateOfBirth: youngPeople.dateOfBirth,
    })
    .from(referrals)
    .innerJoin(youngPeople, eq(youngPeople.id, referrals.youngPersonId))
    .all() as ReportReferral[];
  const matchRows = db
    .select({ referralId: matches.referralId, proposedDate: matches.proposedDate, startDate: matches.startDate, endDate: matches.endDate, endReason: matches.endReason, plannedEnding: matches.plannedEnding, rematchWanted: matches.rematchWanted })
    .from(matches)
    .all() as ReportMatch[];
  const visitRows = db
    .select({ date: visits.date, activityCostPence: visits.activityCostPence, transportCostPence: visits.transportCostPence })
    .from(visits)
    .where(and(gte(visits.date, period.from), lte(visits.date, period.to)))
    .all();
  const inRange = <C extends typeof supervisions.date | typeof careReviews.date | typeof feedback.date>(column: C) => and(gte(column, period.from), lte(column, period.to));
  const feedbackRows = db.select({ date: feedback.date, source: feedback.source, satisfaction: feedback.satisfaction }).from(feedback).where(inRange(feedback.date)).all() as FigureFeedback[];
  const supervisionRows = db.select({ date: supervisions.date, positiveImpact: supervisions.positiveImpact, enjoying: supervisions.enjoying }).from(supervisions).where(inRange(supervisions.date)).all() as FigureSupervision[];
  const careReviewRows = db
    .select({ date: careReviews.date, ivAttended: careReviews.ivAttended, coordinatorAttended: careReviews.coordinatorAttended, professionalFeedback: careReviews.professionalFeedback })
    .from(careReviews)
    .where(inRange(careReviews.date))
    .all() as FigureCareReview[];
  return {
    volunteers: figureVolunteers(db, period),
    referrals: referralRows,
    matches: matchRows,
    visits: visitRows,
    feedback: feedbackRows,
    supervisions: supervisionRows,
    careReviews: careReviewRows,
    childrenInCareCount: getScheme(db).childrenInCareCount,
  };
}

export function reportFigures(db: Db, period: Period): Figures {
  checkPeriod(period);
  return computeFigures(reportRecords(db, period), period);
}

export function recruitmentFigures(db: Db, period: Period) {
  checkPeriod(period);
  return { period, ...recruitmentMeasures(figureVolunteers(db, period), period) };
}
