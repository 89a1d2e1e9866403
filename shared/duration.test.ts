import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDuration } from './duration';
import { durationText } from './dates';

describe('parseDuration', () => {
  it.each([
    ['90', 90],
    ['0', 0],
    ['1h 30m', 90],
    ['1h30m', 90],
    ['1h30', 90],
    ['1 h 30 min', 90],
    ['1.5 hours', 90],
    ['1.5h', 90],
    ['.5 hours', 30],
    ['1 hour', 60],
    ['2 hrs', 120],
    ['45 mins', 45],
    ['45 minutes', 45],
    ['1 minute', 1],
    ['1:30', 90],
    ['0:45', 45],
    ['1 hour and 30 minutes', 90],
    ['1 hour, 15 minutes', 75],
    ['  2 HOURS ', 120],
    ['1.25 hours', 75],
  ])('reads %j as %d minutes', (text, minutes) => {
    expect(parseDuration(text)).toEqual({ ok: true, minutes });
  });

  it('reads an empty box as no duration', () => {
    expect(parseDuration('   ')).toEqual({ ok: true, minutes: null });
  });

  it.each(['-90', '-1h', '\u22121.5 hours'])('refuses the negative %j plainly', (text) => {
    expect(parseDuration(text)).toEqual({ ok: false, message: 'The duration cannot be negative' });
  });

  it.each(['ninety', '1.5', '1:75', '1 day', 'h', 'm 30', '1h 30m 10s', '30 m 1 h', '1..5 hours', '12345'])('refuses %j with a message that shows the ways to write it', (text) => {
    expect(parseDuration(text)).toEqual({ ok: false, message: 'Enter the duration in hours and minutes, like 1h 30m, 90 or 1.5 hours' });
  });

  it('asks for whole minutes', () => {
    expect(parseDuration('1h 30.5m')).toEqual({ ok: false, message: 'Enter the minutes as a whole number, like 1h 30m' });
  });

  it('reads back every duration as it is shown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 }), (minutes) => {
        expect(parseDuration(durationText(minutes))).toEqual({ ok: true, minutes });
      }),
    );
  });
});
