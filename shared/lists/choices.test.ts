import { describe, expect, it } from 'vitest';
import { matchShown, shownByClosing, volunteerShown, youngPersonShown } from './choices';

describe('list filters', () => {
  it('shows current volunteers by default: not those who left, withdrew or were not accepted', () => {
    expect((['enquiry', 'training', 'active', 'inactive', 'left', 'withdrawn', 'rejected'] as const).filter((s) => volunteerShown(s, 'current'))).toEqual(['enquiry', 'training', 'active', 'inactive']);
    expect(volunteerShown('left', 'all')).toBe(true);
    expect(volunteerShown('left', 'left')).toBe(true);
    expect(volunteerShown('active', 'inactive')).toBe(false);
  });

  it('settles a volunteer filter from their closing alone where it can, and says when the full status is needed', () => {
    expect([null, 'left', 'withdrawn'].map((c) => shownByClosing(c as 'left' | null, 'current'))).toEqual([true, false, false]);
    expect([null, 'left', 'withdrawn'].map((c) => shownByClosing(c as 'left' | null, 'left'))).toEqual([false, true, false]);
    expect([null, 'left'].map((c) => shownByClosing(c as 'left' | null, 'all'))).toEqual([true, true]);
    expect([null, 'left'].map((c) => shownByClosing(c as 'left' | null, 'active'))).toEqual([null, false]);
  });

  it('shows young people still in the service by default; waiting takes both kinds', () => {
    const all = ['no_referral', 'being_matched', 'awaiting_iv', 'matched', 'closed'] as const;
    expect(all.filter((s) => youngPersonShown(s, 'current'))).toEqual(['no_referral', 'being_matched', 'awaiting_iv', 'matched']);
    expect(all.filter((s) => youngPersonShown(s, 'waiting'))).toEqual(['being_matched', 'awaiting_iv']);
    expect(all.filter((s) => youngPersonShown(s, 'closed'))).toEqual(['closed']);
    expect(all.filter((s) => youngPersonShown(s, 'all'))).toEqual(all);
  });

  it('shows live matches by default, ended ones when asked for', () => {
    const all = ['proposed', 'introduced', 'active', 'ended'] as const;
    expect(all.filter((s) => matchShown(s, 'live'))).toEqual(['proposed', 'introduced', 'active']);
    expect(all.filter((s) => matchShown(s, 'ended'))).toEqual(['ended']);
    expect(all.filter((s) => matchShown(s, 'all'))).toEqual(all);
  });
});
