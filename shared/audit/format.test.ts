import { describe, expect, it } from 'vitest';
import { changedFields, formatTimestamp, formatValue, recordName, restoreNote, ukDayStart } from './format';
import { fieldLabel } from './labels';

const BOOLEANS = new Set(['dbs_update_service', 'satisfactory']);

describe('fieldLabel', () => {
  it('reads a column as words, with acronyms in capitals and awkward ones named', () => {
    expect(fieldLabel('first_name')).toBe('First name');
    expect(fieldLabel('dbs_issue_date')).toBe('DBS issue date');
    expect(fieldLabel('iv_attended')).toBe('IV attended');
    expect(fieldLabel('transport_cost_pence')).toBe('Transport cost');
    expect(fieldLabel('capacity')).toBe('Matches they can take');
  });
});

describe('formatValue', () => {
  it('shows dates dd/mm/yyyy, pence as pounds, yes/no columns, lists and codes in words', () => {
    expect(formatValue('volunteers', 'enquiry_date', '2026-03-27', BOOLEANS)).toBe('27/03/2026');
    expect(formatValue('visits', 'activity_cost_pence', 1250, BOOLEANS)).toBe('£12.50');
    expect(formatValue('visits', 'duration_minutes', 90, BOOLEANS)).toBe('90 minutes');
    expect(formatValue('volunteers', 'dbs_update_service', 1, BOOLEANS)).toBe('Yes');
    expect(formatValue('volunteer_references', 'satisfactory', 0, BOOLEANS)).toBe('No');
    expect(formatValue('volunteers', 'interests', '["Football","Art"]', BOOLEANS)).toBe('Football; Art');
    expect(formatValue('supervisions', 'action_items', JSON.stringify([{ action: 'Call Jo', who: 'Ann', byWhen: '2026-12-01', status: 'open' }]), BOOLEANS)).toBe('Call Jo, Ann, 01/12/2026, open');
    expect(formatValue('safeguarding_concerns', 'referred_to', 'police', BOOLEANS)).toBe('Police');
    expect(formatValue('volunteers', 'capacity', 2, BOOLEANS)).toBe('2');
    expect(formatValue('volunteers', 'notes', '[not json', BOOLEANS)).toBe('[not json');
  });

  it('is empty for nothing', () => {
    for (const nothing of [null, undefined, '']) expect(formatValue('volunteers', 'phone', nothing, BOOLEANS)).toBe('');
  });

  it('keeps a value that only looks like a code when the column holds no codes', () => {
    expect(formatValue('volunteers', 'area', 'police', BOOLEANS)).toBe('police');
  });
});

describe('changedFields', () => {
  const before = { id: 3, external_ref: 'v-1', first_name: 'Ada', last_name: 'Lee', phone: null, enquiry_date: '2026-01-15', volunteer_id: 9 };

  it('lists only the fields that changed, in column order, leaving out ids and references', () => {
    const after = { ...before, first_name: 'Augusta', phone: '01234 567890', volunteer_id: 10 };
    expect(changedFields('volunteers', before, after, BOOLEANS)).toEqual([
      { field: 'first_name', label: 'First name', before: 'Ada', after: 'Augusta' },
      { field: 'phone', label: 'Phone', before: '', after: '01234 567890' },
    ]);
  });

  it('a new record lists what it was given; a deleted one what it held', () => {
    expect(changedFields('volunteers', null, before, BOOLEANS).map((c) => [c.label, c.before, c.after])).toEqual([
      ['First name', '', 'Ada'],
      ['Last name', '', 'Lee'],
      ['Enquiry date', '', '15/01/2026'],
    ]);
    expect(changedFields('volunteers', before, null, BOOLEANS).map((c) => c.after)).toEqual(['', '', '']);
  });

  it('is empty for an erased entry', () => {
    expect(changedFields('volunteers', null, null, BOOLEANS)).toEqual([]);
  });
});

describe('formatTimestamp', () => {
  it('shows UK time, summer and winter', () => {
    expect(formatTimestamp('2026-12-01T10:55:00.000Z')).toBe('01/12/2026 10:55');
    expect(formatTimestamp('2026-07-01T23:30:00.000Z')).toBe('02/07/2026 00:30');
  });

  it('leaves anything unreadable as it is', () => {
    expect(formatTimestamp('not a time')).toBe('not a time');
  });
});

describe('recordName', () => {
  it('names a person, training module, dated record or review', () => {
    expect(recordName('volunteers', { first_name: 'Ada', last_name: 'Lee' })).toBe('Ada Lee');
    expect(recordName('volunteer_training', { module: 'Safeguarding', completed_date: null })).toBe('Safeguarding');
    expect(recordName('visits', { date: '2026-11-02' })).toBe('02/11/2026');
    expect(recordName('care_review_updates', { review_date: '2026-12-09' })).toBe('review on 09/12/2026');
    expect(recordName('volunteer_inactive_periods', { from_date: '2026-05-01' })).toBe('from 01/05/2026');
    expect(recordName('volunteer_references', { name: 'Charles Babbage', requested_date: null })).toBe('Charles Babbage');
    expect(recordName('matches', { proposed_date: '2026-01-01' })).toBeNull();
    expect(recordName('volunteers', null)).toBeNull();
  });
});

describe('restoreNote', () => {
  it('says which backup, where, and where the data before went', () => {
    expect(restoreNote({ backup: 'b.db', folder: '/x/Backups', safetyCopy: 'before.db' })).toBe('Restored from the backup b.db in /x/Backups. The data as it was before was kept as before.db.');
    expect(restoreNote({ backup: 'b.db', folder: '/x', safetyCopy: null })).toBe('Restored from the backup b.db in /x.');
    expect(restoreNote(null)).toBeNull();
  });
});

describe('ukDayStart', () => {
  // Winter, summer, and the days around the clock changes (the last Sundays of March and
  // October, at 01:00 UTC, after that day's midnight).
  it.each([
    ['2026-12-01', '2026-12-01T00:00:00.000Z'],
    ['2026-07-01', '2026-06-30T23:00:00.000Z'],
    ['2026-03-29', '2026-03-29T00:00:00.000Z'],
    ['2026-03-30', '2026-03-29T23:00:00.000Z'],
    ['2026-10-25', '2026-10-24T23:00:00.000Z'],
    ['2026-10-26', '2026-10-26T00:00:00.000Z'],
  ])('the UK day %s begins at %s', (day, start) => {
    expect(ukDayStart(day)).toBe(start);
  });
});
