import { and, gte, lte } from 'drizzle-orm';
import type { Db } from '../db/open';
import { referrals, matches, visits, feedback, supervisions, careReviews } from '../db/schema';
import { computeFigures, recruitmentMeasures, type Figures, type Period, type FigureReferral, type FigureMatch, type FigureFeedback, type FigureSupervision, type FigureCareReview } from '../../../shared/figures';
import { isIsoDate } from '../../../shared/dates';
import { UserError } from '../errors';
import { loadVolunteers } from '../services/volunteerRecords';
import { getScheme } from '../services/scheme';

export function checkPeriod(period: Period): void {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) {
    throw new UserError('invalid_input', 'Give the period as real dates in the form YYYY-MM-DD.');
  }
  if (period.from > period.to) throw new UserError('invalid_input', 'The start of the period must be on or before its end.');
}

/** Loads what the figures need (visits only for the period, through their date index) and computes them. */
export function reportFigures(db: Db, period: Period): Figures {
  checkPeriod(period);
  const referralRows = db
    .select({ id: referrals.id, youngPersonId: referrals.youngPersonId, date: referrals.date, outcome: referrals.outcome, outcomeDate: referrals.outcomeDate, closedDate: referrals.closedDate, closedReason: referrals.closedReason })
    .from(referrals)
    .all() as FigureReferral[];
  const matchRows = db
    .select({ referralId: matches.referralId, proposedDate: matches.proposedDate, startDate: matches.startDate, endDate: matches.endDate, endReason: matches.endReason, rematchWanted: matches.rematchWanted })
    .from(matches)
    .all() as FigureMatch[];
  const visitRows = db
    .select({ date: visits.date, activityCostPence: visits.activityCostPence, transportCostPence: visits.transportCostPence })
    .from(visits)
    .where(and(gte(visits.date, period.from), lte(visits.date, period.to)))
    .all();
  const feedbackRows = db.select({ date: feedback.date, source: feedback.source, satisfaction: feedback.satisfaction }).from(feedback).all() as FigureFeedback[];
  const inRange = <C extends typeof supervisions.date | typeof careReviews.date>(column: C) => and(gte(column, period.from), lte(column, period.to));
  const supervisionRows = db.select({ date: supervisions.date, positiveImpact: supervisions.positiveImpact, enjoying: supervisions.enjoying }).from(supervisions).where(inRange(supervisions.date)).all() as FigureSupervision[];
  const careReviewRows = db
    .select({ date: careReviews.date, ivAttended: careReviews.ivAttended, coordinatorAttended: careReviews.coordinatorAttended, professionalFeedback: careReviews.professionalFeedback })
    .from(careReviews)
    .where(inRange(careReviews.date))
    .all() as FigureCareReview[];
  return computeFigures(
    { volunteers: loadVolunteers(db), referrals: referralRows, matches: matchRows, visits: visitRows, feedback: feedbackRows, supervisions: supervisionRows, careReviews: careReviewRows, childrenInCareCount: getScheme(db).childrenInCareCount },
    period,
  );
}

export function recruitmentFigures(db: Db, period: Period) {
  checkPeriod(period);
  return { period, ...recruitmentMeasures(loadVolunteers(db), period) };
}
