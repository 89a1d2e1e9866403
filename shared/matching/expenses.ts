/**
 * The money rules of visits: what a visit costs, and the totals of a set of visits (a
 * match's history, a volunteer's claim sheet, the month's expenses). Transport is priced
 * when a visit is saved (transportCostPence in record.ts), so a claim adds up what was
 * recorded and a later change of rate does not rewrite past claims.
 */
import type { VisitRecord } from './record';

export type CostedVisit = Pick<VisitRecord, 'activityCostPence' | 'miles' | 'transportCostPence'>;

export interface VisitTotals {
  visits: number;
  activityPence: number;
  miles: number;
  transportPence: number;
  totalPence: number;
}

/** What one visit claims: its activity and its transport. */
export function visitTotalPence(v: CostedVisit): number {
  return (v.activityCostPence ?? 0) + (v.transportCostPence ?? 0);
}

/** The totals of some visits; nothing recorded counts as nothing. */
export function visitTotals(visits: readonly CostedVisit[]): VisitTotals {
  const totals: VisitTotals = { visits: 0, activityPence: 0, miles: 0, transportPence: 0, totalPence: 0 };
  for (const v of visits) {
    totals.visits += 1;
    totals.activityPence += v.activityCostPence ?? 0;
    totals.miles += v.miles ?? 0;
    totals.transportPence += v.transportCostPence ?? 0;
  }
  totals.totalPence = totals.activityPence + totals.transportPence;
  // Miles are recorded to the hundredth: the sum is too, whatever order it was added in.
  totals.miles = Math.round(totals.miles * 100) / 100;
  return totals;
}
