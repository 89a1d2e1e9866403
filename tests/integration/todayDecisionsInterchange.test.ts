/**
 * Snoozes and dismissals on Today travel with the records they are about: in the
 * interchange file (their keys rebuilt from the new ids on import, so they hide the same
 * items afterwards) and in a person's subject access export, with the reasons given.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unlockedSession } from '../helpers/session';
import { ok } from '../helpers/calls';
import { todayItemsOf } from '../helpers/today';
import { importDocument, planImport } from '../../electron/core/interchange/importDocument';
import { exportDocument, subjectAccessDocument } from '../../electron/core/interchange/exportDocument';
import { decisionsOn } from '../../electron/core/services/todayDecisions';
import { canDismiss, canSnooze } from '../../shared/today/decisions';
import { subjectAccessContent } from '../../shared/documents/subjectAccess';
import { writingBaseline } from '../fixtures/writingCalls';
import { REVIEWS_TODAY } from '../fixtures/reviews';
import type { Session } from '../../electron/core/session';
import type { TodayView } from '../../shared/contract';

const RICH = readFileSync(resolve(import.meta.dirname, '../fixtures/interchange/rich.json'), 'utf8');
const RICH_TODAY = '2025-06-01';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

async function fresh(today: string) {
  const { session, cleanup } = await unlockedSession({ today: () => today });
  cleanups.push(cleanup);
  return session;
}

const idOf = (session: Session, table: string, ref: string) => (session.connection.sqlite.prepare(`SELECT id FROM ${table} WHERE external_ref = ?`).get(ref) as { id: number }).id;
const withoutTimestamp = <T extends { exportedAt?: string }>({ exportedAt: _at, ...rest }: T) => rest;

describe('snoozes and dismissals in the interchange file', () => {
  it('a file brings them in keyed by the new ids: a reference by its place, a care review by its date', async () => {
    const session = await fresh(RICH_TODAY);
    importDocument(session.db, RICH, RICH_TODAY);
    const vol = idOf(session, 'volunteers', 'VOL-0001');
    const thirdReference = (session.connection.sqlite.prepare('SELECT id FROM volunteer_references WHERE volunteer_id = ? ORDER BY id').all(vol) as { id: number }[])[2].id;
    const rows = session.connection.sqlite.prepare('SELECT item_key AS key, record_kind AS kind, action, until_date AS until, reason, decided_at AS at FROM today_decisions ORDER BY id').all();
    expect(rows).toEqual([
      { key: `reference_outstanding:volunteers:${vol}:${thirdReference}`, kind: 'volunteer', action: 'snoozed', until: '2025-06-20', reason: 'Referee on holiday — “back on the 19th”', at: '2025-05-28T14:05:00.000Z' },
      { key: `dbs_status_check:volunteers:${idOf(session, 'volunteers', 'v5')}`, kind: 'volunteer', action: 'snoozed', until: '2025-07-01', reason: 'Checking online after the renewal', at: '2025-05-29T08:00:00.000Z' },
      { key: `care_review:young_people:${idOf(session, 'young_people', 'YP-001')}:2025-10-01`, kind: 'young_person', action: 'snoozed', until: '2025-08-01', reason: 'Review date to be confirmed by the IRO', at: '2025-05-30T11:00:00.000Z' },
      { key: `feedback_visit:matches:${idOf(session, 'matches', 'm-2')}`, kind: 'match', action: 'dismissed', until: null, reason: 'The young person declined a feedback visit', at: '2025-05-31T16:45:00.000Z' },
    ]);
    // The record's page shows them.
    expect(decisionsOn(session.db, 'volunteer', vol, RICH_TODAY).map((d) => d.reason)).toEqual(['Referee on holiday — “back on the 19th”']);
  });

  it('decisions made on Today round-trip, and hide the very same items in the new database', async () => {
    const source = await fresh(REVIEWS_TODAY);
    importDocument(source.db, JSON.stringify(writingBaseline()), REVIEWS_TODAY);
    const items = todayItemsOf(await ok<TodayView>(source, 'today'));
    const dismissible = items.filter(canDismiss);
    const snoozable = items.filter((i) => canSnooze(i) && !canDismiss(i));
    expect(dismissible.length).toBeGreaterThan(0);
    expect(snoozable.length).toBeGreaterThan(0);
    for (const item of dismissible) await ok(source, 'dismissTodayItem', { key: item.key, reason: `Not needed: ${item.subject}` });
    for (const item of snoozable) await ok(source, 'snoozeTodayItem', { key: item.key, until: '2027-01-15', reason: `Later: ${item.subject}` });
    const before = await ok<TodayView>(source, 'today');
    expect(before.hidden).toEqual({ snoozed: snoozable.length, dismissed: dismissible.length });

    const first = exportDocument(source.db);
    expect(first.todayDecisions).toHaveLength(items.filter(canSnooze).length);
    const target = await fresh(REVIEWS_TODAY);
    importDocument(target.db, JSON.stringify(first), REVIEWS_TODAY);
    expect(JSON.stringify(withoutTimestamp(exportDocument(target.db)))).toBe(JSON.stringify(withoutTimestamp(first)));
    const after = await ok<TodayView>(target, 'today');
    expect(after.hidden).toEqual(before.hidden);
    // The safeguarding log stays behind unless asked for; every other item is the same.
    const onRecords = (view: TodayView) => todayItemsOf(view).filter((i) => i.record).map((i) => [i.kind, i.subject]);
    expect(onRecords(after)).toEqual(onRecords(before));
  });

  it('a file from before they travelled (no todayDecisions list) still loads', async () => {
    const session = await fresh(RICH_TODAY);
    const older = JSON.parse(RICH) as Record<string, unknown>;
    delete older.todayDecisions;
    importDocument(session.db, JSON.stringify(older), RICH_TODAY);
    expect(exportDocument(session.db).todayDecisions).toEqual([]);
  });

  it.each([
    ['the wrong kind of record', { item: 'dbs_recheck', matchId: 'm-1' }, ['field "volunteerId": A "dbs_recheck" item is about a record in volunteers: give its id', 'field "matchId": A "dbs_recheck" item is not about a record of this kind']],
    ['a reference the volunteer does not have', { item: 'reference_outstanding', volunteerId: 'v5', reference: 2 }, ['field "reference": The volunteer has 0 references in the file']],
    ['a reference to chase without saying which', { item: 'reference_outstanding', volunteerId: 'VOL-0001' }, ['field "reference": Give which of the volunteer’s references it is, counting from 1']],
    ['a care-review update without its review date', { item: 'care_review', youngPersonId: 'YP-001' }, ['field "reviewDate": Give the date of the care review']],
    ['a snooze with no end date', { item: 'supervision', volunteerId: 'v5', untilDate: null }, ['field "untilDate": A snooze needs the date it ends']],
    ['a dismissal of what can only be snoozed', { item: 'dbs_recheck', volunteerId: 'v5', action: 'dismissed', untilDate: null }, ['field "action": A "dbs_recheck" item can only be snoozed, not dismissed']],
  ])('refuses %s, writing nothing', async (_what, over, problems) => {
    const session = await fresh(RICH_TODAY);
    const file = JSON.parse(RICH) as { todayDecisions: Record<string, unknown>[] };
    file.todayDecisions = [{ id: 'bad', action: 'snoozed', untilDate: '2025-07-01', reason: 'A reason', decidedAt: '2025-05-01T09:00:00.000Z', ...over }];
    const plan = planImport(session.db, JSON.stringify(file), RICH_TODAY);
    expect(plan.preview.errors).toEqual(problems.map((p) => `todayDecisions[0] (id "bad"), ${p}`));
    expect(() => importDocument(session.db, JSON.stringify(file), RICH_TODAY)).toThrow(/^The file was not imported: todayDecisions\[0\]/);
    expect(session.connection.sqlite.prepare('SELECT count(*) AS n FROM volunteers').get()).toEqual({ n: 0 });
  });

  it('refuses an item that can never be put off, naming the kinds that can', async () => {
    const session = await fresh(RICH_TODAY);
    const file = JSON.parse(RICH) as { todayDecisions: Record<string, unknown>[] };
    file.todayDecisions[0] = { ...file.todayDecisions[0], item: 'safeguarding_open' };
    expect(planImport(session.db, JSON.stringify(file), RICH_TODAY).preview.errors[0]).toMatch(/^todayDecisions\[0\] \(id "decision-1"\), field "item" must be one of "enquiry_unanswered"/);
  });
});

describe('snoozes and dismissals in a subject access export', () => {
  it("each person's holds those about them and their matches, and nobody else's", async () => {
    const session = await fresh(RICH_TODAY);
    importDocument(session.db, RICH, RICH_TODAY);
    const reasons = (kind: 'volunteer' | 'young_person', table: string, ref: string) => (subjectAccessDocument(session.db, { kind, id: idOf(session, table, ref) }).todayDecisions ?? []).map((d) => d.reason);
    expect(reasons('volunteer', 'volunteers', 'VOL-0001')).toEqual(['Referee on holiday — “back on the 19th”']);
    expect(reasons('volunteer', 'volunteers', 'v5')).toEqual(['Checking online after the renewal', 'The young person declined a feedback visit']);
    expect(reasons('young_person', 'young_people', 'YP-001')).toEqual(['Review date to be confirmed by the IRO']);
    expect(reasons('young_person', 'young_people', 'yp "quoted"')).toEqual(['The young person declined a feedback visit']);
    expect(reasons('young_person', 'young_people', 'yp-3')).toEqual([]);
  });

  it('the readable document lists them in words: what, about which record, the decision and the reason', async () => {
    const session = await fresh(RICH_TODAY);
    importDocument(session.db, RICH, RICH_TODAY);
    const content = (kind: 'volunteer' | 'young_person', table: string, ref: string) => {
      const document = subjectAccessDocument(session.db, { kind, id: idOf(session, table, ref) });
      return subjectAccessContent({ kind, document, history: [], safeguardingHistory: [], schemeName: 'Scheme', madeDate: RICH_TODAY });
    };
    const table = (kind: 'volunteer' | 'young_person', table: string, ref: string) => content(kind, table, ref).blocks.find((b) => b.type === 'table' && b.caption === 'Reminders put off on Today');
    expect(table('volunteer', 'volunteers', 'v5')).toEqual({
      type: 'table',
      caption: 'Reminders put off on Today',
      columns: ['Reminder', 'About', 'Decision', 'Reason', 'Decided on'],
      rows: [
        ['DBS Update Service status check', 'Your record', 'Snoozed until 01/07/2025', 'Checking online after the renewal', '29/05/2025'],
        ['Feedback visit', 'Match 1', 'Dismissed as not needed', 'The young person declined a feedback visit', '31/05/2025'],
      ],
    });
    expect(table('volunteer', 'volunteers', 'VOL-0001')).toMatchObject({ rows: [['Reference to chase', 'Your record, reference 3', 'Snoozed until 20/06/2025', 'Referee on holiday — “back on the 19th”', '28/05/2025']] });
    expect(table('young_person', 'young_people', 'YP-001')).toMatchObject({ rows: [['Care-review update', 'Your record, the care review on 01/10/2025', 'Snoozed until 01/08/2025', 'Review date to be confirmed by the IRO', '30/05/2025']] });
    expect(content('young_person', 'young_people', 'yp-3').blocks).toContainEqual({ type: 'paragraph', text: 'No reminders put off.' });
  });
});
