import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageOn, daysInMonth, formatUkDate, isIsoDate, parseUkDate, todayIso } from './dates';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true], // divisible by 4
    ['2023-02-29', false],
    ['2100-02-29', false], // divisible by 100, not 400
    ['2000-02-29', true], // divisible by 400
    ['2023-02-28', true],
    ['2023-02-30', false],
    ['2024-04-30', true],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-01-32', false],
  ])('%s -> %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each(['2024-1-05', '24-01-05', '2024/01/05', '05/01/2024', ' 2024-01-05', '2024-01-05 ', '2024-01-05T00:00:00Z', '', 'yesterday'])(
    'refuses the malformed %j',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it('keeps to a plausible range of years', () => {
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('1900-01-01')).toBe(true);
    expect(isIsoDate('2200-12-31')).toBe(true);
    expect(isIsoDate('2201-01-01')).toBe(false);
  });

  it('agrees with the calendar for every day of the years it accepts', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }), (d) => {
        expect(isIsoDate(d.toISOString().slice(0, 10))).toBe(true);
      }),
    );
  });
});

describe('daysInMonth', () => {
  it('knows February in leap and common years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });
});

describe('formatUkDate', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatUkDate('2024-02-01')).toBe('01/02/2024');
    expect(formatUkDate('2012-03-27')).toBe('27/03/2012');
  });

  it('gives an empty string for no date', () => {
    expect(formatUkDate(null)).toBe('');
    expect(formatUkDate(undefined)).toBe('');
    expect(formatUkDate('')).toBe('');
  });

  it('leaves text that is not an ISO date alone', () => {
    expect(formatUkDate('soon')).toBe('soon');
  });
});

describe('parseUkDate', () => {
  it('accepts d/m/yyyy and dd/mm/yyyy', () => {
    expect(parseUkDate('1/2/2024')).toBe('2024-02-01');
    expect(parseUkDate('01/02/2024')).toBe('2024-02-01');
    expect(parseUkDate('27/03/2012')).toBe('2012-03-27');
  });

  it('accepts dashes, dots and surrounding spaces', () => {
    expect(parseUkDate('01-02-2024')).toBe('2024-02-01');
    expect(parseUkDate('1.2.2024')).toBe('2024-02-01');
    expect(parseUkDate('  01/02/2024  ')).toBe('2024-02-01');
  });

  it('reads day first, the British way', () => {
    expect(parseUkDate('12/01/2024')).toBe('2024-01-12');
    expect(parseUkDate('01/13/2024')).toBeNull();
  });

  it('refuses dates that do not exist', () => {
    expect(parseUkDate('31/02/2024')).toBeNull();
    expect(parseUkDate('29/02/2023')).toBeNull();
    expect(parseUkDate('31/04/2024')).toBeNull();
    expect(parseUkDate('00/01/2024')).toBeNull();
    expect(parseUkDate('29/02/2024')).toBe('2024-02-29');
  });

  it('refuses text that is not a date', () => {
    for (const text of ['', '2024-02-01', '1/2/24', '1/2', 'first of Feb', '001/02/2024', '1//2/2024']) {
      expect(parseUkDate(text), text).toBeNull();
    }
  });

  it('reads back whatever formatUkDate writes', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseUkDate(formatUkDate(iso))).toBe(iso);
      }),
    );
  });
});

describe('ageOn', () => {
  it('counts a birthday on the day itself, not the day before', () => {
    expect(ageOn('2010-06-15', '2024-06-14')).toBe(13);
    expect(ageOn('2010-06-15', '2024-06-15')).toBe(14);
    expect(ageOn('2010-06-15', '2024-06-16')).toBe(14);
  });

  it('handles birthdays late in the year and early dates', () => {
    expect(ageOn('2006-12-31', '2024-12-30')).toBe(17);
    expect(ageOn('2006-12-31', '2024-12-31')).toBe(18);
    expect(ageOn('2006-01-01', '2024-01-01')).toBe(18);
    expect(ageOn('2006-01-02', '2024-01-01')).toBe(17);
  });

  it('is 0 on the day of birth', () => {
    expect(ageOn('2024-03-01', '2024-03-01')).toBe(0);
  });

  it('treats someone born on 29 February as a year older from 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
  });
});

describe('todayIso', () => {
  it("uses the local calendar date, not UTC's", () => {
    const local = new Date(2024, 0, 5, 0, 30); // half past midnight local time
    expect(todayIso(local)).toBe('2024-01-05');
    expect(todayIso(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
  });
});
