import { z } from 'zod';
import { BANK_HOLIDAY_NATIONS, type BankHolidayNation } from '../today/bankHolidays';

/** The scheme's settings for young people: long waits and how far ahead reminders show. */
export interface CaseSettings {
  /** A wait longer than this is highlighted. */
  longWaitWeeks: number;
  /** A care review shows on Today this many days ahead. */
  reviewReminderDays: number;
  /** An 18th or 25th birthday shows on Today this many days ahead. */
  birthdayNoticeDays: number;
  /** A match without a visit for this long is overdue one. */
  visitOverdueWeeks: number;
  /** When the coordinator's feedback visit with the young person falls due. */
  feedbackVisitMonths: number;
  /** The care-review update is due this many days before its review. */
  reviewUpdateDaysBefore: number;
  /** A matched volunteer is due supervision this many weeks after the last (or their first match). */
  supervisionWeeks: number;
  /** A supervision shows on Today this many days before it is due. */
  supervisionNoticeDays: number;
  /** A proposed match with no introduction this many weeks on shows on Today. */
  proposalIntroductionWeeks: number;
  /** Whose bank holidays working days skip (the first care review, answering enquiries). */
  bankHolidayNation: BankHolidayNation;
}

export const DEFAULT_CASE_SETTINGS: CaseSettings = { longWaitWeeks: 6, reviewReminderDays: 14, birthdayNoticeDays: 90, visitOverdueWeeks: 5, feedbackVisitMonths: 12, reviewUpdateDaysBefore: 7, supervisionWeeks: 12, supervisionNoticeDays: 14, proposalIntroductionWeeks: 4, bankHolidayNation: 'england_wales' };

const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `Enter ${label} as a number` })
    .int({ message: `Enter ${label} as a whole number` })
    .min(min, { message: `Enter ${min} or more for ${label}` })
    .max(max, { message: `Enter ${max} or fewer for ${label}` });

export const caseSettingsInput = z
  .object({
    longWaitWeeks: whole('the weeks after which a wait is long', 1, 52),
    reviewReminderDays: whole('the days ahead to show care reviews', 0, 90),
    birthdayNoticeDays: whole('the days ahead to show birthdays', 0, 365),
    visitOverdueWeeks: whole('the weeks without a visit before one is overdue', 1, 26),
    feedbackVisitMonths: whole('the months matched before the feedback visit', 1, 36),
    reviewUpdateDaysBefore: whole('the days before a review that its update is due', 0, 60),
    supervisionWeeks: whole('the weeks between supervisions', 2, 26),
    supervisionNoticeDays: whole('the days ahead to show supervisions', 0, 60),
    proposalIntroductionWeeks: whole('the weeks from a proposal to its introduction', 1, 26),
    bankHolidayNation: z.enum(BANK_HOLIDAY_NATIONS, { error: 'Choose England and Wales, Scotland or Northern Ireland' }),
  })
  .strict();
