/**
 * Reopening a match that was ended by mistake: the ending is cleared and the match runs
 * on as if it had never ended. That is refused when the young person has left the scheme
 * (their referral closed), when the volunteer has left, or when either has since taken
 * part in another match that the reopened one would overlap (for the volunteer: beyond
 * the matches they have room for).
 */
import type { MatchRecord } from './record';
import { formatUkDate } from '../dates';

export interface ReopenContext {
  youngPersonName: string;
  volunteerName: string;
  referralClosedDate: string | null;
  /** The day the volunteer left, withdrew or was turned down, if they did. */
  volunteerClosedDate: string | null;
  volunteerCapacity: number;
  /** The young person's other matches, on any of their referrals. */
  youngPersonOthers: MatchRecord[];
  /** The volunteer's other matches. */
  volunteerOthers: MatchRecord[];
}

/** The ending cleared: what a reopened match stores. */
export const NOT_ENDED = { endDate: null, endReason: null, plannedEnding: null, positiveEndingHeld: null, rematchWanted: null } as const;

/** The other matches held on some day after `endDate`: those the reopened match would run alongside. */
function heldAfter(others: MatchRecord[], endDate: string): MatchRecord[] {
  return others.filter((m) => m.endDate === null || m.endDate > endDate).sort((a, b) => a.proposedDate.localeCompare(b.proposedDate));
}

/** Why the match cannot be reopened, in plain words, or null when it can. */
export function reopenProblem(match: MatchRecord, ctx: ReopenContext): string | null {
  if (!match.endDate) return 'This match has not ended, so there is nothing to reopen.';
  if (ctx.referralClosedDate) {
    return `${ctx.youngPersonName}’s referral was closed on ${formatUkDate(ctx.referralClosedDate)}, so the match cannot be reopened. If ${ctx.youngPersonName} is back with the scheme, reopen the referral first.`;
  }
  if (ctx.volunteerClosedDate) {
    return `${ctx.volunteerName} left the scheme on ${formatUkDate(ctx.volunteerClosedDate)}, so the match cannot be reopened.`;
  }
  const youngPersonClash = heldAfter(ctx.youngPersonOthers, match.endDate)[0];
  if (youngPersonClash) {
    return `${ctx.youngPersonName} has had another match since this one ended (proposed on ${formatUkDate(youngPersonClash.proposedDate)}), so reopening this one would overlap it.`;
  }
  const volunteerHeld = heldAfter(ctx.volunteerOthers, match.endDate);
  if (volunteerHeld.length >= ctx.volunteerCapacity) {
    const count = `${volunteerHeld.length} other match${volunteerHeld.length === 1 ? '' : 'es'}`;
    return `${ctx.volunteerName} has had ${count} since this one ended (the first proposed on ${formatUkDate(volunteerHeld[0].proposedDate)}) and has room for ${ctx.volunteerCapacity}, so reopening this one would go beyond it.`;
  }
  return null;
}
