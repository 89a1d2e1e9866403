/** Young people's reminders on Today: birthdays that change the service, reviews, long waits, retention. */
import { addDays, addYears, formatUkDate } from '../dates';
import { recordItem, urgencyOf, type TodayItem } from '../today';
import { CARE_LEAVER_AGE, UPPER_AGE, RETENTION_AGE } from './rules';
import type { CaseSettings } from './settings';

export interface ReminderYoungPerson {
  id: number;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  /** Has a referral that is still open (not closed, not declined, withdrawn or ineligible). */
  inService: boolean;
  /** Waiting since this date, when on the waiting list today. */
  waitingSince: string | null;
}

export function youngPersonReminders(people: ReminderYoungPerson[], settings: CaseSettings, today: string): TodayItem[] {
  const items: TodayItem[] = [];
  const push = (p: ReminderYoungPerson, kind: string, dueDate: string, message: string, horizon: string) => {
    const urgency = urgencyOf(dueDate, today, horizon);
    if (urgency) items.push(recordItem({ kind, urgency, dueDate, subject: `${p.firstName} ${p.lastName}`, message, link: `/young-people/${p.id}` }, { kind: 'young_person', id: p.id }));
  };
  const birthdays = addDays(today, settings.birthdayNoticeDays);
  // A birthday stays on the list only until it has passed by the notice window.
  const birthdaysFrom = addDays(today, -settings.birthdayNoticeDays);
  for (const p of people) {
    const retention = addYears(p.dateOfBirth, RETENTION_AGE);
    if (retention <= today) push(p, 'retention_review', retention, `Records reached their retention date (75th birthday, ${formatUkDate(retention)}): review them for deletion`, today);
    if (!p.inService) continue;
    const eighteen = addYears(p.dateOfBirth, CARE_LEAVER_AGE);
    if (eighteen > birthdaysFrom) {
      push(p, 'turning_18', eighteen, `Turns 18 on ${formatUkDate(eighteen)}: decide about support as a care leaver`, birthdays);
    }
    const twentyFive = addYears(p.dateOfBirth, UPPER_AGE);
    if (twentyFive > birthdaysFrom) {
      push(p, 'turning_25', twentyFive, `Turns 25 on ${formatUkDate(twentyFive)}: the service ends`, birthdays);
    }
    if (p.waitingSince) {
      const longFrom = addDays(p.waitingSince, settings.longWaitWeeks * 7);
      push(p, 'long_wait', longFrom, `Waiting since ${formatUkDate(p.waitingSince)}: longer than ${settings.longWaitWeeks} weeks`, today);
    }
  }
  return items;
}

/** Open safeguarding concerns, shown without names: the log itself is opened deliberately. */
export function safeguardingReminders(concerns: { id: number; date: string; closedDate: string | null }[], today: string): TodayItem[] {
  return concerns
    .filter((c) => !c.closedDate || c.closedDate > today)
    .map((c) => ({
      key: `safeguarding_open:safeguarding_concerns:${c.id}`,
      record: null,
      kind: 'safeguarding_open',
      urgency: 'overdue' as const,
      dueDate: c.date,
      subject: 'Safeguarding log',
      message: `Open concern recorded on ${formatUkDate(c.date)}: follow it up and record the outcome`,
      link: '/safeguarding',
    }));
}
