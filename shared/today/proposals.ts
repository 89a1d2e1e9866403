/** Proposed matches that have waited too long for their introduction. */
import { addDays, formatUkDate } from '../dates';
import { recordItem, type TodayItem } from '../today';

export interface WaitingProposal {
  id: number;
  youngPersonName: string;
  volunteerName: string;
  proposedDate: string;
  startDate: string | null;
  endDate: string | null;
}

/** Overdue once the setting's weeks have passed since the proposal with no introduction and no ending. */
export function proposalReminders(proposals: WaitingProposal[], weeks: number, today: string): TodayItem[] {
  return proposals.flatMap((p) => {
    const due = addDays(p.proposedDate, weeks * 7);
    if (p.startDate || p.endDate || due > today) return [];
    return [
      recordItem(
        {
          kind: 'proposal_no_introduction',
          urgency: 'overdue' as const,
          dueDate: due,
          subject: `${p.youngPersonName} and ${p.volunteerName}`,
          message: `Proposed on ${formatUkDate(p.proposedDate)} with no introduction after ${weeks} weeks: arrange it, or end the proposal`,
          link: `/matches/${p.id}`,
        },
        { kind: 'match', id: p.id },
      ),
    ];
  });
}
