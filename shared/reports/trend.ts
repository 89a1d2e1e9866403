/**
 * The year-by-year trend: one row per financial year from the scheme's first record,
 * each computed by `computeFigures` for that year, so a year's row is exactly that
 * year's figures.
 */
import { computeFigures, figuresIfFor, type FigureRecords, type Figures } from '../figures';
import { financialYearsBetween, type FinancialYear } from '../financialYear';

export interface TrendRow {
  /** "2024/25" */
  year: string;
  from: string;
  /** The year's last day, or the last date asked for when the year is not over. */
  to: string;
  partial: boolean;
  referrals: number;
  matchesMade: number;
  activeMatchesAtEnd: number;
  volunteersRecruited: number;
  waitingAtEnd: number;
  waitingWeeksMean: number | null;
}

/** The earliest date the scheme's records hold: an enquiry, a referral or a proposed match; null with none. */
export function firstRecordDate(records: Pick<FigureRecords, 'volunteers' | 'referrals' | 'matches'>): string | null {
  const dates = [...records.volunteers.map((v) => v.enquiryDate), ...records.referrals.map((r) => r.date), ...records.matches.map((m) => m.proposedDate)];
  return dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : null;
}

/** A year's row from that year's figures; `to` is the year's end, or the last date asked for when that comes first. */
export function trendRow(fy: FinancialYear, to: string, f: Figures): TrendRow {
  return {
    year: fy.name,
    from: fy.from,
    to,
    partial: to < fy.to,
    referrals: f.referralsReceived,
    matchesMade: f.matchesMade,
    activeMatchesAtEnd: f.activeMatchesAtEnd,
    volunteersRecruited: f.volunteersRecruited,
    waitingAtEnd: f.waitingAtEnd.total,
    waitingWeeksMean: f.waitingWeeksMean,
  };
}

/** `known` is the figures already worked out from the same records (the asked period's), reused for the year they cover. */
export function computeTrend(records: FigureRecords, firstDate: string | null, lastDate: string, financialYearStartMonth: number, known?: Figures): TrendRow[] {
  if (!firstDate || firstDate > lastDate) return [];
  return financialYearsBetween(firstDate, lastDate, financialYearStartMonth).map((fy) => {
    const year = { from: fy.from, to: fy.to < lastDate ? fy.to : lastDate };
    return trendRow(fy, year.to, figuresIfFor(known, year) ?? computeFigures(records, year));
  });
}
