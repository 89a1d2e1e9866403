/**
 * The care review calendar. The recorded next review date wins; without one, reg 33 of
 * the Care Planning, Placement and Case Review (England) Regulations 2010: the first
 * review within 20 working days of becoming looked after, the second within 3 months
 * of the first, then every 6 months.
 */
import { addDays, addMonths, addWorkingDays, daysBetween, type BankHolidays } from '../dates';

export interface ReviewPerson {
  nextReviewDate: string | null;
  lookedAfterDate: string | null;
}

export interface NextReview {
  date: string;
  basis: 'recorded' | 'reg33';
}

/** The reg 33 dates from becoming looked after, up to and including the first on or after `until`. */
export function reg33Dates(lookedAfterDate: string, until: string, bankHolidays: BankHolidays): string[] {
  const dates = [addWorkingDays(lookedAfterDate, 20, bankHolidays)];
  dates.push(addMonths(dates[0], 3));
  while (dates.at(-1)! < until) dates.push(addMonths(dates.at(-1)!, 6));
  return dates;
}

/**
 * The next review. `reviewDates` are the meetings recorded, any order. A recorded next
 * date at or before the latest meeting is stale (that meeting was it). With meetings
 * since becoming looked after, reg 33 runs from the latest: 3 months after the first,
 * 6 after any later one. Otherwise the first reg 33 date on or after today.
 */
export function nextReview(person: ReviewPerson, reviewDates: string[], today: string, bankHolidays: BankHolidays): NextReview | null {
  const latest = [...reviewDates].sort().at(-1) ?? null;
  if (person.nextReviewDate && (!latest || person.nextReviewDate > latest)) return { date: person.nextReviewDate, basis: 'recorded' };
  const looked = person.lookedAfterDate;
  if (!looked) return null;
  const since = reviewDates.filter((d) => d >= looked).sort();
  if (since.length > 0) return { date: addMonths(since.at(-1)!, since.length === 1 ? 3 : 6), basis: 'reg33' };
  return { date: reg33Dates(looked, today, bankHolidays).find((d) => d >= today)!, basis: 'reg33' };
}

export interface WindowMatch {
  startDate: string | null;
  endDate: string | null;
}

export interface UpdateWindow {
  /** First day covered. */
  from: string;
  /** Last day covered: the day before the review. */
  to: string;
  basis: 'previous_review' | 'first_match';
}

/**
 * The time a care-review update for review day D covers: from the day of the latest
 * review before D (a visit that day was after the last update was written) to the day
 * before D; with no earlier review, from the start of the first match that started
 * before D. Null when no match was running at any time in it.
 */
export function updateWindow(reviewDate: string, reviewDates: string[], matches: WindowMatch[]): UpdateWindow | null {
  const to = addDays(reviewDate, -1);
  const previous = reviewDates.filter((d) => d < reviewDate).sort().at(-1);
  const started = matches.filter((m) => m.startDate && m.startDate <= to);
  const window = previous
    ? { from: previous, to, basis: 'previous_review' as const }
    : started.length
      ? { from: started.map((m) => m.startDate!).sort()[0], to, basis: 'first_match' as const }
      : null;
  if (!window) return null;
  return started.some((m) => matchInWindow(m, window)) ? window : null;
}

/** A match that ran on some day of the window. */
export function matchInWindow(m: WindowMatch, w: { from: string; to: string }): boolean {
  return !!m.startDate && m.startDate <= w.to && (!m.endDate || m.endDate >= w.from);
}

/**
 * Stretches without a visit longer than `maxDays`: from the window's start (or the
 * first match's start, if later) to the first visit, between visits, and from the last
 * visit to the window's end (or today, if earlier).
 */
export function visitGaps(start: string, end: string, visitDates: string[], maxDays: number): { from: string; to: string; days: number }[] {
  const points = [start, ...[...visitDates].sort(), end];
  const gaps: { from: string; to: string; days: number }[] = [];
  for (let i = 1; i < points.length; i += 1) {
    const days = daysBetween(points[i - 1], points[i]);
    if (days > maxDays) gaps.push({ from: points[i - 1], to: points[i], days });
  }
  return gaps;
}
