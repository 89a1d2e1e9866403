import { expect, it } from 'vitest';
import { listInWords, plural, sentenceStart } from './words';

it('counts, lists and starts sentences in plain English', () => {
  expect(plural(1, 'week', 'weeks')).toBe('1 week');
  expect(plural(0, 'week', 'weeks')).toBe('0 weeks');
  expect(listInWords([])).toBe('');
  expect(listInWords(['a'])).toBe('a');
  expect(listInWords(['a', 'b'])).toBe('a and b');
  expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  expect(sentenceStart('the visit')).toBe('The visit');
});
