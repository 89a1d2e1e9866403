import { describe, expect, it } from 'vitest';
import { matchReminders, type ReminderMatch } from './reminders';
import { DEFAULT_CASE_SETTINGS } from '../youngPeople/settings';

const TODAY = '2026-11-23';
const match = (over: Partial<ReminderMatch> = {}): ReminderMatch => ({
  id: 3,
  youngPersonName: 'Kay Marsh',
  volunteerName: 'Ann Lee',
  proposedDate: '2026-01-01',
  startDate: '2026-01-10',
  endDate: null,
  lastVisitDate: '2026-11-01',
  lastYoungPersonFeedback: null,
  consentInForce: true,
  ...over,
});
const kinds = (m: ReminderMatch) => matchReminders([m], DEFAULT_CASE_SETTINGS, 30, TODAY).map((i) => `${i.kind}:${i.urgency}:${i.dueDate}`);

describe('matchReminders', () => {
  it('a visit is overdue five weeks after the last one (or the introduction)', () => {
    expect(kinds(match({ lastVisitDate: '2026-10-19' }))).toEqual(['visit_overdue:overdue:2026-11-23']);
    expect(kinds(match({ lastVisitDate: '2026-10-20' }))).toEqual([]);
    expect(kinds(match({ startDate: '2026-10-01', lastVisitDate: null }))).toEqual(['visit_overdue:overdue:2026-11-05']);
  });

  it('the one-year feedback visit is coming up within the window, and done once feedback is recorded near it', () => {
    expect(kinds(match({ startDate: '2025-12-15' }))).toEqual(['feedback_visit:due_soon:2026-12-15']);
    expect(kinds(match({ startDate: '2025-12-15', lastYoungPersonFeedback: '2026-11-20' }))).toEqual([]);
    expect(kinds(match({ startDate: '2025-12-15', lastYoungPersonFeedback: '2026-03-01' }))).toEqual(['feedback_visit:due_soon:2026-12-15']);
  });

  it('an active match without consent in force is flagged from its start', () => {
    expect(kinds(match({ consentInForce: false }))).toEqual(['consent_missing:overdue:2026-01-10']);
  });

  it('proposed or ended matches have no reminders', () => {
    expect(kinds(match({ startDate: null, consentInForce: false, lastVisitDate: null }))).toEqual([]);
    expect(kinds(match({ endDate: '2026-11-01', consentInForce: false, lastVisitDate: '2026-01-20' }))).toEqual([]);
  });

  it('links to the match and names both people', () => {
    const [item] = matchReminders([match({ consentInForce: false })], DEFAULT_CASE_SETTINGS, 30, TODAY);
    expect(item).toMatchObject({ link: '/matches/3', subject: 'Kay Marsh and Ann Lee' });
  });
});
