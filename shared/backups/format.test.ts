import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupTimeText, countsText, sizeText } from './format';

describe('backup wording', () => {
  let zone: string | undefined;
  beforeEach(() => {
    zone = process.env.TZ;
    process.env.TZ = 'Europe/London';
  });
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('shows the time as dd/mm/yyyy HH:mm in UK time, summer and winter', () => {
    expect(backupTimeText('2026-12-01T09:05:00.000Z')).toBe('01/12/2026 09:05');
    expect(backupTimeText('2026-07-01T23:30:00.000Z')).toBe('02/07/2026 00:30');
  });

  it('shows sizes in KB below a megabyte, else MB to one place', () => {
    expect(sizeText(200)).toBe('1 KB');
    expect(sizeText(262_144)).toBe('256 KB');
    expect(sizeText(5 * 1024 * 1024 + 300_000)).toBe('5.3 MB');
  });

  it('names each kind of record, singular for one, none as 0', () => {
    expect(countsText({ volunteers: 1, youngPeople: 2, matches: 0, visits: 12, referrals: 3 })).toBe(
      '1 volunteer, 2 young people, 3 referrals, 0 matches, 12 visits, 0 supervisions, 0 care reviews',
    );
  });
});
