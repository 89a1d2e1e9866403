import { describe, expect, it } from 'vitest';
import { countInterval } from './word';

describe('chart gridlines for counts', () => {
  it('step by 1, 2 or 5 times a power of ten, about five lines, never below one', () => {
    expect([0, 1, 3, 5, 6, 9, 17, 40, 68, 84, 260, 1234].map(countInterval)).toEqual([1, 1, 1, 1, 2, 2, 5, 10, 20, 20, 100, 500]);
  });
});
