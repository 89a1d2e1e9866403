/**
 * The import's floor: the bench's file written with hand-written prepared inserts, one
 * per table, in one transaction, with no checks. It writes the fields the bench's
 * generator fills, so both imports export the same document.
 */
import type Database from 'better-sqlite3';
import type { InterchangeDocument } from '../../shared/interchange/format';

type Item = Record<string, unknown>;
type Ids = Map<string, number>;

const camel = (column: string) => column.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
const sqlValue = (value: unknown) => (typeof value === 'boolean' ? Number(value) : Array.isArray(value) ? JSON.stringify(value) : (value ?? null));

/** Inserts the items, each column from the field of the same name unless `from` says otherwise; returns the file's ids to the new ones. */
function insertAll(sqlite: Database.Database, table: string, columns: string[], items: Item[] = [], from: Record<string, (item: Item) => unknown> = {}): Ids {
  const statement = sqlite.prepare(`INSERT INTO ${table} (external_ref, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)})`);
  const ids: Ids = new Map();
  for (const item of items) {
    const values = columns.map((column) => sqlValue(from[column] ? from[column](item) : item[camel(column)]));
    ids.set(item.id as string, Number(statement.run(item.id, ...values).lastInsertRowid));
  }
  return ids;
}

export function rawImport(sqlite: Database.Database, text: string): void {
  const document = JSON.parse(text) as InterchangeDocument;
  const list = (name: keyof InterchangeDocument) => document[name] as Item[] | undefined;
  sqlite.transaction(() => {
    sqlite.prepare('UPDATE scheme SET name = ?, children_in_care_count = ?').run(document.scheme!.name, document.scheme!.childrenInCareCount);
    const dbs = (field: string) => (v: Item) => (v.dbs as Item | undefined)?.[field];
    const volunteers = insertAll(
      sqlite,
      'volunteers',
      ['first_name', 'last_name', 'date_of_birth', 'gender', 'email', 'area', 'postcode', 'interests', 'max_travel_miles', 'enquiry_date', 'enquiry_source', 'application_date', 'interview_date', 'interview_outcome', 'approved_date', 'withdrawn_date', 'left_date', 'left_reason', 'dbs_certificate_number', 'dbs_issue_date', 'dbs_level', 'dbs_outcome', 'dbs_update_service', 'dbs_update_service_checked_date'],
      list('volunteers'),
      { dbs_certificate_number: dbs('certificateNumber'), dbs_issue_date: dbs('issueDate'), dbs_level: dbs('level'), dbs_outcome: dbs('outcome'), dbs_update_service: dbs('updateService'), dbs_update_service_checked_date: dbs('updateServiceCheckedDate') },
    );
    const reference = sqlite.prepare('INSERT INTO volunteer_references (volunteer_id, name, requested_date, received_date, satisfactory) VALUES (?, ?, ?, ?, ?)');
    const training = sqlite.prepare('INSERT INTO volunteer_training (volunteer_id, module, completed_date) VALUES (?, ?, ?)');
    for (const v of list('volunteers') ?? []) {
      for (const r of (v.references as Item[] | undefined) ?? []) reference.run(volunteers.get(v.id as string), r.name, r.requestedDate, r.receivedDate, sqlValue(r.satisfactory));
      for (const t of (v.training as Item[] | undefined) ?? []) training.run(volunteers.get(v.id as string), t.module, t.completedDate);
    }
    const people = insertAll(sqlite, 'young_people', ['first_name', 'last_name', 'date_of_birth', 'area', 'interests', 'looked_after_date', 'next_review_date'], list('youngPeople'));
    const person = { young_person_id: (item: Item) => people.get(item.youngPersonId as string) };
    insertAll(sqlite, 'consents', ['young_person_id', 'signed_date', 'form_version', 'explained_by', 'complaints_procedure_explained'], list('consents'), person);
    const referrals = insertAll(sqlite, 'referrals', ['young_person_id', 'date', 'outcome', 'outcome_date', 'closed_date', 'closed_reason', 'referrer_role'], list('referrals'), person);
    const matches = insertAll(sqlite, 'matches', ['referral_id', 'volunteer_id', 'proposed_date', 'start_date', 'end_date', 'end_reason', 'rematch_wanted'], list('matches'), {
      referral_id: (m) => referrals.get(m.referralId as string),
      volunteer_id: (m) => volunteers.get(m.volunteerId as string),
    });
    const match = { match_id: (item: Item) => matches.get(item.matchId as string) };
    insertAll(sqlite, 'visits', ['match_id', 'date', 'activity', 'duration_minutes', 'activity_cost_pence', 'miles', 'transport_cost_pence'], list('visits'), match);
    insertAll(sqlite, 'feedback', ['match_id', 'date', 'source', 'satisfaction', 'benefited'], list('feedback'), match);
    insertAll(sqlite, 'supervisions', ['volunteer_id', 'date', 'kind', 'positive_impact', 'enjoying', 'topics'], list('supervisions'), { volunteer_id: (s) => volunteers.get(s.volunteerId as string) });
    insertAll(sqlite, 'care_reviews', ['young_person_id', 'date', 'iv_attended', 'coordinator_attended', 'professional_feedback'], list('careReviews'), person);
    insertAll(sqlite, 'contacts', ['match_id', 'date', 'kind', 'with_whom'], list('contacts'), match);
  })();
}
