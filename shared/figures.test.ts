import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeFigures, type Period } from './figures';

const YEAR: Period = { from: '2024-04-01', to: '2025-03-31' };
const BLANK = { enquirySource: null, applicationDate: null, interviewDate: null, approvedDate: null, leftDate: null, leftReason: null, inactivePeriods: [] };
const NO_CASES = { referrals: [], matches: [], visits: [], feedback: [], supervisions: [], careReviews: [], childrenInCareCount: null };
const enquiries = (...dates: string[]) => ({ ...NO_CASES, volunteers: dates.map((enquiryDate) => ({ ...BLANK, enquiryDate })) });

describe('computeFigures: enquiries', () => {
  it('counts an enquiry on the first day of the period', () => {
    expect(computeFigures(enquiries('2024-04-01'), YEAR).enquiries).toBe(1);
  });

  it('counts an enquiry on the last day of the period', () => {
    expect(computeFigures(enquiries('2025-03-31'), YEAR).enquiries).toBe(1);
  });

  it('does not count the day before the period starts', () => {
    expect(computeFigures(enquiries('2024-03-31'), YEAR).enquiries).toBe(0);
  });

  it('does not count the day after the period ends', () => {
    expect(computeFigures(enquiries('2025-04-01'), YEAR).enquiries).toBe(0);
  });

  it('counts only those inside, across a mixed list', () => {
    const records = enquiries('2024-03-31', '2024-04-01', '2024-09-15', '2024-09-15', '2025-02-28', '2025-03-31', '2025-04-01', '2019-01-01');
    expect(computeFigures(records, YEAR).enquiries).toBe(5);
  });

  it('treats a one-day period as that day only', () => {
    const day = { from: '2024-02-29', to: '2024-02-29' };
    expect(computeFigures(enquiries('2024-02-28', '2024-02-29', '2024-03-01'), day).enquiries).toBe(1);
  });

  it('is 0 with no volunteers', () => {
    expect(computeFigures({ ...NO_CASES, volunteers: [] }, YEAR).enquiries).toBe(0);
  });

  it('agrees with counting day by day', () => {
    const day = fc.integer({ min: 0, max: 3 * 366 }).map((n) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 40 }), day, day, (dates, a, b) => {
        const period = a <= b ? { from: a, to: b } : { from: b, to: a };
        const expected = dates.filter((d) => d >= period.from && d <= period.to).length;
        expect(computeFigures(enquiries(...dates), period).enquiries).toBe(expected);
      }),
    );
  });
});

describe('computeFigures: shape', () => {
  it("gives the period back and only domain.md's keys, with every volunteer figure", () => {
    const figures = computeFigures(enquiries('2024-05-01'), YEAR);
    // domain.md's "Figures as data", in full. Keys appear as the records behind them come
    // into IV Desk, so this version may give fewer; it must never give another.
    const DOMAIN_KEYS = [
      'period',
      'referralsReceived',
      'referralsDeclinedOrDisengaged',
      'matchesMade',
      'matchesConcluded',
      'matchesConcludedByReason',
      'activeMatchesAtEnd',
      'waitingAtEnd',
      'waitingWeeksMean',
      'waitingWeeksMedian',
      'enquiries',
      'enquiriesBySource',
      'applications',
      'volunteersRecruited',
      'volunteersActiveAtEnd',
      'volunteersInactiveAtEnd',
      'volunteersLeft',
      'volunteersLeftByReason',
      'volunteersEverApproved',
      'careReviewsAttended',
      'supervisionsHeld',
      'childrenInCare',
      'satisfaction',
      'costs',
    ];
    const VOLUNTEER_KEYS = DOMAIN_KEYS.filter((k) => k === 'enquiries' || k === 'enquiriesBySource' || k === 'applications' || k.startsWith('volunteers'));
    expect(VOLUNTEER_KEYS).toHaveLength(9);
    expect(Object.keys(figures).filter((k) => !DOMAIN_KEYS.includes(k))).toEqual([]);
    expect(figures.period).toStrictEqual({ from: '2024-04-01', to: '2025-03-31' });
    expect(Object.fromEntries(Object.entries(figures).filter(([k]) => VOLUNTEER_KEYS.includes(k)))).toStrictEqual({
      enquiries: 1,
      enquiriesBySource: { not_recorded: 1 },
      applications: 0,
      volunteersRecruited: 0,
      volunteersActiveAtEnd: 0,
      volunteersInactiveAtEnd: 0,
      volunteersLeft: 0,
      volunteersLeftByReason: {},
      volunteersEverApproved: 0,
    });
  });

  it('survives a round trip through JSON unchanged', () => {
    const figures = computeFigures(enquiries('2024-05-01', '2025-01-01'), YEAR);
    expect(JSON.parse(JSON.stringify(figures))).toStrictEqual(figures);
  });
});
