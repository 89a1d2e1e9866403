/** Supervisions on Today: due within the notice setting, or overdue. */
import { formatUkDate } from '../dates';
import { recordItem, type TodayItem } from '../today';
import type { SupervisionDue } from '../contract/supervisions';

export function supervisionReminders(due: SupervisionDue[]): TodayItem[] {
  return due
    .filter((d) => d.urgency && d.dueDate)
    .map((d) =>
      recordItem(
        {
          kind: 'supervision',
          urgency: d.urgency!,
          dueDate: d.dueDate!,
          subject: d.volunteerName,
          message: `Supervision ${d.urgency === 'overdue' ? 'overdue since' : 'due on'} ${formatUkDate(d.dueDate)}${d.lastDate ? ` (last on ${formatUkDate(d.lastDate)})` : ' (none yet since their first match)'}`,
          link: `/supervisions/new/${d.volunteerId}`,
        },
        { kind: 'volunteer', id: d.volunteerId },
      ),
    );
}
