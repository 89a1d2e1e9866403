import { describe, expect, it } from 'vitest';
import { applyDecisions, canDismiss, canSnooze, decisionWords, snoozeDateProblem } from './decisions';
import { itemKey, type TodayItem } from '../today';
import { keyDetail, PUT_OFF_KINDS } from './putOffKinds';

const item = (kind: string, id = 1): TodayItem => ({
  key: itemKey(kind, { kind: 'match', id }),
  kind,
  urgency: 'overdue',
  dueDate: '2026-11-01',
  subject: 'Ann and Bea',
  message: kind,
  link: `/matches/${id}`,
  record: { kind: 'match', id },
});

describe('what may be put off', () => {
  it('never a safeguarding concern, an overdue visit or a missing consent', () => {
    for (const kind of ['safeguarding_open', 'visit_overdue', 'consent_missing']) {
      expect(canSnooze(item(kind))).toBe(false);
      expect(canDismiss(item(kind))).toBe(false);
    }
  });

  it('anything else about a record may be snoozed; only what can be "not needed" may be dismissed', () => {
    expect(canSnooze(item('supervision'))).toBe(true);
    expect(canSnooze(item('dbs_recheck'))).toBe(true);
    expect(canDismiss(item('dbs_recheck'))).toBe(false);
    expect(canDismiss(item('supervision'))).toBe(false);
    for (const kind of ['enquiry_unanswered', 'reference_outstanding', 'approval_overdue', 'feedback_visit']) expect(canDismiss(item(kind))).toBe(true);
  });

  it('nothing without a record (the backups item)', () => {
    expect(canSnooze({ kind: 'backup_second_place', record: null })).toBe(false);
  });
});

describe('snoozeDateProblem, today being 01/12/2026', () => {
  const today = '2026-12-01';
  it('accepts a date after today, up to a year ahead', () => {
    expect(snoozeDateProblem('2026-12-02', today)).toBeNull();
    expect(snoozeDateProblem('2027-12-02', today)).toBeNull();
  });
  it('refuses today, the past, dates that cannot be true and dates more than a year ahead, in plain words', () => {
    expect(snoozeDateProblem('2026-12-01', today)).toBe('Enter a date after today to snooze until');
    expect(snoozeDateProblem('2026-11-30', today)).toBe('Enter a date after today to snooze until');
    expect(snoozeDateProblem('2026-02-30', today)).toBe('Enter a real date to snooze until, for example 24/12/2026');
    expect(snoozeDateProblem('tomorrow', today)).toBe('Enter a real date to snooze until, for example 24/12/2026');
    expect(snoozeDateProblem('2027-12-03', today)).toBe('Enter a date within a year, by 02/12/2027');
  });
});

describe('applyDecisions', () => {
  const items = [item('supervision', 1), item('feedback_visit', 2), item('dbs_recheck', 3)];
  const decisions = [
    { itemKey: items[0].key, action: 'snoozed' as const, untilDate: '2026-12-24' },
    { itemKey: items[1].key, action: 'dismissed' as const, untilDate: null },
  ];

  it('hides snoozed and dismissed items and counts them', () => {
    expect(applyDecisions(items, decisions, '2026-12-01')).toEqual({ visible: [items[2]], snoozed: 1, dismissed: 1 });
  });

  it('a snoozed item comes back on its date', () => {
    expect(applyDecisions(items, decisions, '2026-12-23').visible).toEqual([items[2]]);
    expect(applyDecisions(items, decisions, '2026-12-24').visible).toEqual([items[0], items[2]]);
  });
});

describe('decisionWords', () => {
  it('says what was decided, with the date in dd/mm/yyyy', () => {
    expect(decisionWords({ action: 'snoozed', untilDate: '2026-12-24', reason: 'carer away' })).toBe('Snoozed on Today until 24/12/2026: carer away');
    expect(decisionWords({ action: 'dismissed', untilDate: null, reason: 'answered by phone' })).toBe('Dismissed from Today as not needed: answered by phone');
  });
});

describe('the kinds that can be put off, as files and documents name them', () => {
  it('are exactly those Today lets be snoozed, each about the record its items are on', () => {
    for (const [kind, { record }] of Object.entries(PUT_OFF_KINDS)) expect(canSnooze({ kind, record: { kind: record, id: 1 } }), kind).toBe(true);
    for (const kind of ['safeguarding_open', 'visit_overdue', 'consent_missing']) expect(kind in PUT_OFF_KINDS).toBe(false);
  });

  it('read the detail from an item key: a reference id or a review date', () => {
    expect(keyDetail('reference_outstanding:volunteers:4:31')).toBe('31');
    expect(keyDetail('care_review:young_people:2:2026-12-01')).toBe('2026-12-01');
    expect(keyDetail('dbs_recheck:volunteers:4')).toBeNull();
  });
});
