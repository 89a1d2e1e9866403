/**
 * The matching assistant's score: transparent, each point explained. The coordinator
 * decides; the score only orders the suggestions.
 */
import { nearness } from './travel';
import { daysBetween } from '../dates';

export interface MatchCandidate {
  area: string | null;
  postcode: string | null;
  maxTravelMiles: number | null;
  interests: string[];
  languages: string[];
  gender: string | null;
  /** Since when they have had room for a match (shared/matching/capacity.ts), or null when they have none. */
  availableSince: string | null;
}

export interface MatchSeeker {
  area: string | null;
  postcode: string | null;
  interests: string[];
  languages: string[];
  /** Free text wishes about their IV, e.g. "a woman", "speaks Polish", "likes football". */
  preferences: string | null;
}

export interface ScorePart {
  points: number;
  reason: string;
}

export interface MatchScore {
  score: number;
  parts: ScorePart[];
}

const norm = (s: string) => s.trim().toLowerCase();
const shared = (a: string[], b: string[]) => {
  const other = new Set(b.map(norm));
  return [...new Set(a.map(norm))].filter((x) => other.has(x));
};

const WOMAN = /\b(woman|female|lady|she)\b/i;
const MAN = /\b(man|male|he|bloke)\b/i;

function genderWish(preferences: string | null): 'female' | 'male' | null {
  if (!preferences) return null;
  if (WOMAN.test(preferences) && !MAN.test(preferences)) return 'female';
  if (MAN.test(preferences) && !WOMAN.test(preferences)) return 'male';
  return null;
}

function genderOf(gender: string | null): 'female' | 'male' | null {
  if (!gender) return null;
  if (/^(f|female|woman)$/i.test(gender.trim())) return 'female';
  if (/^(m|male|man)$/i.test(gender.trim())) return 'male';
  return null;
}

function distance(seeker: MatchSeeker, v: MatchCandidate): ScorePart | null {
  const near = nearness(seeker, v);
  if (!near) return null;
  const limit = v.maxTravelMiles;
  if (near.kind === 'near') return { points: 30, reason: near.reason };
  if (near.kind === 'same_postcode_area') {
    if (limit !== null && limit >= near.miles) return { points: 20, reason: `Same postcode area (${near.area}), within their ${limit}-mile travel limit` };
    return { points: 5, reason: `Same postcode area (${near.area}), but their travel limit (${limit ?? 'not recorded'} miles) may be too short` };
  }
  if (near.miles !== null && limit !== null) {
    if (near.miles <= limit) return { points: 10, reason: `About ${near.miles} miles away (${near.districts}), within their ${limit}-mile travel limit` };
    return { points: -20, reason: `About ${near.miles} miles away (${near.districts}), beyond their ${limit}-mile travel limit` };
  }
  const about = near.miles !== null ? `, about ${near.miles} miles apart` : '';
  return { points: -20, reason: `Different postcode areas (${near.districts})${about}: likely too far` };
}

export function scoreMatch(seeker: MatchSeeker, v: MatchCandidate, today: string): MatchScore {
  const parts: ScorePart[] = [];
  const near = distance(seeker, v);
  if (near) parts.push(near);
  const interests = shared(seeker.interests, v.interests);
  if (interests.length) parts.push({ points: Math.min(interests.length, 3) * 10, reason: `Shared interests: ${interests.join(', ')}` });
  const languages = shared(seeker.languages, v.languages);
  if (languages.length) parts.push({ points: 15, reason: `Speaks ${languages.join(', ')}` });
  const wish = genderWish(seeker.preferences);
  const gender = genderOf(v.gender);
  if (wish && gender) {
    parts.push(wish === gender ? { points: 20, reason: `Matches the wish for a ${wish === 'female' ? 'woman' : 'man'}` } : { points: -30, reason: `The young person asked for a ${wish === 'female' ? 'woman' : 'man'}` });
  }
  const wishWords = (seeker.preferences ?? '').toLowerCase();
  const wishedInterests = v.interests.filter((i) => i.trim() && wishWords.includes(norm(i)) && !interests.includes(norm(i)));
  if (wishedInterests.length) parts.push({ points: 10, reason: `Has what they asked for: ${wishedInterests.join(', ')}` });
  const waitedWeeks = v.availableSince ? Math.floor(daysBetween(v.availableSince, today) / 7) : 0;
  if (waitedWeeks > 0) parts.push({ points: Math.min(waitedWeeks, 26) / 2, reason: `Free for a match for ${waitedWeeks} week${waitedWeeks === 1 ? '' : 's'}` });
  return { score: parts.reduce((sum, p) => sum + p.points, 0), parts };
}
