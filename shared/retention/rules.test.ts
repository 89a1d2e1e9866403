import { describe, expect, it } from 'vitest';
import { anniversaryOf, isErasedVolunteer, retentionWhy, volunteerRetention, youngPersonRetention, DEFAULT_RETENTION_SETTINGS, type VolunteerEnding } from './rules';

const none: VolunteerEnding = { approvedDate: null, leftDate: null, withdrawnDate: null, rejectedDate: null };

describe('anniversaryOf', () => {
  it('is the same day of the month, whole years on', () => {
    expect(anniversaryOf('2000-06-15', 75)).toBe('2075-06-15');
  });
  it('takes a leap-day date to 1 March in a year that is not a leap year, and keeps 29 February in one that is', () => {
    expect(anniversaryOf('2000-02-29', 75)).toBe('2075-03-01');
    expect(anniversaryOf('2000-02-29', 76)).toBe('2076-02-29');
    expect(anniversaryOf('2020-02-29', 1)).toBe('2021-03-01');
  });
});

describe('youngPersonRetention', () => {
  it('is due on the 75th birthday, not the day before', () => {
    expect(youngPersonRetention('1950-05-10', '2025-05-09')).toBeNull();
    expect(youngPersonRetention('1950-05-10', '2025-05-10')).toEqual({ reason: 'young_person_aged_75', from: '1950-05-10', dueFrom: '2025-05-10' });
  });
  it('someone born on 29 February turns 75 on 1 March when the year is not a leap year', () => {
    expect(youngPersonRetention('1952-02-29', '2027-02-28')).toBeNull();
    expect(youngPersonRetention('1952-02-29', '2027-03-01')?.dueFrom).toBe('2027-03-01');
  });
  it('someone born on 28 February turns 75 on 28 February, even in a leap year', () => {
    expect(youngPersonRetention('1949-02-28', '2024-02-27')).toBeNull();
    expect(youngPersonRetention('1949-02-28', '2024-02-28')?.dueFrom).toBe('2024-02-28');
  });
});

describe('volunteerRetention', () => {
  const settings = DEFAULT_RETENTION_SETTINGS;
  it('keeps a volunteer who has not closed, approved or not', () => {
    expect(volunteerRetention(none, settings, '2099-01-01')).toBeNull();
    expect(volunteerRetention({ ...none, approvedDate: '2010-01-01' }, settings, '2099-01-01')).toBeNull();
  });
  it('a volunteer who left is due six years after, by default, and not a day before', () => {
    const left = { ...none, approvedDate: '2015-01-01', leftDate: '2019-03-31' };
    expect(volunteerRetention(left, settings, '2025-03-30')).toBeNull();
    expect(volunteerRetention(left, settings, '2025-03-31')).toEqual({ reason: 'volunteer_left', from: '2019-03-31', dueFrom: '2025-03-31' });
  });
  it('an approved volunteer who withdrew counts as having left, on the longer period', () => {
    const withdrew = { ...none, approvedDate: '2015-01-01', withdrawnDate: '2019-03-31' };
    expect(volunteerRetention(withdrew, settings, '2020-04-01')).toBeNull();
    expect(volunteerRetention(withdrew, settings, '2025-03-31')?.reason).toBe('volunteer_left');
  });
  it('an applicant never approved is due a year after they withdrew or were turned down', () => {
    expect(volunteerRetention({ ...none, withdrawnDate: '2024-06-01' }, settings, '2025-05-31')).toBeNull();
    expect(volunteerRetention({ ...none, withdrawnDate: '2024-06-01' }, settings, '2025-06-01')).toEqual({ reason: 'applicant_withdrew', from: '2024-06-01', dueFrom: '2025-06-01' });
    expect(volunteerRetention({ ...none, rejectedDate: '2024-02-29' }, settings, '2025-02-28')).toBeNull();
    expect(volunteerRetention({ ...none, rejectedDate: '2024-02-29' }, settings, '2025-03-01')?.reason).toBe('applicant_turned_down');
  });
  it('follows the settings', () => {
    const custom = { volunteerYearsAfterLeaving: 3, applicantYearsAfterClosing: 2 };
    expect(volunteerRetention({ ...none, approvedDate: '2015-01-01', leftDate: '2020-01-01' }, custom, '2023-01-01')?.dueFrom).toBe('2023-01-01');
    expect(volunteerRetention({ ...none, withdrawnDate: '2020-01-01' }, custom, '2021-06-01')).toBeNull();
    expect(volunteerRetention({ ...none, withdrawnDate: '2020-01-01' }, custom, '2022-01-01')?.dueFrom).toBe('2022-01-01');
  });
});

describe('retentionWhy', () => {
  it('says why in plain words, with the period from the settings', () => {
    const settings = { volunteerYearsAfterLeaving: 6, applicantYearsAfterClosing: 1 };
    expect(retentionWhy({ reason: 'young_person_aged_75', from: '1950-05-10', dueFrom: '2025-05-10' }, settings)).toBe('Turned 75 on 10/05/2025: a young person’s records are kept until their 75th birthday');
    expect(retentionWhy({ reason: 'volunteer_left', from: '2019-03-31', dueFrom: '2025-03-31' }, settings)).toBe('Left on 31/03/2019: records are kept 6 years after leaving');
    expect(retentionWhy({ reason: 'applicant_withdrew', from: '2024-06-01', dueFrom: '2025-06-01' }, settings)).toBe('Withdrew on 01/06/2024, never approved: records are kept 1 year');
    expect(retentionWhy({ reason: 'applicant_turned_down', from: '2024-06-01', dueFrom: '2026-06-01' }, { ...settings, applicantYearsAfterClosing: 2 })).toBe('Turned down on 01/06/2024, never approved: records are kept 2 years');
  });
});

describe('isErasedVolunteer', () => {
  it('knows the erased name, and no other', () => {
    expect(isErasedVolunteer({ firstName: 'Erased', lastName: 'volunteer' })).toBe(true);
    expect(isErasedVolunteer({ firstName: 'Erased', lastName: 'Volunteer' })).toBe(false);
    expect(isErasedVolunteer({ firstName: 'Ann', lastName: 'volunteer' })).toBe(false);
  });
});
