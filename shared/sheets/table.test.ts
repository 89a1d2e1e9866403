import { describe, expect, it } from 'vitest';
import { classifyRow, findHeader, leftOutMessage } from './table';

const rows = (...cells: (string | null)[][]) => cells.map((c, i) => ({ number: i + 1, cells: c }));

describe("a sheet's shape", () => {
  it('finds the header row below a title, and puts a merged group label before a header that names nothing alone', () => {
    const found = findHeader(
      rows(['Volunteer tracker'], [null], ['Volunteer', null, 'DBS', null, 'Contact'], ['First name', 'Surname', 'Number', 'Issue date', 'E-mail'], ['Amara', 'Okafor', '0012', '01/01/2021', 'a@example.org']),
      'volunteers',
    );
    expect(found).toEqual({ rowNumber: 4, headers: ['First name', 'Surname', 'DBS Number', 'DBS Issue date', 'E-mail'] });
  });

  it('finds no header where nothing names a field', () => {
    expect(findHeader(rows(['Shopping', 'Price'], ['Milk', '1.20']), 'volunteers')).toBeNull();
  });

  it('skips blank rows and leaves out a totals row or the headers repeated', () => {
    const headers = ['First name', 'Surname', 'Cost'];
    expect(classifyRow(['', null, '  '], headers)).toBe('blank');
    expect(classifyRow(['Total', null, '120'], headers)).toBe('totals');
    expect(classifyRow(['Grand total', '', ''], headers)).toBe('totals');
    expect(classifyRow(['FIRST NAME', 'Surname', null], headers)).toBe('header');
    expect(classifyRow(['Tot', 'Smith', '3'], headers)).toBe('data');
    expect(leftOutMessage(30, 'header')).toBe('Row 30 repeats the headers, so it was left out');
  });
});
