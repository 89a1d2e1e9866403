/** Visits with their costs, and one-year feedback (a month's expenses: expenses.ts). */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { matches, visits, feedback } from '../db/schema';
import type { Match, ParsedInput } from '../../../shared/contract';
import { transportCostPence } from '../../../shared/matching/record';
import { visitProblems } from '../../../shared/matching/rules';
import { formatUkDate } from '../../../shared/dates';
import { fieldErrors, UserError } from '../errors';
import { getMatch, matchRecord } from './matches';
import { getScheme } from './scheme';

export function saveVisit(db: Db, { matchId, visitId, ...visit }: ParsedInput<'saveVisit'>, today: string): Match {
  const match = db.select().from(matches).where(eq(matches.id, matchId)).get();
  if (!match) throw new UserError('not_found', 'That match could not be found.');
  const transport = visit.miles === null ? null : transportCostPence(visit.miles, getScheme(db).mileageRatePence);
  const record = { ...visit, transportCostPence: transport };
  fieldErrors(visitProblems(record, matchRecord(match), today));
  if (visitId === undefined) db.insert(visits).values({ ...record, matchId, externalRef: randomUUID() }).run();
  else {
    const result = db.update(visits).set(record).where(and(eq(visits.id, visitId), eq(visits.matchId, matchId))).run();
    if (result.changes === 0) throw new UserError('not_found', 'That visit could not be found.');
  }
  return getMatch(db, matchId, today);
}

export function saveFeedback(db: Db, { matchId, ...entry }: ParsedInput<'saveFeedback'>, today: string): Match {
  const match = db.select().from(matches).where(eq(matches.id, matchId)).get();
  if (!match) throw new UserError('not_found', 'That match could not be found.');
  fieldErrors({
    date: entry.date > today ? 'The feedback date cannot be in the future' : match.startDate && entry.date < match.startDate ? `Feedback cannot be before the match started (${formatUkDate(match.startDate)})` : !match.startDate ? 'Record the introduction meeting first' : null,
  });
  db.insert(feedback).values({ ...entry, matchId, externalRef: randomUUID() }).run();
  return getMatch(db, matchId, today);
}
