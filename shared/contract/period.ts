/** The period a figures screen asks for: both dates, or neither for this financial year so far. */
import { z } from 'zod';
import { isoDate } from '../fields';

export const periodOrThisYear = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .strict()
  .refine((p) => (p.from === undefined) === (p.to === undefined), { message: 'Give both dates of the period, or neither', path: ['to'] });

/** What the screen builds its quick choices from, so that it needs no second call: core's today and the scheme's financial year. */
export interface PeriodCalendar {
  today: string;
  financialYearStartMonth: number;
}
