import type { Db } from '../db/open';
import { volunteers } from '../db/schema';
import { computeFigures, type Figures, type Period } from '../../../shared/figures';
import { isIsoDate } from '../../../shared/dates';
import { UserError } from '../errors';

export function checkPeriod(period: Period): void {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) {
    throw new UserError('invalid_input', 'Give the period as real dates in the form YYYY-MM-DD.');
  }
  if (period.from > period.to) throw new UserError('invalid_input', 'The start of the period must be on or before its end.');
}

export function reportFigures(db: Db, period: Period): Figures {
  checkPeriod(period);
  return computeFigures({ volunteers: db.select({ enquiryDate: volunteers.enquiryDate }).from(volunteers).all() }, period);
}
