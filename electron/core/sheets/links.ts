/**
 * The existing records a row names: a volunteer or a young person by name or id (the id
 * an export shows, or the record's number), the young person's referral a match is on,
 * and the match a visit belongs to. Everything is read once, so each row costs a lookup.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { volunteers, youngPeople, referrals, matches } from '../db/schema';
import { folded } from '../services/volunteers';
import { formatUkDate } from '../../../shared/dates';

export interface Person {
  id: number;
  ref: string;
  name: string;
}

export type Found<T> = { ok: true; value: T } | { ok: false; message: string };

const nameKey = (first: string, last: string) => folded(`${first} ${last}`).replace(/\s+/g, ' ');

export function personFinder(db: Db, table: typeof volunteers | typeof youngPeople, what: string): (text: string) => Found<Person> {
  const rows = db.select({ id: table.id, ref: table.externalRef, firstName: table.firstName, lastName: table.lastName }).from(table).all();
  const byName = new Map<string, Person[]>();
  const byRef = new Map<string, Person>();
  const byId = new Map<number, Person>();
  for (const r of rows) {
    const person = { id: r.id, ref: r.ref, name: `${r.firstName} ${r.lastName}` };
    byRef.set(r.ref, person);
    byId.set(r.id, person);
    for (const key of [nameKey(r.firstName, r.lastName), nameKey(r.lastName, r.firstName)]) byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  return (text) => {
    const asRef = byRef.get(text) ?? (/^\d+$/.test(text) ? byId.get(Number(text)) : undefined);
    if (asRef) return { ok: true, value: asRef };
    const named = byName.get(folded(text.replace(/,/g, ' ')).replace(/\s+/g, ' ')) ?? [];
    if (named.length === 1) return { ok: true, value: named[0] };
    if (named.length > 1) return { ok: false, message: `${named.length} ${what}s are called ${text}: give the id an export shows instead` };
    return { ok: false, message: `there is no ${what} called "${text}" in IV Desk (add them first, or check the spelling)` };
  };
}

/** A match is on the young person's latest referral made by the day it was proposed. */
export function referralFinder(db: Db): (youngPerson: Person, proposedDate: string | undefined) => Found<{ id: number; ref: string }> {
  const rows = db.select({ id: referrals.id, ref: referrals.externalRef, youngPersonId: referrals.youngPersonId, date: referrals.date }).from(referrals).all();
  const of = new Map<number, typeof rows>();
  for (const r of rows) of.set(r.youngPersonId, [...(of.get(r.youngPersonId) ?? []), r]);
  return (person, proposedDate) => {
    const made = (of.get(person.id) ?? []).filter((r) => !proposedDate || r.date <= proposedDate).sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
    if (made.length) return { ok: true, value: made[0] };
    return { ok: false, message: `${person.name} has no referral${proposedDate ? ` made by ${formatUkDate(proposedDate)}` : ''} for a match to be on: record the referral first` };
  };
}

/** A visit belongs to the volunteer's match with the young person held on its day (the latest, if the two were matched more than once). */
export function matchFinder(db: Db): (volunteer: Person, youngPerson: Person, date: string | undefined) => Found<{ id: number; ref: string }> {
  const rows = db
    .select({ id: matches.id, ref: matches.externalRef, volunteerId: matches.volunteerId, youngPersonId: referrals.youngPersonId, proposedDate: matches.proposedDate, endDate: matches.endDate })
    .from(matches)
    .innerJoin(referrals, eq(referrals.id, matches.referralId))
    .all();
  const of = new Map<string, typeof rows>();
  for (const r of rows) of.set(`${r.volunteerId}:${r.youngPersonId}`, [...(of.get(`${r.volunteerId}:${r.youngPersonId}`) ?? []), r]);
  return (volunteer, youngPerson, date) => {
    const pair = (of.get(`${volunteer.id}:${youngPerson.id}`) ?? []).sort((a, b) => b.proposedDate.localeCompare(a.proposedDate) || b.id - a.id);
    const held = pair.find((m) => !date || (m.proposedDate <= date && (!m.endDate || date <= m.endDate))) ?? pair[0];
    if (held) return { ok: true, value: held };
    return { ok: false, message: `${volunteer.name} and ${youngPerson.name} have no match in IV Desk: add the match first` };
  };
}
