/** Money, miles and points as the matching screens show and read them. */
import { pounds } from '../../../../shared/csv';
import type { MatchStage } from '../../../../shared/matching/record';
import type { Errors } from '../../form';
import { parseDuration } from '../../../../shared/duration';

export { durationText } from '../../../../shared/dates';

/** £35.50, from pence. */
export const money = (pence: number | null | undefined) => (pence === null || pence === undefined ? '' : `£${Number(pounds(pence)).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);

/** Miles with at most one decimal: 12, 12.5. */
export const milesText = (miles: number | null | undefined) => (miles === null || miles === undefined ? '' : (Math.round(miles * 10) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 }));

/** +30, −30 (a true minus sign), with halves kept. */
export const pointsText = (points: number) => `${points > 0 ? '+' : points < 0 ? '\u2212' : '±'}${Math.abs(points).toLocaleString('en-GB', { maximumFractionDigits: 1 })}`;

export const scoreText = (score: number) => (score < 0 ? `\u2212${Math.abs(score).toLocaleString('en-GB', { maximumFractionDigits: 1 })}` : score.toLocaleString('en-GB', { maximumFractionDigits: 1 }));

/** "45p a mile" or "£1.10 a mile". */
export const rateText = (ratePence: number) => (ratePence < 100 ? `${ratePence}p a mile` : `${money(ratePence)} a mile`);

export const STAGE_LABELS: Record<MatchStage, string> = {
  proposed: 'Proposed',
  introduced: 'Introduced today',
  active: 'Active',
  ended: 'Ended',
};

/** The stages a coordinator filters by, in life order. */
export const STAGE_FILTERS: [MatchStage, string][] = [
  ['proposed', 'Proposed'],
  ['introduced', 'Introduced (the meeting was today)'],
  ['active', 'Active'],
  ['ended', 'Ended'],
];

/**
 * Reads an amount typed in pounds ("35.50", "£35.5", "35") into pence. An empty field
 * is null; anything else that is not pounds and pence adds a plain message to `errors`.
 */
export function readPounds(text: string, field: string, errors: Errors, what: string): number | null {
  const t = text.trim().replace(/,/g, '');
  if (!t) return null;
  if (/^-/.test(t) || /^£\s*-/.test(t)) {
    errors[field] = `The ${what} cannot be negative`;
    return null;
  }
  const m = /^£?\s*(\d{1,6})(?:\.(\d{1,2}))?$/.exec(t) ?? /^£?\s*()\.(\d{1,2})$/.exec(t);
  if (!m) {
    errors[field] = `Enter the ${what} in pounds and pence, like 35.50`;
    return null;
  }
  const pence = Number(m[1] || 0) * 100 + Number((m[2] ?? '').padEnd(2, '0') || 0);
  if (pence > 1_000_000) {
    errors[field] = `The ${what} is too large: enter £10,000 or less`;
    return null;
  }
  return pence;
}

/** Miles as typed ("12", "12.5"); refused when negative or not a number. */
export function readMiles(text: string, field: string, errors: Errors): number | null {
  const t = text.trim();
  if (!t) return null;
  if (/^-\s*\d/.test(t)) {
    errors[field] = 'Miles cannot be negative';
    return null;
  }
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(t)) {
    errors[field] = 'Enter the miles as a number, like 12 or 12.5';
    return null;
  }
  return Number(t);
}

/** A duration as typed ("1h 30m", "90", "1.5 hours") in minutes; a plain message in `errors` when it cannot be read. */
export function readDuration(text: string, field: string, errors: Errors): number | null {
  const reading = parseDuration(text);
  if (reading.ok) return reading.minutes;
  errors[field] = reading.message;
  return null;
}

/** "March 2026", from YYYY-MM. */
export function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** Initials for a claim sheet that may leave the office: "K. M." */
export { initialsWithStops as initials } from '../../../../shared/people';
