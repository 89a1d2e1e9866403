/** Wording shared by the Supervisions screen and the volunteer's Supervision section. */
import { dateText } from '../../form';
import { SUPERVISION_KIND_LABELS } from '../../../../shared/supervision/record';
import type { SupervisionDue, SupervisionSummary } from '../../../../shared/contract';

/** When the next supervision is due, in words: a date, paused, or not covered by the schedule. */
export function dueText(d: SupervisionDue | undefined): string {
  if (!d) return 'Not due: no current match';
  if (!d.dueDate) return 'Paused while inactive';
  return `${d.urgency === 'overdue' ? 'Overdue since' : 'Due'} ${dateText(d.dueDate)}`;
}

export const kindText = (s: SupervisionSummary) => (s.kind ? SUPERVISION_KIND_LABELS[s.kind] : 'Not recorded');

export const newSupervisionHref = (volunteerId: number) => `#/supervisions/new/${volunteerId}`;
