/**
 * Young people, referrals, consents and the two logs between the interchange format and
 * the database. References between lists travel as the file's ids (external refs).
 */
import { asc } from 'drizzle-orm';
import type { Db } from '../db/open';
import { youngPeople, referrals, consents, safeguardingConcerns, complaints, volunteers } from '../db/schema';
import type { RecordOf } from '../../../shared/interchange/format';
import { issueMessage } from '../../../shared/fields';
import { youngPersonInput } from '../../../shared/contract/youngPeople';
import { referralProblems, consentProblems } from '../../../shared/youngPeople/rules';
import { youngPersonProblems } from '../services/youngPeople';
import { listFromJson } from '../services/jsonList';
import { compact, n } from './compact';
import { refMap } from './refs';
import type { Insert } from './inserter';
import { lookedAfterDateProblems } from '../../../shared/careReviews/rules';
import { tidyPostcode } from '../../../shared/postcode';

export function youngPersonProblemsForImport(y: RecordOf<'youngPeople'>, today: string): Record<string, string> {
  const { id: _id, lookedAfterDate, ...fields } = y;
  const parsed = youngPersonInput.safeParse(fields);
  const problems: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) problems[issue.path.join('.')] ??= issueMessage(issue);
  // The same date rules as the forms.
  const { dateOfBirth } = youngPersonProblems(y, today);
  if (dateOfBirth) problems.dateOfBirth ??= dateOfBirth;
  const looked = lookedAfterDateProblems(n(lookedAfterDate), y.dateOfBirth, today).lookedAfterDate;
  if (looked) problems.lookedAfterDate ??= looked;
  return problems;
}

type Referral = RecordOf<'referrals'>;
type Consent = RecordOf<'consents'>;

/** The form's rules for a referral, given its young person's date of birth. */
export function referralProblemsForImport(r: Referral, dateOfBirth: string, today: string) {
  return referralProblems(
    { date: r.date, referrerName: n(r.referrerName), referrerRole: n(r.referrerRole), reason: n(r.reason), outcome: r.outcome, outcomeDate: n(r.outcomeDate), closedDate: n(r.closedDate), closedReason: n(r.closedReason) },
    dateOfBirth,
    today,
  );
}

export function consentProblemsForImport(c: Consent, dateOfBirth: string, today: string) {
  return consentProblems({ signedDate: c.signedDate, formVersion: c.formVersion, explainedBy: c.explainedBy, complaintsProcedureExplained: n(c.complaintsProcedureExplained), withdrawnDate: n(c.withdrawnDate) }, dateOfBirth, today);
}

export function caseProblems(document: { youngPeople?: RecordOf<'youngPeople'>[]; referrals?: Referral[]; consents?: Consent[] }, today: string) {
  const dob = new Map((document.youngPeople ?? []).map((y) => [y.id, y.dateOfBirth]));
  return {
    referrals: (document.referrals ?? []).map((r) => referralProblemsForImport(r, dob.get(r.youngPersonId)!, today)),
    consents: (document.consents ?? []).map((c) => consentProblemsForImport(c, dob.get(c.youngPersonId)!, today)),
  };
}

export type Ids = Map<string, number>;

/** Returns the young person's new id. */
export function insertYoungPerson(insert: Insert, { id, interests, languages, ...y }: RecordOf<'youngPeople'>): number {
  return insert(youngPeople, {
    externalRef: id,
    firstName: y.firstName.trim(),
    lastName: y.lastName.trim(),
    dateOfBirth: y.dateOfBirth,
    gender: n(y.gender),
    placementType: n(y.placementType),
    area: n(y.area),
    postcode: n(tidyPostcode(y.postcode)),
    localAuthority: n(y.localAuthority),
    socialWorker: n(y.socialWorker),
    iro: n(y.iro),
    interests: JSON.stringify(interests ?? []),
    languages: JSON.stringify(languages ?? []),
    familyContact: n(y.familyContact),
    preferences: n(y.preferences),
    notes: n(y.notes),
    nextReviewDate: n(y.nextReviewDate),
    lookedAfterDate: n(y.lookedAfterDate),
    placementContact: n(y.placementContact),
    legalStatus: n(y.legalStatus),
    caseReference: n(y.caseReference),
    school: n(y.school),
  });
}

// The file's references were checked before writing began: each points at a record already written.
/** Returns the referral's new id. */
export function insertReferral(insert: Insert, { id, youngPersonId, ...r }: Referral, people: Ids): number {
  return insert(referrals, { externalRef: id, youngPersonId: people.get(youngPersonId)!, date: r.date, referrerName: n(r.referrerName), referrerRole: n(r.referrerRole), reason: n(r.reason), outcome: r.outcome, outcomeDate: n(r.outcomeDate), closedDate: n(r.closedDate), closedReason: n(r.closedReason) });
}

export function insertConsent(insert: Insert, { id, youngPersonId, ...c }: Consent, people: Ids): void {
  insert(consents, { externalRef: id, youngPersonId: people.get(youngPersonId)!, signedDate: c.signedDate, formVersion: c.formVersion, explainedBy: c.explainedBy, complaintsProcedureExplained: n(c.complaintsProcedureExplained), withdrawnDate: n(c.withdrawnDate) });
}

export function insertConcern(insert: Insert, { id, youngPersonId, volunteerId, ...s }: RecordOf<'safeguardingConcerns'>, people: Ids, volunteerIds: Ids): void {
  insert(safeguardingConcerns, {
    externalRef: id,
    date: s.date,
    youngPersonId: youngPersonId ? people.get(youngPersonId)! : null,
    volunteerId: volunteerId ? volunteerIds.get(volunteerId)! : null,
    summary: s.summary,
    referredTo: n(s.referredTo),
    referredDate: n(s.referredDate),
    outcome: n(s.outcome),
    closedDate: n(s.closedDate),
  });
}

export function insertComplaint(insert: Insert, { id, from, ...c }: RecordOf<'complaints'>): void {
  insert(complaints, { externalRef: id, date: c.date, complainant: n(from), summary: c.summary, outcome: n(c.outcome), resolvedDate: n(c.resolvedDate) });
}

/** Writes the case lists and returns the young people's and referrals' new ids; a database error throws so the transaction rolls back. */
export function insertCases(
  insert: Insert,
  document: { [K in 'youngPeople' | 'referrals' | 'consents' | 'safeguardingConcerns' | 'complaints']?: RecordOf<K>[] },
  volunteerIds: Ids,
): { people: Ids; referrals: Ids } {
  const people: Ids = new Map((document.youngPeople ?? []).map((y) => [y.id, insertYoungPerson(insert, y)]));
  const referralIds: Ids = new Map((document.referrals ?? []).map((r) => [r.id, insertReferral(insert, r, people)]));
  for (const c of document.consents ?? []) insertConsent(insert, c, people);
  for (const s of document.safeguardingConcerns ?? []) insertConcern(insert, s, people, volunteerIds);
  for (const c of document.complaints ?? []) insertComplaint(insert, c);
  return { people, referrals: referralIds };
}

/** Export: `only` limits each list to one person's records (subject access). */
export interface CaseFilter {
  youngPersonIds?: Set<number>;
  volunteerIds?: Set<number>;
}

export function exportCases(db: Db, options: { includeSafeguarding: boolean; filter?: CaseFilter }) {
  const { filter } = options;
  const keepPerson = (id: number | null) => !filter || (id !== null && !!filter.youngPersonIds?.has(id));
  const ypRows = db.select().from(youngPeople).orderBy(asc(youngPeople.id)).all();
  const ypRef = new Map(ypRows.map((y) => [y.id, y.externalRef]));
  const volRef = refMap(db, volunteers);
  const result = {
    youngPeople: ypRows
      .filter((y) => keepPerson(y.id))
      .map(({ id: _id, externalRef, interests, languages, ...y }) => compact({ id: externalRef, ...y, interests: listFromJson(interests), languages: listFromJson(languages) })) as RecordOf<'youngPeople'>[],
    referrals: db
      .select()
      .from(referrals)
      .orderBy(asc(referrals.id))
      .all()
      .filter((r) => keepPerson(r.youngPersonId))
      .map(({ id: _id, externalRef, youngPersonId, ...r }) => compact({ id: externalRef, youngPersonId: ypRef.get(youngPersonId)!, ...r })) as RecordOf<'referrals'>[],
    consents: db
      .select()
      .from(consents)
      .orderBy(asc(consents.id))
      .all()
      .filter((c) => keepPerson(c.youngPersonId))
      .map(({ id: _id, externalRef, youngPersonId, ...c }) => compact({ id: externalRef, youngPersonId: ypRef.get(youngPersonId)!, ...c })) as RecordOf<'consents'>[],
    complaints: filter
      ? []
      : (db
          .select()
          .from(complaints)
          .orderBy(asc(complaints.id))
          .all()
          .map(({ id: _id, externalRef, complainant, ...c }) => compact({ id: externalRef, ...c, from: complainant })) as RecordOf<'complaints'>[]),
    safeguardingConcerns: [] as RecordOf<'safeguardingConcerns'>[],
  };
  if (options.includeSafeguarding) {
    result.safeguardingConcerns = db
      .select()
      .from(safeguardingConcerns)
      .orderBy(asc(safeguardingConcerns.id))
      .all()
      .filter((s) => !filter || keepPerson(s.youngPersonId) || (s.volunteerId !== null && !!filter.volunteerIds?.has(s.volunteerId)))
      .map(({ id: _id, externalRef, youngPersonId, volunteerId, ...s }) => {
        // In one person's subject-access export the other party is not identified.
        const showPerson = youngPersonId !== null && (!filter || keepPerson(youngPersonId));
        const showVolunteer = volunteerId !== null && (!filter || !!filter.volunteerIds?.has(volunteerId));
        return compact({ id: externalRef, youngPersonId: showPerson ? ypRef.get(youngPersonId)! : null, volunteerId: showVolunteer ? volRef.get(volunteerId)! : null, ...s });
      }) as RecordOf<'safeguardingConcerns'>[];
  }
  return result;
}
