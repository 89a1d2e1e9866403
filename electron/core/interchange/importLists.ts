/**
 * The import's rules and writes for one list item at a time. Each item is checked by the
 * same rules as the screens, against what the file has already given (a match's volunteer,
 * a visit's match), and against the database (a record imported before). When `write`
 * is given and nothing is wrong so far, the item is written at once, its references
 * resolved through the new ids of the records written before it.
 */
import { getTableName } from 'drizzle-orm';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import { volunteers, youngPeople, referrals, consents, safeguardingConcerns, complaints, matches, visits, feedback, contacts, supervisions, careReviews, careReviewUpdates } from '../db/schema';
import type { ListName, RecordOf } from '../../../shared/interchange/format';
import { LIST_LABELS } from '../../../shared/interchange/listLabels';
import type { MatchRecord } from '../../../shared/matching/record';
import type { Problems } from '../../../shared/problems';
import { STORED_FIELDS } from './stored';
import { volunteerFromInterchange, interchangeVolunteerProblems, insertVolunteer } from './volunteers';
import { youngPersonProblemsForImport, referralProblemsForImport, consentProblemsForImport, insertYoungPerson, insertReferral, insertConsent, insertConcern, insertComplaint, type Ids } from './cases';
import { matchRecordOf, matchProblemsOf, visitProblemsOf, contactProblemsOf, insertMatch, insertVisit, insertFeedback, insertContact } from './matches';
import { supervisionProblemsOf, insertSupervision } from './supervisions';
import { careReviewProblemsOf, careReviewUpdateProblemsOf, insertCareReview, insertCareReviewUpdate } from './careReviews';
import { todayDecisionProblemsOf, referenceCountOf, todayDecisionWriter } from './todayDecisions';
import { insertAssessment, insertSection, reportWritingChecks } from './reportWriting';
import type { Insert } from './inserter';

type Handler<K extends ListName> = {
  /** The rules; an empty answer when a record it refers to failed the format's checks (that record's problem is told instead). */
  problems(item: RecordOf<K>, index: number): Problems;
  write(item: RecordOf<K>): void;
};

const NO_PROBLEMS: Problems = {};

/** The tables whose records keep the file's id, so a record imported before is recognised. */
const TABLES = { volunteers, youngPeople, referrals, consents, safeguardingConcerns, complaints, matches, visits, feedback, contacts, supervisions, careReviews, careReviewUpdates } as const;

export type TakeItem = <K extends ListName>(list: K, index: number, item: RecordOf<K>) => void;

/**
 * `report` records a problem; `mayWrite` says whether nothing is wrong so far (once
 * something is, the rest is only checked, and the transaction is undone).
 */
export function listImporter(db: Db, today: string, report: (message: string) => void, write: { insert: Insert; mayWrite: () => boolean } | null): TakeItem {
  // What later lists need to know of earlier ones: small beside the lists themselves.
  const volunteerOf = new Map<string, RecordOf<'volunteers'>>();
  const dateOfBirth = new Map<string, string>();
  const referralDate = new Map<string, string>();
  const matchOf = new Map<string, MatchRecord>();
  const matchesOfVolunteer = new Map<string, Set<string>>();
  const groupDates = new Map<string, string>();
  const firstUpdate = new Map<string, number>();
  const ids = { volunteers: new Map() as Ids, youngPeople: new Map() as Ids, referrals: new Map() as Ids, matches: new Map() as Ids };
  const insert: Insert = (table, row) => write!.insert(table, row);
  const present: Partial<Record<ListName, Statement>> = Object.fromEntries(
    Object.entries(TABLES).map(([list, table]) => [list, db.$client.prepare(`SELECT 1 FROM "${getTableName(table)}" WHERE external_ref = ?`).pluck()]),
  );
  const writeDecision = write ? todayDecisionWriter(db, insert, ids) : () => undefined;
  const reportWriting = reportWritingChecks(db);
  // Rules that need a record the file gave earlier run only when that record passed the format's checks.
  const withDob = (id: string, rules: (dob: string) => Problems) => {
    const dob = dateOfBirth.get(id);
    return dob === undefined ? NO_PROBLEMS : rules(dob);
  };
  const withMatch = (id: string, rules: (match: MatchRecord) => Problems) => {
    const match = matchOf.get(id);
    return match ? rules(match) : NO_PROBLEMS;
  };

  const handlers: { [K in ListName]: Handler<K> } = {
    volunteers: {
      problems: (v) => {
        volunteerOf.set(v.id, v);
        return interchangeVolunteerProblems(volunteerFromInterchange(v), today);
      },
      write: (v) => void ids.volunteers.set(v.id, insertVolunteer(insert, volunteerFromInterchange(v), v.id)),
    },
    youngPeople: {
      problems: (y) => {
        dateOfBirth.set(y.id, y.dateOfBirth);
        return youngPersonProblemsForImport(y, today);
      },
      write: (y) => void ids.youngPeople.set(y.id, insertYoungPerson(insert, y)),
    },
    referrals: {
      problems: (r) => {
        referralDate.set(r.id, r.date);
        return withDob(r.youngPersonId, (dob) => referralProblemsForImport(r, dob, today));
      },
      write: (r) => void ids.referrals.set(r.id, insertReferral(insert, r, ids.youngPeople)),
    },
    consents: {
      problems: (c) => withDob(c.youngPersonId, (dob) => consentProblemsForImport(c, dob, today)),
      write: (c) => insertConsent(insert, c, ids.youngPeople),
    },
    safeguardingConcerns: { problems: () => NO_PROBLEMS, write: (s) => insertConcern(insert, s, ids.youngPeople, ids.volunteers) },
    complaints: { problems: () => NO_PROBLEMS, write: (c) => insertComplaint(insert, c) },
    matches: {
      problems: (m) => {
        matchOf.set(m.id, matchRecordOf(m));
        matchesOfVolunteer.set(m.volunteerId, (matchesOfVolunteer.get(m.volunteerId) ?? new Set()).add(m.id));
        const date = referralDate.get(m.referralId);
        const v = volunteerOf.get(m.volunteerId);
        return date !== undefined && v ? matchProblemsOf(m, date, v, today) : NO_PROBLEMS;
      },
      write: (m) => void ids.matches.set(m.id, insertMatch(insert, m, ids.referrals, ids.volunteers)),
    },
    visits: { problems: (v) => withMatch(v.matchId, (match) => visitProblemsOf(v, match, today)), write: (v) => insertVisit(insert, v, ids.matches) },
    contacts: { problems: (c) => withMatch(c.matchId, (match) => contactProblemsOf(c, match, today)), write: (c) => insertContact(insert, c, ids.matches) },
    feedback: { problems: () => NO_PROBLEMS, write: (f) => insertFeedback(insert, f, ids.matches) },
    supervisions: {
      problems: (s) => {
        const v = volunteerOf.get(s.volunteerId);
        const failedMatch = (s.matchesDiscussed ?? []).some((m) => !matchOf.has(m));
        return v && !failedMatch ? supervisionProblemsOf(s, v, matchesOfVolunteer.get(s.volunteerId) ?? new Set(), groupDates, today) : NO_PROBLEMS;
      },
      write: (s) => insertSupervision(insert, s, ids.volunteers, ids.matches),
    },
    careReviews: {
      problems: (r) => withDob(r.youngPersonId, (dob) => careReviewProblemsOf(r, dob, today)),
      write: (r) => insertCareReview(insert, r, ids.youngPeople),
    },
    careReviewUpdates: { problems: (u, index) => careReviewUpdateProblemsOf(u, index, firstUpdate, today), write: (u) => insertCareReviewUpdate(insert, u, ids.youngPeople) },
    todayDecisions: { problems: (d) => todayDecisionProblemsOf(d, referenceCountOf(d.volunteerId ? volunteerOf.get(d.volunteerId) : undefined)), write: writeDecision },
    standardAssessments: { problems: reportWriting.assessment, write: (a) => insertAssessment(insert, a) },
    reportNarratives: { problems: reportWriting.section, write: (r) => insertSection(insert, r) },
  };

  return (list, index, item) => {
    const where = `${list}[${index}] (id "${item.id}")`;
    const stored = STORED_FIELDS[list];
    if (!stored) {
      if (index === 0) report(`${list}: this version of IV Desk does not store ${LIST_LABELS[list]} yet, so nothing was imported`);
      return;
    }
    for (const [field, value] of Object.entries(item)) {
      if (!stored.includes(field) && value !== null && !(Array.isArray(value) && value.length === 0)) report(`${where}, field "${field}": not stored by this version of IV Desk yet, so nothing was imported`);
    }
    for (const [field, problem] of Object.entries(handlers[list].problems(item, index))) if (problem) report(`${where}, field "${field}": ${problem}`);
    if (present[list]?.get(item.id)) report(`${where}, field "id": already in this database (imported before?)`);
    if (write?.mayWrite()) handlers[list].write(item);
  };
}
