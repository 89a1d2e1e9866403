/** Care-review updates on Today: due a set number of days before the review, until prepared. */
import { addDays, formatUkDate } from '../dates';
import { recordItem, urgencyOf, type TodayItem } from '../today';
import type { CalendarEntry } from '../contract/careReviews';

export function careReviewReminders(entries: CalendarEntry[], noticeDays: number, today: string): TodayItem[] {
  const items: TodayItem[] = [];
  for (const e of entries) {
    if (e.update || e.reviewDate < today) continue;
    const urgency = urgencyOf(e.updateDue, today, addDays(today, noticeDays));
    if (!urgency) continue;
    items.push(
      recordItem(
        {
          kind: 'care_review',
          urgency,
          dueDate: e.updateDue,
          subject: e.youngPersonName,
          message: `Care review on ${formatUkDate(e.reviewDate)}${e.basis === 'reg33' ? ' (expected under reg 33)' : ''}: prepare the care-review update by ${formatUkDate(e.updateDue)}`,
          link: `/care-reviews/${e.youngPersonId}/${e.reviewDate}`,
        },
        { kind: 'young_person', id: e.youngPersonId },
        e.reviewDate,
      ),
    );
  }
  return items;
}
