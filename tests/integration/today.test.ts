/** Today as a work queue, on a real encrypted database: groups, snoozes and dismissals, folded groups, lapsed people, bank holidays. */
import { afterEach, describe, expect, it } from 'vitest';
import { unlockedSession, PASSPHRASE } from '../helpers/session';
import { ok, refused } from '../helpers/calls';
import { todayItemsOf } from '../helpers/today';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { dispatch } from '../../electron/core/handlers';
import { writingBaseline } from '../fixtures/writingCalls';
import { REVIEWS_TODAY } from '../fixtures/reviews';
import { DEFAULT_CASE_SETTINGS } from '../../shared/youngPeople/settings';
import type { Session } from '../../electron/core/session';
import type { Match, RecruitmentBoard, TodayView, Volunteer, VolunteerProfile, YoungPerson } from '../../shared/contract';
import { canSnooze, type TodayDecision } from '../../shared/today/decisions';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** The writing baseline (23/11/2026), with a clock the test can move on. */
async function baseline() {
  const clock = { today: REVIEWS_TODAY };
  const { session, cleanup } = await unlockedSession({ today: () => clock.today });
  cleanups.push(cleanup);
  importDocument(session.db, JSON.stringify(writingBaseline()), REVIEWS_TODAY);
  return { session, clock };
}

const idOf = (session: Session, table: string, ref: string) => (session.connection.sqlite.prepare(`SELECT id FROM ${table} WHERE external_ref = ?`).get(ref) as { id: number }).id;
const view = (session: Session) => ok<TodayView>(session, 'today');
const keys = async (session: Session) => todayItemsOf(await view(session)).map((i) => i.key);
const decisionRows = (session: Session) => session.connection.sqlite.prepare('SELECT item_key, record_kind, record_id, action, until_date, reason FROM today_decisions ORDER BY id').all();

describe('Today’s groups', () => {
  it('come in the order of urgency, each most overdue first, with stable keys', async () => {
    const { session } = await baseline();
    const today = await view(session);
    expect(today.groups.map((g) => g.id)).toEqual(['safeguarding', 'consent', 'supervisions', 'dbs', 'other']);
    expect(today.groups[0].items.map((i) => [i.key, i.record])).toEqual([[expect.stringMatching(/^safeguarding_open:safeguarding_concerns:\d+$/), null]]);
    const consent = today.groups[1].items;
    expect(consent.map((i) => i.dueDate)).toEqual([...consent.map((i) => i.dueDate)].sort());
    expect(today.groups[2].items.map((i) => i.key)).toEqual([`supervision:volunteers:${idOf(session, 'volunteers', 'v1')}`]);
    expect(today.hidden).toEqual({ snoozed: 0, dismissed: 0 });
    expect(today.collapsed).toEqual([]);
  });

  it('a safeguarding concern closed after the day Today is for is still open on that day', async () => {
    const { session, clock } = await baseline();
    const concern = idOf(session, 'safeguarding_concerns', 's1');
    clock.today = '2026-11-25';
    const fields = { date: '2026-11-01', youngPersonId: idOf(session, 'young_people', 'y1'), volunteerId: null, summary: 'A worry passed on', referredTo: null, referredDate: null, outcome: 'Resolved' };
    await ok(session, 'saveSafeguardingConcern', { concernId: concern, ...fields, closedDate: '2026-11-25' });
    expect(await keys(session)).not.toContain(`safeguarding_open:safeguarding_concerns:${concern}`);
    clock.today = '2026-11-24';
    expect(await keys(session)).toContain(`safeguarding_open:safeguarding_concerns:${concern}`);
  });

  it('a proposal with no introduction after 4 weeks (the setting) is in its own group', async () => {
    const { session, clock } = await baseline();
    const m4 = idOf(session, 'matches', 'm4'); // proposed 01/11/2026
    expect(await keys(session)).not.toContain(`proposal_no_introduction:matches:${m4}`);
    clock.today = '2026-11-29';
    const proposals = (await view(session)).groups.find((g) => g.id === 'proposals')!;
    expect(proposals.items.map((i) => [i.key, i.subject, i.link])).toEqual([[`proposal_no_introduction:matches:${m4}`, 'Raj Shah and Jo Ready', `/matches/${m4}`]]);
    await ok(session, 'updateCaseSettings', { ...DEFAULT_CASE_SETTINGS, proposalIntroductionWeeks: 6 });
    expect(await keys(session)).not.toContain(`proposal_no_introduction:matches:${m4}`);
  });
});

describe('snoozing and dismissing', () => {
  it('a snooze is stored with its reason, audited, shown on the record, and the item comes back on its date', async () => {
    const { session, clock } = await baseline();
    const v1 = idOf(session, 'volunteers', 'v1');
    const key = `supervision:volunteers:${v1}`;
    const snoozed = await ok<TodayDecision>(session, 'snoozeTodayItem', { key, until: '2026-12-24', reason: '  Carer away  ' });
    expect(snoozed).toMatchObject({ itemKey: key, recordKind: 'volunteer', recordId: v1, action: 'snoozed', untilDate: '2026-12-24', reason: 'Carer away' });
    expect(session.connection.sqlite.prepare("SELECT count(*) FROM audit_log WHERE record_kind = 'today_decisions'").pluck().get()).toBeGreaterThan(0);
    expect(await keys(session)).not.toContain(key);
    expect((await view(session)).hidden).toEqual({ snoozed: 1, dismissed: 0 });
    expect((await ok<VolunteerProfile>(session, 'volunteerProfile', { id: v1 })).todayDecisions).toEqual([snoozed]);

    clock.today = '2026-12-23';
    expect(await keys(session)).not.toContain(key);
    clock.today = '2026-12-24';
    expect(await keys(session)).toContain(key);
    expect((await ok<VolunteerProfile>(session, 'volunteerProfile', { id: v1 })).todayDecisions).toEqual([]);
  });

  it("the young person's and the match's pages carry what is put off about them in their own call", async () => {
    const { session, clock } = await baseline();
    // A year on, the matches' feedback visits and the young people's birthdays are due.
    clock.today = '2027-06-01';
    const items = todayItemsOf(await view(session));
    const first = (kind: 'young_person' | 'match') => items.find((i) => i.record?.kind === kind && canSnooze(i))!;
    const person = first('young_person');
    const match = first('match');
    expect([person, match].every(Boolean)).toBe(true);
    const onPerson = await ok<TodayDecision>(session, 'snoozeTodayItem', { key: person.key, until: '2027-07-01', reason: 'Waiting to hear from the social worker' });
    const onMatch = await ok<TodayDecision>(session, 'snoozeTodayItem', { key: match.key, until: '2027-07-01', reason: 'Volunteer on holiday' });
    expect((await ok<YoungPerson>(session, 'getYoungPerson', { id: person.record!.id })).todayDecisions).toEqual([onPerson]);
    expect((await ok<Match>(session, 'getMatch', { id: match.record!.id })).todayDecisions).toEqual([onMatch]);
  });

  it('a new snooze replaces the old; cancelling one brings the item straight back', async () => {
    const { session } = await baseline();
    const key = `supervision:volunteers:${idOf(session, 'volunteers', 'v1')}`;
    await ok(session, 'snoozeTodayItem', { key, until: '2026-12-24', reason: 'Away' });
    const second = await ok<TodayDecision>(session, 'snoozeTodayItem', { key, until: '2027-01-10', reason: 'Away longer' });
    expect(decisionRows(session)).toEqual([{ item_key: key, record_kind: 'volunteer', record_id: second.recordId, action: 'snoozed', until_date: '2027-01-10', reason: 'Away longer' }]);
    expect(await ok(session, 'cancelTodayDecision', { id: second.id })).toEqual({ cancelled: second.id });
    expect(await keys(session)).toContain(key);
    expect(await refused(session, 'cancelTodayDecision', { id: second.id })).toBe('That snooze has already ended or been cancelled. Nothing was changed.');
  });

  it('refuses dates in the past, today, dates that cannot be true, more than a year ahead, and a missing reason, storing nothing', async () => {
    const { session } = await baseline();
    const key = `supervision:volunteers:${idOf(session, 'volunteers', 'v1')}`;
    const fieldsOf = async (input: object) => {
      const before = JSON.stringify(decisionRows(session));
      const result = await dispatch(session, 'snoozeTodayItem', { key, reason: 'Away', ...input });
      expect(result.ok).toBe(false);
      expect(JSON.stringify(decisionRows(session))).toBe(before);
      return result.ok ? {} : result.error.fields;
    };
    expect(await fieldsOf({ until: '2026-11-22' })).toEqual({ until: 'Enter a date after today to snooze until' });
    expect(await fieldsOf({ until: REVIEWS_TODAY })).toEqual({ until: 'Enter a date after today to snooze until' });
    expect(await fieldsOf({ until: '2026-02-30' })).toEqual({ until: 'Enter a real date to snooze until, for example 24/12/2026' });
    expect(await fieldsOf({ until: '2028-01-01' })).toEqual({ until: 'Enter a date within a year, by 24/11/2027' });
    expect(await fieldsOf({ until: '2026-12-24', reason: '   ' })).toEqual({ reason: 'Enter why you are snoozing it' });
    expect(decisionRows(session)).toEqual([]);
  });

  it('never puts off a safeguarding concern or a missing consent; dismisses only what can be "not needed"', async () => {
    const { session } = await baseline();
    const items = todayItemsOf(await view(session));
    const safeguarding = items.find((i) => i.kind === 'safeguarding_open')!;
    const consent = items.find((i) => i.kind === 'consent_missing')!;
    const supervision = items.find((i) => i.kind === 'supervision')!;
    expect(await refused(session, 'snoozeTodayItem', { key: safeguarding.key, until: '2026-12-24', reason: 'Later' })).toBe('This item cannot be snoozed: it stays on Today until it is dealt with. Nothing was changed.');
    expect(await refused(session, 'snoozeTodayItem', { key: consent.key, until: '2026-12-24', reason: 'Later' })).toMatch(/cannot be snoozed/);
    expect(await refused(session, 'dismissTodayItem', { key: consent.key, reason: 'Not needed' })).toBe('This item cannot be dismissed, only snoozed to a date. Nothing was changed.');
    expect(await refused(session, 'dismissTodayItem', { key: supervision.key, reason: 'Not needed' })).toMatch(/cannot be dismissed/);
    expect(await refused(session, 'snoozeTodayItem', { key: 'visit_overdue:matches:999', until: '2026-12-24', reason: 'Later' })).toBe('That item is no longer on Today: it may have been done already. Nothing was changed.');
    expect(await refused(session, 'snoozeTodayItem', { key: 'not a key', until: '2026-12-24', reason: 'Later' })).toBeTruthy();
    expect(decisionRows(session)).toEqual([]);
  });

  it('an unanswered enquiry can be dismissed as not needed, and stays off Today', async () => {
    const { session, clock } = await baseline();
    const enquiry = todayItemsOf(await view(session)).find((i) => i.kind === 'enquiry_unanswered')!;
    const dismissed = await ok<TodayDecision>(session, 'dismissTodayItem', { key: enquiry.key, reason: 'Answered by phone' });
    expect(dismissed).toMatchObject({ action: 'dismissed', untilDate: null, reason: 'Answered by phone' });
    clock.today = '2026-12-20';
    expect(await keys(session)).not.toContain(enquiry.key);
    expect((await view(session)).hidden.dismissed).toBe(1);
  });

  it('deleting a record by mistake leaves its decisions, so an Undo brings it back as it was', async () => {
    const { session } = await baseline();
    const enquiry = todayItemsOf(await view(session)).find((i) => i.kind === 'enquiry_unanswered')!;
    await ok(session, 'dismissTodayItem', { key: enquiry.key, reason: 'Answered by phone' });
    const deleted = await ok<{ token: string }>(session, 'deleteRecord', { kind: 'volunteer', id: enquiry.record!.id });
    expect(decisionRows(session)).toHaveLength(1);
    await ok(session, 'undoDelete', { token: deleted.token });
    expect(await keys(session)).not.toContain(enquiry.key);
  });

  it('erasing a person deletes every decision about them, and only theirs', async () => {
    const { session } = await baseline();
    const v12 = idOf(session, 'volunteers', 'v12');
    const key = `supervision:volunteers:${idOf(session, 'volunteers', 'v1')}`;
    await ok(session, 'snoozeTodayItem', { key, until: '2026-12-24', reason: 'Away' });
    // A decision made while Lou was still a volunteer; the reason says something about her.
    session.connection.sqlite
      .prepare("INSERT INTO today_decisions (item_key, record_kind, record_id, action, until_date, reason, decided_at) VALUES (?, 'volunteer', ?, 'snoozed', '2019-01-10', 'In hospital', '2019-01-01T10:00:00Z')")
      .run(`supervision:volunteers:${v12}`, v12);
    const auditText = () => JSON.stringify(session.connection.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(auditText()).toContain('In hospital');
    await ok(session, 'eraseRecords', { people: [{ kind: 'volunteer', id: v12 }] });
    expect(decisionRows(session)).toEqual([expect.objectContaining({ item_key: key })]);
    // The erasure takes the decision's history in the audit trail too.
    expect(auditText()).not.toContain('In hospital');
  });
});

describe('folded groups', () => {
  it('are remembered in the database across a lock and unlock, and survive saving the case settings', async () => {
    const { session } = await baseline();
    expect(await ok(session, 'setTodayGroupCollapsed', { group: 'dbs', collapsed: true })).toEqual(['dbs']);
    expect(await ok(session, 'setTodayGroupCollapsed', { group: 'safeguarding', collapsed: true })).toEqual(['safeguarding', 'dbs']);
    await ok(session, 'updateCaseSettings', { ...DEFAULT_CASE_SETTINGS, supervisionWeeks: 8 });
    session.lock();
    await session.unlock(PASSPHRASE);
    expect((await view(session)).collapsed).toEqual(['safeguarding', 'dbs']);
    expect(await ok(session, 'setTodayGroupCollapsed', { group: 'dbs', collapsed: false })).toEqual(['safeguarding']);
    expect(await ok(session, 'getCaseSettings')).toEqual({ ...DEFAULT_CASE_SETTINGS, supervisionWeeks: 8 });
    await refused(session, 'setTodayGroupCollapsed', { group: 'everything', collapsed: true });
  });
});

describe('the pipeline clears itself', () => {
  it('lapsed people are offered for withdrawal; withdrawing them is one step, with the reason "No response"', async () => {
    const { session } = await baseline();
    const board = await ok<RecruitmentBoard>(session, 'recruitmentBoard');
    expect(board.lapsed.length).toBe(10);
    const ids = board.lapsed.map((p) => p.id);
    const done = await ok<{ withdrawn: number; message: string }>(session, 'withdrawLapsedVolunteers', { ids });
    expect(done).toEqual({ withdrawn: 10, message: '10 people withdrawn with the reason “No response”.' });
    const one = await ok<Volunteer>(session, 'getVolunteer', { id: ids[0] });
    expect(one).toMatchObject({ status: 'withdrawn', withdrawnDate: REVIEWS_TODAY, withdrawnReason: 'No response' });
    expect((await ok<RecruitmentBoard>(session, 'recruitmentBoard')).lapsed).toEqual([]);
  });

  it('refuses the lot when anyone chosen has not lapsed, changing nobody', async () => {
    const { session } = await baseline();
    const lapsed = (await ok<RecruitmentBoard>(session, 'recruitmentBoard')).lapsed.map((p) => p.id);
    const recent = idOf(session, 'volunteers', 'v4'); // enquired 01/10/2026
    expect(await refused(session, 'withdrawLapsedVolunteers', { ids: [...lapsed, recent] })).toBe(
      'Someone chosen is no longer lapsed: a step was recorded, or they were withdrawn already. Nobody was withdrawn: look at the board again.',
    );
    await refused(session, 'withdrawLapsedVolunteers', { ids: [] });
  });

  it('a lapsed enquiry leaves Today', async () => {
    const { session, clock } = await baseline();
    const v4 = idOf(session, 'volunteers', 'v4'); // enquired 01/10/2026, not answered
    expect(await keys(session)).toContain(`enquiry_unanswered:volunteers:${v4}`);
    clock.today = '2026-12-30'; // 90 days on
    expect(await keys(session)).not.toContain(`enquiry_unanswered:volunteers:${v4}`);
  });
});

describe('working days skip the nation’s bank holidays', () => {
  it('an enquiry on Thursday 2 April 2026 is due 3 working days on: 9 April in England (Easter), 8 April in Scotland', async () => {
    const { session, cleanup } = await unlockedSession({ today: () => '2026-04-08' });
    cleanups.push(cleanup);
    importDocument(session.db, JSON.stringify({ format: 'iv-desk/1', volunteers: [{ id: 'e', firstName: 'Easter', lastName: 'Enquiry', enquiryDate: '2026-04-02' }] }), '2026-04-08');
    const enquiry = async () => todayItemsOf(await view(session)).find((i) => i.kind === 'enquiry_unanswered');
    expect(await enquiry()).toBeUndefined();
    await ok(session, 'updateCaseSettings', { ...DEFAULT_CASE_SETTINGS, bankHolidayNation: 'scotland' });
    expect(await enquiry()).toMatchObject({ dueDate: '2026-04-08', subject: 'Easter Enquiry' });
    expect(await refused(session, 'updateCaseSettings', { ...DEFAULT_CASE_SETTINGS, bankHolidayNation: 'wales' })).toBeTruthy();
  });
});
