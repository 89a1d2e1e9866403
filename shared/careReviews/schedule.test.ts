import { describe, expect, it } from 'vitest';
import { nextReview, reg33Dates, updateWindow, visitGaps } from './schedule';

const NONE = new Set<string>();

// Monday 5 January 2026: 20 working days later is Monday 2 February.
const looked = '2026-01-05';

describe('reg 33 review dates', () => {
  it('first within 20 working days, then 3 months, then every 6 months', () => {
    expect(reg33Dates(looked, '2027-01-01', NONE)).toEqual(['2026-02-02', '2026-05-02', '2026-11-02', '2027-05-02']);
  });

  it('skips weekends when counting working days', () => {
    // Friday 2 January 2026: 20 working days is Friday 30 January.
    expect(reg33Dates('2026-01-02', '2026-01-02', NONE)[0]).toBe('2026-01-30');
  });
});

describe('nextReview', () => {
  it('uses the recorded date when it is after the latest meeting', () => {
    expect(nextReview({ nextReviewDate: '2026-06-15', lookedAfterDate: looked }, ['2026-02-03'], '2026-03-01', NONE)).toEqual({ date: '2026-06-15', basis: 'recorded' });
  });

  it('treats a recorded date no later than the latest meeting as that meeting', () => {
    expect(nextReview({ nextReviewDate: '2026-02-03', lookedAfterDate: looked }, ['2026-02-03'], '2026-03-01', NONE)).toEqual({ date: '2026-05-03', basis: 'reg33' });
  });

  it('follows reg 33 from the meetings recorded: 3 months after the first, 6 after later ones', () => {
    expect(nextReview({ nextReviewDate: null, lookedAfterDate: looked }, ['2026-02-03', '2026-05-01'], '2026-06-01', NONE)).toEqual({ date: '2026-11-01', basis: 'reg33' });
  });

  it('with no meeting recorded, the first reg 33 date on or after today', () => {
    expect(nextReview({ nextReviewDate: null, lookedAfterDate: looked }, [], '2026-01-10', NONE)).toEqual({ date: '2026-02-02', basis: 'reg33' });
    expect(nextReview({ nextReviewDate: null, lookedAfterDate: looked }, [], '2026-02-02', NONE)).toEqual({ date: '2026-02-02', basis: 'reg33' });
    expect(nextReview({ nextReviewDate: null, lookedAfterDate: looked }, [], '2026-12-01', NONE)).toEqual({ date: '2027-05-02', basis: 'reg33' });
  });

  it('is not known without a recorded date or the date they became looked after', () => {
    expect(nextReview({ nextReviewDate: null, lookedAfterDate: null }, ['2026-02-03'], '2026-03-01', NONE)).toBeNull();
  });
});

describe('updateWindow', () => {
  const match = { startDate: '2025-10-01', endDate: null };

  it('runs from the day of the previous review (a visit that day is in) to the day before this one', () => {
    expect(updateWindow('2026-09-10', ['2026-03-10', '2025-09-01'], [match])).toEqual({ from: '2026-03-10', to: '2026-09-09', basis: 'previous_review' });
  });

  it('ignores reviews on or after the review day', () => {
    expect(updateWindow('2026-03-10', ['2026-03-10', '2026-09-10'], [match])).toEqual({ from: '2025-10-01', to: '2026-03-09', basis: 'first_match' });
  });

  it('with no earlier review, runs from the start of the first match', () => {
    expect(updateWindow('2026-09-10', [], [{ startDate: '2026-04-01', endDate: null }, { startDate: '2025-12-01', endDate: '2026-02-01' }])).toEqual({ from: '2025-12-01', to: '2026-09-09', basis: 'first_match' });
  });

  it('keeps a rematch inside the window and a match that ended in it', () => {
    const w = updateWindow('2026-09-10', ['2026-03-10'], [{ startDate: '2025-10-01', endDate: '2026-05-01' }, { startDate: '2026-06-01', endDate: null }]);
    expect(w).toEqual({ from: '2026-03-10', to: '2026-09-09', basis: 'previous_review' });
  });

  it('is null when no match ran in the window, or none started before the review', () => {
    expect(updateWindow('2026-09-10', ['2026-03-10'], [{ startDate: '2025-10-01', endDate: '2026-03-09' }])).toBeNull();
    expect(updateWindow('2026-09-10', [], [{ startDate: '2026-09-10', endDate: null }])).toBeNull();
    expect(updateWindow('2026-09-10', [], [{ startDate: null, endDate: null }])).toBeNull();
  });
});

describe('visitGaps', () => {
  it('finds stretches longer than the limit, from the start and to the end too', () => {
    expect(visitGaps('2026-03-10', '2026-06-30', ['2026-05-15', '2026-03-20'], 35)).toEqual([
      { from: '2026-03-20', to: '2026-05-15', days: 56 },
      { from: '2026-05-15', to: '2026-06-30', days: 46 },
    ]);
  });

  it('a gap of exactly the limit is not longer than it', () => {
    expect(visitGaps('2026-03-01', '2026-04-05', [], 35)).toEqual([]);
    expect(visitGaps('2026-03-01', '2026-04-06', [], 35)).toEqual([{ from: '2026-03-01', to: '2026-04-06', days: 36 }]);
  });
});
