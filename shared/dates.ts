/**
 * Calendar dates as ISO strings (YYYY-MM-DD). No Date objects cross a boundary, so no
 * time zone can shift a date of birth by a day.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Month 1-12. By arithmetic, not a Date: addMonths asks it for every date it moves. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** dd/mm/yyyy for people; ISO stays the stored form. */
export function formatUkDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Accepts d/m/yyyy or dd/mm/yyyy (also with - or .); null if it is not a real date. */
export function parseUkDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Whole years between a date of birth and a date, as a person counts birthdays. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** Today's calendar date where the coordinator is, not in UTC. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

// The date arithmetic runs thousands of times a screen (Today, the figures), so it reads
// the fixed YYYY-MM-DD positions and writes the parts itself, about four times quicker
// than splitting the string and slicing toISOString().
const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));
const isoOf = (year: number, month: number, day: number) => `${year}-${twoDigits(month)}-${twoDigits(day)}`;

function toUtc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromUtc(ms: number): string {
  if (Number.isNaN(ms)) throw new RangeError('Invalid time value');
  const date = new Date(ms);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const DAY = 86_400_000;

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY);
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY);
}

/** The same day of the month, n months on; the 31st becomes the month's last day. */
export function addMonths(iso: string, months: number): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoOf(year, month, Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month)));
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/** The scheme's bank holidays as ISO dates: a Set will do; core's answers a year at a time. */
export interface BankHolidays {
  has(iso: string): boolean;
}

/**
 * Monday to Friday, skipping the scheme's bank holidays. The holidays come in as ISO
 * dates, worked out in core from the scheme's nation (shared code stays free of the
 * holiday library, so it stays out of the renderer's bundle).
 */
export function addWorkingDays(iso: string, days: number, bankHolidays: BankHolidays): string {
  let date = iso;
  let left = days;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date, bankHolidays)) left -= 1;
  }
  return date;
}

export function isWorkingDay(iso: string, bankHolidays: BankHolidays): boolean {
  const weekday = new Date(toUtc(iso)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !bankHolidays.has(iso);
}

/** The Monday of the week a date falls in. */
export function startOfWeek(iso: string): string {
  const weekday = new Date(toUtc(iso)).getUTCDay();
  return addDays(iso, -((weekday + 6) % 7));
}

/** "1 h 30 min", "45 min". */
export function durationText(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}
