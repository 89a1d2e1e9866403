import { describe, expect, it } from 'vitest';
import { careReviewReminders } from './reminders';
import type { CalendarEntry } from '../contract/careReviews';
import { addDays } from '../dates';

const TODAY = '2026-11-23';
const entry = (reviewDate: string, over: Partial<CalendarEntry> = {}): CalendarEntry => ({
  youngPersonId: 1,
  youngPersonName: 'Kay Marsh',
  reviewDate,
  basis: 'recorded',
  updateDue: addDays(reviewDate, -7),
  volunteerName: 'Ann Lee',
  update: null,
  ...over,
});
const kinds = (e: CalendarEntry) => careReviewReminders([e], 14, TODAY).map((i) => `${i.kind}:${i.urgency}:${i.dueDate}`);

describe('careReviewReminders', () => {
  it('the update is due a week before the review, shown within the reminder window', () => {
    expect(kinds(entry('2026-12-03'))).toEqual(['care_review:due_soon:2026-11-26']);
    expect(kinds(entry('2026-11-28'))).toEqual(['care_review:overdue:2026-11-21']);
    expect(kinds(entry('2027-01-20'))).toEqual([]);
  });

  it('follows the days-before setting through the entry', () => {
    expect(kinds(entry('2026-12-10', { updateDue: '2026-11-30' }))).toEqual(['care_review:due_soon:2026-11-30']);
  });

  it('leaves Today once the update is prepared, and once the review has passed', () => {
    expect(kinds(entry('2026-11-28', { update: { preparedDate: '2026-11-20', sentDate: null } }))).toEqual([]);
    expect(kinds(entry('2026-11-22'))).toEqual([]);
  });

  it('says when the date is only expected under reg 33', () => {
    expect(careReviewReminders([entry('2026-11-28', { basis: 'reg33' })], 14, TODAY)[0].message).toContain('expected under reg 33');
  });
});
