import { describe, expect, it } from 'vitest';
import { supervisionSchedule, type ScheduleVolunteer } from './schedule';

const volunteer = (over: Partial<ScheduleVolunteer> = {}): ScheduleVolunteer => ({ approvedDate: '2026-01-05', leftDate: null, inactivePeriods: [], ...over });
const today = '2026-04-01';

describe('supervisionSchedule', () => {
  it('runs from the start of the first match before any supervision: 12 weeks is 84 days', () => {
    expect(supervisionSchedule(volunteer(), '2026-02-02', true, null, 12, today)).toEqual({ dueDate: '2026-04-27', basis: 'first_match' });
  });

  it('runs from the last supervision, a group session included', () => {
    expect(supervisionSchedule(volunteer(), '2026-02-02', true, { date: '2026-03-02', nextDueDate: null }, 12, today)).toEqual({ dueDate: '2026-05-25', basis: 'last_supervision' });
  });

  it('takes a recorded next due date as it is', () => {
    expect(supervisionSchedule(volunteer(), '2026-02-02', true, { date: '2026-03-02', nextDueDate: '2026-04-13' }, 12, today)).toEqual({ dueDate: '2026-04-13', basis: 'recorded_next_due' });
  });

  it('pauses for an inactive period: 14 days inactive put the date 14 days later', () => {
    const v = volunteer({ inactivePeriods: [{ from: '2026-03-10', to: '2026-03-24' }] });
    expect(supervisionSchedule(v, '2026-02-02', true, { date: '2026-03-02', nextDueDate: null }, 12, today)?.dueDate).toBe('2026-06-08');
  });

  it('counts a later inactive period that the pause brings inside the interval', () => {
    const v = volunteer({ inactivePeriods: [{ from: '2026-03-10', to: '2026-03-24' }, { from: '2026-05-30', to: '2026-06-06' }] });
    expect(supervisionSchedule(v, '2026-02-02', true, { date: '2026-03-02', nextDueDate: null }, 12, today)?.dueDate).toBe('2026-06-15');
  });

  it('ignores inactive periods before the last supervision', () => {
    const v = volunteer({ inactivePeriods: [{ from: '2026-02-10', to: '2026-02-20' }] });
    expect(supervisionSchedule(v, '2026-02-02', true, { date: '2026-03-02', nextDueDate: null }, 12, today)?.dueDate).toBe('2026-05-25');
  });

  it('has no due date while an inactive period with no end runs', () => {
    const v = volunteer({ inactivePeriods: [{ from: '2026-03-20', to: null }] });
    expect(supervisionSchedule(v, '2026-02-02', true, { date: '2026-03-02', nextDueDate: null }, 12, today)).toEqual({ dueDate: null, basis: 'last_supervision' });
  });

  it('covers only approved volunteers who have not left and have a match running', () => {
    expect(supervisionSchedule(volunteer({ leftDate: '2026-03-31' }), '2026-02-02', true, null, 12, today)).toBeNull();
    expect(supervisionSchedule(volunteer({ approvedDate: null }), '2026-02-02', true, null, 12, today)).toBeNull();
    expect(supervisionSchedule(volunteer(), '2026-02-02', false, null, 12, today)).toBeNull();
    expect(supervisionSchedule(volunteer(), null, false, null, 12, today)).toBeNull();
  });

  it('follows the setting: 6 weeks is 42 days', () => {
    expect(supervisionSchedule(volunteer(), '2026-02-02', true, null, 6, today)?.dueDate).toBe('2026-03-16');
  });
});
