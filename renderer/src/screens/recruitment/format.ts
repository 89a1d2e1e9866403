/** British number and date wording for the recruitment screens. */
import { addMonths, addDays } from '../../../../shared/dates';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export const formatCount = (n: number) => whole.format(n);
export const formatPercent = (n: number) => `${oneDecimal.format(n)}%`;
export const formatDays = (n: number) => `${upToOneDecimal.format(n)} ${n === 1 ? 'day' : 'days'}`;

export const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "Monday 23 November 2026", from an ISO date, with no time zone shift. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  return `${weekday} ${dayMonthYear(iso)}`;
}

/** "1 April 2026", from an ISO date. */
export function dayMonthYear(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

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
