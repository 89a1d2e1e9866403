import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/open';
import { youngPeople, referrals, consents } from '../db/schema';
import type { YoungPerson, YoungPersonSummary, Referral, ParsedInput, ServiceStatus } from '../../../shared/contract';
import type { ReferralRecord, ConsentRecord, PlacementType, FamilyContact, ReferrerRole } from '../../../shared/youngPeople/record';
import { waitingState, matchActiveOn, type ReferralOutcome, type WaitingMatch } from '../../../shared/referrals/waiting';
import { matchesByReferral } from './matches';
import { dateOfBirthProblem } from '../../../shared/people';
import { fieldErrors, UserError } from '../errors';
import { nameMatches } from './search';
import { listFromJson } from './jsonList';
import { careReviewsOf, nextReviewOf } from './careReviews';
import { lookedAfterDateProblems } from '../../../shared/careReviews/rules';
import type { CareReview } from '../../../shared/contract';
import { insertedId } from '../db/write';

type Fields = ParsedInput<'createYoungPerson'>;
type YoungPersonRow = typeof youngPeople.$inferSelect;
type ReferralRow = typeof referrals.$inferSelect;


export function referralRecord(row: ReferralRow): ReferralRecord {
  return {
    date: row.date,
    referrerName: row.referrerName,
    referrerRole: row.referrerRole as ReferrerRole | null,
    reason: row.reason,
    outcome: row.outcome as ReferralOutcome,
    outcomeDate: row.outcomeDate,
    closedDate: row.closedDate,
    closedReason: row.closedReason,
  };
}

export function referralWithWaiting(row: ReferralRow, matchList: WaitingMatch[], today: string): Referral {
  const record = referralRecord(row);
  const matched = matchList.some((m) => matchActiveOn(m, today));
  return { id: row.id, youngPersonId: row.youngPersonId, ...record, waiting: waitingState(record, matchList, today), matched };
}

/** Where the young person stands, from their latest referral. */
export function serviceStatus(latest: Referral | undefined): ServiceStatus {
  if (!latest) return 'no_referral';
  if (latest.waiting) return latest.waiting.kind;
  return latest.matched ? 'matched' : 'closed';
}

/** Referrals by young person (all, or the given ids), oldest first. */
export function referralsByPerson(db: Db, ids: number[] | undefined, today: string): Map<number, Referral[]> {
  const map = new Map<number, Referral[]>();
  const rows = db.select().from(referrals).where(ids ? inArray(referrals.youngPersonId, ids) : undefined).orderBy(asc(referrals.date), asc(referrals.id)).all();
  const byReferral = matchesByReferral(db, ids ? rows.map((r) => r.id) : undefined);
  for (const row of rows) map.set(row.youngPersonId, [...(map.get(row.youngPersonId) ?? []), referralWithWaiting(row, byReferral.get(row.id) ?? [], today)]);
  return map;
}

export function listYoungPeople(db: Db, search: string | undefined, today: string): YoungPersonSummary[] {
  const rows = db
    .select({ id: youngPeople.id, firstName: youngPeople.firstName, lastName: youngPeople.lastName, dateOfBirth: youngPeople.dateOfBirth, area: youngPeople.area })
    .from(youngPeople)
    .where(nameMatches(youngPeople.id, 'young_person_search', search))
    .orderBy(asc(youngPeople.lastName), asc(youngPeople.firstName), asc(youngPeople.id))
    .all();
  const byPerson = referralsByPerson(db, rows.map((r) => r.id), today);
  return rows.map((r) => ({ ...r, status: serviceStatus(byPerson.get(r.id)?.at(-1)) }));
}

function toYoungPerson(row: YoungPersonRow, referralList: Referral[], consentList: YoungPerson['consents'], reviews: CareReview[], today: string): YoungPerson {
  const { externalRef: _ref, interests, languages, placementType, familyContact, ...rest } = row;
  return {
    ...rest,
    placementType: placementType as PlacementType | null,
    familyContact: familyContact as FamilyContact | null,
    interests: listFromJson(interests),
    languages: listFromJson(languages),
    status: serviceStatus(referralList.at(-1)),
    referrals: referralList,
    consents: consentList,
    careReviews: reviews,
    nextReview: nextReviewOf(row, reviews, today),
  };
}

export function consentRecord(row: typeof consents.$inferSelect): ConsentRecord & { id: number } {
  return {
    id: row.id,
    signedDate: row.signedDate,
    formVersion: row.formVersion,
    explainedBy: row.explainedBy,
    complaintsProcedureExplained: row.complaintsProcedureExplained,
    withdrawnDate: row.withdrawnDate,
  };
}

export function getYoungPerson(db: Db, id: number, today: string): YoungPerson {
  const row = db.select().from(youngPeople).where(eq(youngPeople.id, id)).get();
  if (!row) throw new UserError('not_found', 'That young person could not be found. Their record may have been removed.');
  const consentRows = db.select().from(consents).where(eq(consents.youngPersonId, id)).orderBy(asc(consents.signedDate), asc(consents.id)).all();
  return toYoungPerson(row, referralsByPerson(db, [id], today).get(id) ?? [], consentRows.map(consentRecord), careReviewsOf(db, id), today);
}

/** Rules beyond the field shapes, shared by the forms and import. */
export function youngPersonProblems(fields: Pick<Fields, 'dateOfBirth'> & { lookedAfterDate?: string | null }, today: string) {
  return { dateOfBirth: dateOfBirthProblem(fields.dateOfBirth, today), ...lookedAfterDateProblems(fields.lookedAfterDate ?? null, fields.dateOfBirth, today) };
}

const columns = (f: Fields) => ({ ...f, interests: JSON.stringify(f.interests), languages: JSON.stringify(f.languages) });

export function createYoungPerson(db: Db, fields: Fields, today: string): YoungPerson {
  fieldErrors(youngPersonProblems(fields, today));
  const id = insertedId(db.insert(youngPeople).values({ ...columns(fields), externalRef: randomUUID() }).run());
  return getYoungPerson(db, id, today);
}

export function updateYoungPerson(db: Db, id: number, fields: Fields, today: string): YoungPerson {
  getYoungPerson(db, id, today);
  fieldErrors(youngPersonProblems(fields, today));
  db.update(youngPeople).set(columns(fields)).where(eq(youngPeople.id, id)).run();
  return getYoungPerson(db, id, today);
}

export function youngPersonDateOfBirth(db: Db, id: number): string {
  const row = db.select({ dob: youngPeople.dateOfBirth }).from(youngPeople).where(eq(youngPeople.id, id)).get();
  if (!row) throw new UserError('not_found', 'That young person could not be found. Their record may have been removed.');
  return row.dob;
}
