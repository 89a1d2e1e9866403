import { describe, expect, it } from 'vitest';
import { currentMatch } from './currentMatch';
import type { MatchRecord } from '../matching/record';

const match = (id: number, proposedDate: string, startDate: string | null, endDate: string | null): MatchRecord & { id: number } => ({
  id,
  proposedDate,
  startDate,
  endDate,
  endReason: null,
  plannedEnding: null,
  positiveEndingHeld: null,
  rematchWanted: null,
});
const TODAY = '2026-06-01';

describe('currentMatch', () => {
  it('is the started match that has not ended, before any new proposal', () => {
    expect(currentMatch([match(1, '2025-01-01', '2025-02-01', '2026-01-01'), match(2, '2026-02-01', '2026-03-01', null)], TODAY)).toEqual({ match: expect.objectContaining({ id: 2 }), proposed: false });
  });

  it('is a proposal not yet started when nothing has started, and counts an introduction today as started', () => {
    expect(currentMatch([match(1, '2026-05-20', null, null)], TODAY)).toEqual({ match: expect.objectContaining({ id: 1 }), proposed: true });
    expect(currentMatch([match(1, '2026-05-20', TODAY, null)], TODAY)?.proposed).toBe(false);
    expect(currentMatch([match(1, '2026-05-20', '2026-06-10', null)], TODAY)?.proposed).toBe(true);
  });

  it('is nothing once every match has ended', () => {
    expect(currentMatch([match(1, '2025-01-01', '2025-02-01', TODAY)], TODAY)).toBeNull();
    expect(currentMatch([], TODAY)).toBeNull();
  });
});
