import { describe, expect, it } from 'vitest';
import { readYesNo, readChoice, readPence, readNumber, readMinutes, readList } from './values';
import { fieldOf } from './fields';

describe('cells as values', () => {
  it('reads yes and no however a sheet writes them', () => {
    for (const yes of ['Y', 'yes', 'TRUE', '✓', '✔', 'x', 'OK', 'Satisfactory', true, 1]) expect(readYesNo(yes), String(yes)).toEqual({ ok: true, value: true });
    for (const no of ['N', 'No', 'false', '✗', 'Not OK', 'Unsatisfactory', false, 0]) expect(readYesNo(no), String(no)).toEqual({ ok: true, value: false });
    expect(readYesNo('')).toEqual({ ok: true, value: null });
    expect(readYesNo('maybe')).toEqual({ ok: false, message: '"maybe" is not yes or no (use Yes, No, Y, N, TRUE, FALSE or a tick)' });
  });

  it("maps a choice by its stored value, the app's own label, a common word, or the coordinator's mapping", () => {
    const source = fieldOf('volunteers', 'enquirySource')!;
    expect(readChoice('Word of mouth', source)).toEqual({ ok: true, value: 'word_of_mouth' });
    expect(readChoice('SOCIAL_MEDIA', source)).toEqual({ ok: true, value: 'social_media' });
    expect(readChoice('Facebook', source)).toEqual({ ok: true, value: 'social_media' });
    expect(readChoice('Church newsletter', source, { 'church newsletter': 'advert' })).toEqual({ ok: true, value: 'advert' });
    expect(readChoice('Church newsletter', source)).toMatchObject({ ok: false });
    expect(readChoice('constructor', source)).toMatchObject({ ok: false });
    expect(readChoice('Foster care', fieldOf('young-people', 'placementType')!)).toEqual({ ok: true, value: 'foster' });
  });

  it('reads money in pounds as pence, numbers, durations and lists', () => {
    expect(readPence('£12.50')).toEqual({ ok: true, value: 1250 });
    expect(readPence(12.5)).toEqual({ ok: true, value: 1250 });
    expect(readPence('80p')).toEqual({ ok: true, value: 80 });
    expect(readPence('1,200')).toEqual({ ok: true, value: 120000 });
    expect(readPence('-3')).toEqual({ ok: false, message: '"-3" is not an amount of money (write it like £12.50)' });
    expect(readPence('12.345')).toMatchObject({ ok: false });
    expect(readNumber('4.5 miles', 'mile')).toEqual({ ok: true, value: 4.5 });
    expect(readNumber('far')).toEqual({ ok: false, message: '"far" is not a number' });
    expect(readMinutes('1h 30m')).toEqual({ ok: true, value: 90 });
    expect(readMinutes('ages')).toMatchObject({ ok: false });
    expect(readList('Football, art; music')).toEqual(['Football', 'art', 'music']);
  });
});
