/**
 * A month's expenses: every visit in the month with its volunteer and young person, read
 * in one query and gathered into one claim sheet per volunteer. The totals are the
 * shared money rules' (shared/matching/expenses.ts), the same as a match's visit history.
 */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../db/open';
import { matches, referrals, visits, volunteers, youngPeople } from '../db/schema';
import type { ClaimSheet, ExpensesMonth, ParsedInput } from '../../../shared/contract';
import { visitTotals } from '../../../shared/matching/expenses';
import { initialsWithStops } from '../../../shared/people';
import { csv, pounds } from '../../../shared/csv';
import { addDays, addMonths } from '../../../shared/dates';
import { getScheme } from './scheme';

export function expenses(db: Db, { month, volunteerId }: ParsedInput<'expenses'>): ExpensesMonth {
  const from = `${month}-01`;
  const to = addDays(addMonths(from, 1), -1);
  const rows = db
    .select({
      volunteerId: matches.volunteerId,
      volFirst: volunteers.firstName,
      volLast: volunteers.lastName,
      ypFirst: youngPeople.firstName,
      ypLast: youngPeople.lastName,
      id: visits.id,
      date: visits.date,
      activity: visits.activity,
      activityCostPence: visits.activityCostPence,
      miles: visits.miles,
      transportCostPence: visits.transportCostPence,
    })
    .from(visits)
    .innerJoin(matches, eq(visits.matchId, matches.id))
    .innerJoin(volunteers, eq(matches.volunteerId, volunteers.id))
    .innerJoin(referrals, eq(matches.referralId, referrals.id))
    .innerJoin(youngPeople, eq(referrals.youngPersonId, youngPeople.id))
    .where(and(gte(visits.date, from), lte(visits.date, to), volunteerId ? eq(matches.volunteerId, volunteerId) : undefined))
    .orderBy(asc(volunteers.lastName), asc(volunteers.firstName), asc(matches.volunteerId), asc(visits.date), asc(visits.id))
    .all();
  const sheets: ClaimSheet[] = [];
  for (const { volunteerId: vid, volFirst, volLast, ypFirst, ypLast, ...visit } of rows) {
    let sheet = sheets.at(-1);
    if (sheet?.volunteerId !== vid) sheets.push((sheet = { volunteerId: vid, volunteerName: `${volFirst} ${volLast}`, totals: visitTotals([]), visits: [] }));
    sheet.visits.push({ ...visit, youngPersonInitials: initialsWithStops(`${ypFirst} ${ypLast}`) });
  }
  for (const sheet of sheets) sheet.totals = visitTotals(sheet.visits);
  const { name, mileageRatePence } = getScheme(db);
  return { month, schemeName: name, ratePence: mileageRatePence, sheets, totals: visitTotals(sheets.flatMap((s) => s.visits)) };
}

export function expensesCsv(db: Db, input: ParsedInput<'expensesCsv'>): { fileName: string; text: string } {
  const header = ['Volunteer', 'Month', 'Visits', 'Activity costs (£)', 'Miles', 'Transport (£)', 'Total (£)'];
  const rows = expenses(db, input).sheets.map(({ volunteerName, totals: t }) => [volunteerName, input.month, t.visits, pounds(t.activityPence), Math.round(t.miles * 10) / 10, pounds(t.transportPence), pounds(t.totalPence)]);
  return { fileName: `iv-desk-expenses-${input.month}.csv`, text: csv([header, ...rows]) };
}
