import { describe, expect, it } from 'vitest';
import { computeTrend, firstRecordDate } from './trend';
import { computeFigures, type FigureMatch, type FigureRecords, type FigureReferral } from '../figures';
import { figureVolunteer, NO_RECORDS } from '../../tests/fixtures/figureRecords';

const EMPTY = NO_RECORDS;
const volunteer = (enquiryDate: string, approvedDate: string) => figureVolunteer({ enquiryDate, approvedDate });
const referral = (id: number, date: string): FigureReferral => ({ id, youngPersonId: id, date, outcome: 'accepted', outcomeDate: null, closedDate: null, closedReason: null });
const match = (referralId: number, proposedDate: string, startDate: string, endDate: string | null = null): FigureMatch => ({ referralId, proposedDate, startDate, endDate, endReason: null, rematchWanted: null });

// Worked by hand, financial years from 1 April; 2021/22 has nothing in it but the match still running.
const RECORDS: FigureRecords = {
  ...EMPTY,
  volunteers: [volunteer('2020-05-01', '2020-06-01'), volunteer('2022-04-10', '2022-05-01')],
  referrals: [referral(1, '2020-09-01'), referral(2, '2022-06-01'), referral(3, '2022-07-01')],
  // 61 days = 8.7 weeks; 42 days = 6.0 weeks.
  matches: [match(1, '2020-10-01', '2020-11-01'), match(2, '2022-07-01', '2022-07-13', '2023-01-01')],
};

describe('computeTrend', () => {
  const trend = computeTrend(RECORDS, firstRecordDate(RECORDS), '2023-06-30', 4);

  it('gives one row per financial year from the first record to the last date, the last one so far', () => {
    expect(trend).toEqual([
      { year: '2020/21', from: '2020-04-01', to: '2021-03-31', partial: false, referrals: 1, matchesMade: 1, activeMatchesAtEnd: 1, volunteersRecruited: 1, waitingAtEnd: 0, waitingWeeksMean: 8.7 },
      { year: '2021/22', from: '2021-04-01', to: '2022-03-31', partial: false, referrals: 0, matchesMade: 0, activeMatchesAtEnd: 1, volunteersRecruited: 0, waitingAtEnd: 0, waitingWeeksMean: null },
      { year: '2022/23', from: '2022-04-01', to: '2023-03-31', partial: false, referrals: 2, matchesMade: 1, activeMatchesAtEnd: 1, volunteersRecruited: 1, waitingAtEnd: 1, waitingWeeksMean: 6 },
      { year: '2023/24', from: '2023-04-01', to: '2023-06-30', partial: true, referrals: 0, matchesMade: 0, activeMatchesAtEnd: 1, volunteersRecruited: 0, waitingAtEnd: 1, waitingWeeksMean: null },
    ]);
  });

  it("is each year's own figures", () => {
    for (const row of trend) {
      const f = computeFigures(RECORDS, { from: row.from, to: row.to });
      expect([row.referrals, row.matchesMade, row.activeMatchesAtEnd, row.waitingAtEnd]).toEqual([f.referralsReceived, f.matchesMade, f.activeMatchesAtEnd, f.waitingAtEnd.total]);
    }
  });

  it('takes the figures already worked out for the year they are for, and only that year', () => {
    // Marked figures (not what the records give) show which row was taken from them.
    const marked = (from: string, to: string) => ({ ...computeFigures(RECORDS, { from, to }), referralsReceived: 99 });
    const reused = computeTrend(RECORDS, firstRecordDate(RECORDS), '2023-06-30', 4, marked('2022-04-01', '2023-03-31'));
    expect(reused.map((r) => r.referrals)).toEqual([1, 0, 99, 0]);
    expect(computeTrend(RECORDS, firstRecordDate(RECORDS), '2023-06-30', 4, marked('2022-05-01', '2023-03-31'))).toEqual(trend);
  });

  it('follows the financial year the scheme sets', () => {
    expect(computeTrend(RECORDS, firstRecordDate(RECORDS), '2021-12-31', 1).map((r) => r.year)).toEqual(['2020', '2021']);
  });

  it('is empty with no records, or when asked about a time before the first one', () => {
    expect(firstRecordDate(EMPTY)).toBeNull();
    expect(computeTrend(EMPTY, null, '2025-03-31', 4)).toEqual([]);
    expect(computeTrend(RECORDS, '2020-05-01', '2019-03-31', 4)).toEqual([]);
  });

  it('starts from the earliest enquiry, referral or proposal', () => {
    expect(firstRecordDate({ ...RECORDS, matches: [match(1, '2019-12-31', '2020-01-02')] })).toBe('2019-12-31');
    expect(firstRecordDate(RECORDS)).toBe('2020-05-01');
  });
});
