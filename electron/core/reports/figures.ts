import type { Db } from '../db/open';
import { computeFigures, recruitmentMeasures, type Figures, type Period, type FigureReferral } from '../../../shared/figures';
import { referrals } from '../db/schema';
import { isIsoDate } from '../../../shared/dates';
import { UserError } from '../errors';
import { loadVolunteers } from '../services/volunteerRecords';

export function checkPeriod(period: Period): void {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) {
    throw new UserError('invalid_input', 'Give the period as real dates in the form YYYY-MM-DD.');
  }
  if (period.from > period.to) throw new UserError('invalid_input', 'The start of the period must be on or before its end.');
}

export function reportFigures(db: Db, period: Period): Figures {
  checkPeriod(period);
  const referralRows = db
    .select({ date: referrals.date, outcome: referrals.outcome, outcomeDate: referrals.outcomeDate, closedDate: referrals.closedDate, closedReason: referrals.closedReason })
    .from(referrals)
    .all() as FigureReferral[];
  return computeFigures({ volunteers: loadVolunteers(db), referrals: referralRows }, period);
}

export function recruitmentFigures(db: Db, period: Period) {
  checkPeriod(period);
  return { period, ...recruitmentMeasures(loadVolunteers(db), period) };
}
