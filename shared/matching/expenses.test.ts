import { describe, expect, it } from 'vitest';
import { visitTotalPence, visitTotals } from './expenses';

describe('visit money', () => {
  it('a visit claims its activity and its transport, nothing recorded counting as nothing', () => {
    expect(visitTotalPence({ activityCostPence: 3550, miles: 12, transportCostPence: 540 })).toBe(4090);
    expect(visitTotalPence({ activityCostPence: null, miles: null, transportCostPence: null })).toBe(0);
    expect(visitTotalPence({ activityCostPence: null, miles: 10, transportCostPence: 450 })).toBe(450);
  });

  it('adds up visits: counts, pence, miles to the hundredth', () => {
    const totals = visitTotals([
      { activityCostPence: 3550, miles: 12, transportCostPence: 540 },
      { activityCostPence: 1200, miles: 0.1, transportCostPence: 5 },
      { activityCostPence: null, miles: 0.2, transportCostPence: 9 },
      { activityCostPence: 100, miles: null, transportCostPence: null },
    ]);
    expect(totals).toEqual({ visits: 4, activityPence: 4850, miles: 12.3, transportPence: 554, totalPence: 5404 });
  });

  it('no visits is all noughts', () => {
    expect(visitTotals([])).toEqual({ visits: 0, activityPence: 0, miles: 0, transportPence: 0, totalPence: 0 });
  });
});
