import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { sessionsFor } from '../helpers/calls';
import { exportDocument } from '../../electron/core/interchange/exportDocument';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { reportFigures } from '../../electron/core/reports/figures';
import { tableCounts } from '../../electron/core/reports/counts';
import type { Session } from '../../electron/core/session';
import type { YoungPerson, WaitingList, SafeguardingConcern, TodayView, DuplicateCandidate } from '../../shared/contract';
import { parseDocxStrictly, docxText } from '../helpers/word';
import { DEFAULT_CASE_SETTINGS } from '../../shared/youngPeople/settings';
import { todayItemsOf } from '../helpers/today';

const TODAY = '2026-11-23';
const open = sessionsFor(TODAY);

async function ok<T>(session: Session, name: string, input: unknown): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  return result.value as T;
}

async function refused(session: Session, name: string, input: unknown) {
  const before = JSON.stringify(tableCounts(session.db));
  const result = await dispatch(session, name, input);
  expect(result.ok).toBe(false);
  expect(JSON.stringify(tableCounts(session.db))).toBe(before);
  return result.ok ? null : result.error;
}

const person = (over: Record<string, unknown> = {}) => ({ firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09', ...over });

describe('young people, referrals and the waiting list', () => {
  it('referral -> accept -> on the waiting list with whole weeks waiting, awaiting a suitable IV', async () => {
    const session = await open();
    const yp = await ok<YoungPerson>(session, 'createYoungPerson', person({ placementType: 'foster', interests: ['football', 'art'], iro: 'Sam Iro' }));
    expect(yp.status).toBe('no_referral');
    let updated = await ok<YoungPerson>(session, 'saveReferral', { youngPersonId: yp.id, date: '2026-10-04', referrerName: 'Sam Iro', referrerRole: 'iro', reason: 'Little family contact' });
    const referralId = updated.referrals[0].id;
    expect(updated.referrals[0].outcome).toBe('pending');
    updated = await ok<YoungPerson>(session, 'recordReferralOutcome', { referralId, outcome: 'accepted', outcomeDate: '2026-10-10' });
    expect(updated.status).toBe('awaiting_iv');
    const list = await ok<WaitingList>(session, 'waitingList', {});
    // 4 October to 23 November is 50 days: 7 whole weeks, beyond the 6-week highlight.
    expect(list.rows).toEqual([
      expect.objectContaining({ referralId, name: 'Kayden Marsh', since: '2026-10-04', weeksWaiting: 7, kind: 'awaiting_iv', long: true }),
    ]);
    await ok(session, 'updateCaseSettings', { ...DEFAULT_CASE_SETTINGS, longWaitWeeks: 8 });
    expect((await ok<WaitingList>(session, 'waitingList', {})).rows[0].long).toBe(false);
  });

  it('closing a referral (disengaged) takes them off the list and counts in the figures', async () => {
    const session = await open();
    const yp = await ok<YoungPerson>(session, 'createYoungPerson', person());
    const { referrals } = await ok<YoungPerson>(session, 'saveReferral', { youngPersonId: yp.id, date: '2026-05-01' });
    await ok(session, 'recordReferralOutcome', { referralId: referrals[0].id, outcome: 'accepted', outcomeDate: '2026-05-02' });
    const closed = await ok<YoungPerson>(session, 'closeReferral', { referralId: referrals[0].id, closedDate: '2026-06-01', closedReason: 'disengaged' });
    expect(closed.status).toBe('closed');
    expect((await ok<WaitingList>(session, 'waitingList', {})).rows).toEqual([]);
    const figures = reportFigures(session.db, { from: '2026-04-01', to: '2027-03-31' });
    expect(figures.referralsReceived).toBe(1);
    expect(figures.referralsDeclinedOrDisengaged).toBe(1);
  });

  it('refuses a referral for a young person aged 25 or over, with a clear message, and writes nothing', async () => {
    const session = await open();
    const yp = await ok<YoungPerson>(session, 'createYoungPerson', person({ dateOfBirth: '2001-11-23' }));
    const error = await refused(session, 'saveReferral', { youngPersonId: yp.id, date: '2026-11-23' });
    expect(error?.fields?.date).toMatch(/was 25 on the referral date.*under 25/);
    // The day before the 25th birthday is still allowed.
    await ok(session, 'saveReferral', { youngPersonId: yp.id, date: '2026-11-22' });
  });

  it('refuses an outcome dated before the referral, and consent signed before the date of birth', async () => {
    const session = await open();
    const yp = await ok<YoungPerson>(session, 'createYoungPerson', person());
    const { referrals } = await ok<YoungPerson>(session, 'saveReferral', { youngPersonId: yp.id, date: '2026-09-01' });
    const outcome = await refused(session, 'recordReferralOutcome', { referralId: referrals[0].id, outcome: 'accepted', outcomeDate: '2026-08-31' });
    expect(outcome?.fields?.outcomeDate).toMatch(/cannot be before the referral \(01\/09\/2026\)/);
    const consent = await refused(session, 'saveConsent', { youngPersonId: yp.id, signedDate: '2012-11-08', formVersion: '2026-1', explainedBy: 'Jo', complaintsProcedureExplained: true });
    expect(consent?.fields?.signedDate).toMatch(/before the young person was born/);
    const future = await refused(session, 'saveReferral', { youngPersonId: yp.id, date: '2026-11-24' });
    expect(future?.fields?.date).toMatch(/future/);
  });

  it('records consent and makes the consent form as a valid Word file naming the young person', async () => {
    const session = await open();
    const yp = await ok<YoungPerson>(session, 'createYoungPerson', person());
    // Forms refuse control characters; a record from elsewhere may still hold one, and the Word file must survive it.
    session.connection.sqlite.prepare('UPDATE young_people SET first_name = ? WHERE id = ?').run('Ka\u0007yd\uFFFEen', yp.id);
    const saved = await ok<YoungPerson>(session, 'saveConsent', { youngPersonId: yp.id, signedDate: '2026-11-20', formVersion: '2026-1', explainedBy: 'Jo Coordinator', complaintsProcedureExplained: true });
    expect(saved.consents).toEqual([expect.objectContaining({ signedDate: '2026-11-20', explainedBy: 'Jo Coordinator', withdrawnDate: null })]);
    const doc = await ok<{ fileName: string; base64: string }>(session, 'consentFormDocument', { youngPersonId: yp.id });
    expect(doc.fileName).toBe('Confidentiality-agreement-KM-2026-11-23.docx');
    const docx = Buffer.from(doc.base64, 'base64');
    expect(() => parseDocxStrictly(docx)).not.toThrow();
    expect(docxText(docx)).toContain('Kayden Marsh');
  });
});

describe('likely duplicates of a young person', () => {
  it('finds the same name and date of birth, the same case reference, and a short form of the first name; never the record itself', async () => {
    const session = await open();
    const sam = await ok<YoungPerson>(session, 'createYoungPerson', person({ firstName: 'Samantha', lastName: "O'Neill", caseReference: 'LCS-1234' }));
    const other = await ok<YoungPerson>(session, 'createYoungPerson', person({ firstName: 'Other', lastName: 'Child', dateOfBirth: '2011-01-01' }));
    const before = JSON.stringify(tableCounts(session.db));
    const find = (input: object) => ok<DuplicateCandidate[]>(session, 'findDuplicateYoungPeople', { firstName: 'x', lastName: 'y', ...input });
    expect(await find({ firstName: 'samantha', lastName: 'ONEILL', dateOfBirth: '2012-11-09' })).toEqual([{ id: sam.id, name: "Samantha O'Neill", reason: 'the same name and date of birth' }]);
    expect(await find({ caseReference: ' lcs 1234 ' })).toEqual([{ id: sam.id, name: "Samantha O'Neill", reason: 'the same case reference' }]);
    const [short] = await find({ firstName: 'Sam', lastName: "O'Neill", dateOfBirth: '2012-11-09' });
    expect(short).toEqual({ id: sam.id, name: "Samantha O'Neill", reason: expect.stringContaining('Sam may be short for Samantha') });
    expect(await find({ firstName: 'Sam', lastName: "O'Neill", dateOfBirth: '2012-11-10' })).toEqual([]);
    expect(await find({ firstName: 'Samantha', lastName: "O'Neill", dateOfBirth: '2012-11-09', excludeId: sam.id })).toEqual([]);
    expect(await find({ firstName: 'Other', lastName: 'Child', dateOfBirth: '2011-01-01', caseReference: 'LCS-9' })).toEqual([{ id: other.id, name: 'Other Child', reason: 'the same name and date of birth' }]);
    expect(JSON.stringify(tableCounts(session.db))).toBe(before);
    expect((await dispatch(session, 'findDuplicateYoungPeople', { firstName: 'x', lastName: 'y', dateOfBirth: '09/11/2012' })).ok).toBe(false);
  });
});

describe('the safeguarding log is kept apart', () => {
  it('appears in no ordinary list, search or general export; is in the log and the subject-access export', async () => {
    const session = await open();
    const yp = await ok<YoungPerson>(session, 'createYoungPerson', person());
    const volunteer = await ok<{ id: number }>(session, 'createVolunteer', { firstName: 'Ann', lastName: 'Lee', enquiryDate: '2026-01-05' });
    const summary = 'Zebracrossing disclosure during visit';
    const concern = await ok<SafeguardingConcern>(session, 'saveSafeguardingConcern', {
      date: '2026-11-20',
      youngPersonId: yp.id,
      volunteerId: volunteer.id,
      summary,
      referredTo: 'council_safeguarding',
      referredDate: '2026-11-20',
    });
    expect(concern).toMatchObject({ youngPersonName: 'Kayden Marsh', volunteerName: 'Ann Lee', closedDate: null });

    const ordinary = await Promise.all([
      ok(session, 'listYoungPeople', {}),
      ok(session, 'listYoungPeople', { search: 'Zebracrossing' }),
      ok(session, 'getYoungPerson', { id: yp.id }),
      ok(session, 'listVolunteers', {}),
      ok(session, 'getVolunteer', { id: volunteer.id }),
      ok(session, 'waitingList', {}),
    ]);
    for (const answer of ordinary) expect(JSON.stringify(answer)).not.toContain('Zebracrossing');

    const today = await ok<TodayView>(session, 'today', {});
    const item = todayItemsOf(today).find((i) => i.kind === 'safeguarding_open');
    expect(item).toMatchObject({ link: '/safeguarding', subject: 'Safeguarding log' });
    expect(JSON.stringify(item)).not.toMatch(/Zebracrossing|Kayden|Ann Lee/);

    const general = exportDocument(session.db);
    expect(general.safeguardingConcerns).toBeUndefined();
    expect(JSON.stringify(general)).not.toContain('Zebracrossing');
    const deliberate = exportDocument(session.db, { includeSafeguarding: true });
    expect(deliberate.safeguardingConcerns).toHaveLength(1);

    const sar = await ok<{ text: string }>(session, 'subjectAccessExport', { kind: 'young_person', id: yp.id });
    const sarDoc = JSON.parse(sar.text);
    expect(sarDoc.safeguardingConcerns).toEqual([expect.objectContaining({ summary, youngPersonId: sarDoc.youngPeople[0].id })]);
    // The other party is not identified in one person's export.
    expect(sarDoc.safeguardingConcerns[0].volunteerId).toBeUndefined();
    expect(sarDoc.volunteers).toEqual([]);
    const volunteerSar = JSON.parse((await ok<{ text: string }>(session, 'subjectAccessExport', { kind: 'volunteer', id: volunteer.id })).text);
    expect(volunteerSar.safeguardingConcerns[0].youngPersonId).toBeUndefined();
    expect(volunteerSar.youngPeople).toEqual([]);
    expect(volunteerSar.volunteers[0].firstName).toBe('Ann');
  });

  it('a concern must be about someone, and cannot close before it was raised', async () => {
    const session = await open();
    const yp = await ok<YoungPerson>(session, 'createYoungPerson', person());
    const nobody = await refused(session, 'saveSafeguardingConcern', { date: '2026-11-01', youngPersonId: null, volunteerId: null, summary: 'x', referredTo: null });
    expect(nobody?.fields?.youngPersonId).toMatch(/Say who the concern is about/);
    const early = await refused(session, 'saveSafeguardingConcern', { date: '2026-11-01', youngPersonId: yp.id, volunteerId: null, summary: 'x', referredTo: null, closedDate: '2026-10-01' });
    expect(early?.fields?.closedDate).toMatch(/cannot close before/);
  });
});

describe('interchange: young people, referrals, consents and the logs round-trip', () => {
  it('export with the safeguarding log -> import into an empty scheme -> export gives the same document', async () => {
    const source = await open();
    const file = {
      format: 'iv-desk/1',
      scheme: { name: 'Round Trip', caseSettings: { longWaitWeeks: 5, reviewReminderDays: 10, birthdayNoticeDays: 60, visitOverdueWeeks: 6, feedbackVisitMonths: 11 } },
      volunteers: [{ id: 'v1', firstName: 'Ann', lastName: 'Lee', enquiryDate: '2025-01-01' }],
      youngPeople: [
        { id: 'y1', firstName: 'Zoë', lastName: "D'Arcy", dateOfBirth: '2012-03-27', placementType: 'residential', interests: ['music'], languages: ['Welsh'], familyContact: 'little', preferences: 'A woman IV, please', notes: 'Line one\nLine two', nextReviewDate: '2026-12-10', iro: 'Pat', socialWorker: 'Lou', localAuthority: 'Northshire', area: 'Consett', postcode: 'DH8 5XY', gender: 'Female' },
        { id: 'y2', firstName: 'Ali', lastName: 'Khan', dateOfBirth: '2009-06-30' },
      ],
      referrals: [
        { id: 'r1', youngPersonId: 'y1', date: '2026-09-01', referrerName: 'Pat', referrerRole: 'iro', reason: 'No family contact', outcome: 'accepted', outcomeDate: '2026-09-03' },
        { id: 'r2', youngPersonId: 'y2', date: '2026-02-01', outcome: 'declined_by_young_person', outcomeDate: '2026-02-10' },
        { id: 'r3', youngPersonId: 'y2', date: '2026-06-01', outcome: 'accepted', outcomeDate: '2026-06-02', closedDate: '2026-07-01', closedReason: 'disengaged' },
      ],
      consents: [{ id: 'c1', youngPersonId: 'y1', signedDate: '2026-09-10', formVersion: '2026-1', explainedBy: 'Jo', complaintsProcedureExplained: true }],
      safeguardingConcerns: [{ id: 's1', date: '2026-10-01', youngPersonId: 'y1', volunteerId: 'v1', summary: 'Concern', referredTo: 'lado', referredDate: '2026-10-02', outcome: 'Advice given', closedDate: '2026-10-20' }],
      complaints: [{ id: 'k1', date: '2026-08-01', from: 'carer', summary: 'Late visit', outcome: 'Apologised', resolvedDate: '2026-08-05' }],
    };
    importDocument(source.db, JSON.stringify(file), TODAY);
    const first = exportDocument(source.db, { includeSafeguarding: true });
    const target = await open();
    importDocument(target.db, JSON.stringify(first), TODAY);
    const second = exportDocument(target.db, { includeSafeguarding: true });
    const strip = ({ exportedAt: _a, ...rest }: typeof first) => rest;
    expect(strip(second)).toEqual(strip(first));
    expect(first.youngPeople?.[0]).toMatchObject(file.youngPeople[0]);
    expect(first.referrals).toHaveLength(3);
    const figures = reportFigures(target.db, { from: '2026-01-01', to: '2026-12-31' });
    expect(figures).toMatchObject({ referralsReceived: 3, referralsDeclinedOrDisengaged: 2 });
  });

  it('an import with an outcome before its referral is refused, naming the list, index, id and field, and writes nothing', async () => {
    const session = await open();
    const before = JSON.stringify(tableCounts(session.db));
    const file = {
      format: 'iv-desk/1',
      youngPeople: [{ id: 'y1', firstName: 'A', lastName: 'B', dateOfBirth: '2012-01-01' }],
      referrals: [{ id: 'r9', youngPersonId: 'y1', date: '2026-03-01', outcome: 'accepted', outcomeDate: '2026-02-01' }],
    };
    expect(() => importDocument(session.db, JSON.stringify(file), TODAY)).toThrow(/referrals\[0\] \(id "r9"\), field "outcomeDate"/);
    expect(JSON.stringify(tableCounts(session.db))).toBe(before);
  });
});

describe('name search', () => {
  it('finds names in any case, with or without accents', async () => {
    const session = await open();
    await ok(session, 'createYoungPerson', person({ firstName: 'Élodie', lastName: 'Öztürk' }));
    await ok(session, 'createVolunteer', { firstName: 'Siobhán', lastName: "O'Brien", enquiryDate: '2026-01-05' });
    const names = (list: unknown) => (list as { firstName: string }[]).map((p) => p.firstName);
    expect(names(await ok(session, 'listYoungPeople', { search: 'elodie ozturk' }))).toEqual(['Élodie']);
    expect(names(await ok(session, 'listYoungPeople', { search: 'ÉLO' }))).toEqual(['Élodie']);
    expect(names(await ok(session, 'listVolunteers', { search: 'siobhan' }))).toEqual(['Siobhán']);
    expect(names(await ok(session, 'listVolunteers', { search: "o'b" }))).toEqual(['Siobhán']);
    expect(names(await ok(session, 'listVolunteers', { search: '100%' }))).toEqual([]);
  });
});

describe('settings in a file from an older version', () => {
  it('imports settings that lack newer keys, filling them from the defaults', async () => {
    const session = await open();
    importDocument(session.db, JSON.stringify({ format: 'iv-desk/1', scheme: { name: 'Older', caseSettings: { longWaitWeeks: 8 }, recruitmentSettings: { reminders: { referenceChaseDays: 21 } } } }), TODAY);
    expect(await ok(session, 'getCaseSettings', {})).toEqual({ longWaitWeeks: 8, reviewReminderDays: 14, birthdayNoticeDays: 90, visitOverdueWeeks: 5, feedbackVisitMonths: 12, reviewUpdateDaysBefore: 7, supervisionWeeks: 12, supervisionNoticeDays: 14, proposalIntroductionWeeks: 4, bankHolidayNation: 'england_wales' });
    const recruitment = await ok<{ reminders: { referenceChaseDays: number; enquiryResponseWorkingDays: number } }>(session, 'getRecruitmentSettings', {});
    expect(recruitment.reminders).toMatchObject({ referenceChaseDays: 21, enquiryResponseWorkingDays: 3, lapseDays: 90 });
  });
});
