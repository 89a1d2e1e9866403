/** Financial years (UK councils report from 1 April to 31 March; the start month is a scheme setting). */
import { addDays, addMonths } from './dates';

export interface FinancialYear {
  from: string;
  to: string;
  /** "2026/27" */
  name: string;
}

/** The financial year containing a date, for a year that starts on the 1st of `startMonth`. */
export function financialYearOf(iso: string, startMonth: number): FinancialYear {
  const [y, m] = iso.split('-').map(Number);
  const startYear = m >= startMonth ? y : y - 1;
  const from = `${startYear}-${String(startMonth).padStart(2, '0')}-01`;
  const to = addDays(addMonths(from, 12), -1);
  const endYear = Number(to.slice(0, 4));
  const name = endYear === startYear ? String(startYear) : `${startYear}/${String(endYear).slice(2)}`;
  return { from, to, name };
}

export const previousFinancialYear = (fy: FinancialYear, startMonth: number) => financialYearOf(addDays(fy.from, -1), startMonth);

export const nextFinancialYear = (fy: FinancialYear, startMonth: number) => financialYearOf(addDays(fy.to, 1), startMonth);

/** Every financial year from the one containing `first` to the one containing `last`, in order. */
export function financialYearsBetween(first: string, last: string, startMonth: number): FinancialYear[] {
  const years: FinancialYear[] = [];
  for (let fy = financialYearOf(first, startMonth); fy.from <= last; fy = nextFinancialYear(fy, startMonth)) years.push(fy);
  return years;
}
