/**
 * Likely duplicates of records already in IV Desk: for people, the duplicate warning's
 * own rules (the same name and date of birth, or for a volunteer the same email
 * address); for the rest, the same record on the same day (a visit on the same match, a
 * supervision of the same volunteer, a review of the same young person, a match of the
 * same two people proposed the same day).
 */
import type { Db } from '../db/open';
import { youngPeople, matches, visits, supervisions, careReviews } from '../db/schema';
import { folded, volunteerDuplicateFinder } from '../services/volunteers';
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

function youngPersonFinder(db: Db) {
  const byBirth = new Map<string, { firstName: string; lastName: string }[]>();
  for (const y of db.select({ firstName: youngPeople.firstName, lastName: youngPeople.lastName, dateOfBirth: youngPeople.dateOfBirth }).from(youngPeople).all()) {
    byBirth.set(y.dateOfBirth, [...(byBirth.get(y.dateOfBirth) ?? []), y]);
  }
  return (record: Record_): Duplicate => {
    const [first, last] = [text(record.firstName), text(record.lastName)];
    const same = (byBirth.get(text(record.dateOfBirth) ?? '') ?? []).filter((y) => folded(y.firstName) === folded(first) && folded(y.lastName) === folded(last));
    return same.length ? { name: `${first} ${last}`, existing: same.map((y) => `${y.firstName} ${y.lastName} (the same name and date of birth)`) } : null;
  };
}

/** For the row's first record (the person, or the match, visit, supervision or review). */
export function duplicateFinder(db: Db, kind: SheetKind): (record: Record_, existing: Map<string, number>) => Duplicate {
  if (kind === 'young-people') return youngPersonFinder(db);
  if (kind !== 'volunteers') return sameDayFinder(db, kind);
  const find = volunteerDuplicateFinder(db);
  return (record) => {
    const [firstName, lastName] = [text(record.firstName) ?? '', text(record.lastName) ?? ''];
    const same = find({ firstName, lastName, dateOfBirth: text(record.dateOfBirth), email: text(record.email) });
    return same.length ? { name: `${firstName} ${lastName}`, existing: same.map((c) => `${c.name} (${c.reason})`) } : null;
  };
}
