/**
 * Supervisions and care reviews through the same door as the screens (dispatch), on a
 * real encrypted database: the schedule, actions carried forward, group sessions, the
 * calendar, the update's window, Today, the refusals, and both Word documents as
 * LibreOffice reads them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { dispatch } from '../../electron/core/handlers';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { exportDocument } from '../../electron/core/interchange/exportDocument';
import { unlockedSession } from '../helpers/session';
import { convertWithLibreOffice } from '../helpers/word';
import { REVIEWS_TODAY, reviewsScheme } from '../fixtures/reviews';
import type { Session } from '../../electron/core/session';
import type { CareReviewCalendar, CareReviewUpdate, PersonChoices, Supervision, SupervisionForm, SupervisionsView, TodayView, YoungPerson } from '../../shared/contract';
import { todayItemsOf } from '../helpers/today';
import { upcomingReviews } from '../../electron/core/services/careReviews';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function open() {
  const s = await unlockedSession({ today: () => REVIEWS_TODAY });
  cleanups.push(s.cleanup);
  importDocument(s.session.db, JSON.stringify(reviewsScheme()), REVIEWS_TODAY);
  return s.session;
}

async function ok<T>(session: Session, name: string, input: unknown): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  return result.value as T;
}

const snapshot = (session: Session) => JSON.stringify(exportDocument(session.db, { includeSafeguarding: true, now: new Date(0) }));

/** Refused with a message, and nothing in the database changed. */
async function refused(session: Session, name: string, input: unknown) {
  const before = snapshot(session);
  const result = await dispatch(session, name, input);
  expect(result.ok).toBe(false);
  expect(snapshot(session)).toBe(before);
  return result.ok ? { message: '', fields: {} as Record<string, string> } : { message: result.error.message, fields: result.error.fields ?? {} };
}

const ids = (session: Session, table: 'volunteers' | 'young_people' | 'matches', ref: string) =>
  (session.connection.sqlite.prepare(`SELECT id FROM ${table} WHERE external_ref = ?`).get(ref) as { id: number }).id;

const pdfText = (pdf: string) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('supervisions', () => {
  it("whose supervisions: found by name, the group session's only among volunteers approved and not left; the view names the volunteer", async () => {
    const session = await open();
    const names = async (input: object) => (await ok<PersonChoices>(session, 'personChoices', { kind: 'volunteer', ...input })).choices.map((c) => c.name);
    // Cara left in June; Dan has only enquired.
    for (const [search, name] of [['ann', 'Ann Lee'], ['ben', 'Ben Cole'], ['cara', 'Cara Dunn'], ['dan', 'Dan Eve']]) expect(await names({ search })).toEqual([name]);
    for (const [search, found] of [['ann', ['Ann Lee']], ['ben', ['Ben Cole']], ['cara', []], ['dan', []]] as const) expect(await names({ search, current: true })).toEqual(found);
    expect((await ok<SupervisionsView>(session, 'supervisionsView', { volunteerId: ids(session, 'volunteers', 'v3') })).volunteerName).toBe('Cara Dunn');
    expect((await ok<SupervisionsView>(session, 'supervisionsView', {})).volunteerName).toBeNull();
    expect((await refused(session, 'supervisionsView', { volunteerId: 9999 })).message).toBe('That volunteer could not be found.');
  });

  it('the schedule: Ann is overdue 12 weeks after her first match, Ben is due 12 weeks after his last supervision', async () => {
    const session = await open();
    const view = await ok<SupervisionsView>(session, 'supervisionsView', {});
    expect(view.due.map((d) => [d.volunteerName, d.dueDate, d.basis, d.urgency])).toEqual([
      ['Ann Lee', '2025-05-05', 'first_match', 'overdue'],
      ['Ben Cole', '2026-12-24', 'last_supervision', null],
    ]);
    const today = await ok<TodayView>(session, 'today', {});
    expect(todayItemsOf(today).filter((i) => i.kind === 'supervision').map((i) => [i.subject, i.urgency, i.link])).toEqual([['Ann Lee', 'overdue', `/supervisions/new/${ids(session, 'volunteers', 'v1')}`]]);
  });

  it('records a supervision with actions, then carries one forward and closes the other', async () => {
    const session = await open();
    const ann = ids(session, 'volunteers', 'v1');
    const lily = ids(session, 'matches', 'm2');
    const form = await ok<SupervisionForm>(session, 'supervisionForm', { volunteerId: ann });
    expect(form.matches.map((m) => [m.label, m.current])).toEqual([
      ['LP (matched from 01/05/2026)', true],
      ['KM (matched from 10/02/2025, ended 31/03/2026)', false],
    ]);
    expect(form.previous).toBeNull();
    const first = await ok<Supervision>(session, 'saveSupervision', {
      volunteerId: ann,
      date: '2026-11-20',
      kind: 'one_to_one',
      matchesDiscussed: [lily],
      relationships: 'Settling in well',
      positiveImpact: 'yes',
      enjoying: 'unsure',
      actionItems: [
        { action: 'Book the autism awareness course', who: 'Coordinator', byWhen: '2026-12-15' },
        { action: 'Send the mileage form', who: 'Ann', byWhen: null },
      ],
      nextDueDate: '2027-02-12',
    });
    expect(first.actionItems.map((a) => a.status)).toEqual(['open', 'open']);
    const again = await ok<SupervisionForm>(session, 'supervisionForm', { volunteerId: ann });
    expect(again.previous?.openActions.map((a) => a.action)).toEqual(['Book the autism awareness course', 'Send the mileage form']);
    const second = await ok<Supervision>(session, 'saveSupervision', {
      volunteerId: ann,
      date: '2026-11-23',
      kind: 'phone_video',
      previousActions: [
        { index: 0, outcome: 'carry_forward' },
        { index: 1, outcome: 'done' },
      ],
      actionItems: [{ action: 'Ask Lily about the holiday club' }],
    });
    expect(second.actionItems.map((a) => [a.action, a.status])).toEqual([
      ['Book the autism awareness course', 'open'],
      ['Ask Lily about the holiday club', 'open'],
    ]);
    const view = await ok<SupervisionsView>(session, 'supervisionsView', { volunteerId: ann });
    expect(view.history.rows.map((r) => [r.date, r.openActions])).toEqual([
      ['2026-11-23', 2],
      ['2026-11-20', 0],
    ]);
    // The schedule now runs from the latest supervision: 12 weeks after 23/11/2026.
    expect(view.due[0]).toMatchObject({ dueDate: '2027-02-15', basis: 'last_supervision', urgency: null });
    // A record dated between the two sees the first as its previous one, whose actions are no longer open.
    const stale = await refused(session, 'saveSupervision', { volunteerId: ann, date: '2026-11-21', kind: 'one_to_one', previousActions: [{ index: 1, outcome: 'done' }] });
    expect(stale.message).toMatch(/changed since this form opened/);
  });

  it('a group session makes a supervision for each volunteer, each open to its own notes', async () => {
    const session = await open();
    const [ann, ben] = [ids(session, 'volunteers', 'v1'), ids(session, 'volunteers', 'v2')];
    const { ids: made } = await ok<{ ids: number[] }>(session, 'recordGroupSupervision', { date: '2026-11-22', topics: 'Managing endings', volunteerIds: [ann, ben] });
    expect(made).toHaveLength(2);
    const form = await ok<SupervisionForm>(session, 'supervisionForm', { volunteerId: ben, supervisionId: made[1] });
    expect(form.supervision).toMatchObject({ kind: 'group', topics: 'Managing endings', volunteerName: 'Ben Cole' });
    expect(form.supervision?.groupRef).toBeTruthy();
    await ok<Supervision>(session, 'saveSupervision', { supervisionId: made[1], volunteerId: ben, date: '2026-11-22', kind: 'group', topics: 'Managing endings', wellbeing: 'Tired but fine' });
    const view = await ok<SupervisionsView>(session, 'supervisionsView', {});
    expect(view.due.find((d) => d.volunteerName === 'Ann Lee')).toMatchObject({ lastDate: '2026-11-22', dueDate: '2027-02-14', urgency: null });
  });

  it('refuses what cannot be true, in plain English, writing nothing', async () => {
    const session = await open();
    const [ann, cara, dan] = [ids(session, 'volunteers', 'v1'), ids(session, 'volunteers', 'v3'), ids(session, 'volunteers', 'v4')];
    const base = { volunteerId: ann, kind: 'one_to_one' };
    expect((await refused(session, 'saveSupervision', { ...base, date: '2025-01-09' })).message).toBe('A supervision cannot be before the volunteer was approved (10/01/2025)');
    expect((await refused(session, 'saveSupervision', { ...base, date: '2026-11-24' })).message).toMatch(/cannot be in the future/);
    expect((await refused(session, 'saveSupervision', { ...base, date: '2026-11-20', nextDueDate: '2026-11-19' })).message).toMatch(/cannot be due before this one \(20\/11\/2026\)/);
    expect((await refused(session, 'saveSupervision', { volunteerId: cara, kind: 'one_to_one', date: '2026-07-01' })).message).toMatch(/after the volunteer left the scheme \(30\/06\/2026\)/);
    expect((await refused(session, 'saveSupervision', { ...base, date: '2026-11-20', matchesDiscussed: [ids(session, 'matches', 'm3')] })).fields['matchesDiscussed.0']).toMatch(/Ann Lee's own matches/);
    expect((await refused(session, 'saveSupervision', { ...base, date: '2026-11-20', topics: 'x'.repeat(4001) })).fields.topics).toBe('The topics are too long: at most 4,000 characters.');
    expect((await refused(session, 'recordGroupSupervision', { date: '2026-11-22', volunteerIds: [ann, dan] })).message).toMatch(/never approved/);
    expect((await refused(session, 'recordGroupSupervision', { date: '2026-11-22', volunteerIds: [ann] })).message).toBe('Choose at least two volunteers who attended');
  });
});

describe('care reviews', () => {
  it('the calendar: recorded dates, the week they fall in, the update due a week before, and who is not known', async () => {
    const session = await open();
    const calendar = await ok<CareReviewCalendar>(session, 'careReviewCalendar', {});
    expect(calendar.from).toBe('2026-11-23');
    const entries = calendar.weeks.flatMap((w) => w.entries.map((e) => [w.weekStart, e.youngPersonName, e.reviewDate, e.basis, e.updateDue, e.volunteerName, e.update]));
    expect(entries).toEqual([['2026-11-30', 'Kayden Marsh', '2026-11-30', 'recorded', '2026-11-23', 'Ben Cole', null]]);
    expect(calendar.notKnown.map((p) => p.youngPersonName)).toEqual(['Lily Park']);
    const today = await ok<TodayView>(session, 'today', {});
    expect(todayItemsOf(today).filter((i) => i.kind === 'care_review').map((i) => [i.subject, i.urgency, i.dueDate])).toEqual([['Kayden Marsh', 'overdue', '2026-11-23']]);
  });

  it('the update covers the previous review day to the day before this one, across the rematch', async () => {
    const session = await open();
    const kayden = ids(session, 'young_people', 'y1');
    const update = await ok<CareReviewUpdate>(session, 'careReviewUpdate', { youngPersonId: kayden, reviewDate: '2026-11-30' });
    expect(update.window).toEqual({ from: '2026-03-01', to: '2026-11-29', basis: 'previous_review' });
    expect(update.matches.map((m) => m.volunteerName)).toEqual(['Ann Lee', 'Ben Cole']);
    expect(update.visits.map((v) => v.date)).toEqual(['2026-03-01', '2026-03-20', '2026-05-15', '2026-08-20', '2026-11-20']);
    expect(update.gaps.map((g) => [g.from, g.to, g.days])).toEqual([
      ['2026-03-20', '2026-05-15', 56],
      ['2026-05-15', '2026-08-20', 97],
      ['2026-08-20', '2026-11-20', 92],
    ]);
    expect(update.contacts.map((c) => [c.date, c.kind, c.volunteerName])).toEqual([['2026-06-01', 'call', 'Ben Cole']]);
    expect(update.previousReview?.objectives).toBe('Try a new activity each month');
    // With no earlier review, from the start of the first match.
    const lily = await ok<CareReviewUpdate>(session, 'careReviewUpdate', { youngPersonId: ids(session, 'young_people', 'y2'), reviewDate: '2026-12-10' });
    expect(lily.window).toEqual({ from: '2026-05-01', to: '2026-12-09', basis: 'first_match' });
    // No match in that time: refused.
    const before = await dispatch(session, 'careReviewUpdate', { youngPersonId: kayden, reviewDate: '2025-01-01' });
    expect(before.ok ? '' : before.error.message).toMatch(/had no match with an Independent Visitor in the time this update would cover/);
  });

  it('prepares the update, prints the views only when agreed, marks it sent, then records the meeting', async () => {
    const session = await open();
    const kayden = ids(session, 'young_people', 'y1');
    const key = { youngPersonId: kayden, reviewDate: '2026-11-30' };
    const saved = await ok<CareReviewUpdate>(session, 'saveCareReviewUpdate', { ...key, youngPersonViews: 'I want to go climbing again', viewsAgreed: false, progress: 'Tried three new things', ivWillAttend: true });
    expect(saved.draft).toMatchObject({ preparedDate: REVIEWS_TODAY, sentDate: null, viewsAgreed: false });
    expect(JSON.stringify(saved.content)).not.toContain('climbing again');
    const agreed = await ok<CareReviewUpdate>(session, 'saveCareReviewUpdate', { ...key, youngPersonViews: 'I want to go climbing again', viewsAgreed: true, progress: 'Tried three new things', ivWillAttend: true });
    expect(JSON.stringify(agreed.content)).toContain('climbing again');
    // Prepared: it leaves Today, and the calendar shows it ready.
    expect(todayItemsOf(await ok<TodayView>(session, 'today', {})).filter((i) => i.kind === 'care_review')).toEqual([]);
    expect((await refused(session, 'markCareReviewUpdateSent', { ...key, sentDate: '2026-11-24' })).fields.sentDate).toBe('The date sent cannot be in the future');
    expect((await refused(session, 'markCareReviewUpdateSent', { ...key, sentDate: '2026-11-22' })).fields.sentDate).toMatch(/before it was prepared \(23\/11\/2026\)/);
    const sent = await ok<CareReviewUpdate>(session, 'markCareReviewUpdateSent', { ...key, sentDate: REVIEWS_TODAY });
    expect(sent.draft?.sentDate).toBe(REVIEWS_TODAY);
    const calendar = await ok<CareReviewCalendar>(session, 'careReviewCalendar', {});
    expect(calendar.weeks.flatMap((w) => w.entries)[0].update).toEqual({ preparedDate: REVIEWS_TODAY, sentDate: REVIEWS_TODAY });

    // The meeting, with its next date: the young person's next review moves on.
    await ok(session, 'saveCareReview', { youngPersonId: kayden, date: '2026-11-23', ivAttended: true, coordinatorAttended: true, professionalFeedback: 'positive', feedbackFrom: 'iro', nextReviewDate: '2027-05-20' });
    const person = await ok<YoungPerson>(session, 'getYoungPerson', { id: kayden });
    expect(person.nextReview).toEqual({ date: '2027-05-20', basis: 'recorded' });
    expect(person.careReviews.map((r) => r.date)).toEqual(['2026-11-23', '2026-03-01', '2025-09-01']);
  });

  it('reg 33 gives the next date when none is recorded', async () => {
    const session = await open();
    const kayden = ids(session, 'young_people', 'y1');
    // A meeting with no next date makes the recorded 30/11/2026 stale once it has passed it.
    await ok(session, 'saveCareReview', { youngPersonId: kayden, date: '2026-11-23' });
    const person = await ok<YoungPerson>(session, 'getYoungPerson', { id: kayden });
    expect(person.nextReview).toEqual({ date: '2026-11-30', basis: 'recorded' });
    await ok(session, 'updateYoungPerson', { id: kayden, firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09', lookedAfterDate: '2024-01-08', nextReviewDate: null });
    expect((await ok<YoungPerson>(session, 'getYoungPerson', { id: kayden })).nextReview).toEqual({ date: '2027-05-23', basis: 'reg33' });
  });

  it("the schedule behind the calendar and Today, reading only each young person's latest two reviews, give the date the profile gives from all of them", async () => {
    const session = await open();
    const kayden = ids(session, 'young_people', 'y1');
    const followed = () => upcomingReviews(session.db, REVIEWS_TODAY).find((r) => r.person.id === kayden)?.entry;
    const lookedAfterFrom = async (lookedAfterDate: string) => {
      await ok(session, 'updateYoungPerson', { id: kayden, firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09', lookedAfterDate, nextReviewDate: null });
      return (await ok<YoungPerson>(session, 'getYoungPerson', { id: kayden })).nextReview;
    };
    await ok(session, 'saveCareReview', { youngPersonId: kayden, date: '2026-11-23' });
    // Three reviews since coming into care: 6 months after the latest.
    expect(await lookedAfterFrom('2024-01-08')).toEqual({ date: '2027-05-23', basis: 'reg33' });
    expect(followed()).toMatchObject({ reviewDate: '2027-05-23', basis: 'reg33' });
    // Only the latest since coming into care (the one before it was earlier): its first review, 3 months on.
    expect(await lookedAfterFrom('2026-06-01')).toEqual({ date: '2027-02-23', basis: 'reg33' });
    expect(followed()).toMatchObject({ reviewDate: '2027-02-23', basis: 'reg33' });
  });

  it('refuses impossible reviews, contacts and looked-after dates, writing nothing', async () => {
    const session = await open();
    const lily = ids(session, 'young_people', 'y2');
    expect((await refused(session, 'saveCareReview', { youngPersonId: lily, date: '2010-05-04' })).message).toBe('A care review cannot be before the young person was born (05/05/2010)');
    expect((await refused(session, 'saveCareReview', { youngPersonId: lily, date: '2026-11-24' })).message).toMatch(/cannot be in the future/);
    expect((await refused(session, 'saveCareReview', { youngPersonId: lily, date: '2026-11-01', nextReviewDate: '2026-10-01' })).fields.nextReviewDate).toMatch(/cannot be before this one/);
    const m2 = ids(session, 'matches', 'm2');
    expect((await refused(session, 'logContact', { matchId: m2, date: '2026-04-30', kind: 'call' })).message).toBe('A contact cannot be before the match started (01/05/2026)');
    expect((await refused(session, 'logContact', { matchId: m2, date: '2026-11-24', kind: 'call' })).message).toMatch(/cannot be in the future/);
    expect((await refused(session, 'logContact', { matchId: m2, date: '2026-11-20', kind: 'fax' })).fields.kind).toBe('Choose the kind of contact');
    expect((await refused(session, 'updateYoungPerson', { id: lily, firstName: 'Lily', lastName: 'Park', dateOfBirth: '2010-05-05', lookedAfterDate: '2010-05-04' })).fields.lookedAfterDate).toMatch(/before the young person was born/);
    expect((await refused(session, 'saveCareReviewUpdate', { youngPersonId: ids(session, 'young_people', 'y1'), reviewDate: '2025-01-01' })).message).toMatch(/no match/);
  });

  it('a contact is logged on the match and counted in the update', async () => {
    const session = await open();
    const m3 = ids(session, 'matches', 'm3');
    await ok(session, 'logContact', { matchId: m3, date: '2026-11-10', kind: 'message', withWhom: 'Kayden', note: 'Confirmed Friday' });
    const update = await ok<CareReviewUpdate>(session, 'careReviewUpdate', { youngPersonId: ids(session, 'young_people', 'y1'), reviewDate: '2026-11-30' });
    expect(update.contacts.map((c) => c.date)).toEqual(['2026-06-01', '2026-11-10']);
  });
});

describe('the documents from a real database, as LibreOffice reads them', () => {
  it('the supervision record names the young people by initials only', { timeout: 180_000 }, async () => {
    const session = await open();
    const ann = ids(session, 'volunteers', 'v1');
    const s = await ok<Supervision>(session, 'saveSupervision', { volunteerId: ann, date: '2026-11-20', kind: 'one_to_one', matchesDiscussed: [ids(session, 'matches', 'm2')], relationships: 'Lily chose swimming again', actionItems: [{ action: 'Renew the Update Service check', who: 'Ann', byWhen: '2026-12-31' }] });
    const { fileName, base64 } = await ok<{ fileName: string; base64: string }>(session, 'supervisionRecordDocument', { id: s.id });
    expect(fileName).toBe('Supervision-record-AL-2026-11-20.docx');
    const text = pdfText(convertWithLibreOffice(Buffer.from(base64, 'base64'), 'db-supervision-record').pdf);
    for (const part of ['Supervision record', 'Ann Lee', '20/11/2026', 'LP (matched from 01/05/2026)', 'Renew the Update Service check', '31/12/2026', 'OFFICIAL-SENSITIVE', 'Northshire Independent Visitors']) expect(text).toContain(part);
    expect(text).not.toContain('Park');
  });

  it('the care-review update lists the visits in its window and none before, without costs', { timeout: 180_000 }, async () => {
    const session = await open();
    const kayden = ids(session, 'young_people', 'y1');
    const { fileName, base64 } = await ok<{ fileName: string; base64: string }>(session, 'careReviewUpdateDocument', { youngPersonId: kayden, reviewDate: '2026-11-30' });
    expect(fileName).toBe('Care-review-update-KM-2026-11-30.docx');
    const text = pdfText(convertWithLibreOffice(Buffer.from(base64, 'base64'), 'db-care-review-update').pdf);
    for (const part of ['Care-review update', 'Kayden Marsh', '09/11/2012', '01/03/2026', '20/03/2026', '15/05/2026', 'Bowling', '20/11/2026', 'Ben Cole', 'Ann Lee', 'Rearranged the July visit', 'safeguarding']) expect(text).toContain(part);
    expect(text).not.toContain('01/12/2025');
    expect(text).not.toContain('Ice skating');
    expect(text).not.toMatch(/£|12\.34|1234/);
  });
});
