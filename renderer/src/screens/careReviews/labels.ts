/** Words the care-review screens share. */
import { formatUkDate } from '../../../../shared/dates';
import type { CalendarEntry, NextReviewBasis } from '../../../../shared/contract';

export const BASIS_LABELS: Record<NextReviewBasis, string> = { recorded: 'Date recorded', reg33: 'Expected under reg 33' };

export function updateStateText(update: CalendarEntry['update']): string {
  if (!update) return 'Not started';
  return update.sentDate ? `Sent ${formatUkDate(update.sentDate)}` : `Ready (prepared ${formatUkDate(update.preparedDate)})`;
}

export const updatePath = (youngPersonId: number, reviewDate: string) => `#/care-reviews/${youngPersonId}/${reviewDate}`;
