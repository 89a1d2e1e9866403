import { describe, expect, it } from 'vitest';
import { csv, csvCell, pounds } from './csv';

describe('csvCell guards against formula injection', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 1234', "'+44 1234"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tTabbed', "'\tTabbed"],
    ['\rReturn', "\"'\rReturn\""],
  ])('%j becomes %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('quotes commas, quotes and new lines, and leaves plain text alone', () => {
    expect(csvCell('Bowling, then chips')).toBe('"Bowling, then chips"');
    expect(csvCell('The "big" day')).toBe('"The ""big"" day"');
    expect(csvCell('Line\nbreak')).toBe('"Line\nbreak"');
    expect(csvCell('Cinema')).toBe('Cinema');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(-5)).toBe('-5');
  });

  it('joins rows with CRLF and formats pounds', () => {
    expect(csv([['a', 'b'], [1, '=x']])).toBe("a,b\r\n1,'=x\r\n");
    expect(pounds(3550)).toBe('35.50');
    expect(pounds(5)).toBe('0.05');
  });
});
