/**
 * How long something took, as a coordinator types it: "90", "1h 30m", "1.5 hours",
 * "1 hour", "45 mins", "1:30", "1 h 30 min" (what durationText shows, so a duration
 * shown can be typed back). A bare number is minutes.
 */
export type DurationReading = { ok: true; minutes: number | null } | { ok: false; message: string };

export const DURATION_HINT = 'For example, 1h 30m, 90 (minutes) or 1.5 hours';

const HOURS = '(?:h|hr|hrs|hour|hours)';
const MINUTES = '(?:m|min|mins|minute|minutes)';
const NUMBER = '(\\d{1,4}(?:\\.\\d{1,2})?|\\.\\d{1,2})';
/** Hours, minutes, or both ("1h 30m", "1 hour and 30 minutes", "1h30"). */
const IN_UNITS = new RegExp(`^(?:${NUMBER}\\s*${HOURS})?\\s*(?:,|and)?\\s*(?:${NUMBER}\\s*(${MINUTES})?)?$`);
const CLOCK = /^(\d{1,2}):([0-5]\d)$/;

const UNREADABLE = 'Enter the duration in hours and minutes, like 1h 30m, 90 or 1.5 hours';

export function parseDuration(text: string): DurationReading {
  const t = text.trim().toLowerCase();
  if (!t) return { ok: true, minutes: null };
  if (/^[-\u2212]\s*[\d.]/.test(t)) return { ok: false, message: 'The duration cannot be negative' };
  const clock = CLOCK.exec(t);
  if (clock) return { ok: true, minutes: Number(clock[1]) * 60 + Number(clock[2]) };
  const units = IN_UNITS.exec(t);
  if (!units) return { ok: false, message: UNREADABLE };
  const [, hours, minutes, minuteUnit] = units;
  if (hours === undefined && minutes === undefined) return { ok: false, message: UNREADABLE };
  // "1h30" means 30 minutes; a bare "1.5" could be hours or minutes, so it is asked for again.
  if (minutes !== undefined && !minuteUnit && hours === undefined && minutes.includes('.')) return { ok: false, message: UNREADABLE };
  if (minutes !== undefined && minutes.includes('.')) return { ok: false, message: 'Enter the minutes as a whole number, like 1h 30m' };
  return { ok: true, minutes: Math.round(Number(hours ?? 0) * 60) + Number(minutes ?? 0) };
}
