import { describe, expect, it } from 'vitest';
import { proposalReminders } from './proposals';

const proposal = { id: 7, youngPersonName: 'Bea Cole', volunteerName: 'Ann Lee', proposedDate: '2026-11-01', startDate: null, endDate: null };

describe('proposalReminders: no introduction after the setting’s weeks', () => {
  it('is overdue from 4 weeks after the proposal, not before', () => {
    expect(proposalReminders([proposal], 4, '2026-11-28')).toEqual([]);
    expect(proposalReminders([proposal], 4, '2026-11-29')).toEqual([
      {
        key: 'proposal_no_introduction:matches:7',
        kind: 'proposal_no_introduction',
        urgency: 'overdue',
        dueDate: '2026-11-29',
        subject: 'Bea Cole and Ann Lee',
        message: 'Proposed on 01/11/2026 with no introduction after 4 weeks: arrange it, or end the proposal',
        link: '/matches/7',
        record: { kind: 'match', id: 7 },
      },
    ]);
  });

  it('nothing once introduced or ended', () => {
    expect(proposalReminders([{ ...proposal, startDate: '2026-11-20' }], 4, '2026-12-20')).toEqual([]);
    expect(proposalReminders([{ ...proposal, endDate: '2026-11-20' }], 4, '2026-12-20')).toEqual([]);
  });
});
