/**
 * Deleting a record entered by mistake with everything that is its alone, children first
 * (the foreign keys are on and restrict), in one transaction. Records that stay but
 * point at what goes (a supervision's matches discussed, a safeguarding concern that
 * also names someone else) lose that link. A match's visits are the scheme's history,
 * so a match with visits, and anyone or anything holding one, is refused instead.
 *
 * The same plan is also what retention's erasure uses, so nothing of the person remains,
 * except that a volunteer's matches stay with the young people's records (see DeletionOptions).
 */
import type Database from 'better-sqlite3';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { idsFromJson } from './jsonList';
import { erasedVolunteerColumns } from './erasedVolunteer';
import {
  dependantCounts,
  keptMatchesNote,
  recordName,
  visitsRefusal,
  withoutIds,
  type DeletableKind,
  type Dependants,
  type DependantKind,
  type VisitedMatches,
} from '../../../shared/deletion/rules';

export type { DeletableKind, Dependants } from '../../../shared/deletion/rules';

export interface DeletionOptions {
  /**
   * Erasure at the end of the retention period, never for a record entered by mistake. A
   * young person's matches go with their visits, instead of stopping the deletion. A
   * volunteer's matches stay, with their visits, because they are also the records of
   * young people, kept far longer: the volunteer row stays for them to point at, under a
   * neutral name with everything personal cleared (erasedVolunteer.ts), and whatever else
   * was theirs goes. A volunteer without matches goes outright.
   */
  erasure?: boolean;
}

type Table =
  | 'visits'
  | 'contacts'
  | 'feedback'
  | 'matches'
  | 'referrals'
  | 'supervisions'
  | 'care_reviews'
  | 'care_review_updates'
  | 'consents'
  | 'safeguarding_concerns'
  | 'volunteer_references'
  | 'volunteer_training'
  | 'volunteer_inactive_periods'
  | 'volunteers'
  | 'young_people';

type Row = Record<string, unknown>;

/** A record that stays with one column changed, and what it held. */
interface Change {
  table: Table;
  id: number;
  column: string;
  before: unknown;
  after: unknown;
}

interface Plan {
  record: string;
  /** Rows that go, in the order they are deleted: children first. */
  deletes: { table: Table; ids: number[] }[];
  changes: Change[];
  counts: Partial<Record<DependantKind, number>>;
  notes: string[];
  refusal: string | null;
}

/** Everything one deletion took away and changed, to put back (kept in memory only, see undo.ts). */
export interface DeletedRecords {
  kind: DeletableKind;
  record: string;
  deleted: { table: Table; rows: Row[] }[];
  changes: Change[];
}

const NOT_FOUND: Record<DeletableKind, string> = {
  visit: 'That visit could not be found: it may have been deleted already.',
  contact: 'That contact could not be found: it may have been deleted already.',
  referral: 'That referral could not be found: it may have been deleted already.',
  match: 'That match could not be found: it may have been deleted already.',
  supervision: 'That supervision could not be found: it may have been deleted already.',
  careReview: 'That care review could not be found: it may have been deleted already.',
  volunteer: 'That volunteer could not be found: they may have been deleted already.',
  youngPerson: 'That young person could not be found: they may have been deleted already.',
};

const ids = (list: readonly number[]) => JSON.stringify(list);
const IN_LIST = 'IN (SELECT value FROM json_each(?))';

class Planner {
  readonly deletes: Plan['deletes'] = [];
  readonly changes: Change[] = [];
  readonly counts: Plan['counts'] = {};
  readonly notes: string[] = [];
  /** "table:id" of every row that goes, so no change is planned to a row that is deleted anyway. */
  private readonly going = new Set<string>();

  constructor(
    private readonly sqlite: Database.Database,
    private readonly options: DeletionOptions,
  ) {}

  one<T>(query: string, ...params: unknown[]): T | undefined {
    return this.sqlite.prepare(query).get(...params) as T | undefined;
  }

  idsWhere(table: Table, where: string, ...params: unknown[]): number[] {
    return this.sqlite.prepare(`SELECT id FROM ${table} WHERE ${where} ORDER BY id`).pluck().all(...params) as number[];
  }

  remove(table: Table, list: number[], counted?: DependantKind): void {
    if (list.length === 0) return;
    this.deletes.push({ table, ids: list });
    for (const id of list) this.going.add(`${table}:${id}`);
    if (counted) this.counts[counted] = (this.counts[counted] ?? 0) + list.length;
  }

  /** The matches' own records (feedback, contacts) and the links to them, or the visits that stop it. */
  matches(matchIds: number[], counted: boolean): VisitedMatches {
    const visited = this.one<{ matches: number; visits: number }>(
      `SELECT count(DISTINCT match_id) AS matches, count(*) AS visits FROM visits WHERE match_id ${IN_LIST}`,
      ids(matchIds),
    ) ?? { matches: 0, visits: 0 };
    const erasing = this.options.erasure === true;
    if (erasing) this.remove('visits', this.idsWhere('visits', `match_id ${IN_LIST}`, ids(matchIds)), 'visit');
    this.remove('feedback', this.idsWhere('feedback', `match_id ${IN_LIST}`, ids(matchIds)), 'feedback');
    this.remove('contacts', this.idsWhere('contacts', `match_id ${IN_LIST}`, ids(matchIds)), 'contact');
    this.remove('matches', matchIds, counted ? (erasing ? 'erasedMatch' : 'match') : undefined);
    this.unlinkDiscussedMatches(matchIds);
    return erasing ? { matches: 0, visits: 0 } : visited;
  }

  /** A volunteer's matches that stay in an erasure, as the young people's records: said in the confirmation. */
  keptMatches(matchIds: number[]): void {
    const kept = this.one<{ matches: number; visits: number; youngPeople: number }>(
      `SELECT count(*) AS matches, sum((SELECT count(*) FROM visits WHERE match_id = m.id)) AS visits, count(DISTINCT r.young_person_id) AS youngPeople
       FROM matches m JOIN referrals r ON r.id = m.referral_id WHERE m.id ${IN_LIST}`,
      ids(matchIds),
    )!;
    this.notes.push(keptMatchesNote(kept));
  }

  /** The row stays, for the kept matches to point at, with every personal column changed. */
  anonymise(table: Table, id: number, columns: Record<string, unknown>): void {
    const row = this.one<Row>(`SELECT * FROM ${table} WHERE id = ?`, id)!;
    for (const [column, after] of Object.entries(columns)) {
      if (row[column] !== after) this.changes.push({ table, id, column, before: row[column], after });
    }
  }

  private unlinkDiscussedMatches(matchIds: number[]): void {
    if (matchIds.length === 0) return;
    const rows = this.sqlite.prepare('SELECT id, matches_discussed AS json FROM supervisions ORDER BY id').all() as { id: number; json: string }[];
    let changed = 0;
    for (const row of rows) {
      if (this.going.has(`supervisions:${row.id}`)) continue;
      const listed = idsFromJson(row.json);
      const kept = withoutIds(listed, matchIds);
      if (kept.length === listed.length) continue;
      this.changes.push({ table: 'supervisions', id: row.id, column: 'matches_discussed', before: row.json, after: JSON.stringify(kept) });
      changed += 1;
    }
    if (changed > 0) this.notes.push(`${changed === 1 ? '1 supervision stays' : `${changed} supervisions stay`}, without the deleted match in the matches discussed.`);
  }

  /** A person's safeguarding concerns: the ones about them alone go; one that also names someone else stays, without the link to them. */
  safeguarding(column: 'volunteer_id' | 'young_person_id', personId: number): void {
    const other = column === 'volunteer_id' ? 'young_person_id' : 'volunteer_id';
    this.remove('safeguarding_concerns', this.idsWhere('safeguarding_concerns', `${column} = ? AND ${other} IS NULL`, personId), 'safeguardingConcern');
    const shared = this.idsWhere('safeguarding_concerns', `${column} = ? AND ${other} IS NOT NULL`, personId);
    for (const id of shared) this.changes.push({ table: 'safeguarding_concerns', id, column, before: personId, after: null });
    if (shared.length > 0) {
      this.notes.push(`${shared.length === 1 ? '1 safeguarding concern that also names someone else stays' : `${shared.length} safeguarding concerns that also name someone else stay`} in the safeguarding log, without the link to this person.`);
    }
  }
}

const fullName = (r: { first: string; last: string }) => `${r.first} ${r.last}`;

function plan(sqlite: Database.Database, kind: DeletableKind, id: number, options: DeletionOptions): Plan {
  const p = new Planner(sqlite, options);
  const missing = () => new UserError('not_found', NOT_FOUND[kind]);
  let record: string;
  let visited: VisitedMatches = { matches: 0, visits: 0 };

  switch (kind) {
    case 'visit':
    case 'contact': {
      const table = kind === 'visit' ? 'visits' : 'contacts';
      const row = p.one<{ date: string }>(`SELECT date FROM ${table} WHERE id = ?`, id);
      if (!row) throw missing();
      record = recordName(kind, { date: row.date });
      p.remove(table, [id]);
      break;
    }
    case 'careReview': {
      const row = p.one<{ date: string; first: string; last: string }>(
        'SELECT r.date, y.first_name AS first, y.last_name AS last FROM care_reviews r JOIN young_people y ON y.id = r.young_person_id WHERE r.id = ?',
        id,
      );
      if (!row) throw missing();
      record = recordName(kind, { date: row.date, name: fullName(row) });
      p.remove('care_reviews', [id]);
      break;
    }
    case 'supervision': {
      const row = p.one<{ date: string; groupRef: string | null; first: string; last: string }>(
        'SELECT s.date, s.group_ref AS groupRef, v.first_name AS first, v.last_name AS last FROM supervisions s JOIN volunteers v ON v.id = s.volunteer_id WHERE s.id = ?',
        id,
      );
      if (!row) throw missing();
      record = recordName(kind, { date: row.date, name: fullName(row) });
      if (row.groupRef !== null && p.idsWhere('supervisions', 'group_ref = ? AND id <> ?', row.groupRef, id).length > 0) {
        p.notes.push(`It was part of a group session: only ${fullName(row)}'s record goes, and the others who attended keep theirs.`);
      }
      p.remove('supervisions', [id]);
      break;
    }
    case 'match': {
      const row = p.one<{ volunteer: string; youngPerson: string }>(
        `SELECT v.first_name || ' ' || v.last_name AS volunteer, y.first_name || ' ' || y.last_name AS youngPerson
         FROM matches m JOIN volunteers v ON v.id = m.volunteer_id JOIN referrals r ON r.id = m.referral_id JOIN young_people y ON y.id = r.young_person_id WHERE m.id = ?`,
        id,
      );
      if (!row) throw missing();
      record = recordName(kind, { name: row.volunteer, otherName: row.youngPerson });
      visited = p.matches([id], false);
      break;
    }
    case 'referral': {
      const row = p.one<{ date: string; first: string; last: string }>(
        'SELECT r.date, y.first_name AS first, y.last_name AS last FROM referrals r JOIN young_people y ON y.id = r.young_person_id WHERE r.id = ?',
        id,
      );
      if (!row) throw missing();
      record = recordName(kind, { date: row.date, name: fullName(row) });
      visited = p.matches(p.idsWhere('matches', 'referral_id = ?', id), true);
      p.remove('referrals', [id]);
      break;
    }
    case 'volunteer': {
      const row = p.one<{ first: string; last: string; dbs: number }>(
        `SELECT first_name AS first, last_name AS last,
           (dbs_certificate_number IS NOT NULL OR dbs_issue_date IS NOT NULL OR dbs_outcome IS NOT NULL OR dbs_checked_date IS NOT NULL) AS dbs
         FROM volunteers WHERE id = ?`,
        id,
      );
      if (!row) throw missing();
      record = recordName(kind, { name: fullName(row) });
      // Their supervisions first: they go, so their matches discussed need no change.
      p.remove('supervisions', p.idsWhere('supervisions', 'volunteer_id = ?', id), 'supervision');
      const matchIds = p.idsWhere('matches', 'volunteer_id = ?', id);
      const anonymised = options.erasure === true && matchIds.length > 0;
      if (anonymised) p.keptMatches(matchIds);
      else visited = p.matches(matchIds, true);
      p.remove('volunteer_references', p.idsWhere('volunteer_references', 'volunteer_id = ?', id), 'reference');
      p.remove('volunteer_training', p.idsWhere('volunteer_training', 'volunteer_id = ?', id), 'training');
      p.remove('volunteer_inactive_periods', p.idsWhere('volunteer_inactive_periods', 'volunteer_id = ?', id), 'inactivePeriod');
      if (row.dbs) p.counts.dbs = 1;
      p.safeguarding('volunteer_id', id);
      if (anonymised) p.anonymise('volunteers', id, erasedVolunteerColumns());
      else p.remove('volunteers', [id]);
      break;
    }
    case 'youngPerson': {
      const row = p.one<{ first: string; last: string }>('SELECT first_name AS first, last_name AS last FROM young_people WHERE id = ?', id);
      if (!row) throw missing();
      record = recordName(kind, { name: fullName(row) });
      const referralIds = p.idsWhere('referrals', 'young_person_id = ?', id);
      visited = p.matches(p.idsWhere('matches', `referral_id ${IN_LIST}`, ids(referralIds)), true);
      p.remove('referrals', referralIds, 'referral');
      p.remove('consents', p.idsWhere('consents', 'young_person_id = ?', id), 'consent');
      p.remove('care_reviews', p.idsWhere('care_reviews', 'young_person_id = ?', id), 'careReview');
      p.remove('care_review_updates', p.idsWhere('care_review_updates', 'young_person_id = ?', id), 'careReviewUpdate');
      p.safeguarding('young_person_id', id);
      p.remove('young_people', [id]);
      break;
    }
  }
  return { record, deletes: p.deletes, changes: p.changes, counts: p.counts, notes: p.notes, refusal: visitsRefusal(kind, record, visited) };
}

/** What deleting the record would take with it, and whether it may be deleted at all. */
export function whatGoesWith(db: Db, kind: DeletableKind, id: number, options: DeletionOptions = {}): Dependants {
  const p = plan(db.$client, kind, id, options);
  return { kind, id, record: p.record, goesWith: dependantCounts(p.counts), notes: p.notes, refusal: p.refusal };
}

/** One UPDATE per row changed, so the audit trail records (and, in an erasure, redacts) each row once. */
function applyChanges(sqlite: Database.Database, changes: Change[]): void {
  const byRow = new Map<string, Change[]>();
  for (const c of changes) byRow.set(`${c.table}:${c.id}`, [...(byRow.get(`${c.table}:${c.id}`) ?? []), c]);
  for (const row of byRow.values()) {
    const { table, id } = row[0];
    sqlite.prepare(`UPDATE ${table} SET ${row.map((c) => `${c.column} = ?`).join(', ')} WHERE id = ?`).run(...row.map((c) => c.after), id);
  }
}

/** Deletes the record and everything that is its alone, keeping a copy of what went (for an undo). */
export function deleteKeepingCopy(db: Db, kind: DeletableKind, id: number, options: DeletionOptions = {}): DeletedRecords {
  const sqlite = db.$client;
  return sqlite.transaction(() => {
    const p = plan(sqlite, kind, id, options);
    if (p.refusal) throw new UserError('conflict', p.refusal);
    applyChanges(sqlite, p.changes);
    const deleted = p.deletes.map(({ table, ids: list }) => {
      const rows = sqlite.prepare(`SELECT * FROM ${table} WHERE id ${IN_LIST} ORDER BY id`).all(ids(list)) as Row[];
      sqlite.prepare(`DELETE FROM ${table} WHERE id ${IN_LIST}`).run(ids(list));
      return { table, rows };
    });
    return { kind, record: p.record, deleted, changes: p.changes };
  })();
}

/** Deletes the record and everything that is its alone, in one transaction; refuses plainly when it may not. */
export function deleteWithDependants(db: Db, kind: DeletableKind, id: number, options: DeletionOptions = {}): void {
  deleteKeepingCopy(db, kind, id, options);
}

const CHANGED_SINCE = 'This cannot be undone now, because the records it touched have changed since. Nothing was put back.';

/**
 * Puts back every row a deletion took, with its ids, and the links it took out, in one
 * transaction; refuses plainly when something changed in between that makes it unsafe.
 */
export function putBack(db: Db, records: DeletedRecords): void {
  const sqlite = db.$client;
  try {
    sqlite.transaction(() => {
      for (const { table, rows } of [...records.deleted].reverse()) {
        for (const row of rows) {
          const columns = Object.keys(row);
          sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((c) => row[c]));
        }
      }
      for (const c of records.changes) {
        const result = sqlite.prepare(`UPDATE ${c.table} SET ${c.column} = ? WHERE id = ? AND ${c.column} IS ?`).run(c.before, c.id, c.after);
        if (result.changes !== 1) throw new UserError('conflict', CHANGED_SINCE);
      }
    })();
  } catch (error) {
    if (String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT')) throw new UserError('conflict', CHANGED_SINCE);
    throw error;
  }
}
