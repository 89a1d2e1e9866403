import { asc, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open';
import { matches, referrals, volunteers, youngPeople } from '../db/schema';
import { nameOnly, searchQuery } from '../../../shared/search';
import { matchStage, type MatchStage } from '../../../shared/matching/record';
import { SEARCH_GROUP_SIZE, type SearchGroup, type SearchResults } from '../../../shared/contract/search';

/**
 * The full-text indexes migration 0007 keeps by trigger, one per kind of person (rowid =
 * the person's id): the name and contact details folded by iv_fold, so accents and case
 * are matched by the index, not by a function run on every row.
 */
export type PersonIndex = 'volunteer_search' | 'young_person_search';

/** The people whose index entry holds every word; undefined for a blank search (everyone). */
function foundIn(id: SQLiteColumn, index: PersonIndex, text: string, where: (query: string) => string = (q) => q): SQL | undefined {
  const query = searchQuery(text);
  if (query.kind === 'everything') return undefined;
  if (query.kind === 'nothing') return sql`0`;
  return sql`${id} IN (SELECT rowid FROM ${sql.identifier(index)} WHERE ${sql.identifier(index)} MATCH ${where(query.query)})`;
}

/** The lists' name search: every word begins a word of the first or last name. */
export function nameMatches(id: SQLiteColumn, index: PersonIndex, search: string | undefined): SQL | undefined {
  return foundIn(id, index, search ?? '', nameOnly);
}

/**
 * The same name search for a prepared statement: a condition on the table's `id` with the
 * MATCH words as the @match parameter; null when the words can find no one.
 */
export function nameCondition(index: PersonIndex, search: string | undefined): { where: string; match?: string } | null {
  const query = searchQuery(search ?? '');
  if (query.kind === 'nothing') return null;
  if (query.kind === 'everything') return { where: '1' };
  return { where: `id IN (SELECT rowid FROM ${index} WHERE ${index} MATCH @match)`, match: nameOnly(query.query) };
}

const STAGE_ORDER: Record<MatchStage, number> = { active: 0, introduced: 0, proposed: 1, ended: 2 };
const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
const firstOf = <T>(all: T[]): SearchGroup<T> => ({ total: all.length, items: all.slice(0, SEARCH_GROUP_SIZE) });

/**
 * The header search. Volunteers and young people by name, email, phone, postcode or case
 * reference; matches by either person, referrals by their young person. Only the person
 * indexes are read, so no log's words (safeguarding, complaints) can ever be found.
 */
export function searchEverything(db: Db, text: string, today: string): SearchResults {
  const empty = { total: 0, items: [] };
  const volunteerFound = foundIn(volunteers.id, 'volunteer_search', text);
  const youngPersonFound = foundIn(youngPeople.id, 'young_person_search', text);
  if (!volunteerFound || !youngPersonFound) return { volunteers: empty, youngPeople: empty, matches: empty, referrals: empty };

  const volunteerColumns = { id: volunteers.id, firstName: volunteers.firstName, lastName: volunteers.lastName, email: volunteers.email, postcode: volunteers.postcode };
  const volunteerTotal = db.select({ n: count() }).from(volunteers).where(volunteerFound).get()?.n ?? 0;
  const volunteerItems = db.select(volunteerColumns).from(volunteers).where(volunteerFound).orderBy(asc(volunteers.lastName), asc(volunteers.firstName), asc(volunteers.id)).limit(SEARCH_GROUP_SIZE).all();

  const youngPersonColumns = { id: youngPeople.id, firstName: youngPeople.firstName, lastName: youngPeople.lastName, dateOfBirth: youngPeople.dateOfBirth, caseReference: youngPeople.caseReference };
  const youngPersonTotal = db.select({ n: count() }).from(youngPeople).where(youngPersonFound).get()?.n ?? 0;
  const youngPersonItems = db.select(youngPersonColumns).from(youngPeople).where(youngPersonFound).orderBy(asc(youngPeople.lastName), asc(youngPeople.firstName), asc(youngPeople.id)).limit(SEARCH_GROUP_SIZE).all();

  const matchRows = db
    .select({
      id: matches.id,
      proposedDate: matches.proposedDate,
      startDate: matches.startDate,
      endDate: matches.endDate,
      volunteer: { firstName: volunteers.firstName, lastName: volunteers.lastName },
      youngPerson: { firstName: youngPeople.firstName, lastName: youngPeople.lastName },
    })
    .from(matches)
    .innerJoin(volunteers, eq(volunteers.id, matches.volunteerId))
    .innerJoin(referrals, eq(referrals.id, matches.referralId))
    .innerJoin(youngPeople, eq(youngPeople.id, referrals.youngPersonId))
    .where(or(volunteerFound, youngPersonFound))
    .all()
    .map((m) => ({ ...m, stage: matchStage(m, today) }))
    .sort((a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || b.proposedDate.localeCompare(a.proposedDate) || b.id - a.id)
    .map((m) => ({ id: m.id, volunteerName: fullName(m.volunteer), youngPersonName: fullName(m.youngPerson), stage: m.stage }));

  const referralRows = db
    .select({ id: referrals.id, youngPersonId: referrals.youngPersonId, date: referrals.date, closedDate: referrals.closedDate, firstName: youngPeople.firstName, lastName: youngPeople.lastName })
    .from(referrals)
    .innerJoin(youngPeople, eq(youngPeople.id, referrals.youngPersonId))
    .where(youngPersonFound)
    .all()
    .map((r) => ({ id: r.id, youngPersonId: r.youngPersonId, youngPersonName: fullName(r), date: r.date, closed: r.closedDate !== null }))
    .sort((a, b) => Number(a.closed) - Number(b.closed) || b.date.localeCompare(a.date) || b.id - a.id);

  return {
    volunteers: { total: volunteerTotal, items: volunteerItems },
    youngPeople: { total: youngPersonTotal, items: youngPersonItems },
    matches: firstOf(matchRows),
    referrals: firstOf(referralRows),
  };
}

/**
 * Merges each index into one segment. A deleted or changed entry's old words stay in the
 * index's older segments until they are merged, so after an erasure the erased names would
 * still be in the file (in volunteer_search_data); merging rewrites the index without them.
 */
export function compactSearchIndexes(db: Db): void {
  for (const index of ['volunteer_search', 'young_person_search'] satisfies PersonIndex[]) {
    db.$client.prepare(`INSERT INTO ${index}(${index}) VALUES ('optimize')`).run();
  }
}
