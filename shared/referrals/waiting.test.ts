import { describe, expect, it } from 'vitest';
import { waitingState, matchActiveOn, type WaitingReferral, type WaitingMatch } from './waiting';

const D = '2026-03-31';
const referral = (over: Partial<WaitingReferral> = {}): WaitingReferral => ({ date: '2026-01-10', outcome: 'accepted', outcomeDate: '2026-01-12', closedDate: null, ...over });
const match = (over: Partial<WaitingMatch> = {}): WaitingMatch => ({ proposedDate: '2026-02-01', startDate: null, endDate: null, rematchWanted: null, ...over });

describe('waitingState: who is waiting as at a date', () => {
  it('an accepted referral with no match awaits a suitable IV, since the referral date', () => {
    expect(waitingState(referral(), [], D)).toEqual({ kind: 'awaiting_iv', since: '2026-01-10' });
  });

  it('a pending referral waits too', () => {
    expect(waitingState(referral({ outcome: 'pending', outcomeDate: null }), [], D)?.kind).toBe('awaiting_iv');
  });

  it('a referral made after the date is not waiting yet; one made on the date is', () => {
    expect(waitingState(referral({ date: '2026-04-01' }), [], D)).toBeNull();
    expect(waitingState(referral({ date: D, outcome: 'pending', outcomeDate: null }), [], D)?.kind).toBe('awaiting_iv');
  });

  it('declined, not eligible and withdrawn count from their outcome date, not before', () => {
    for (const outcome of ['declined_by_young_person', 'not_eligible', 'withdrawn'] as const) {
      expect(waitingState(referral({ outcome, outcomeDate: D }), [], D)).toBeNull();
      expect(waitingState(referral({ outcome, outcomeDate: '2026-04-01' }), [], D)?.kind).toBe('awaiting_iv');
    }
  });

  it('a referral closed on or before the date is not waiting; closed after it still is', () => {
    expect(waitingState(referral({ closedDate: D }), [], D)).toBeNull();
    expect(waitingState(referral({ closedDate: '2026-04-01' }), [], D)?.kind).toBe('awaiting_iv');
  });

  it('a proposal not yet started means being matched', () => {
    expect(waitingState(referral(), [match()], D)).toEqual({ kind: 'being_matched', since: '2026-01-10' });
  });

  it('a proposal made after the date does not count yet', () => {
    expect(waitingState(referral(), [match({ proposedDate: '2026-04-01' })], D)?.kind).toBe('awaiting_iv');
  });

  it('a proposal not taken up (ended unstarted) goes back to awaiting a suitable IV', () => {
    expect(waitingState(referral(), [match({ endDate: '2026-03-01' })], D)?.kind).toBe('awaiting_iv');
  });

  it('a match that starts after the date still leaves them being matched on the date', () => {
    expect(waitingState(referral(), [match({ startDate: '2026-04-02' })], D)?.kind).toBe('being_matched');
  });

  it('an active match means not waiting, including one that started on the date', () => {
    expect(waitingState(referral(), [match({ startDate: D })], D)).toBeNull();
    expect(waitingState(referral(), [match({ startDate: '2026-02-10', endDate: '2026-04-01' })], D)).toBeNull();
  });

  it('a match that ended without a rematch wanted: not waiting', () => {
    expect(waitingState(referral(), [match({ startDate: '2026-02-10', endDate: '2026-03-20', rematchWanted: false })], D)).toBeNull();
  });

  it('a match that ended with a rematch wanted: waiting again since the ending, awaiting a new IV', () => {
    expect(waitingState(referral(), [match({ startDate: '2026-02-10', endDate: '2026-03-20', rematchWanted: true })], D)).toEqual({
      kind: 'awaiting_iv',
      since: '2026-03-20',
    });
  });

  it('a match ending on the date itself with a rematch wanted: waiting on that date', () => {
    expect(waitingState(referral(), [match({ startDate: '2026-02-10', endDate: D, rematchWanted: true })], D)?.kind).toBe('awaiting_iv');
  });

  it('after a rematch is proposed, being matched; once it starts, not waiting', () => {
    const first = match({ startDate: '2026-02-10', endDate: '2026-03-01', rematchWanted: true });
    const second = match({ proposedDate: '2026-03-15' });
    expect(waitingState(referral(), [first, second], D)?.kind).toBe('being_matched');
    expect(waitingState(referral(), [first, { ...second, startDate: '2026-03-25' }], D)).toBeNull();
  });

  it('only the latest started match decides: an earlier rematch-wanted ending does not override a later ending without one', () => {
    const first = match({ startDate: '2025-06-01', endDate: '2025-09-01', rematchWanted: true });
    const second = match({ proposedDate: '2025-09-10', startDate: '2025-10-01', endDate: '2026-02-01', rematchWanted: false });
    expect(waitingState(referral({ date: '2025-05-01' }), [first, second], D)).toBeNull();
  });

  it('matchActiveOn: started on or before, not ended on or before', () => {
    expect(matchActiveOn(match({ startDate: D }), D)).toBe(true);
    expect(matchActiveOn(match({ startDate: '2026-01-01', endDate: D }), D)).toBe(false);
    expect(matchActiveOn(match(), D)).toBe(false);
  });
});
