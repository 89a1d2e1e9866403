import { randomUUID } from 'node:crypto';
import { asc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { Db } from '../db/open';
import { decisionsOn } from './todayDecisions';
import { youngPeople, referrals, consents, matches, volunteers } from '../db/schema';
import type { YoungPerson, YoungPersonSummary, YoungPersonListRow, Referral, ParsedInput, ServiceStatus } from '../../../shared/contract';
import { SERVICE_STATUS_LABELS } from '../../../shared/youngPeople/serviceStatus';
import type { MatchRecord } from '../../../shared/matching/record';
import { youngPersonShown } from '../../../shared/lists/choices';
import { currentMatch } from '../../../shared/lists/currentMatch';
import { sortRows, type SortKey } from '../../../shared/lists/sorting';
import { pageOf, type ListPage, type SortDirection } from '../../../shared/lists/paging';
import type { ReferralRecord, ConsentRecord, PlacementType, FamilyContact, ReferrerRole, LegalStatus } from '../../../shared/youngPeople/record';
import { consentOnOlderForm } from '../../../shared/youngPeople/rules';
import { CONSENT_FORM_VERSION } from '../../../shared/documents/consentForm';
import { waitingState, matchActiveOn, type ReferralOutcome, type WaitingMatch, type WaitingReferral } from '../../../shared/referrals/waiting';
import { matchesByReferral, matchRecord } from './matches';
import { dateOfBirthProblem } from '../../../shared/people';
import { fieldErrors, UserError } from '../errors';
import { nameCondition } from './search';
import { listFromJson } from './jsonList';
import { careReviewsOf, nextReviewOf } from './careReviews';
import { schemeBankHolidays } from './bankHolidays';
import type { BankHolidays } from '../../../shared/dates';
import { lookedAfterDateProblems } from '../../../shared/careReviews/rules';
import type { CareReview } from '../../../shared/contract';
import { insertedId } from '../db/write';
import { prepared } from '../db/statements';
import { tidyPostcode } from '../../../shared/postcode';
import { youngPersonDuplicateFinder, type YoungPersonDuplicate, type YoungPersonIdentity } from '../../../shared/youngPeople/duplicates';

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

type Standing = Pick<Referral, 'waiting' | 'matched'>;

/** Whether a referral is waiting, or has an IV now, on the day. */
function standing(referral: WaitingReferral, matchList: WaitingMatch[], today: string): Standing {
  return { waiting: waitingState(referral, matchList, today), matched: matchList.some((m) => matchActiveOn(m, today)) };
}

export function referralWithWaiting(row: ReferralRow, matchList: WaitingMatch[], today: string): Referral {
  const record = referralRecord(row);
  return { id: row.id, youngPersonId: row.youngPersonId, ...record, ...standing(record, matchList, today) };
}

/** Where the young person stands, from their latest referral. */
export function serviceStatus(latest: Standing | undefined): ServiceStatus {
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

const STANDING_COLUMNS = `id, young_person_id AS youngPersonId, date, outcome, outcome_date AS outcomeDate, closed_date AS closedDate`;
type StandingRow = WaitingReferral & { id: number; youngPersonId: number };

/** Where each young person's latest referral stands (of all, or of the given young people): all their status reads. */
function latestStandings(db: Db, ids: number[] | undefined, today: string): Map<number, Standing> {
  const rows = (
    ids
      ? prepared(db, `SELECT ${STANDING_COLUMNS} FROM referrals WHERE young_person_id IN (SELECT value FROM json_each(?)) ORDER BY date, id`).all(JSON.stringify(ids))
      : prepared(db, `SELECT ${STANDING_COLUMNS} FROM referrals ORDER BY date, id`).all()
  ) as StandingRow[];
  const latest = new Map(rows.map((row) => [row.youngPersonId, row]));
  // For every young person, reading every match is quicker than naming nearly all the referrals.
  const byReferral = matchesByReferral(db, ids ? [...latest.values()].map((r) => r.id) : undefined);
  return new Map([...latest].map(([person, row]) => [person, standing(row, byReferral.get(row.id) ?? [], today)]));
}

/**
 * The young people the search finds, with where they stand, in name order (the
 * young_people_sort_name index of migration 0010, the order sortRows gives by name), either way.
 */
function summaries(db: Db, search: string | undefined, today: string, direction: SortDirection = 'asc'): YoungPersonSummary[] {
  const found = nameCondition('young_person_search', search);
  if (!found) return [];
  const dir = direction.toUpperCase();
  const rows = prepared(
    db,
    `SELECT id, first_name AS firstName, last_name AS lastName, date_of_birth AS dateOfBirth, area FROM young_people WHERE ${found.where}
      ORDER BY iv_sort_key(last_name) ${dir}, iv_sort_key(first_name) ${dir}, id`,
  ).all({ match: found.match }) as Pick<YoungPersonSummary, 'id' | 'firstName' | 'lastName' | 'dateOfBirth' | 'area'>[];
  // Without a search every young person is listed: read every latest referral rather than name them all.
  const byPerson = latestStandings(db, search?.trim() ? rows.map((r) => r.id) : undefined, today);
  return rows.map((r) => {
    const latest = byPerson.get(r.id);
    return { ...r, status: serviceStatus(latest), waitingSince: latest?.waiting?.since ?? null };
  });
}

const byName = (y: YoungPersonSummary): SortKey[] => [y.lastName, y.firstName];
const STATUS_ORDER = Object.keys(SERVICE_STATUS_LABELS) as ServiceStatus[];
const SORT_KEYS: Record<Exclude<ParsedInput<'youngPeoplePage'>['sort']['by'], 'name'>, (y: YoungPersonSummary) => SortKey[]> = {
  dateOfBirth: (y) => [y.dateOfBirth],
  area: (y) => [y.area?.trim()],
  status: (y) => [STATUS_ORDER.indexOf(y.status)],
  waitingSince: (y) => [y.waitingSince],
};

/** Every young person the search finds, by name: for pick-lists. */
export function listYoungPeople(db: Db, search: string | undefined, today: string): YoungPersonSummary[] {
  return summaries(db, search, today);
}

/** Each young person's IV now, or the volunteer proposed to them, for the given young people. */
function currentVolunteers(db: Db, ids: number[], today: string): Map<number, YoungPersonListRow['iv']> {
  const rows = db
    .select({ m: matches, youngPersonId: referrals.youngPersonId, firstName: volunteers.firstName, lastName: volunteers.lastName })
    .from(matches)
    .innerJoin(referrals, eq(matches.referralId, referrals.id))
    .innerJoin(volunteers, eq(matches.volunteerId, volunteers.id))
    .where(inArray(referrals.youngPersonId, ids))
    .orderBy(asc(matches.proposedDate), asc(matches.id))
    .all();
  const byPerson = new Map<number, (MatchRecord & { volunteerId: number; name: string })[]>();
  for (const r of rows) {
    const list = byPerson.get(r.youngPersonId) ?? [];
    list.push({ ...matchRecord(r.m), volunteerId: r.m.volunteerId, name: `${r.firstName} ${r.lastName}` });
    byPerson.set(r.youngPersonId, list);
  }
  const ivs = new Map<number, YoungPersonListRow['iv']>();
  for (const [id, list] of byPerson) {
    const current = currentMatch(list, today);
    if (current) ivs.set(id, { volunteerId: current.match.volunteerId, name: current.match.name, proposed: current.proposed });
  }
  return ivs;
}

export function youngPeoplePage(db: Db, input: ParsedInput<'youngPeoplePage'>, today: string): ListPage<YoungPersonListRow> {
  const { by, direction } = input.sort;
  const shown = summaries(db, input.search, today, by === 'name' ? direction : 'asc').filter((y) => youngPersonShown(y.status, input.status));
  const page = pageOf(by === 'name' ? shown : sortRows(shown, SORT_KEYS[by], direction, (y) => [...byName(y), y.id]), input.page);
  const ivs = currentVolunteers(db, page.rows.map((y) => y.id), today);
  return { ...page, rows: page.rows.map((y) => ({ ...y, iv: ivs.get(y.id) ?? null })) };
}

function toYoungPerson(row: YoungPersonRow, referralList: Referral[], consentList: YoungPerson['consents'], reviews: CareReview[], today: string, bankHolidays: BankHolidays): Omit<YoungPerson, 'todayDecisions'> {
  const { externalRef: _ref, interests, languages, placementType, familyContact, legalStatus, ...rest } = row;
  return {
    ...rest,
    placementType: placementType as PlacementType | null,
    familyContact: familyContact as FamilyContact | null,
    legalStatus: legalStatus as LegalStatus | null,
    interests: listFromJson(interests),
    languages: listFromJson(languages),
    status: serviceStatus(referralList.at(-1)),
    referrals: referralList,
    consents: consentList,
    consentOnOlderForm: consentOnOlderForm(consentList, CONSENT_FORM_VERSION, today)?.formVersion ?? null,
    careReviews: reviews,
    nextReview: nextReviewOf(row, reviews, today, bankHolidays),
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
  return { ...toYoungPerson(row, referralsByPerson(db, [id], today).get(id) ?? [], consentRows.map(consentRecord), careReviewsOf(db, id), today, schemeBankHolidays(db)), todayDecisions: decisionsOn(db, 'young_person', id, today) };
}

/** Rules beyond the field shapes, shared by the forms and import. */
export function youngPersonProblems(fields: Pick<Fields, 'dateOfBirth'> & { lookedAfterDate?: string | null }, today: string) {
  return { dateOfBirth: dateOfBirthProblem(fields.dateOfBirth, today), ...lookedAfterDateProblems(fields.lookedAfterDate ?? null, fields.dateOfBirth, today) };
}

const columns = (f: Fields) => ({ ...f, postcode: tidyPostcode(f.postcode), interests: JSON.stringify(f.interests), languages: JSON.stringify(f.languages) });

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

const identityColumns = { id: youngPeople.id, firstName: youngPeople.firstName, lastName: youngPeople.lastName, dateOfBirth: youngPeople.dateOfBirth, caseReference: youngPeople.caseReference };

/** Every young person read once, for a spreadsheet's many rows (shared/youngPeople/duplicates holds the rule). */
export function youngPeopleDuplicateFinder(db: Db): (candidate: YoungPersonIdentity) => YoungPersonDuplicate[] {
  return youngPersonDuplicateFinder(db.select(identityColumns).from(youngPeople).all());
}

/** The form's warning: only those born the same day, or with a case reference, can be duplicates. */
export function findDuplicateYoungPeople(db: Db, { excludeId, ...candidate }: ParsedInput<'findDuplicateYoungPeople'>): YoungPersonDuplicate[] {
  const near = db
    .select(identityColumns)
    .from(youngPeople)
    .where(or(eq(youngPeople.dateOfBirth, candidate.dateOfBirth ?? ''), isNotNull(youngPeople.caseReference)))
    .all();
  return youngPersonDuplicateFinder(near)({ ...candidate, dateOfBirth: candidate.dateOfBirth ?? null, caseReference: candidate.caseReference ?? null }).filter((d) => d.id !== excludeId);
}

export function youngPersonDateOfBirth(db: Db, id: number): string {
  const row = db.select({ dob: youngPeople.dateOfBirth }).from(youngPeople).where(eq(youngPeople.id, id)).get();
  if (!row) throw new UserError('not_found', 'That young person could not be found. Their record may have been removed.');
  return row.dob;
}
