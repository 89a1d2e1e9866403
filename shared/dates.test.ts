import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, addWorkingDays, isWorkingDay, addYears, ageOn, daysBetween, daysInMonth, formatUkDate, isIsoDate, parseUkDate, todayIso } from './dates';

const NONE = new Set<string>();

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

  it('agrees with the calendar for every month of the years dates may have', () => {
    for (let year = 1900; year <= 2200; year++) {
      for (let month = 1; month <= 12; month++) expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    }
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

/** Any day from 1990 to 2060, as an ISO date. */
const anyDay = fc.integer({ min: 0, max: 70 * 366 }).map((n) => new Date(Date.UTC(1990, 0, 1 + n)).toISOString().slice(0, 10));
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('addDays', () => {
  it("agrees with the calendar's own reckoning, either way", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }), fc.integer({ min: -40_000, max: 40_000 }), (d, days) => {
        const iso = d.toISOString().slice(0, 10);
        expect(addDays(iso, days)).toBe(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days)).toISOString().slice(0, 10));
      }),
    );
  });

  it('refuses a date that is not one, as before', () => {
    expect(() => addDays('yesterday', 1)).toThrow(RangeError);
  });

  it('crosses month, leap-day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
  });

  it('goes backwards with a negative count, and stays put with 0', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-06-15', 0)).toBe('2024-06-15');
  });

  it('is not shifted by the clocks changing (British Summer Time starts 31/03/2024, ends 27/10/2024)', () => {
    expect(addDays('2024-03-30', 1)).toBe('2024-03-31');
    expect(addDays('2024-03-31', 1)).toBe('2024-04-01');
    expect(addDays('2024-10-26', 2)).toBe('2024-10-28');
  });
});

describe('daysBetween', () => {
  it('counts calendar days, positive when the second date is later', () => {
    expect(daysBetween('2024-06-15', '2024-06-15')).toBe(0);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2025-04-01', '2026-03-31')).toBe(364);
  });

  it('undoes addDays', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -2000, max: 2000 }), (day, n) => {
        expect(daysBetween(day, addDays(day, n))).toBe(n);
      }),
    );
  });
});

describe('addMonths', () => {
  it('keeps the day of the month', () => {
    expect(addMonths('2024-01-15', 1)).toBe('2024-02-15');
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
    expect(addMonths('2024-05-20', 6)).toBe('2024-11-20');
    expect(addMonths('2024-05-20', 0)).toBe('2024-05-20');
  });

  it('turns a day the month lacks into its last day: 31 January + 1 month is 28 or 29 February', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-30', 1)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', 1)).toBe('2024-04-30');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
  });

  it('crosses several years either way', () => {
    expect(addMonths('2024-11-30', 15)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', -13)).toBe('2022-12-31');
  });

  it('always gives a real date, n months on', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -120, max: 120 }), (day, n) => {
        const result = addMonths(day, n);
        expect(isIsoDate(result)).toBe(true);
        const [y, m] = day.split('-').map(Number);
        const [ry, rm] = result.split('-').map(Number);
        expect(ry * 12 + rm - (y * 12 + m)).toBe(n);
      }),
    );
  });
});

describe('addYears', () => {
  it('keeps the date, except 29 February in a common year, which becomes 28 February', () => {
    expect(addYears('2023-03-01', 3)).toBe('2026-03-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2025-12-31', 1)).toBe('2026-12-31');
  });
});

describe('addWorkingDays', () => {
  it('skips Saturdays and Sundays: Friday + 3 working days is Wednesday', () => {
    expect(addWorkingDays('2025-05-30', 3, NONE)).toBe('2025-06-04'); // Fri -> Wed
    expect(addWorkingDays('2025-05-30', 1, NONE)).toBe('2025-06-02'); // Fri -> Mon
    expect(addWorkingDays('2025-06-02', 3, NONE)).toBe('2025-06-05'); // Mon -> Thu
    expect(addWorkingDays('2025-06-05', 1, NONE)).toBe('2025-06-06'); // Thu -> Fri
    expect(addWorkingDays('2025-06-02', 5, NONE)).toBe('2025-06-09'); // Mon -> next Mon
  });

  it('counts from a weekend as from the Friday before', () => {
    expect(addWorkingDays('2025-05-31', 1, NONE)).toBe('2025-06-02'); // Sat -> Mon
    expect(addWorkingDays('2025-06-01', 3, NONE)).toBe('2025-06-04'); // Sun -> Wed
  });

  it('with 0 days stays on the day, even at a weekend', () => {
    expect(addWorkingDays('2025-05-31', 0, NONE)).toBe('2025-05-31');
  });

  it('skips the bank holidays it is given: Christmas Eve 2025 + 2 working days is Tuesday 30th', () => {
    expect(addWorkingDays('2025-12-24', 2, NONE)).toBe('2025-12-26'); // none given: Wed -> Fri
    expect(addWorkingDays('2025-12-24', 2, new Set(['2025-12-25', '2025-12-26']))).toBe('2025-12-30');
    expect(isWorkingDay('2025-12-25', new Set(['2025-12-25']))).toBe(false);
    expect(isWorkingDay('2025-12-24', new Set(['2025-12-25']))).toBe(true);
  });

  it('lands on a weekday with exactly n weekdays after the start', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 40 }), (day, n) => {
        const result = addWorkingDays(day, n, NONE);
        expect([0, 6]).not.toContain(weekday(result));
        let weekdays = 0;
        for (let d = addDays(day, 1); d <= result; d = addDays(d, 1)) if (![0, 6].includes(weekday(d))) weekdays++;
        expect(weekdays).toBe(n);
      }),
    );
  });
});
