import { describe, expect, it } from 'vitest';
import { bankHolidaysOf } from './bankHolidays';
import { addWorkingDays } from '../../../shared/dates';

const holidaysIn = (nation: Parameters<typeof bankHolidaysOf>[0], dates: string[]) => dates.filter((d) => bankHolidaysOf(nation).has(d));

describe('bank holidays for the scheme’s nation, 2026', () => {
  it('England and Wales: Good Friday, Easter Monday, the May and August holidays, Christmas and the Boxing Day substitute', () => {
    const days = ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'];
    expect(holidaysIn('england_wales', days)).toEqual(days);
    expect(holidaysIn('england_wales', ['2026-01-02', '2026-08-03', '2026-11-30', '2026-03-17', '2026-07-13'])).toEqual([]);
  });

  it('Scotland: 2 January, the first Monday of August and St Andrew’s Day, but not Easter Monday or the last Monday of August', () => {
    expect(holidaysIn('scotland', ['2026-01-02', '2026-08-03', '2026-11-30', '2026-04-03'])).toEqual(['2026-01-02', '2026-08-03', '2026-11-30', '2026-04-03']);
    expect(holidaysIn('scotland', ['2026-04-06', '2026-08-31'])).toEqual([]);
  });

  it('Northern Ireland: St Patrick’s Day and the Twelfth’s substitute Monday', () => {
    expect(holidaysIn('northern_ireland', ['2026-03-17', '2026-07-13', '2026-04-06', '2026-08-31'])).toEqual(['2026-03-17', '2026-07-13', '2026-04-06', '2026-08-31']);
    expect(holidaysIn('northern_ireland', ['2026-01-02', '2026-11-30'])).toEqual([]);
  });

  it('other years too: 2027 England has Good Friday on 26 March and Easter Monday on 29 March', () => {
    expect(holidaysIn('england_wales', ['2027-03-26', '2027-03-29', '2027-03-30'])).toEqual(['2027-03-26', '2027-03-29']);
  });

  it('working days skip them: 3 working days from Thursday 2 April 2026 is Thursday 9 April in England, Wednesday 8 April in Scotland', () => {
    expect(addWorkingDays('2026-04-02', 3, bankHolidaysOf('england_wales'))).toBe('2026-04-09');
    expect(addWorkingDays('2026-04-02', 3, bankHolidaysOf('scotland'))).toBe('2026-04-08');
  });
});
