/** Matches' reminders on Today: overdue visits, the one-year feedback visit, missing consent. */
import { addDays, addMonths, formatUkDate } from '../dates';
import { recordItem, urgencyOf, type TodayItem } from '../today';
import { matchActiveOn } from '../referrals/waiting';
import type { CaseSettings } from '../youngPeople/settings';

export interface ReminderMatch {
  id: number;
  youngPersonName: string;
  volunteerName: string;
  startDate: string | null;
  endDate: string | null;
  proposedDate: string;
  lastVisitDate: string | null;
  /** The latest feedback recorded from the young person, if any. */
  lastYoungPersonFeedback: string | null;
  consentInForce: boolean;
}

export function matchReminders(matches: ReminderMatch[], settings: CaseSettings, dueSoonDays: number, today: string): TodayItem[] {
  const items: TodayItem[] = [];
  const soon = addDays(today, dueSoonDays);
  for (const m of matches) {
    if (!m.startDate || !matchActiveOn(m, today)) continue;
    const subject = `${m.youngPersonName} and ${m.volunteerName}`;
    const link = `/matches/${m.id}`;
    const push = (kind: string, dueDate: string, message: string, horizon: string) => {
      const urgency = urgencyOf(dueDate, today, horizon);
      if (urgency) items.push(recordItem({ kind, urgency, dueDate, subject, message, link }, { kind: 'match', id: m.id }));
    };
    const last = m.lastVisitDate ?? m.startDate;
    push('visit_overdue', addDays(last, settings.visitOverdueWeeks * 7), `No visit since ${formatUkDate(last)}${m.lastVisitDate ? '' : ' (the introduction)'}`, today);
    const anniversary = addMonths(m.startDate, settings.feedbackVisitMonths);
    // Feedback given within a month before the anniversary counts as the feedback visit.
    if (!(m.lastYoungPersonFeedback && m.lastYoungPersonFeedback >= addMonths(anniversary, -1))) {
      push('feedback_visit', anniversary, `Matched since ${formatUkDate(m.startDate)}: arrange the ${settings.feedbackVisitMonths}-month feedback visit with the young person`, soon);
    }
    if (!m.consentInForce) push('consent_missing', m.startDate, 'No signed confidentiality agreement in force for this match', today);
  }
  return items;
}
