import { describe, expect, it } from 'vitest';
import { computeNivn, nivnPrompt } from './nivn';

describe('the NIVN measure', () => {
  it("reads Durham's two figures against 10%", () => {
    const n = computeNivn({ count: 625, matchedDuringPeriodPct: 12.8, matchedAtEndPct: 6.8 }, '2024-03-31', '2025-03-31');
    expect(n).toEqual({ count: 625, countDate: '2024-03-31', matchedDuringPeriodPct: 12.8, matchedAtEndPct: 6.8, targetPct: 10, duringPeriodMeetsTarget: true, atEndMeetsTarget: false, prompt: null });
  });

  it('meets the target at exactly 10%', () => {
    expect(computeNivn({ count: 10, matchedDuringPeriodPct: 10, matchedAtEndPct: 10 }, '2025-01-01', '2025-03-31').atEndMeetsTarget).toBe(true);
  });

  it('has no reading and prompts for a count when none is set', () => {
    const n = computeNivn({ count: null, matchedDuringPeriodPct: null, matchedAtEndPct: null }, null, '2025-03-31');
    expect([n.duringPeriodMeetsTarget, n.atEndMeetsTarget, n.prompt]).toEqual([null, null, 'missing']);
  });

  it('prompts when the count has no date, or its date is more than a year before the end', () => {
    expect(nivnPrompt(0, '2025-01-01', '2025-03-31')).toBe('missing');
    expect(nivnPrompt(600, null, '2025-03-31')).toBe('undated');
    expect(nivnPrompt(600, '2024-03-31', '2025-03-31')).toBeNull();
    expect(nivnPrompt(600, '2024-03-30', '2025-03-31')).toBe('out_of_date');
  });
});
