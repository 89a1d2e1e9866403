/**
 * The waiting list, exactly as domain.md defines it ("Waiting as at D"). Pure, so the
 * waiting list screen, Today and the council's figures all classify alike.
 */
export type ReferralOutcome = 'pending' | 'accepted' | 'declined_by_young_person' | 'not_eligible' | 'withdrawn';

export interface WaitingReferral {
  date: string;
  outcome: ReferralOutcome;
  outcomeDate: string | null;
  closedDate: string | null;
}

export interface WaitingMatch {
  proposedDate: string;
  startDate: string | null;
  endDate: string | null;
  rematchWanted: boolean | null;
}

export type WaitingKind = 'being_matched' | 'awaiting_iv';

export interface WaitingState {
  kind: WaitingKind;
  /** The referral date, or the end of the last match for a young person being rematched. */
  since: string;
}

/** Started by D and not ended by D. */
export function matchActiveOn(m: Pick<WaitingMatch, 'startDate' | 'endDate'>, date: string): boolean {
  return !!m.startDate && m.startDate <= date && (!m.endDate || m.endDate > date);
}

/** Whether the referral's outcome, as it stood on D, still allows waiting. */
function outcomeOpenOn(r: WaitingReferral, date: string): boolean {
  if (r.outcome === 'pending' || r.outcome === 'accepted') return true;
  // A refusal counts from its outcome date; before then the referral was still open.
  return (r.outcomeDate ?? r.date) > date;
}

/** Null when the referral is not on the waiting list as at the date. */
export function waitingState(referral: WaitingReferral, matches: WaitingMatch[], date: string): WaitingState | null {
  if (referral.date > date) return null;
  if (!outcomeOpenOn(referral, date)) return null;
  if (referral.closedDate && referral.closedDate <= date) return null;
  if (matches.some((m) => matchActiveOn(m, date))) return null;
  const started = matches.filter((m) => m.startDate && m.startDate <= date).sort((a, b) => a.startDate!.localeCompare(b.startDate!));
  const latest = started.at(-1);
  if (latest && !(latest.endDate && latest.endDate <= date && latest.rematchWanted)) return null;
  const since = latest?.endDate ?? referral.date;
  const proposed = matches.some((m) => m.proposedDate <= date && !(m.startDate && m.startDate <= date) && !(m.endDate && m.endDate <= date));
  return { kind: proposed ? 'being_matched' : 'awaiting_iv', since };
}
