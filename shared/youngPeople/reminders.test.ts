import { describe, expect, it } from 'vitest';
import { youngPersonReminders, safeguardingReminders, type ReminderYoungPerson } from './reminders';
import { DEFAULT_CASE_SETTINGS } from './settings';

const TODAY = '2026-11-23';
const person = (over: Partial<ReminderYoungPerson>): ReminderYoungPerson => ({
  id: 1,
  firstName: 'Kay',
  lastName: 'Marsh',
  dateOfBirth: '2012-01-01',
  inService: true,
  waitingSince: null,
  ...over,
});
const kinds = (p: ReminderYoungPerson, settings = DEFAULT_CASE_SETTINGS) => youngPersonReminders([p], settings, TODAY).map((i) => `${i.kind}:${i.urgency}:${i.dueDate}`);

describe('youngPersonReminders', () => {
  it('turning 18 within the notice window is coming up; on the day it is due', () => {
    expect(kinds(person({ dateOfBirth: '2009-01-15' }))).toEqual(['turning_18:due_soon:2027-01-15']);
    expect(kinds(person({ dateOfBirth: '2008-11-23' }))).toEqual(['turning_18:overdue:2026-11-23']);
    expect(kinds(person({ dateOfBirth: '2009-06-01' }))).toEqual([]);
  });

  it('turning 25 means the service ends', () => {
    expect(kinds(person({ dateOfBirth: '2002-02-01' }))).toEqual(['turning_25:due_soon:2027-02-01']);
  });

  it('nothing about birthdays for someone not in the service', () => {
    expect(kinds(person({ dateOfBirth: '2009-01-15', inService: false }))).toEqual([]);
  });

  it('a long wait shows once it passes the configured weeks', () => {
    expect(kinds(person({ waitingSince: '2026-10-12' }))).toEqual(['long_wait:overdue:2026-11-23']);
    expect(kinds(person({ waitingSince: '2026-10-13' }))).toEqual([]);
    expect(kinds(person({ waitingSince: '2026-10-13' }), { ...DEFAULT_CASE_SETTINGS, longWaitWeeks: 4 })).toEqual(['long_wait:overdue:2026-11-10']);
  });

  it('records past the 75th birthday are listed for review, in or out of the service', () => {
    expect(kinds(person({ dateOfBirth: '1950-06-01', inService: false }))).toEqual(['retention_review:overdue:2025-06-01']);
  });
});

describe('safeguardingReminders', () => {
  it('lists open concerns without names, linking to the log', () => {
    const items = safeguardingReminders([{ id: 1, date: '2026-11-01', closedDate: null }, { id: 2, date: '2026-10-01', closedDate: '2026-10-05' }], TODAY);
    expect(items).toEqual([expect.objectContaining({ kind: 'safeguarding_open', subject: 'Safeguarding log', link: '/safeguarding', dueDate: '2026-11-01' })]);
  });
});
