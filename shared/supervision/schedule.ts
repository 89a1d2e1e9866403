/**
 * When a volunteer's next supervision falls due. The clock runs from the last
 * supervision (or, before the first, from the start of their first match) and stops
 * while they are inactive: each day of an inactive period inside the interval pushes
 * the due date on by a day.
 */
import { addDays, daysBetween } from '../dates';

export interface ScheduleVolunteer {
  approvedDate: string | null;
  leftDate: string | null;
  inactivePeriods: { from: string; to: string | null }[];
}

export interface LastSupervision {
  date: string;
  nextDueDate: string | null;
}

export type DueBasis = 'recorded_next_due' | 'last_supervision' | 'first_match';

/** dueDate is null while an inactive period with no end pauses the clock. */
export interface SupervisionSchedule {
  dueDate: string | null;
  basis: DueBasis;
}

/** Days of the inactive periods inside [start, end): an open period counts to the end. */
function pausedDays(periods: ScheduleVolunteer['inactivePeriods'], start: string, end: string): number {
  let days = 0;
  for (const p of periods) {
    const from = p.from > start ? p.from : start;
    const to = p.to && p.to < end ? p.to : end;
    if (to > from) days += daysBetween(from, to);
  }
  return days;
}

/**
 * The schedule for a volunteer who is approved, has not left, and has a match running
 * today; null for anyone the schedule does not cover.
 */
export function supervisionSchedule(
  v: ScheduleVolunteer,
  firstMatchStart: string | null,
  hasCurrentMatch: boolean,
  last: LastSupervision | null,
  weeks: number,
  today: string,
): SupervisionSchedule | null {
  if (!v.approvedDate || v.approvedDate > today || (v.leftDate && v.leftDate <= today)) return null;
  if (!hasCurrentMatch || !firstMatchStart) return null;
  const start = last?.date ?? firstMatchStart;
  const basis: DueBasis = last?.nextDueDate ? 'recorded_next_due' : last ? 'last_supervision' : 'first_match';
  const nominal = last?.nextDueDate ?? addDays(start, weeks * 7);
  if (v.inactivePeriods.some((p) => !p.to && p.from <= today && p.from >= start)) return { dueDate: null, basis };
  // Pushing the date on can bring a later inactive period inside the interval: repeat until it settles.
  let due = nominal;
  for (let i = 0; i < 50; i += 1) {
    const next = addDays(nominal, pausedDays(v.inactivePeriods, start, due));
    if (next === due) break;
    due = next;
  }
  return { dueDate: due, basis };
}
