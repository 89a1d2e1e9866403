/**
 * Snoozing and dismissing Today's items. A snooze hides an item until a date; a
 * dismissal hides it for good, only for kinds where "not needed" can be true. Some
 * things can never be put off from here: an open safeguarding concern, a visit overdue
 * on a live match, a match without consent.
 */
import { addDays, daysBetween, formatUkDate, isIsoDate } from '../dates';
import type { DecisionRecordKind, TodayItem } from '../today';

export type DecisionAction = 'snoozed' | 'dismissed';

export interface TodayDecision {
  id: number;
  itemKey: string;
  recordKind: DecisionRecordKind;
  recordId: number;
  action: DecisionAction;
  untilDate: string | null;
  reason: string;
  decidedAt: string;
}

/** Never snoozed or dismissed: they stay on Today until the record itself is put right. */
const NEVER_PUT_OFF = new Set(['safeguarding_open', 'visit_overdue', 'consent_missing']);

/** "Not needed" can be true of these: an enquiry answered elsewhere, a reference no longer wanted, an approval not going ahead, a feedback visit the young person declined. */
const DISMISSIBLE = new Set(['enquiry_unanswered', 'reference_outstanding', 'approval_overdue', 'feedback_visit']);

export function canSnooze(item: Pick<TodayItem, 'kind' | 'record'>): boolean {
  return !!item.record && !NEVER_PUT_OFF.has(item.kind);
}

export function canDismiss(item: Pick<TodayItem, 'kind' | 'record'>): boolean {
  return !!item.record && DISMISSIBLE.has(item.kind);
}

/** The longest a snooze may run: a year keeps a forgotten snooze from hiding something for good. */
export const LONGEST_SNOOZE_DAYS = 366;

/** Why a snooze to this date cannot be stored, or null when it can. */
export function snoozeDateProblem(until: string, today: string): string | null {
  if (!isIsoDate(until)) return 'Enter a real date to snooze until, for example 24/12/2026';
  if (until <= today) return 'Enter a date after today to snooze until';
  if (daysBetween(today, until) > LONGEST_SNOOZE_DAYS) return `Enter a date within a year, by ${formatUkDate(addDays(today, LONGEST_SNOOZE_DAYS))}`;
  return null;
}

/** Whether a decision hides its item today: a dismissal always, a snooze until its date (it comes back on the day). */
export function decisionHides(decision: Pick<TodayDecision, 'action' | 'untilDate'>, today: string): boolean {
  return decision.action === 'dismissed' || (!!decision.untilDate && decision.untilDate > today);
}

/** The items still to show, and how many the decisions in force hide. */
export function applyDecisions(items: TodayItem[], decisions: Pick<TodayDecision, 'itemKey' | 'action' | 'untilDate'>[], today: string) {
  const hiding = new Map(decisions.filter((d) => decisionHides(d, today)).map((d) => [d.itemKey, d.action]));
  const visible = items.filter((i) => !hiding.has(i.key));
  const hidden = items.filter((i) => hiding.has(i.key));
  return { visible, snoozed: hidden.filter((i) => hiding.get(i.key) === 'snoozed').length, dismissed: hidden.filter((i) => hiding.get(i.key) === 'dismissed').length };
}

/** How a decision reads on the record it is about. */
export function decisionWords(decision: Pick<TodayDecision, 'action' | 'untilDate' | 'reason'>): string {
  return decision.action === 'snoozed' ? `Snoozed on Today until ${formatUkDate(decision.untilDate)}: ${decision.reason}` : `Dismissed from Today as not needed: ${decision.reason}`;
}
