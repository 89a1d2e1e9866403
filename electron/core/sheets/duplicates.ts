/**
 * Likely duplicates of records already in IV Desk: for people, the duplicate warnings'
 * own rules (a volunteer's in services/volunteers, a young person's in
 * shared/youngPeople/duplicates); for the rest, the same record on the same day (a visit
 * on the same match, a supervision of the same volunteer, a review of the same young
 * person, a match of the same two people proposed the same day).
 */
import type { Db } from '../db/open';
import { matches, visits, supervisions, careReviews } from '../db/schema';
import { volunteerDuplicateFinder } from '../services/volunteers';
import { youngPeopleDuplicateFinder } from '../services/youngPeople';
import { formatUkDate } from '../../../shared/dates';
import type { SheetKind } from '../../../shared/sheets/fields';

type Record_ = Record<string, unknown>;
export type Duplicate = { name: string; existing: string[] } | null;

const text = (value: unknown) => (typeof value === 'string' ? value : null);

function sameDayFinder(db: Db, kind: 'matches' | 'visits' | 'supervisions' | 'care-reviews') {
  const keys = new Set<string>();
  if (kind === 'matches') for (const m of db.select({ a: matches.volunteerId, b: matches.referralId, d: matches.proposedDate }).from(matches).all()) keys.add(`${m.a}:${m.b}:${m.d}`);
  if (kind === 'visits') for (const v of db.select({ a: visits.matchId, d: visits.date }).from(visits).all()) keys.add(`${v.a}:${v.d}`);
  if (kind === 'supervisions') for (const s of db.select({ a: supervisions.volunteerId, d: supervisions.date }).from(supervisions).all()) keys.add(`${s.a}:${s.d}`);
  if (kind === 'care-reviews') for (const r of db.select({ a: careReviews.youngPersonId, d: careReviews.date }).from(careReviews).all()) keys.add(`${r.a}:${r.d}`);
  const what = { matches: 'A match of the same two people proposed', visits: 'A visit on the same match', supervisions: 'A supervision of the same volunteer', 'care-reviews': 'A care review of the same young person' }[kind];
  return (record: Record_, existing: Map<string, number>): Duplicate => {
    const id = (field: string) => existing.get(text(record[field]) ?? '');
    const date = text(record.proposedDate) ?? text(record.date) ?? '';
    const key = kind === 'matches' ? `${id('volunteerId')}:${id('referralId')}:${date}` : kind === 'visits' ? `${id('matchId')}:${date}` : kind === 'supervisions' ? `${id('volunteerId')}:${date}` : `${id('youngPersonId')}:${date}`;
    return keys.has(key) ? { name: `The record of ${formatUkDate(date)}`, existing: [`${what} on ${formatUkDate(date)} is already in IV Desk`] } : null;
  };
}

/** A person's row, as their duplicate warning names the records it is like. */
const personFinder =
  (find: (record: Record_, name: { firstName: string; lastName: string }) => { name: string; reason: string }[]) =>
  (record: Record_): Duplicate => {
    const name = { firstName: text(record.firstName) ?? '', lastName: text(record.lastName) ?? '' };
    const same = find(record, name);
    return same.length ? { name: `${name.firstName} ${name.lastName}`, existing: same.map((c) => `${c.name} (${c.reason})`) } : null;
  };

/** For the row's first record (the person, or the match, visit, supervision or review). */
export function duplicateFinder(db: Db, kind: SheetKind): (record: Record_, existing: Map<string, number>) => Duplicate {
  if (kind === 'young-people') {
    const find = youngPeopleDuplicateFinder(db);
    return personFinder((record, name) => find({ ...name, dateOfBirth: text(record.dateOfBirth), caseReference: text(record.caseReference) }));
  }
  if (kind !== 'volunteers') return sameDayFinder(db, kind);
  const find = volunteerDuplicateFinder(db);
  return personFinder((record, name) => find({ ...name, dateOfBirth: text(record.dateOfBirth), email: text(record.email) }));
}
