import { describe, expect, it } from 'vitest';
import { readSheetDate, fromExcelSerial, newDateColumnReading, noteDateCell, dateColumnNote } from './dates';

const date = (cell: string | number, order: 'dmy' | 'mdy' = 'dmy') => readSheetDate(cell, order);

describe('dates as spreadsheets hold them', () => {
  it('reads dd/mm/yyyy, d/m/yy by the stated two-digit-year rule, "3 March 2021", ISO and Excel serials', () => {
    expect(date('03/03/2021')).toEqual({ ok: true, date: '2021-03-03' });
    expect(date('3/3/21')).toEqual({ ok: true, date: '2021-03-03' });
    expect(date('5.11.79')).toEqual({ ok: true, date: '1979-11-05' });
    expect(date('1/1/29')).toEqual({ ok: true, date: '2029-01-01' });
    expect(date('1/1/30')).toEqual({ ok: true, date: '1930-01-01' });
    expect(date('3 March 2021')).toEqual({ ok: true, date: '2021-03-03' });
    expect(date('3rd Mar 2021')).toEqual({ ok: true, date: '2021-03-03' });
    expect(date('3-Mar-21')).toEqual({ ok: true, date: '2021-03-03' });
    expect(date('March 3, 2021')).toEqual({ ok: true, date: '2021-03-03' });
    expect(date('2021-03-03')).toEqual({ ok: true, date: '2021-03-03' });
    expect(date(44256)).toEqual({ ok: true, date: '2021-03-01' });
    expect(date('44256')).toEqual({ ok: true, date: '2021-03-01' });
    expect(date('  ')).toEqual({ ok: true, date: null });
  });

  it('reads slashed dates month-first only when chosen', () => {
    expect(date('04/25/2021')).toEqual({ ok: false, message: '04/25/2021 is not a real date' });
    expect(date('04/25/2021', 'mdy')).toEqual({ ok: true, date: '2021-04-25' });
    expect(date('3 March 2021', 'mdy')).toEqual({ ok: true, date: '2021-03-03' });
  });

  it('refuses impossible dates and words it cannot read, in plain words', () => {
    expect(date('31/02/2009')).toEqual({ ok: false, message: '31/02/2009 is not a real date' });
    expect(date('29/02/2023')).toEqual({ ok: false, message: '29/02/2023 is not a real date' });
    expect(date('30 Febtember 2020')).toEqual({ ok: false, message: '"30 Febtember 2020" is not a date IV Desk can read: use dd/mm/yyyy, like 03/03/2021' });
    expect(date('soon')).toEqual({ ok: false, message: '"soon" is not a date IV Desk can read: use dd/mm/yyyy, like 03/03/2021' });
    expect(fromExcelSerial(60)).toBeNull();
    expect(fromExcelSerial(61)).toBe('1900-03-01');
    expect(fromExcelSerial(59)).toBe('1900-02-28');
  });

  it('points out a column that reads either way, and one that is month-first', () => {
    const column = (cells: string[]) => {
      const reading = newDateColumnReading();
      for (const c of cells) noteDateCell(reading, c);
      return reading;
    };
    expect(dateColumnNote('Enquiry date', column(['03/04/2024', '05/05/2024']), 'dmy')).toBe(
      'Enquiry date: every date could be read day-first or month-first (03/04/2024 is 3 April 2024 day-first, 4 March 2024 month-first). They are read day-first; choose the other if that is wrong.',
    );
    expect(dateColumnNote('Enquiry date', column(['03/04/2024', '25/05/2024']), 'dmy')).toBeNull();
    expect(dateColumnNote('Enquiry date', column(['03/04/2024', '05/25/2024']), 'dmy')).toBe('Enquiry date: the dates are month-first (05/25/2024 cannot be day-first). Choose month-first for this file.');
    expect(dateColumnNote('Enquiry date', column(['03/04/2024', '05/25/2024']), 'mdy')).toBeNull();
    expect(dateColumnNote('Enquiry date', column(['05/05/2024', '3 March 2021']), 'dmy')).toBeNull();
  });
});
