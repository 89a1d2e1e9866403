import { describe, expect, it } from 'vitest';
import { reopenProblem, type ReopenContext } from './reopen';
import type { MatchRecord } from './record';

const match = (over: Partial<MatchRecord> = {}): MatchRecord => ({ proposedDate: '2026-01-01', startDate: '2026-01-10', endDate: '2026-06-30', endReason: 'other', plannedEnding: false, positiveEndingHeld: false, rematchWanted: false, ...over });
const ctx = (over: Partial<ReopenContext> = {}): ReopenContext => ({
  youngPersonName: 'Kayden',
  volunteerName: 'Ann Lee',
  referralClosedDate: null,
  volunteerClosedDate: null,
  volunteerCapacity: 1,
  youngPersonOthers: [],
  volunteerOthers: [],
  ...over,
});

describe('reopenProblem', () => {
  it('allows an ended match with nothing since', () => {
    expect(reopenProblem(match(), ctx())).toBeNull();
  });
  it('allows it when the other matches ended on or before the day this one ended', () => {
    const earlier = match({ proposedDate: '2025-01-01', startDate: '2025-01-10', endDate: '2026-01-01' });
    const sameDay = match({ proposedDate: '2026-02-01', startDate: '2026-02-10', endDate: '2026-06-30' });
    expect(reopenProblem(match(), ctx({ youngPersonOthers: [earlier], volunteerOthers: [sameDay] }))).toBeNull();
  });
  it('refuses a match that has not ended', () => {
    expect(reopenProblem(match({ endDate: null, endReason: null }), ctx())).toBe('This match has not ended, so there is nothing to reopen.');
  });
  it('refuses when the young person has left: their referral is closed', () => {
    expect(reopenProblem(match(), ctx({ referralClosedDate: '2026-07-15' }))).toBe('Kayden’s referral was closed on 15/07/2026, so the match cannot be reopened. If Kayden is back with the scheme, reopen the referral first.');
  });
  it('refuses when the volunteer has left', () => {
    expect(reopenProblem(match(), ctx({ volunteerClosedDate: '2026-07-01' }))).toBe('Ann Lee left the scheme on 01/07/2026, so the match cannot be reopened.');
  });
  it('refuses when the young person has had another match since, even one that has ended too', () => {
    const open = match({ proposedDate: '2026-08-01', startDate: null, endDate: null, endReason: null });
    const endedLater = match({ proposedDate: '2026-07-01', startDate: '2026-07-05', endDate: '2026-08-31' });
    expect(reopenProblem(match(), ctx({ youngPersonOthers: [open, endedLater] }))).toBe('Kayden has had another match since this one ended (proposed on 01/07/2026), so reopening this one would overlap it.');
  });
  it('refuses when the volunteer has since taken on as many matches as they have room for, not before', () => {
    const other = match({ proposedDate: '2026-07-01', startDate: '2026-07-05', endDate: null, endReason: null });
    expect(reopenProblem(match(), ctx({ volunteerOthers: [other] }))).toBe('Ann Lee has had 1 other match since this one ended (the first proposed on 01/07/2026) and has room for 1, so reopening this one would go beyond it.');
    expect(reopenProblem(match(), ctx({ volunteerOthers: [other], volunteerCapacity: 2 }))).toBeNull();
  });
});
