/**
 * The header search and the lists' name search against hand-written SQL on the same
 * database: the same full-text lookups, with the grouping, counting, ordering and stages
 * done in SQL, checked to give the same answer.
 */
import { asc } from 'drizzle-orm';
import type { Session } from '../../electron/core/session';
import { volunteers, youngPeople } from '../../electron/core/db/schema';
import { nameMatches, searchEverything } from '../../electron/core/services/search';
import { SEARCH_GROUP_SIZE, type ReferralFound, type SearchResults } from '../../shared/contract/search';
import { nameOnly, searchQuery } from '../../shared/search';
import { againstFloor } from './measure';
import { BENCH_TODAY } from './generate';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function matchQuery(text: string): string {
  const query = searchQuery(text);
  if (query.kind !== 'match') throw new Error(`The bench searches for words: ${text}`);
  return query.query;
}

/** The header search's answer in SQL alone. */
function headerFloor(session: Session, text: string, today: string): SearchResults {
  const sqlite = session.connection.sqlite;
  const q = matchQuery(text);
  const volunteerFound = 'SELECT rowid FROM volunteer_search WHERE volunteer_search MATCH ?';
  const youngPersonFound = 'SELECT rowid FROM young_person_search WHERE young_person_search MATCH ?';
  // One query a group: the first rows, each carrying the count of all (a window over the whole answer).
  const group = <T>(sql: string, ...args: unknown[]) => {
    const rows = sqlite.prepare(`${sql.replace('SELECT ', 'SELECT count(*) OVER () AS total, ')} LIMIT ${SEARCH_GROUP_SIZE}`).all(...args) as ({ total: number } & T)[];
    return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _total, ...row }) => row as T) };
  };
  type ReferralRow = Omit<ReferralFound, 'closed'> & { closed: number };
  const withClosed = (g: { total: number; items: ReferralRow[] }) => ({ ...g, items: g.items.map((r) => ({ ...r, closed: r.closed === 1 })) });
  const stage = `CASE WHEN m.end_date IS NOT NULL AND m.end_date <= @today THEN 'ended' WHEN m.start_date IS NULL OR m.start_date > @today THEN 'proposed' WHEN m.start_date = @today THEN 'introduced' ELSE 'active' END`;
  return {
    volunteers: group(`SELECT id, first_name AS firstName, last_name AS lastName, email, postcode FROM volunteers WHERE id IN (${volunteerFound}) ORDER BY last_name, first_name, id`, q),
    youngPeople: group(`SELECT id, first_name AS firstName, last_name AS lastName, date_of_birth AS dateOfBirth, case_reference AS caseReference FROM young_people WHERE id IN (${youngPersonFound}) ORDER BY last_name, first_name, id`, q),
    matches: group(
      `SELECT m.id, v.first_name || ' ' || v.last_name AS volunteerName, y.first_name || ' ' || y.last_name AS youngPersonName, ${stage} AS stage
       FROM matches m JOIN volunteers v ON v.id = m.volunteer_id JOIN referrals r ON r.id = m.referral_id JOIN young_people y ON y.id = r.young_person_id
       WHERE m.volunteer_id IN (${volunteerFound.replace('?', '@q')}) OR r.young_person_id IN (${youngPersonFound.replace('?', '@q')})
       ORDER BY CASE ${stage} WHEN 'proposed' THEN 1 WHEN 'ended' THEN 2 ELSE 0 END, m.proposed_date DESC, m.id DESC`,
      { q, today },
    ),
    referrals: withClosed(
      group<ReferralRow>(
        `SELECT r.id, r.young_person_id AS youngPersonId, y.first_name || ' ' || y.last_name AS youngPersonName, r.date, r.closed_date IS NOT NULL AS closed
         FROM referrals r JOIN young_people y ON y.id = r.young_person_id WHERE r.young_person_id IN (${youngPersonFound}) ORDER BY closed, r.date DESC, r.id DESC`,
        q,
      ),
    ),
  };
}

/** The ids a list's name search finds, in the list's order. */
function listIds(session: Session, text: string) {
  return {
    volunteers: session.db.select({ id: volunteers.id }).from(volunteers).where(nameMatches(volunteers.id, 'volunteer_search', text)).orderBy(asc(volunteers.lastName), asc(volunteers.firstName), asc(volunteers.id)).all(),
    youngPeople: session.db.select({ id: youngPeople.id }).from(youngPeople).where(nameMatches(youngPeople.id, 'young_person_search', text)).orderBy(asc(youngPeople.lastName), asc(youngPeople.firstName), asc(youngPeople.id)).all(),
  };
}

function listFloor(session: Session, text: string) {
  const sqlite = session.connection.sqlite;
  const q = nameOnly(matchQuery(text));
  return {
    volunteers: sqlite.prepare('SELECT id FROM volunteers WHERE id IN (SELECT rowid FROM volunteer_search WHERE volunteer_search MATCH ?) ORDER BY last_name, first_name, id').all(q),
    youngPeople: sqlite.prepare('SELECT id FROM young_people WHERE id IN (SELECT rowid FROM young_person_search WHERE young_person_search MATCH ?) ORDER BY last_name, first_name, id').all(q),
  };
}

export function searches(session: Session): void {
  for (const text of ['smith', 'amira jones', 'DH3 4AB', 'volunteer1234@example.org', 'a']) {
    againstFloor(`header search ("${text}")`, () => searchEverything(session.db, text, BENCH_TODAY), () => headerFloor(session, text, BENCH_TODAY), same);
  }
  for (const text of ['smith', 'amira jo']) {
    againstFloor(`list name search ("${text}")`, () => listIds(session, text), () => listFloor(session, text), same);
  }
}
