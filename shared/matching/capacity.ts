/**
 * A volunteer's room for matches: what they hold on a day, and since when they have had
 * room for another. At capacity they have no room, however long ago they were approved.
 */
import { addDays } from '../dates';

export interface HeldMatch {
  proposedDate: string;
  endDate: string | null;
}

/** How many matches were proposed by the date and not ended by it: what counts against a volunteer's capacity that day. */
export const heldCount = (matches: HeldMatch[], date: string): number => matches.filter((m) => m.proposedDate <= date && (!m.endDate || m.endDate > date)).length;

/**
 * The day the volunteer last had room for another match after being full (or their
 * approval, if they have never been full since), or null when they are full on the date.
 */
export function freeSince(approvedDate: string, matches: HeldMatch[], capacity: number, date: string): string | null {
  if (heldCount(matches, date) >= capacity) return null;
  const ends = matches.map((m) => m.endDate).filter((d): d is string => !!d && d > approvedDate && d <= date);
  const regained = [...new Set(ends)].sort().reverse().find((end) => heldCount(matches, addDays(end, -1)) >= capacity);
  return regained ?? approvedDate;
}
