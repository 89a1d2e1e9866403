import { describe, expect, it } from 'vitest';
import { countsWords, storedWords } from './stored';

describe('records in words', () => {
  it('says counts as a person would', () => {
    expect(countsWords({ volunteers: 1 })).toBe('1 volunteer');
    expect(countsWords({ 'young people': 3, referrals: 1 })).toBe('3 young people and 1 referral');
    expect(countsWords({ visits: 12_500 })).toBe('12,500 visits');
  });

  it("shows a young person's referral apart from them, with labels for stored values", () => {
    const record = { firstName: 'Zoë', placementType: 'foster', referral: { date: '2024-09-01' } };
    expect(storedWords('young-people', record)).toEqual([
      { label: 'First name', text: 'Zoë' },
      { label: 'Placement', text: 'Foster care' },
    ]);
    expect(storedWords('young-people', record.referral, 'referral.')).toEqual([{ label: 'Referral date', text: '01/09/2024' }]);
  });
});
