import { describe, expect, it } from 'vitest';
import { freeSince, heldCount } from './capacity';

const TODAY = '2026-11-23';
const APPROVED = '2026-05-04';

describe('freeSince', () => {
  it('a volunteer at capacity is not free, however long since approval (the "free for 29 weeks" of someone full)', () => {
    expect(freeSince(APPROVED, [{ proposedDate: '2026-06-01', endDate: null }], 1, TODAY)).toBeNull();
    const two = [
      { proposedDate: '2026-06-01', endDate: null },
      { proposedDate: '2026-07-01', endDate: null },
    ];
    expect(freeSince(APPROVED, two, 2, TODAY)).toBeNull();
  });

  it('with room all along, free since approval, even while holding a match', () => {
    expect(freeSince(APPROVED, [], 1, TODAY)).toBe(APPROVED);
    expect(freeSince(APPROVED, [{ proposedDate: '2026-06-01', endDate: null }], 2, TODAY)).toBe(APPROVED);
  });

  it('free since the day a match ended that had left them full', () => {
    expect(freeSince(APPROVED, [{ proposedDate: '2026-06-01', endDate: '2026-11-02' }], 1, TODAY)).toBe('2026-11-02');
  });

  it('a match that ended while they still had room does not restart the wait', () => {
    const matches = [
      { proposedDate: '2026-06-01', endDate: '2026-08-01' },
      { proposedDate: '2026-09-01', endDate: '2026-10-01' },
    ];
    expect(freeSince(APPROVED, matches, 2, TODAY)).toBe(APPROVED);
    expect(freeSince(APPROVED, matches, 1, TODAY)).toBe('2026-10-01');
  });

  it('an ending on the day is no longer held that day; a proposal is held from its date', () => {
    expect(heldCount([{ proposedDate: '2026-06-01', endDate: TODAY }], TODAY)).toBe(0);
    expect(heldCount([{ proposedDate: TODAY, endDate: null }], TODAY)).toBe(1);
    expect(freeSince(APPROVED, [{ proposedDate: '2026-06-01', endDate: TODAY }], 1, TODAY)).toBe(TODAY);
  });
});
