import { describe, expect, it } from 'vitest';
import { beyondTravel, clearlyBeyond, milesBetweenAreas, nearness } from './travel';

const at = (postcode: string | null, area: string | null = null) => ({ postcode, area });

describe('nearness', () => {
  it('the same named area or postcode district is near, whatever the postcodes', () => {
    expect(nearness(at(null, 'Consett'), at(null, ' consett '))).toEqual({ kind: 'near', reason: 'Lives in the same area ( consett )' });
    expect(nearness(at('DH8 5AA'), at('dh8 7bb'))).toEqual({ kind: 'near', reason: 'Same postcode district (DH8)' });
  });
  it('another district in the same postcode area is taken as about 10 miles', () => {
    expect(nearness(at('DH8 5AA'), at('DH1 3LE'))).toEqual({ kind: 'same_postcode_area', area: 'DH', miles: 10 });
  });
  it('different postcode areas are measured between their centres', () => {
    expect(nearness(at('DH8 5AA'), at('NE46 1AA'))).toEqual({ kind: 'apart', districts: 'DH8 and NE46', miles: 13 });
    expect(nearness(at('DH8 5AA'), at('YO1 7HH'))).toMatchObject({ kind: 'apart', miles: 60 });
  });
  it('without a postcode on both records there is nothing to judge', () => {
    expect(nearness(at('DH8 5AA'), at(null, 'Stanley'))).toBeNull();
    expect(nearness(at('not a postcode'), at('DH8 5AA'))).toBeNull();
  });
});

describe('milesBetweenAreas', () => {
  it('is symmetric, zero for one area, and null for an area not in the table', () => {
    expect(milesBetweenAreas('DH', 'YO')).toBe(milesBetweenAreas('YO', 'DH'));
    expect(milesBetweenAreas('DH', 'DH')).toBe(0);
    expect(milesBetweenAreas('DH', 'QQ')).toBeNull();
  });
  it('gives about the right distance for places far apart (London to Edinburgh, some 330 miles)', () => {
    expect(milesBetweenAreas('WC', 'EH')).toBeGreaterThan(320);
    expect(milesBetweenAreas('WC', 'EH')).toBeLessThan(340);
  });
});

describe('the travel limit', () => {
  it('clearly beyond: at least twice the limit and 10 miles more', () => {
    expect(clearlyBeyond(23, 10)).toBe(true);
    expect(clearlyBeyond(19, 10)).toBe(false);
    expect(clearlyBeyond(10, 5)).toBe(false);
    expect(clearlyBeyond(15, 5)).toBe(true);
    expect(clearlyBeyond(40, 30)).toBe(false);
  });
  it('a volunteer in York who travels up to 10 miles is clearly too far for a young person in Consett', () => {
    expect(beyondTravel(at('DH8 5AA'), { ...at('YO1 7HH'), maxTravelMiles: 10 })).toEqual({ miles: 60, limit: 10 });
    expect(beyondTravel(at('DH8 5AA'), { ...at('YO1 7HH'), maxTravelMiles: 60 })).toBeNull();
  });
  it('never rules someone out on a guess: same postcode area, an unknown limit, or no postcode', () => {
    expect(beyondTravel(at('DH8 5AA'), { ...at('DH1 3LE'), maxTravelMiles: 2 })).toBeNull();
    expect(beyondTravel(at('DH8 5AA'), { ...at('YO1 7HH'), maxTravelMiles: null })).toBeNull();
    expect(beyondTravel(at(null, 'Consett'), { ...at('YO1 7HH'), maxTravelMiles: 5 })).toBeNull();
  });
});
