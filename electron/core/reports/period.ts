/** The period a figures screen asked for, this financial year so far when it gave none, with the calendar its quick choices need. */
import type { Period } from '../../../shared/figures';
import type { PeriodCalendar } from '../../../shared/contract/period';
import { financialYearOf } from '../../../shared/financialYear';

export function periodAsked(financialYearStartMonth: number, asked: Partial<Period>, today: string): { period: Period; calendar: PeriodCalendar } {
  const calendar = { today, financialYearStartMonth };
  // Figures "as at" a day still to come would only repeat today's, so this year ends today.
  const period = asked.from && asked.to ? { from: asked.from, to: asked.to } : { from: financialYearOf(today, calendar.financialYearStartMonth).from, to: today };
  return { period, calendar };
}
