/** Matches, visits and feedback between the interchange format and the database. */
import { asc } from 'drizzle-orm';
import type { Db } from '../db/open';
import { matches, visits, feedback, referrals, volunteers, contacts } from '../db/schema';
import type { RecordOf } from '../../../shared/interchange/format';
import { matchProblems, visitProblems } from '../../../shared/matching/rules';
import { contactProblems } from '../../../shared/careReviews/rules';
import type { MatchRecord } from '../../../shared/matching/record';
import { compact, n } from './compact';
import type { Ids } from './cases';
import { refMap } from './refs';
import type { Insert } from './inserter';

/** A match of the file as the matching rules see it. */
export function matchRecordOf(m: RecordOf<'matches'>): MatchRecord {
  return { proposedDate: m.proposedDate, startDate: n(m.startDate), endDate: n(m.endDate), endReason: n(m.endReason), plannedEnding: n(m.plannedEnding), positiveEndingHeld: n(m.positiveEndingHeld), rematchWanted: n(m.rematchWanted) };
}

const contact = (c: RecordOf<'contacts'>) => ({ date: c.date, kind: c.kind, withWhom: n(c.withWhom), note: n(c.note) });

type Doc = { [K in 'volunteers' | 'referrals' | 'matches' | 'visits' | 'feedback' | 'contacts']?: RecordOf<K>[] };

/** The screens' rules for a match: an approved volunteer, dates in order. */
export function matchProblemsOf(m: RecordOf<'matches'>, referralDate: string, v: RecordOf<'volunteers'>, today: string) {
  return matchProblems(matchRecordOf(m), { referralDate, volunteerName: `${v.firstName} ${v.lastName}`, volunteerApprovedDate: n(v.approvedDate), volunteerLeftDate: n(v.leftDate) }, today);
}

/** A visit inside its match. */
export function visitProblemsOf(v: RecordOf<'visits'>, match: MatchRecord, today: string) {
  return visitProblems({ date: v.date, activity: null, durationMinutes: null, activityCostPence: null, miles: null, transportCostPence: null, notes: null }, match, today);
}

export const contactProblemsOf = (c: RecordOf<'contacts'>, match: MatchRecord, today: string) => contactProblems(contact(c), match, today);

/** The same rules as the screens: approved volunteers, dates in order, visits and contacts inside their match. */
export function matchProblemsForImport(document: Doc, today: string) {
  const referralDate = new Map((document.referrals ?? []).map((r) => [r.id, r.date]));
  const volunteer = new Map((document.volunteers ?? []).map((v) => [v.id, v]));
  const matchById = new Map((document.matches ?? []).map((m) => [m.id, matchRecordOf(m)]));
  return {
    matches: (document.matches ?? []).map((m) => matchProblemsOf(m, referralDate.get(m.referralId)!, volunteer.get(m.volunteerId)!, today)),
    visits: (document.visits ?? []).map((v) => visitProblemsOf(v, matchById.get(v.matchId)!, today)),
    contacts: (document.contacts ?? []).map((c) => contactProblemsOf(c, matchById.get(c.matchId)!, today)),
  };
}

/** Returns the match's new id. */
export function insertMatch(insert: Insert, m: RecordOf<'matches'>, referralIds: Ids, volunteerIds: Ids): number {
  return insert(matches, { externalRef: m.id, referralId: referralIds.get(m.referralId)!, volunteerId: volunteerIds.get(m.volunteerId)!, ...matchRecordOf(m) });
}

export function insertVisit(insert: Insert, { id, matchId, ...v }: RecordOf<'visits'>, matchIds: Ids): void {
  insert(visits, { externalRef: id, matchId: matchIds.get(matchId)!, date: v.date, activity: n(v.activity), durationMinutes: n(v.durationMinutes), activityCostPence: n(v.activityCostPence), miles: n(v.miles), transportCostPence: n(v.transportCostPence), notes: n(v.notes) });
}

export function insertFeedback(insert: Insert, { id, matchId, ...f }: RecordOf<'feedback'>, matchIds: Ids): void {
  insert(feedback, { externalRef: id, matchId: matchIds.get(matchId)!, date: f.date, source: n(f.source), satisfaction: n(f.satisfaction), benefited: n(f.benefited), comments: n(f.comments) });
}

export function insertContact(insert: Insert, c: RecordOf<'contacts'>, matchIds: Ids): void {
  insert(contacts, { externalRef: c.id, matchId: matchIds.get(c.matchId)!, ...contact(c) });
}

/** Returns the matches' new ids; a database error throws so the transaction rolls back. `existingMatches` are matches already stored that visits may be on. */
export function insertMatches(insert: Insert, document: Doc, referralIds: Ids, volunteerIds: Ids, existingMatches: Ids = new Map()): Ids {
  const matchIds: Ids = new Map(existingMatches);
  for (const m of document.matches ?? []) matchIds.set(m.id, insertMatch(insert, m, referralIds, volunteerIds));
  for (const v of document.visits ?? []) insertVisit(insert, v, matchIds);
  for (const f of document.feedback ?? []) insertFeedback(insert, f, matchIds);
  for (const c of document.contacts ?? []) insertContact(insert, c, matchIds);
  return matchIds;
}

/** `keep` limits the export to some matches (a person's subject-access export). */
export function exportMatches(db: Db, keep: (m: typeof matches.$inferSelect, youngPersonId: number) => boolean = () => true) {
  const referralRows = db.select({ id: referrals.id, ref: referrals.externalRef, youngPersonId: referrals.youngPersonId }).from(referrals).all();
  const referral = new Map(referralRows.map((r) => [r.id, r]));
  const volunteerRef = refMap(db, volunteers);
  const kept = db
    .select()
    .from(matches)
    .orderBy(asc(matches.id))
    .all()
    .filter((m) => keep(m, referral.get(m.referralId)!.youngPersonId));
  const matchRef = new Map(kept.map((m) => [m.id, m.externalRef]));
  return {
    matches: kept.map(({ id: _id, externalRef, referralId, volunteerId, ...m }) =>
      compact({ id: externalRef, referralId: referral.get(referralId)!.ref, volunteerId: volunteerRef.get(volunteerId)!, ...m }),
    ) as RecordOf<'matches'>[],
    visits: db
      .select()
      .from(visits)
      .orderBy(asc(visits.id))
      .all()
      .filter((v) => matchRef.has(v.matchId))
      .map(({ id: _id, externalRef, matchId, ...v }) => compact({ id: externalRef, matchId: matchRef.get(matchId)!, ...v })) as RecordOf<'visits'>[],
    feedback: db
      .select()
      .from(feedback)
      .orderBy(asc(feedback.id))
      .all()
      .filter((f) => matchRef.has(f.matchId))
      .map(({ id: _id, externalRef, matchId, ...f }) => compact({ id: externalRef, matchId: matchRef.get(matchId)!, ...f })) as RecordOf<'feedback'>[],
    contacts: db
      .select()
      .from(contacts)
      .orderBy(asc(contacts.id))
      .all()
      .filter((c) => matchRef.has(c.matchId))
      .map(({ id: _id, externalRef, matchId, ...c }) => compact({ id: externalRef, matchId: matchRef.get(matchId)!, ...c })) as RecordOf<'contacts'>[],
  };
}
