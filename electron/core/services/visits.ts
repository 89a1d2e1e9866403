/** Visits with their costs, one-year feedback, and the volunteers' monthly expenses. */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../db/open';
import { matches, visits, feedback, volunteers } from '../db/schema';
import type { ExpenseRow, Match, ParsedInput } from '../../../shared/contract';
import { transportCostPence } from '../../../shared/matching/record';
import { visitProblems } from '../../../shared/matching/rules';
import { csv, pounds } from '../../../shared/csv';
import { addDays, addMonths, formatUkDate } from '../../../shared/dates';
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

/** Each volunteer's visits and costs in one calendar month (YYYY-MM). */
export function expenses(db: Db, { month, volunteerId }: ParsedInput<'expenses'>): ExpenseRow[] {
  const from = `${month}-01`;
  const to = addDays(addMonths(from, 1), -1);
  const rows = db
    .select({ volunteerId: matches.volunteerId, firstName: volunteers.firstName, lastName: volunteers.lastName, activity: visits.activityCostPence, miles: visits.miles, transport: visits.transportCostPence })
    .from(visits)
    .innerJoin(matches, eq(visits.matchId, matches.id))
    .innerJoin(volunteers, eq(matches.volunteerId, volunteers.id))
    .where(and(gte(visits.date, from), lte(visits.date, to), volunteerId ? eq(matches.volunteerId, volunteerId) : undefined))
    .orderBy(asc(volunteers.lastName), asc(volunteers.firstName))
    .all();
  const byVolunteer = new Map<number, ExpenseRow>();
  for (const r of rows) {
    const row = byVolunteer.get(r.volunteerId) ?? { volunteerId: r.volunteerId, volunteerName: `${r.firstName} ${r.lastName}`, month, visits: 0, activityPence: 0, miles: 0, transportPence: 0, totalPence: 0 };
    row.visits += 1;
    row.activityPence += r.activity ?? 0;
    row.miles += r.miles ?? 0;
    row.transportPence += r.transport ?? 0;
    row.totalPence = row.activityPence + row.transportPence;
    byVolunteer.set(r.volunteerId, row);
  }
  return [...byVolunteer.values()];
}

export function expensesCsv(db: Db, input: ParsedInput<'expensesCsv'>): { fileName: string; text: string } {
  const header = ['Volunteer', 'Month', 'Visits', 'Activity costs (£)', 'Miles', 'Transport (£)', 'Total (£)'];
  const rows = expenses(db, input).map((r) => [r.volunteerName, r.month, r.visits, pounds(r.activityPence), Math.round(r.miles * 10) / 10, pounds(r.transportPence), pounds(r.totalPence)]);
  return { fileName: `iv-desk-expenses-${input.month}.csv`, text: csv([header, ...rows]) };
}
