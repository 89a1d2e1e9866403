/**
 * Volunteer recruitment on a real encrypted database, through `dispatch` (the door every
 * IPC call goes through): importing volunteers in every state gives the expected figures,
 * board and filters; each stage is recorded and checked; approval is refused while a check
 * is missing; a disclosure note is deleted on unlock six months after the decision; and the
 * Today list gathers the reminders.
 */
import { tablesWithRows } from '../helpers/tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { dispatch } from '../../electron/core/handlers';
import { reportFigures } from '../../electron/core/reports/figures';
import type { Session } from '../../electron/core/session';
import type { RecruitmentBoard, Volunteer, VolunteerSummary, DuplicateCandidate } from '../../shared/contract';
import type { AppError } from '../../shared/result';
import type { TodayView } from '../../shared/contract';
import type { RecruitmentSettings } from '../../shared/volunteers/settings';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../../shared/volunteers/settings';
import { daysBetween } from '../../shared/dates';
import { newSession, PASSPHRASE, unlockedSession } from '../helpers/session';
import { EXPECTED_FIGURES, EXPECTED_MEASURES, EXPECTED_STATUSES, PERIOD, TODAY, recruitmentDocument } from '../fixtures/recruitment';
import { todayItemsOf } from '../helpers/today';

const VOLUNTEER_FIGURE_KEYS = Object.keys(EXPECTED_FIGURES);

async function ok<T>(session: Session, name: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function refused(session: Session, name: string, input: unknown): Promise<AppError> {
  const result = await dispatch(session, name, input);
  expect(result.ok, `${name} should have been refused`).toBe(false);
  return (result as { ok: false; error: AppError }).error;
}

/** Every row of every table, so a refused call can be shown to have written nothing. */
function everything(session: Session): string {
  const sqlite = session.connection.sqlite;
  const tables = tablesWithRows(sqlite);
  return JSON.stringify(tables.map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}

async function expectNothingWritten(session: Session, call: () => Promise<unknown>): Promise<void> {
  const before = everything(session);
  const changes = session.connection.sqlite.prepare('SELECT total_changes()').pluck().get();
  await call();
  expect(session.connection.sqlite.prepare('SELECT total_changes()').pluck().get()).toBe(changes);
  expect(everything(session)).toBe(before);
}

const pick = (figures: object, keys: string[]) => Object.fromEntries(keys.map((k) => [k, (figures as Record<string, unknown>)[k]]));

describe('Importing volunteers in every state gives the expected figures', () => {
  let session: Session;
  let cleanup: () => void;

  beforeAll(async () => {
    ({ session, cleanup } = await unlockedSession({ today: () => TODAY }));
    const preview = await ok<{ valid: boolean; errors: string[] }>(session, 'previewImport', { text: JSON.stringify(recruitmentDocument()) });
    expect(preview.errors).toEqual([]);
    expect(await ok(session, 'importData', { text: JSON.stringify(recruitmentDocument()) })).toEqual({ volunteers: 22 });
  });
  afterAll(() => cleanup?.());

  it('reportFigures gives the hand-worked volunteer figures for financial year 2025/26', () => {
    const figures = reportFigures(session.db, PERIOD);
    expect(figures.period).toEqual(PERIOD);
    expect(pick(figures, VOLUNTEER_FIGURE_KEYS)).toStrictEqual(EXPECTED_FIGURES);
  });

  it('the recruitment screen gets the same figures, with interviews, conversion and the median days to approval', async () => {
    const measures = await ok<Record<string, unknown>>(session, 'recruitmentFigures', PERIOD);
    expect(measures).toStrictEqual({ period: PERIOD, calendar: { today: TODAY, financialYearStartMonth: 4 }, ...EXPECTED_FIGURES, ...EXPECTED_MEASURES });
  });

  it('a period of one day, the as-at date alone', () => {
    const figures = reportFigures(session.db, { from: '2026-03-31', to: '2026-03-31' });
    expect(pick(figures, VOLUNTEER_FIGURE_KEYS)).toStrictEqual({
      enquiries: 1, // enquiry-last-day
      enquiriesBySource: { not_recorded: 1 },
      applications: 0,
      volunteersRecruited: 0,
      volunteersActiveAtEnd: 3,
      volunteersInactiveAtEnd: 2,
      volunteersLeft: 1, // left-last-day
      volunteersLeftByReason: { 'Moved away': 1 },
      volunteersEverApproved: 9,
    });
  });

  it('with no step for 90 days (the default), everyone in recruitment here has lapsed: off the columns, longest silent first', async () => {
    const board = await ok<RecruitmentBoard>(session, 'recruitmentBoard');
    expect(board.columns.every((c) => c.volunteers.length === 0)).toBe(true);
    expect(board.lapseDays).toBe(90);
    expect(board.lapsed.map((p) => [p.name.replace(' Volunteer', ''), p.stage, p.lastStep])).toEqual([
      ['enquiry-day-before', 'interview', '2025-04-01'],
      ['enquiry-first-day', 'enquiry', '2025-04-01'],
      ['applied', 'interview', '2025-05-02'],
      ['interviewed', 'references', '2025-06-06'],
      ['one-reference', 'references', '2025-07-20'],
      ['awaiting-dbs', 'dbs', '2025-08-11'],
      ['in-training', 'training', '2025-09-14'],
      ['ready', 'approval', '2025-10-14'],
      ['enquiry-last-day', 'enquiry', '2026-03-31'],
      ['enquiry-day-after', 'enquiry', '2026-04-01'],
    ]);
  });

  it('the board has a column per stage with the right counts, longest waiting first', async () => {
    const settings = await ok<RecruitmentSettings>(session, 'getRecruitmentSettings');
    // Two years without a step before anyone lapses: everyone here is on the columns.
    await ok(session, 'updateRecruitmentSettings', { ...settings, reminders: { ...settings.reminders, lapseDays: 730 } });
    const { columns: board, lapsed } = await ok<RecruitmentBoard>(session, 'recruitmentBoard');
    await ok(session, 'updateRecruitmentSettings', settings);
    expect(lapsed).toEqual([]);
    expect(board.map((c) => [c.stage, c.volunteers.length])).toEqual([
      ['enquiry', 3],
      ['interview', 2],
      ['references', 2],
      ['dbs', 1],
      ['training', 1],
      ['approval', 1],
    ]);
    const since = (stage: string) => board.find((c) => c.stage === stage)!.volunteers.map((v) => [v.name, v.since, v.daysInStage]);
    const row = (name: string, date: string) => [`${name} Volunteer`, date, daysBetween(date, TODAY)];
    // 01/04/2025 to 23/11/2026: 365 + 236 days.
    expect(since('enquiry')).toEqual([['enquiry-first-day Volunteer', '2025-04-01', 601], row('enquiry-last-day', '2026-03-31'), row('enquiry-day-after', '2026-04-01')]);
    expect(since('interview')).toEqual([row('enquiry-day-before', '2025-04-01'), row('applied', '2025-05-02')]);
    expect(since('references')).toEqual([row('interviewed', '2025-06-06'), row('one-reference', '2025-07-10')]);
    expect(since('dbs')).toEqual([row('awaiting-dbs', '2025-08-11')]); // the second reference
    expect(since('training')).toEqual([row('in-training', '2025-09-13')]); // the certificate checked
    expect(since('approval')).toEqual([row('ready', '2025-10-14')]); // the last module
  });

  it('listVolunteers filters by each status', async () => {
    for (const [status, names] of Object.entries(EXPECTED_STATUSES)) {
      const listed = await ok<VolunteerSummary[]>(session, 'listVolunteers', { status });
      expect(listed.map((v) => v.firstName), status).toEqual(names);
      expect(listed.every((v) => v.status === status)).toBe(true);
    }
    const all = await ok<VolunteerSummary[]>(session, 'listVolunteers', {});
    expect(all).toHaveLength(22);
    expect(Object.values(EXPECTED_STATUSES).flat().sort()).toEqual(all.map((v) => v.firstName).sort());
  });

  it('listVolunteers filters by area (any case), interest (part of a word) and DBS check due', async () => {
    const names = async (input: object) => (await ok<VolunteerSummary[]>(session, 'listVolunteers', input)).map((v) => v.firstName);
    expect(await names({ area: 'EASTFIELD' })).toEqual(['back-on-end-date', 'recruited-active']);
    expect(await names({ interest: 'art' })).toEqual(['back-on-end-date', 'ready', 'recruited-active']);
    expect(await names({ interest: 'art', status: 'active' })).toEqual(['back-on-end-date', 'recruited-active']);
    // Issued 30/11/2023: the re-check falls on 30/11/2026, within 30 days. Older certificates
    // of volunteers who have left are not checks due.
    const due = await ok<VolunteerSummary[]>(session, 'listVolunteers', { dbsCheckDue: true });
    expect(due.map((v) => [v.firstName, v.dbsCheckDue])).toEqual([['back-on-end-date', '2026-11-30']]);
  });
});

describe('recording each stage through dispatch', () => {
  let session: Session;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ session, cleanup } = await unlockedSession({ today: () => TODAY }));
  });
  afterAll(() => cleanup?.());

  const create = (over: object = {}) => ok<Volunteer>(session, 'createVolunteer', { firstName: 'Jo', lastName: 'Bloggs', enquiryDate: '2026-11-02', enquirySource: 'event', ...over });
  const reference = (volunteerId: number, over: object = {}) =>
    ({ volunteerId, name: 'Referee', relationship: 'Employer', requestedDate: '2026-11-07', receivedDate: '2026-11-10', satisfactory: true, ...over });
  const dbs = (id: number, over: object = {}) => ({
    id,
    certificateNumber: '001234567890',
    issueDate: '2026-11-12',
    level: 'enhanced_barred_children',
    outcome: 'clear',
    checkedBy: 'Coordinator',
    checkedDate: '2026-11-13',
    updateService: false,
    updateServiceCheckedDate: null,
    disclosureNote: null,
    disclosureDecisionDate: null,
    ...over,
  });
  const stored = (id: number) => session.connection.sqlite.prepare('SELECT * FROM volunteers WHERE id = ?').get(id) as Record<string, unknown>;

  it('enquiry -> application -> interview -> two references -> DBS -> every module -> approved', async () => {
    const v = await create();
    expect(v).toMatchObject({ status: 'enquiry', stageSince: '2026-11-02' });
    expect(await ok(session, 'recordApplication', { id: v.id, applicationDate: '2026-11-03' })).toMatchObject({ status: 'interview', stageSince: '2026-11-03' });
    const interviewed = await ok<Volunteer>(session, 'recordInterview', {
      id: v.id,
      interviewDate: '2026-11-06',
      interviewPanel: 'Coordinator and a trustee',
      interviewOutcome: 'proceed',
      interviewNotes: 'Warm and thoughtful',
    });
    expect(interviewed).toMatchObject({ status: 'references', interviewPanel: 'Coordinator and a trustee', interviewNotes: 'Warm and thoughtful' });

    const one = await ok<Volunteer>(session, 'saveReference', reference(v.id));
    expect(one.status).toBe('references');
    expect(one.missingForApproval).toContain('Reference 2 of 2: no satisfactory reference received yet');

    // Approval is refused while the second reference is missing, naming it, and nothing is written.
    await expectNothingWritten(session, async () => {
      const error = await refused(session, 'approveVolunteer', { id: v.id, approvedDate: '2026-11-20' });
      expect(error.code).toBe('invalid_input');
      expect(error.message).toContain('Reference 2 of 2: no satisfactory reference received yet');
      expect(error.message).toContain('DBS check');
      expect(error.message).toContain('Training: Induction not completed');
      expect(error.fields?.approvedDate).toBe(error.message);
    });
    expect(stored(v.id).approved_date).toBeNull();

    const two = await ok<Volunteer>(session, 'saveReference', reference(v.id, { name: 'Second referee', receivedDate: '2026-11-11' }));
    expect(two).toMatchObject({ status: 'dbs', stageSince: '2026-11-11' });
    expect(two.references.map((r) => r.name)).toEqual(['Referee', 'Second referee']);

    expect(await ok(session, 'saveDbs', dbs(v.id))).toMatchObject({ status: 'training', stageSince: '2026-11-13' });
    let trained: Volunteer | null = null;
    for (const module of DEFAULT_RECRUITMENT_SETTINGS.trainingModules) trained = await ok<Volunteer>(session, 'saveTraining', { id: v.id, module, completedDate: '2026-11-16' });
    expect(trained).toMatchObject({ status: 'approval', stageSince: '2026-11-16', missingForApproval: [] });

    const approved = await ok<Volunteer>(session, 'approveVolunteer', { id: v.id, approvedDate: '2026-11-20' });
    expect(approved).toMatchObject({ status: 'active', approvedDate: '2026-11-20', stageSince: null, dbsCheckDue: { date: '2029-11-12', kind: 'recheck' } });
    expect(stored(v.id)).toMatchObject({ approved_date: '2026-11-20', dbs_certificate_number: '001234567890', dbs_outcome: 'clear' });
    // Approving twice is a conflict.
    expect((await refused(session, 'approveVolunteer', { id: v.id, approvedDate: '2026-11-21' })).code).toBe('conflict');
  });

  it('refuses impossible dates with a message on the field, writing nothing', async () => {
    const v = await create({ firstName: 'Dates' });
    await ok(session, 'recordApplication', { id: v.id, applicationDate: '2026-11-05' });
    await ok(session, 'recordInterview', { id: v.id, interviewDate: '2026-11-06', interviewOutcome: 'proceed' });

    const cases: [string, object, string, string][] = [
      ['recordApplication', { id: v.id, applicationDate: '2026-11-01' }, 'applicationDate', 'The application cannot be before the enquiry (02/11/2026)'],
      ['recordInterview', { id: v.id, interviewDate: '2026-11-04', interviewOutcome: 'proceed' }, 'interviewDate', 'The interview cannot be before the application (05/11/2026)'],
      ['recordInterview', { id: v.id, interviewDate: '2026-11-24', interviewOutcome: 'proceed' }, 'interviewDate', 'Interview date cannot be in the future'],
      ['saveDbs', dbs(v.id, { issueDate: '2026-11-24', checkedDate: null }), 'issueDate', 'A DBS issue date cannot be in the future'],
      ['saveDbs', dbs(v.id, { checkedDate: '2026-11-11' }), 'checkedDate', 'The certificate cannot be checked before it was issued (12/11/2026)'],
      ['saveReference', reference(v.id, { requestedDate: '2026-11-10', receivedDate: '2026-11-09' }), 'receivedDate', 'A reference cannot be received before it was requested (10/11/2026)'],
      ['saveTraining', { id: v.id, module: 'Induction', completedDate: '2026-11-24' }, 'completedDate', 'A training completion date cannot be in the future'],
      ['closeVolunteer', { id: v.id, how: 'withdrawn', date: '2026-11-01' }, 'withdrawnDate', 'A volunteer cannot withdraw before their enquiry (02/11/2026)'],
      ['closeVolunteer', { id: v.id, how: 'left', date: '2026-11-10' }, 'leftDate', 'Only an approved volunteer can leave: record a withdrawal instead'],
      ['saveInactivePeriod', { volunteerId: v.id, from: '2026-11-10' }, 'from', 'Only an approved volunteer can be inactive'],
    ];
    for (const [call, input, field, message] of cases) {
      await expectNothingWritten(session, async () => {
        const error = await refused(session, call, input);
        expect(error, call).toMatchObject({ code: 'invalid_input', message, fields: { [field]: message } });
      });
    }
  });

  it('withdraws, reopens, rejects; an approved volunteer leaves rather than withdraws', async () => {
    const v = await create({ firstName: 'Closing' });
    await ok(session, 'recordApplication', { id: v.id, applicationDate: '2026-11-03' });
    expect(await ok(session, 'closeVolunteer', { id: v.id, how: 'withdrawn', date: '2026-11-10', reason: 'Moving abroad' })).toMatchObject({
      status: 'withdrawn',
      withdrawnDate: '2026-11-10',
      withdrawnReason: 'Moving abroad',
    });
    expect(await ok<VolunteerSummary[]>(session, 'listVolunteers', { status: 'withdrawn' })).toEqual([expect.objectContaining({ id: v.id })]);
    // Closed already: closing again is a conflict until it is reopened.
    await expectNothingWritten(session, async () => {
      expect((await refused(session, 'closeVolunteer', { id: v.id, how: 'rejected', date: '2026-11-11' })).code).toBe('conflict');
    });
    expect(await ok(session, 'reopenVolunteer', { id: v.id })).toMatchObject({ status: 'interview', withdrawnDate: null, withdrawnReason: null });
    expect(await ok(session, 'closeVolunteer', { id: v.id, how: 'rejected', date: '2026-11-12', reason: 'Not suitable' })).toMatchObject({ status: 'rejected', rejectedReason: 'Not suitable' });
    expect((await ok<Volunteer>(session, 'reopenVolunteer', { id: v.id })).status).toBe('interview');

    const a = await approvedVolunteer('Leaving');
    const error = await refused(session, 'closeVolunteer', { id: a.id, how: 'withdrawn', date: '2026-11-22' });
    expect(error.fields).toEqual({ withdrawnDate: 'An approved volunteer leaves rather than withdraws: record the date they left' });
    expect(await ok(session, 'closeVolunteer', { id: a.id, how: 'left', date: '2026-11-22', reason: 'Moved away' })).toMatchObject({ status: 'left', leftReason: 'Moved away' });
    expect((await ok<Volunteer>(session, 'reopenVolunteer', { id: a.id })).status).toBe('active');
  });

  /** A volunteer with every check done and approved on 20/11/2026, written directly by the stage calls. */
  async function approvedVolunteer(firstName: string): Promise<Volunteer> {
    const v = await create({ firstName });
    await ok(session, 'recordApplication', { id: v.id, applicationDate: '2026-11-03' });
    await ok(session, 'recordInterview', { id: v.id, interviewDate: '2026-11-06', interviewOutcome: 'proceed' });
    await ok(session, 'saveReference', reference(v.id));
    await ok(session, 'saveReference', reference(v.id));
    await ok(session, 'saveDbs', dbs(v.id));
    for (const module of DEFAULT_RECRUITMENT_SETTINGS.trainingModules) await ok(session, 'saveTraining', { id: v.id, module, completedDate: '2026-11-16' });
    return ok<Volunteer>(session, 'approveVolunteer', { id: v.id, approvedDate: '2026-11-20' });
  }

  it('inactive periods: saved, edited, and an overlapping one refused', async () => {
    const v = await approvedVolunteer('Resting');
    const first = await ok<Volunteer>(session, 'saveInactivePeriod', { volunteerId: v.id, from: '2026-11-21', to: '2026-11-22', reason: 'Cold', expectedReturn: '2026-11-22' });
    expect(first.status).toBe('active'); // ended on 22/11, before today
    expect(first.inactivePeriods).toEqual([{ id: expect.any(Number), from: '2026-11-21', to: '2026-11-22', reason: 'Cold', expectedReturn: '2026-11-22' }]);

    const open = await ok<Volunteer>(session, 'saveInactivePeriod', { volunteerId: v.id, from: '2026-11-23', reason: 'Caring' });
    expect(open.status).toBe('inactive'); // starts today

    await expectNothingWritten(session, async () => {
      const error = await refused(session, 'saveInactivePeriod', { volunteerId: v.id, from: '2026-11-21', to: '2026-11-23' });
      expect(error).toMatchObject({ code: 'invalid_input', message: 'Inactive periods cannot overlap', fields: { from: 'Inactive periods cannot overlap' } });
    });
    await expectNothingWritten(session, async () => {
      // Editing the first to have no end runs it into the second.
      const error = await refused(session, 'saveInactivePeriod', { volunteerId: v.id, periodId: first.inactivePeriods[0].id, from: '2026-11-21', to: null });
      expect(error).toMatchObject({ code: 'invalid_input', message: 'Inactive periods cannot overlap' });
    });
    // Ending on the day the next begins is not an overlap.
    expect((await ok<Volunteer>(session, 'saveInactivePeriod', { volunteerId: v.id, from: '2026-11-22', to: '2026-11-23' })).inactivePeriods).toHaveLength(3);
    const edited = await ok<Volunteer>(session, 'saveInactivePeriod', { volunteerId: v.id, periodId: open.inactivePeriods[1].id, from: '2026-11-23', to: null, reason: 'Caring for a parent', expectedReturn: '2027-01-04' });
    expect(edited.inactivePeriods.map((p) => [p.from, p.to, p.reason, p.expectedReturn])).toEqual([
      ['2026-11-21', '2026-11-22', 'Cold', '2026-11-22'],
      ['2026-11-22', '2026-11-23', null, null],
      ['2026-11-23', null, 'Caring for a parent', '2027-01-04'],
    ]);
  });

  it('a reference can be removed and a module un-done; a withdrawn volunteer cannot be approved; unknown records are not found', async () => {
    const v = await approvedVolunteer('Undo');
    const other = await create({ firstName: 'Other' });
    // Another volunteer's reference is not this one's to remove.
    await expectNothingWritten(session, async () => {
      expect((await refused(session, 'removeReference', { volunteerId: other.id, referenceId: v.references[0].id })).code).toBe('not_found');
      expect((await refused(session, 'saveReference', { ...reference(other.id), referenceId: v.references[0].id })).code).toBe('not_found');
      expect((await refused(session, 'getVolunteer', { id: 99_999 })).code).toBe('not_found');
      expect((await refused(session, 'recordApplication', { id: 99_999, applicationDate: '2026-11-03' })).code).toBe('not_found');
    });
    const removed = await ok<Volunteer>(session, 'removeReference', { volunteerId: v.id, referenceId: v.references[0].id });
    expect(removed.references).toHaveLength(1);

    await ok(session, 'recordApplication', { id: other.id, applicationDate: '2026-11-03' });
    await ok(session, 'saveTraining', { id: other.id, module: 'Induction', completedDate: '2026-11-04' });
    expect((await ok<Volunteer>(session, 'getVolunteer', { id: other.id })).missingForApproval).not.toContain('Training: Induction not completed');
    const undone = await ok<Volunteer>(session, 'saveTraining', { id: other.id, module: 'Induction', completedDate: null });
    expect(undone.training).toEqual([]);
    expect(undone.missingForApproval).toContain('Training: Induction not completed');

    await ok(session, 'closeVolunteer', { id: other.id, how: 'withdrawn', date: '2026-11-05' });
    const error = await refused(session, 'approveVolunteer', { id: other.id, approvedDate: '2026-11-20' });
    expect(error.message).toContain('The volunteer has withdrawn');
    expect((await ok<Volunteer>(session, 'getVolunteer', { id: other.id })).approvedDate).toBeNull();
  });

  it('finds likely duplicates: the same name and date of birth, or the same email; never the record itself', async () => {
    const a = await create({ firstName: 'Sam', lastName: 'Taylor', dateOfBirth: '1980-05-05', email: 'Sam.Taylor@Example.org' });
    const b = await create({ firstName: 'Other', lastName: 'Person', email: 'other@example.org' });
    const find = (input: object) => ok<DuplicateCandidate[]>(session, 'findDuplicateVolunteers', { firstName: 'x', lastName: 'y', ...input });
    expect(await find({ firstName: ' sam ', lastName: 'TAYLOR', dateOfBirth: '1980-05-05' })).toEqual([{ id: a.id, name: 'Sam Taylor', reason: 'the same name and date of birth' }]);
    expect(await find({ firstName: 'Sam', lastName: 'Taylor', dateOfBirth: '1980-05-06' })).toEqual([]);
    expect(await find({ firstName: 'Sam', lastName: 'Taylor' })).toEqual([]); // no date of birth to compare
    expect(await find({ email: ' sam.taylor@example.ORG ' })).toEqual([{ id: a.id, name: 'Sam Taylor', reason: 'the same email address' }]);
    expect(await find({ email: 'other@example.org', excludeId: b.id })).toEqual([]);
    expect(await find({ firstName: 'Sam', lastName: 'Taylor', dateOfBirth: '1980-05-05', excludeId: a.id })).toEqual([]);
    expect(await find({ email: 'nobody@example.org' })).toEqual([]);
  });

  it('finds likely duplicates whose names or emails have capital letters beyond A to Z', async () => {
    const e = await create({ firstName: 'Élodie', lastName: 'Öztürk', dateOfBirth: '1990-01-01', email: 'ÉLODIE@example.org' });
    const find = (input: object) => ok<DuplicateCandidate[]>(session, 'findDuplicateVolunteers', { firstName: 'x', lastName: 'y', ...input });
    const byName = [{ id: e.id, name: 'Élodie Öztürk', reason: 'the same name and date of birth' }];
    expect(await find({ firstName: 'Élodie', lastName: 'Öztürk', dateOfBirth: '1990-01-01' })).toEqual(byName);
    expect(await find({ firstName: 'élodie', lastName: 'ÖZTÜRK', dateOfBirth: '1990-01-01' })).toEqual(byName);
    expect(await find({ email: 'élodie@example.org' })).toEqual([{ id: e.id, name: 'Élodie Öztürk', reason: 'the same email address' }]);
  });

  it('recruitment settings change which checks approval needs, and the board with them', async () => {
    const v = await create({ firstName: 'Settings' });
    await ok(session, 'recordApplication', { id: v.id, applicationDate: '2026-11-03' });
    await ok(session, 'recordInterview', { id: v.id, interviewDate: '2026-11-06', interviewOutcome: 'proceed' });
    const column = async () => (await ok<RecruitmentBoard>(session, 'recruitmentBoard')).columns.find((c) => c.volunteers.some((x) => x.id === v.id))?.stage;
    expect(await column()).toBe('references');

    const lighter: RecruitmentSettings = {
      trainingModules: ['Safeguarding children'],
      approvalChecks: { interview: true, references: 0, dbs: false, training: true },
      reminders: { ...DEFAULT_RECRUITMENT_SETTINGS.reminders, referenceChaseDays: 21 },
      retention: DEFAULT_RECRUITMENT_SETTINGS.retention,
    };
    expect(await ok(session, 'updateRecruitmentSettings', lighter)).toEqual(lighter);
    expect(await ok(session, 'getRecruitmentSettings')).toEqual(lighter);
    expect(await column()).toBe('training');
    expect((await ok<Volunteer>(session, 'getVolunteer', { id: v.id })).missingForApproval).toEqual(['Training: Safeguarding children not completed']);
    await ok(session, 'saveTraining', { id: v.id, module: 'Safeguarding children', completedDate: '2026-11-10' });
    expect(await column()).toBe('approval');
    expect(await ok(session, 'approveVolunteer', { id: v.id, approvedDate: '2026-11-12' })).toMatchObject({ status: 'active' });
    expect(await column()).toBeUndefined();

    // Settings outside their bounds are refused and the stored ones kept.
    await expectNothingWritten(session, async () => {
      const error = await refused(session, 'updateRecruitmentSettings', { ...lighter, approvalChecks: { ...lighter.approvalChecks, references: 6 } });
      expect(error.code).toBe('invalid_input');
      expect(error.fields?.['approvalChecks.references']).toBe('Enter 5 or fewer for the number of references');
      const longer = await refused(session, 'updateRecruitmentSettings', { ...lighter, reminders: { ...lighter.reminders, disclosureNoteMonths: 7 } });
      expect(longer.fields?.['reminders.disclosureNoteMonths']).toBe('Enter 6 or fewer for the months a disclosure note is kept');
    });
    await ok(session, 'updateRecruitmentSettings', DEFAULT_RECRUITMENT_SETTINGS);
  });
});

describe('a DBS disclosure note is deleted on unlock six months after the decision', () => {
  const NOTE_A = 'Disclosed: caution in 2001 — ZEBRA-NOTE-A';
  const NOTE_B = 'Disclosed: fine in 2010 — ZEBRA-NOTE-B';
  let dir: string;

  /** Volunteers with disclosure notes decided on 01/05/2026 (due 01/11/2026) and 15/06/2026 (due 15/12/2026). */
  const document = () => {
    const dbsWith = (disclosureNote: string, disclosureDecisionDate: string) => ({
      certificateNumber: '009876543210',
      issueDate: '2026-04-01',
      level: 'enhanced_barred_children',
      outcome: 'information_disclosed_risk_assessed',
      checkedDate: '2026-04-02',
      updateService: true,
      disclosureNote,
      disclosureDecisionDate,
    });
    return {
      format: 'iv-desk/1',
      volunteers: [
        { id: 'a', firstName: 'Due', lastName: 'Now', enquiryDate: '2026-03-01', applicationDate: '2026-03-02', dbs: dbsWith(NOTE_A, '2026-05-01') },
        { id: 'b', firstName: 'Due', lastName: 'Later', enquiryDate: '2026-03-01', applicationDate: '2026-03-02', dbs: dbsWith(NOTE_B, '2026-06-15') },
      ],
    };
  };

  async function unlockOn(today: string): Promise<Session> {
    const session = newSession(dir, () => today);
    await ok(session, 'unlock', { passphrase: PASSPHRASE });
    return session;
  }
  const notes = (session: Session) =>
    session.connection.sqlite.prepare('SELECT external_ref AS ref, dbs_disclosure_note AS note, dbs_disclosure_decision_date AS decided, dbs_disclosure_note_deleted_date AS deleted FROM volunteers ORDER BY id').all();
  /** Whether the text is anywhere in any table. */
  const anywhere = (session: Session, text: string) => {
    const sqlite = session.connection.sqlite;
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[];
    return tables.some((t) => JSON.stringify(sqlite.prepare(`SELECT * FROM "${t}"`).all()).includes(text));
  };

  beforeAll(async () => {
    // Imported on 20/10/2026, when neither note is due.
    const set = await unlockedSession({ today: () => '2026-10-20' });
    dir = set.dir;
    await ok(set.session, 'importData', { text: JSON.stringify(document()) });
    set.session.lock();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('unlocking on 31/10/2026 deletes nothing: neither note is six months old', async () => {
    const session = await unlockOn('2026-10-31');
    try {
      expect(notes(session)).toEqual([
        { ref: 'a', note: NOTE_A, decided: '2026-05-01', deleted: null },
        { ref: 'b', note: NOTE_B, decided: '2026-06-15', deleted: null },
      ]);
      const a = await ok<Volunteer>(session, 'getVolunteer', { id: 1 });
      expect(a.disclosureNoteDeletionDate).toBe('2026-11-01');
    } finally {
      session.lock();
    }
  });

  it('unlocking on 23/11/2026 deletes the note decided on 01/05/2026 and keeps the one within six months', async () => {
    const session = await unlockOn('2026-11-23');
    try {
      // The deleted date recorded is the day it was actually deleted: the first unlock on or after 01/11.
      expect(notes(session)).toEqual([
        { ref: 'a', note: null, decided: '2026-05-01', deleted: '2026-11-23' },
        { ref: 'b', note: NOTE_B, decided: '2026-06-15', deleted: null },
      ]);
      expect(anywhere(session, 'ZEBRA-NOTE-A')).toBe(false);
      expect(anywhere(session, 'ZEBRA-NOTE-B')).toBe(true);
      const a = await ok<Volunteer>(session, 'getVolunteer', { id: 1 });
      expect(a.dbs).toMatchObject({ disclosureNote: null, disclosureNoteDeletedDate: '2026-11-23', outcome: 'information_disclosed_risk_assessed' });
      expect(a.disclosureNoteDeletionDate).toBeNull();
      // The export says when the note went, without it.
      const exported = JSON.parse((await ok<{ text: string }>(session, 'exportData')).text);
      expect(exported.volunteers[0].dbs).toMatchObject({ disclosureDecisionDate: '2026-05-01', disclosureNoteDeletedDate: '2026-11-23' });
      expect(JSON.stringify(exported)).not.toContain('ZEBRA-NOTE-A');
      // Saving the DBS record again without a note keeps the date it was deleted.
      const resaved = await ok<Volunteer>(session, 'saveDbs', {
        id: 1,
        certificateNumber: a.dbs!.certificateNumber,
        issueDate: a.dbs!.issueDate,
        level: a.dbs!.level,
        outcome: a.dbs!.outcome,
        checkedBy: null,
        checkedDate: a.dbs!.checkedDate,
        updateService: true,
        updateServiceCheckedDate: null,
        disclosureNote: null,
        disclosureDecisionDate: '2026-05-01',
      });
      expect(resaved.dbs?.disclosureNoteDeletedDate).toBe('2026-11-23');
    } finally {
      session.lock();
    }
  });

  it('unlocking on 15/12/2026 deletes the other, on the day it falls due', async () => {
    const session = await unlockOn('2026-12-15');
    try {
      expect(notes(session)).toEqual([
        { ref: 'a', note: null, decided: '2026-05-01', deleted: '2026-11-23' },
        { ref: 'b', note: null, decided: '2026-06-15', deleted: '2026-12-15' },
      ]);
      expect(anywhere(session, 'ZEBRA-NOTE')).toBe(false);
    } finally {
      session.lock();
    }
  });
});

describe('the Today list', () => {
  it('gathers the recruitment reminders for a crafted dataset, each linking to the volunteer', async () => {
    // Monday 23 November 2026; due soon means by 23/12/2026.
    const { session, cleanup } = await unlockedSession({ today: () => TODAY });
    try {
      const vetted = { applicationDate: '2023-10-02', interviewDate: '2023-10-05', interviewOutcome: 'proceed' };
      const document = {
        format: 'iv-desk/1',
        volunteers: [
          { id: 'wed', firstName: 'Wednesday', lastName: 'Enquiry', enquiryDate: '2026-11-18' }, // Thu, Fri, Mon: due 23/11
          { id: 'fri', firstName: 'Friday', lastName: 'Enquiry', enquiryDate: '2026-11-20' }, // Mon, Tue, Wed: due 25/11, not yet
          {
            id: 'ref',
            firstName: 'Chasing',
            lastName: 'Reference',
            enquiryDate: '2026-10-30',
            applicationDate: '2026-11-02',
            interviewDate: '2026-11-05',
            interviewOutcome: 'proceed',
            references: [{ name: 'Pat', requestedDate: '2026-11-09' }], // + 14 days: 23/11
          },
          { id: 'slow', firstName: 'Slow', lastName: 'Approval', enquiryDate: '2026-08-28', applicationDate: '2026-08-31' }, // + 84 days: 23/11
          {
            id: 'dbs',
            firstName: 'Recheck',
            lastName: 'Soon',
            enquiryDate: '2023-10-01',
            ...vetted,
            dbs: { certificateNumber: '1', issueDate: '2023-12-01', outcome: 'clear', updateService: false }, // re-check 01/12/2026
            approvedDate: '2023-12-10',
          },
          {
            id: 'note',
            firstName: 'Disclosure',
            lastName: 'Note',
            enquiryDate: '2023-10-01',
            ...vetted,
            dbs: { certificateNumber: '2', issueDate: '2026-06-01', outcome: 'information_disclosed_risk_assessed', updateService: true, disclosureNote: 'Risk assessed', disclosureDecisionDate: '2026-06-10' },
            approvedDate: '2026-06-20',
          }, // note deleted 10/12/2026; status check 01/06/2027
          {
            id: 'gone',
            firstName: 'Withdrawn',
            lastName: 'Late',
            enquiryDate: '2026-01-05',
            applicationDate: '2026-01-06',
            references: [{ name: 'Never', requestedDate: '2026-01-07' }],
            withdrawnDate: '2026-02-01',
          },
        ],
      };
      await ok(session, 'importData', { text: JSON.stringify(document) });
      const ids = Object.fromEntries((await ok<VolunteerSummary[]>(session, 'listVolunteers', {})).map((v) => [v.firstName, v.id]));
      const today = await ok<TodayView>(session, 'today');
      expect(today.date).toBe(TODAY);
      // Only the recruitment reminders: the one about backups (no second place chosen here) has its own tests.
      const view = { ...today, items: todayItemsOf(today).filter((i) => i.kind !== 'backup_second_place') };
      const item = (kind: string, urgency: string, dueDate: string, first: string, last: string, message: string) => ({
        kind,
        urgency,
        dueDate,
        subject: `${first} ${last}`,
        message,
        link: `/volunteers/${ids[first]}`,
        key: expect.stringMatching(new RegExp(`^${kind}:volunteers:${ids[first]}(:\\d+)?$`)),
        record: { kind: 'volunteer', id: ids[first] },
      });
      // Grouped in order of urgency: DBS checks, then references, then enquiries and the rest.
      expect(view.items).toEqual([
        item('dbs_recheck', 'due_soon', '2026-12-01', 'Recheck', 'Soon', 'DBS re-check due (certificate issued 01/12/2023)'),
        item('reference_outstanding', 'overdue', '2026-11-23', 'Chasing', 'Reference', 'Reference 1 (Pat) requested 09/11/2026: chase it'),
        item('approval_overdue', 'overdue', '2026-11-23', 'Slow', 'Approval', 'Applied 31/08/2026: approval is taking longer than 12 weeks'),
        item('enquiry_unanswered', 'overdue', '2026-11-23', 'Wednesday', 'Enquiry', 'Enquiry of 18/11/2026 not yet answered'),
        item('disclosure_note_deletion', 'due_soon', '2026-12-10', 'Disclosure', 'Note', 'The DBS disclosure note will be deleted on 10/12/2026, 6 months after the decision'),
      ]);

      // Longer intervals in Settings: the reference and the approval are no longer late.
      await ok(session, 'updateRecruitmentSettings', {
        ...DEFAULT_RECRUITMENT_SETTINGS,
        reminders: { ...DEFAULT_RECRUITMENT_SETTINGS.reminders, referenceChaseDays: 15, applicationToApprovalWeeks: 13 },
      });
      expect(todayItemsOf(await ok<TodayView>(session, 'today')).map((i) => i.kind)).toEqual(['dbs_recheck', 'backup_second_place', 'enquiry_unanswered', 'disclosure_note_deletion']);
    } finally {
      cleanup();
    }
  });
});
