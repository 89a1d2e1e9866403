/**
 * Deleting what was entered by mistake, on a real encrypted database: for every kind,
 * what goes with it is named right, exactly that goes (nothing else), the refusals change
 * nothing, and an undo puts back every row as it was, value for value and type for type.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { deleteWithDependants, whatGoesWith, type DeletableKind } from '../../electron/core/services/deletion';
import { UndoStore, UNDO_GONE } from '../../electron/core/services/undo';
import { UserError } from '../../electron/core/errors';
import { PASSPHRASE, unlockedSession } from '../helpers/session';
import { REVIEWS_TODAY } from '../fixtures/reviews';
import { deletionScheme } from '../fixtures/deletion';
import type { Session } from '../../electron/core/session';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function open() {
  const s = await unlockedSession({ today: () => REVIEWS_TODAY });
  cleanups.push(s.cleanup);
  importDocument(s.session.db, JSON.stringify(deletionScheme()), REVIEWS_TODAY);
  return s.session;
}

/** Every table of the records (not the migrations' bookkeeping). */
const TABLES = [
  'scheme',
  'volunteers',
  'volunteer_references',
  'volunteer_training',
  'volunteer_inactive_periods',
  'young_people',
  'referrals',
  'consents',
  'safeguarding_concerns',
  'complaints',
  'matches',
  'visits',
  'feedback',
  'contacts',
  'supervisions',
  'care_reviews',
  'care_review_updates',
  'sqlite_sequence',
];

/** The audit trail's own tables grow with every change; only the records' sequences are compared. */
const HISTORY_TABLES = "('audit_log', 'safeguarding_history')";

/** Every row of every table, each value as SQL quotes it (so 4 and 4.0, '1' and 1 differ), keyed "table:rowid". */
function dump(session: Session): Map<string, string> {
  const sqlite = session.connection.sqlite;
  const rows = new Map<string, string>();
  for (const table of TABLES) {
    const columns = (sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((c) => `quote(${c.name})`);
    const where = table === 'sqlite_sequence' ? ` WHERE name NOT IN ${HISTORY_TABLES}` : '';
    for (const row of sqlite.prepare(`SELECT rowid AS k, ${columns.join(' || \'|\' || ')} AS v FROM ${table}${where}`).all() as { k: number; v: string }[]) {
      rows.set(`${table}:${row.k}`, row.v);
    }
  }
  return rows;
}

/** What changed from one dump to the next: rows gone, rows changed, rows added. */
function difference(before: Map<string, string>, after: Map<string, string>) {
  return {
    gone: [...before.keys()].filter((k) => !after.has(k)).sort(),
    changed: [...before.keys()].filter((k) => after.has(k) && after.get(k) !== before.get(k)).sort(),
    added: [...after.keys()].filter((k) => !before.has(k)).sort(),
  };
}

const idOf = (session: Session, table: string, ref: string) =>
  (session.connection.sqlite.prepare(`SELECT id FROM ${table} WHERE external_ref = ?`).get(ref) as { id: number }).id;
const rowsOf = (session: Session, table: string, refs: string[]) => refs.map((r) => `${table}:${idOf(session, table, r)}`);
const referencesOf = (session: Session, table: string, volunteerRef: string) =>
  (session.connection.sqlite.prepare(`SELECT id FROM ${table} WHERE volunteer_id = ? ORDER BY id`).pluck().all(idOf(session, 'volunteers', volunteerRef)) as number[]).map((id) => `${table}:${id}`);

interface Case {
  kind: DeletableKind;
  table: string;
  ref: string;
  record: string;
  goesWith: string[];
  notes: string[];
  /** Every row that goes, the record's own included. */
  gone: (s: Session) => string[];
  /** Rows that stay, changed. */
  changed: (s: Session) => string[];
}

const CASES: Case[] = [
  { kind: 'visit', table: 'visits', ref: 'vis-lily', record: 'the visit on 01/11/2026', goesWith: [], notes: [], gone: (s) => rowsOf(s, 'visits', ['vis-lily']), changed: () => [] },
  { kind: 'contact', table: 'contacts', ref: 'c1', record: 'the contact on 01/06/2026', goesWith: [], notes: [], gone: (s) => rowsOf(s, 'contacts', ['c1']), changed: () => [] },
  { kind: 'careReview', table: 'care_reviews', ref: 'cr1', record: "Kayden Marsh's care review on 01/09/2025", goesWith: [], notes: [], gone: (s) => rowsOf(s, 'care_reviews', ['cr1']), changed: () => [] },
  {
    kind: 'supervision',
    table: 'supervisions',
    ref: 'sup-group-ann',
    record: "Ann Lee's supervision on 15/11/2026",
    goesWith: [],
    notes: ["It was part of a group session: only Ann Lee's record goes, and the others who attended keep theirs."],
    gone: (s) => rowsOf(s, 'supervisions', ['sup-group-ann']),
    changed: () => [],
  },
  {
    kind: 'match',
    table: 'matches',
    ref: 'm5',
    record: 'the match of Eve Fox with Sam Hill',
    goesWith: ['1 feedback record', '1 contact between visits'],
    notes: ['1 supervision stays, without the deleted match in the matches discussed.'],
    gone: (s) => [...rowsOf(s, 'matches', ['m5']), ...rowsOf(s, 'feedback', ['f-eve']), ...rowsOf(s, 'contacts', ['c-eve'])],
    changed: (s) => rowsOf(s, 'supervisions', ['sup-eve-1']),
  },
  {
    kind: 'referral',
    table: 'referrals',
    ref: 'r3',
    record: "Sam Hill's referral of 01/10/2026",
    goesWith: ['2 matches (with no visits)', '1 feedback record', '1 contact between visits'],
    notes: ['2 supervisions stay, without the deleted match in the matches discussed.'],
    gone: (s) => [...rowsOf(s, 'referrals', ['r3']), ...rowsOf(s, 'matches', ['m5', 'm6']), ...rowsOf(s, 'feedback', ['f-eve']), ...rowsOf(s, 'contacts', ['c-eve'])],
    changed: (s) => rowsOf(s, 'supervisions', ['sup-ben', 'sup-eve-1']),
  },
  {
    kind: 'volunteer',
    table: 'volunteers',
    ref: 'v5',
    record: 'Eve Fox',
    goesWith: ['1 match (with no visits)', '1 feedback record', '1 contact between visits', '3 references', '2 training records', '1 DBS record', '1 inactive period', '2 supervisions', '1 safeguarding concern'],
    notes: ['1 safeguarding concern that also names someone else stays in the safeguarding log, without the link to this person.'],
    gone: (s) => [
      ...rowsOf(s, 'volunteers', ['v5']),
      ...rowsOf(s, 'matches', ['m5']),
      ...rowsOf(s, 'feedback', ['f-eve']),
      ...rowsOf(s, 'contacts', ['c-eve']),
      ...rowsOf(s, 'supervisions', ['sup-eve-1', 'sup-eve-2']),
      ...rowsOf(s, 'safeguarding_concerns', ['s-eve']),
      ...referencesOf(s, 'volunteer_references', 'v5'),
      ...referencesOf(s, 'volunteer_training', 'v5'),
      ...referencesOf(s, 'volunteer_inactive_periods', 'v5'),
    ],
    changed: (s) => rowsOf(s, 'safeguarding_concerns', ['s-both']),
  },
  {
    kind: 'youngPerson',
    table: 'young_people',
    ref: 'y3',
    record: 'Sam Hill',
    goesWith: ['1 referral', '2 matches (with no visits)', '1 feedback record', '1 contact between visits', '1 confidentiality consent', '1 care review', '1 care-review update', '1 safeguarding concern'],
    notes: ['2 supervisions stay, without the deleted match in the matches discussed.'],
    gone: (s) => [
      ...rowsOf(s, 'young_people', ['y3']),
      ...rowsOf(s, 'referrals', ['r3']),
      ...rowsOf(s, 'matches', ['m5', 'm6']),
      ...rowsOf(s, 'feedback', ['f-eve']),
      ...rowsOf(s, 'contacts', ['c-eve']),
      ...rowsOf(s, 'consents', ['con-sam']),
      ...rowsOf(s, 'care_reviews', ['cr-sam']),
      ...rowsOf(s, 'care_review_updates', ['u-sam']),
      ...rowsOf(s, 'safeguarding_concerns', ['s-sam']),
    ],
    changed: (s) => rowsOf(s, 'supervisions', ['sup-ben', 'sup-eve-1']),
  },
];

describe.each(CASES)('deleting a $kind', (c) => {
  it('names what goes with it, deletes exactly that, and an undo puts every row back as it was', async () => {
    const session = await open();
    const id = idOf(session, c.table, c.ref);
    const preview = whatGoesWith(session.db, c.kind, id);
    expect(preview).toMatchObject({ kind: c.kind, id, record: c.record, notes: c.notes, refusal: null });
    expect(preview.goesWith.map((g) => g.label)).toEqual(c.goesWith);

    const gone = c.gone(session).sort();
    const changed = c.changed(session).sort();
    const before = dump(session);
    const undo = new UndoStore();
    const { token, record } = undo.delete(session.db, c.kind, id);
    expect(record).toBe(c.record);
    const after = dump(session);
    expect(difference(before, after)).toEqual({ gone, changed, added: [] });
    expect(session.connection.sqlite.pragma('foreign_key_check')).toEqual([]);

    expect(undo.undo(session.db, token)).toEqual({ record: c.record, kind: c.kind });
    expect(dump(session)).toEqual(before);
    expect(() => undo.undo(session.db, token)).toThrow(UNDO_GONE);
  });
});

/** Refused with this message, and not a byte of the records changed. */
function refused(session: Session, kind: DeletableKind, id: number, message: string) {
  const before = dump(session);
  expect(whatGoesWith(session.db, kind, id).refusal).toBe(message);
  let error: unknown;
  try {
    deleteWithDependants(session.db, kind, id);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).message).toBe(message);
  expect(dump(session)).toEqual(before);
}

describe('refusals', () => {
  it('a match with visits: end it instead', async () => {
    const session = await open();
    refused(session, 'match', idOf(session, 'matches', 'm1'), 'This match has 3 visits, so it cannot be deleted: end the match instead.');
  });

  it('a referral whose matches have visits: close it instead', async () => {
    const session = await open();
    refused(session, 'referral', idOf(session, 'referrals', 'r1'), 'This referral has 2 matches with visits (6 in all), so it cannot be deleted: close the referral instead.');
  });

  it('a volunteer or young person with a match that has visits: close or withdraw, and retention erases them later', async () => {
    const session = await open();
    refused(
      session,
      'volunteer',
      idOf(session, 'volunteers', 'v2'),
      'Ben Cole has a match with 3 visits, so their record cannot be deleted. Record that they have left or withdrawn instead: their records are erased when the retention period ends.',
    );
    refused(
      session,
      'youngPerson',
      idOf(session, 'young_people', 'y2'),
      'Lily Park has a match with 1 visit, so their record cannot be deleted. End the match and close the referral instead: their records are erased when the retention period ends.',
    );
  });

  it('a record that is not there', async () => {
    const session = await open();
    const before = dump(session);
    expect(() => deleteWithDependants(session.db, 'visit', 999_999)).toThrow('That visit could not be found: it may have been deleted already.');
    expect(() => whatGoesWith(session.db, 'youngPerson', 999_999)).toThrow('That young person could not be found: they may have been deleted already.');
    expect(dump(session)).toEqual(before);
  });
});

describe('undo', () => {
  it('is refused plainly after a lock, and the records stay deleted', async () => {
    const session = await open();
    const { token } = session.deletions.delete(session.db, 'visit', idOf(session, 'visits', 'vis-lily'));
    const deleted = dump(session);
    session.lock();
    await session.unlock(PASSPHRASE);
    expect(() => session.deletions.undo(session.db, token)).toThrow(UNDO_GONE);
    expect(dump(session)).toEqual(deleted);
  });

  it('has no time limit, and is refused plainly once ten more deletions have been made', async () => {
    const session = await open();
    const undo = new UndoStore();
    const sqlite = session.connection.sqlite;
    const copy = sqlite.prepare("INSERT INTO contacts (external_ref, match_id, date, kind) SELECT ?, match_id, date, kind FROM contacts WHERE external_ref = 'c1'");
    const extras = Array.from({ length: 11 }, (_, n) => Number(copy.run(`extra-${n}`).lastInsertRowid));
    const first = undo.delete(session.db, 'contact', idOf(session, 'contacts', 'c1'));
    const tokens = extras.slice(0, 9).map((id) => undo.delete(session.db, 'contact', id).token);
    // Nine deletions later, the first can still be undone.
    expect(undo.undo(session.db, first.token).kind).toBe('contact');
    const again = undo.delete(session.db, 'contact', idOf(session, 'contacts', 'c1'));
    undo.delete(session.db, 'contact', extras[9]);
    undo.delete(session.db, 'contact', extras[10]);
    // Ten newer than the oldest copy's deletion now: that one is forgotten, the later ones are not.
    expect(() => undo.undo(session.db, tokens[0])).toThrow(UNDO_GONE);
    expect(undo.undo(session.db, again.token).kind).toBe('contact');
  });

  it('is refused, putting nothing back, when what it belonged to has gone since', async () => {
    const session = await open();
    const undo = new UndoStore();
    const { token } = undo.delete(session.db, 'match', idOf(session, 'matches', 'm5'));
    undo.delete(session.db, 'volunteer', idOf(session, 'volunteers', 'v5'));
    const before = dump(session);
    expect(() => undo.undo(session.db, token)).toThrow('This cannot be undone now, because the records it touched have changed since. Nothing was put back.');
    expect(dump(session)).toEqual(before);
  });

  it('is refused, putting nothing back, when a record it changed has been changed again', async () => {
    const session = await open();
    const undo = new UndoStore();
    const { token } = undo.delete(session.db, 'match', idOf(session, 'matches', 'm5'));
    session.connection.sqlite.prepare("UPDATE supervisions SET matches_discussed = '[12345]' WHERE external_ref = 'sup-eve-1'").run();
    const before = dump(session);
    expect(() => undo.undo(session.db, token)).toThrow('This cannot be undone now, because the records it touched have changed since. Nothing was put back.');
    expect(dump(session)).toEqual(before);
  });
});

describe('erasure (retention): the visits go too', () => {
  it('a young person whose matches have visits: everything linked to them goes, and no link to them or their matches remains', async () => {
    const session = await open();
    const sqlite = session.connection.sqlite;
    const id = idOf(session, 'young_people', 'y1');
    const matchIds = ['m1', 'm3'].map((m) => idOf(session, 'matches', m));
    expect(whatGoesWith(session.db, 'youngPerson', id).refusal).not.toBeNull();
    expect(whatGoesWith(session.db, 'youngPerson', id, { erasure: true }).goesWith.map((g) => g.label)).toEqual([
      '1 referral',
      '2 matches',
      '6 visits',
      '1 contact between visits',
      '2 care reviews',
    ]);
    const before = dump(session);
    deleteWithDependants(session.db, 'youngPerson', id, { erasure: true });
    const { gone, changed, added } = difference(before, dump(session));
    expect(added).toEqual([]);
    expect(gone.filter((k) => k.startsWith('visits:'))).toHaveLength(6);
    expect(changed.sort()).toEqual([...rowsOf(session, 'supervisions', ['sup-ben']), ...rowsOf(session, 'safeguarding_concerns', ['s-both'])].sort());
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    for (const table of ['referrals', 'consents', 'care_reviews', 'care_review_updates', 'safeguarding_concerns']) {
      expect(sqlite.prepare(`SELECT count(*) FROM ${table} WHERE young_person_id = ?`).pluck().get(id), table).toBe(0);
    }
    const discussed = (sqlite.prepare('SELECT matches_discussed FROM supervisions').pluck().all() as string[]).flatMap((json) => JSON.parse(json) as number[]);
    expect(discussed.filter((m) => matchIds.includes(m))).toEqual([]);
  });
});

describe('through the door the screens use', () => {
  it('previews, deletes and undoes; a junk or unknown token is refused plainly, and so is any call while locked', async () => {
    const session = await open();
    const id = idOf(session, 'contacts', 'c1');
    const preview = await dispatch(session, 'deletionPreview', { kind: 'contact', id });
    expect(preview).toMatchObject({ ok: true, value: { record: 'the contact on 01/06/2026', goesWith: [], refusal: null } });
    const deleted = await dispatch(session, 'deleteRecord', { kind: 'contact', id });
    if (!deleted.ok) throw new Error(deleted.error.message);
    expect(deleted.value).toMatchObject({ message: 'The contact on 01/06/2026 was deleted.' });
    expect(await dispatch(session, 'undoDelete', { token: 'not a token' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'This undo is not known' } });
    expect(await dispatch(session, 'undoDelete', { token: 'a'.repeat(32) })).toMatchObject({ ok: false, error: { code: 'conflict', message: UNDO_GONE } });
    const { token } = deleted.value as { token: string };
    expect(await dispatch(session, 'undoDelete', { token })).toEqual({ ok: true, value: { kind: 'contact', message: 'The contact on 01/06/2026 was put back.' } });
    expect(await dispatch(session, 'deleteRecord', { kind: 'match', id: idOf(session, 'matches', 'm1') })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This match has 3 visits, so it cannot be deleted: end the match instead.' },
    });
    session.lock();
    expect(await dispatch(session, 'deleteRecord', { kind: 'contact', id })).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});
