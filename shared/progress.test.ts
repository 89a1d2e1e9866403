import { describe, expect, it } from 'vitest';
import { progressWords, worthAnnouncing, ANNOUNCE_EVERY_MS } from './progress';

describe('progress in words', () => {
  it('gives the stage, the count and the total, saying when the total is an estimate', () => {
    expect(progressWords({ stage: 'reading', done: 12_000, total: 50_000, about: true })).toBe('Reading rows: 12,000 of about 50,000');
    expect(progressWords({ stage: 'writing', done: 3000, total: 50_000 })).toBe('Writing records: 3,000 of 50,000');
    expect(progressWords({ stage: 'reading', done: 4000 })).toBe('Reading rows: 4,000');
    expect(progressWords({ stage: 'checking', done: 0 })).toBe('Checking rows');
    expect(progressWords({ stage: 'backups', done: 2, total: 5 })).toBe('Checking backups: 2 of 5');
  });
});

describe('what is read out', () => {
  const reading = { stage: 'reading' as const, done: 1000, total: 50_000, about: true };
  it('reads out the first report, a new stage and the end at once', () => {
    expect(worthAnnouncing(null, reading, 0)).toBe(true);
    const last = { progress: reading, at: 0 };
    expect(worthAnnouncing(last, { stage: 'checking', done: 0, total: 10 }, 1)).toBe(true);
    expect(worthAnnouncing({ progress: { stage: 'writing', done: 0, total: 10 }, at: 0 }, { stage: 'writing', done: 10, total: 10 }, 1)).toBe(true);
  });
  it('reads out the count within a stage only every few seconds', () => {
    const last = { progress: reading, at: 1000 };
    expect(worthAnnouncing(last, { ...reading, done: 2000 }, 1000 + ANNOUNCE_EVERY_MS - 1)).toBe(false);
    expect(worthAnnouncing(last, { ...reading, done: 2000 }, 1000 + ANNOUNCE_EVERY_MS)).toBe(true);
    // An estimate reached is not the end: the file may hold more rows than lines counted.
    expect(worthAnnouncing(last, { ...reading, done: 50_000 }, 1001)).toBe(false);
  });
});
