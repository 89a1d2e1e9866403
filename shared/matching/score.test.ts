import { describe, expect, it } from 'vitest';
import { scoreMatch, type MatchCandidate, type MatchSeeker } from './score';

const TODAY = '2026-11-23';
const seeker: MatchSeeker = { area: 'Consett', postcode: 'DH8 5AA', interests: [], languages: [], preferences: null };
const candidate = (over: Partial<MatchCandidate> = {}): MatchCandidate => ({ area: null, postcode: null, maxTravelMiles: null, interests: [], languages: [], gender: null, availableSince: null, ...over });
const reasons = (c: MatchCandidate) => scoreMatch(seeker, c, TODAY).parts.map((p) => `${p.points} ${p.reason}`);

describe('scoreMatch and travel', () => {
  it('respects the travel limit between postcode areas', () => {
    expect(reasons(candidate({ postcode: 'NE46 1AA', maxTravelMiles: 15 }))).toEqual(['10 About 13 miles away (DH8 and NE46), within their 15-mile travel limit']);
    expect(reasons(candidate({ postcode: 'NE46 1AA', maxTravelMiles: 5 }))).toEqual(['-20 About 13 miles away (DH8 and NE46), beyond their 5-mile travel limit']);
    expect(reasons(candidate({ postcode: 'NE46 1AA' }))).toEqual(['-20 Different postcode areas (DH8 and NE46), about 13 miles apart: likely too far']);
  });
  it('within one postcode area, a limit under 10 miles may be too short', () => {
    expect(reasons(candidate({ postcode: 'DH1 3LE', maxTravelMiles: 12 }))).toEqual(['20 Same postcode area (DH), within their 12-mile travel limit']);
    expect(reasons(candidate({ postcode: 'DH1 3LE', maxTravelMiles: 5 }))).toEqual(['5 Same postcode area (DH), but their travel limit (5 miles) may be too short']);
  });
  it('the same area or district scores highest', () => {
    expect(reasons(candidate({ area: 'Consett' }))).toEqual(['30 Lives in the same area (Consett)']);
    expect(reasons(candidate({ postcode: 'DH8 9ZZ', maxTravelMiles: 1 }))).toEqual(['30 Same postcode district (DH8)']);
  });
});

describe('scoreMatch and the wait', () => {
  it('counts the weeks free for a match, and nothing for a volunteer with no room', () => {
    expect(reasons(candidate({ availableSince: '2026-05-04' }))).toEqual(['13 Free for a match for 29 weeks']);
    expect(reasons(candidate({ availableSince: null }))).toEqual([]);
  });
});
