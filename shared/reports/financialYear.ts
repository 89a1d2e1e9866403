/** Financial years: UK councils report from 1 April to 31 March, or from the scheme's own start month. */
import { addDays, addMonths } from '../dates';

export interface FinancialYear {
  from: string;
  to: string;
  /** "2026/27" */
  name: string;
}

/** The financial year that begins in `startYear` (2025 for 2025/26), starting on the 1st of `startMonth`. */
export function financialYearStarting(startYear: number, startMonth: number): FinancialYear {
  const from = `${String(startYear).padStart(4, '0')}-${String(startMonth).padStart(2, '0')}-01`;
  const to = addDays(addMonths(from, 12), -1);
  const endYear = Number(to.slice(0, 4));
  const name = endYear === startYear ? String(startYear) : `${startYear}/${String(endYear).slice(2)}`;
  return { from, to, name };
}

/** The first calendar year of the financial year containing a date: how the self-assessment keys a year. */
export function financialYearNumber(iso: string, startMonth: number): number {
  const [y, m] = iso.split('-').map(Number);
  return m >= startMonth ? y : y - 1;
}

/** The financial year containing a date. */
export const financialYearOf = (iso: string, startMonth: number): FinancialYear => financialYearStarting(financialYearNumber(iso, startMonth), startMonth);

export const previousFinancialYear = (fy: FinancialYear, startMonth: number) => financialYearOf(addDays(fy.from, -1), startMonth);
