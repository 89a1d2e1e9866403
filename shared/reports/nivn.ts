/**
 * The National IV Network's measure: the share of the council's children in care who
 * have an Independent Visitor, against the Right Friend campaign's 10% target. Both
 * readings come from the figures; this adds the target and whether the count needs
 * bringing up to date.
 */
import type { Figures } from '../figures';
import { addYears } from '../dates';

export const NIVN_TARGET_PCT = 10;

/** Why Settings needs a fresh children-in-care count: none, no date for it, or dated more than a year before the period's end. */
export type NivnPrompt = 'missing' | 'undated' | 'out_of_date';

export interface Nivn {
  count: number | null;
  countDate: string | null;
  /** Young people with a match active on any day of the period, as a share of the count. */
  matchedDuringPeriodPct: number | null;
  /** Matches active at the period's end, as a share of the count. */
  matchedAtEndPct: number | null;
  targetPct: number;
  duringPeriodMeetsTarget: boolean | null;
  atEndMeetsTarget: boolean | null;
  prompt: NivnPrompt | null;
}

export function nivnPrompt(count: number | null, countDate: string | null, periodEnd: string): NivnPrompt | null {
  if (!count) return 'missing';
  if (!countDate) return 'undated';
  return countDate < addYears(periodEnd, -1) ? 'out_of_date' : null;
}

export function computeNivn(childrenInCare: Figures['childrenInCare'], countDate: string | null, periodEnd: string): Nivn {
  const meets = (pct: number | null) => (pct === null ? null : pct >= NIVN_TARGET_PCT);
  return {
    count: childrenInCare.count,
    countDate,
    matchedDuringPeriodPct: childrenInCare.matchedDuringPeriodPct,
    matchedAtEndPct: childrenInCare.matchedAtEndPct,
    targetPct: NIVN_TARGET_PCT,
    duringPeriodMeetsTarget: meets(childrenInCare.matchedDuringPeriodPct),
    atEndMeetsTarget: meets(childrenInCare.matchedAtEndPct),
    prompt: nivnPrompt(childrenInCare.count, countDate, periodEnd),
  };
}
