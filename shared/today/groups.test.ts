import { describe, expect, it } from 'vitest';
import { groupOf, groupTodayItems, TODAY_GROUPS } from './groups';
import { itemKey, type TodayItem } from '../today';

const item = (kind: string, dueDate: string, subject = 'Ann Lee', id = 1): TodayItem => ({
  key: itemKey(kind, { kind: 'volunteer', id }),
  kind,
  urgency: dueDate <= '2026-12-01' ? 'overdue' : 'due_soon',
  dueDate,
  subject,
  message: kind,
  link: `/volunteers/${id}`,
  record: { kind: 'volunteer', id },
});

describe('groupTodayItems', () => {
  it('puts the groups in the order of urgency, leaving out empty ones', () => {
    const groups = groupTodayItems([
      item('enquiry_unanswered', '2026-11-01'),
      item('reference_outstanding', '2026-11-01'),
      item('proposal_no_introduction', '2026-11-01'),
      item('dbs_recheck', '2026-11-01'),
      item('care_review', '2026-11-01'),
      item('supervision', '2026-11-01'),
      item('consent_missing', '2026-11-01'),
      item('visit_overdue', '2026-11-01'),
      item('safeguarding_open', '2026-11-01'),
    ]);
    expect(groups.map((g) => g.id)).toEqual([...TODAY_GROUPS]);
    expect(groupTodayItems([item('dbs_status_check', '2026-11-01'), item('visit_overdue', '2026-11-01')]).map((g) => g.id)).toEqual(['visits', 'dbs']);
  });

  it('orders each group most overdue first, then by name', () => {
    const [visits] = groupTodayItems([item('visit_overdue', '2026-11-20', 'Cal', 3), item('visit_overdue', '2026-01-05', 'Bea', 2), item('visit_overdue', '2026-11-20', 'Abe', 1)]);
    expect(visits.items.map((i) => i.subject)).toEqual(['Bea', 'Abe', 'Cal']);
  });

  it('enquiries, birthdays, long waits, backups and anything new go in the last group', () => {
    for (const kind of ['enquiry_unanswered', 'approval_overdue', 'turning_18', 'long_wait', 'backup_second_place', 'feedback_visit', 'something_new']) expect(groupOf(kind)).toBe('other');
    expect(groupOf('dbs_status_check')).toBe('dbs');
  });
});
