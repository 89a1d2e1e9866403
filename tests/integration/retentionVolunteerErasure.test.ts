/**
 * Erasing a volunteer at the end of their retention period, on a real encrypted database:
 * the matches they had stay, with their visits, contacts and feedback, as the young
 * people's records (kept until 75), pointing at a volunteer row with nothing personal left;
 * what was the volunteer's alone goes, and the audit trail no longer holds their details.
 * A volunteer without matches goes outright.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { verifyDatabase } from '../../electron/core/cli/verify';
import { MIGRATIONS_DIR, unlockedSession } from '../helpers/session';
import { everything, ok } from '../helpers/calls';
import type { Match, MatchSummary, RetentionView, VolunteerSummary } from '../../shared/contract';
import type { Session } from '../../electron/core/session';

const TODAY = '2026-11-23';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** What identifies Gwen, anywhere it was written. */
const GWEN = ['Gwen', 'Hale', 'gwen.hale@example.org', '07700 900123', '12 Orchard Lane', 'NS1 4AB', 'Riverside', 'Welsh', 'Birdwatching', 'Weekends', 'Likes older children', 'Panel of two', 'Warm and steady', '001122334455', 'Jo Checker', 'Moved to Spain', 'Pat Referee', 'Former manager', 'A reflective session', 'Carer illness'];

function scheme() {
  return {
    format: 'iv-desk/1',
    scheme: { name: 'Northshire Independent Visitors' },
    volunteers: [
      {
        id: 'vGwen',
        firstName: 'Gwen',
        lastName: 'Hale',
        dateOfBirth: '1960-04-02',
        gender: 'Female',
        email: 'gwen.hale@example.org',
        phone: '07700 900123',
        address: '12 Orchard Lane',
        postcode: 'NS1 4AB',
        area: 'Riverside',
        languages: ['Welsh'],
        interests: ['Birdwatching'],
        availability: 'Weekends',
        maxTravelMiles: 12,
        preferences: 'Likes older children',
        enquiryDate: '2012-01-01',
        enquirySource: 'website',
        enquiryRespondedDate: '2012-01-03',
        applicationDate: '2012-01-10',
        interviewDate: '2012-02-01',
        interviewOutcome: 'proceed',
        interviewPanel: 'Panel of two',
        interviewNotes: 'Warm and steady',
        references: [{ name: 'Pat Referee', relationship: 'Former manager', requestedDate: '2012-02-02', receivedDate: '2012-02-10', satisfactory: true }],
        dbs: { certificateNumber: '001122334455', issueDate: '2012-02-15', level: 'enhanced_barred_children', outcome: 'clear', checkedBy: 'Jo Checker', checkedDate: '2012-02-16', updateService: true },
        training: [{ module: 'Induction', completedDate: '2012-02-20' }],
        approvedDate: '2012-03-01',
        inactivePeriods: [{ from: '2015-01-01', to: '2015-03-01', reason: 'Carer illness' }],
        leftDate: '2019-06-30',
        leftReason: 'Moved to Spain',
        capacity: 2,
      },
      { id: 'vSam', firstName: 'Sam', lastName: 'Unmatched', enquiryDate: '2012-01-01', applicationDate: '2012-01-10', approvedDate: '2012-03-01', leftDate: '2019-06-30', email: 'sam@example.org' },
      { id: 'vDev', firstName: 'Dev', lastName: 'Kept', enquiryDate: '2020-01-01', applicationDate: '2020-01-10', approvedDate: '2020-03-01' },
    ],
    youngPeople: [
      { id: 'yNia', firstName: 'Nia', lastName: 'Park', dateOfBirth: '2004-05-05' },
      { id: 'yOmar', firstName: 'Omar', lastName: 'Shah', dateOfBirth: '2005-07-07' },
    ],
    referrals: [
      { id: 'rNia', youngPersonId: 'yNia', date: '2012-03-10', outcome: 'accepted', outcomeDate: '2012-03-12', closedDate: '2022-05-05', closedReason: 'aged_out' },
      { id: 'rOmar', youngPersonId: 'yOmar', date: '2013-01-10', outcome: 'accepted', outcomeDate: '2013-01-12' },
    ],
    matches: [
      { id: 'mNia', referralId: 'rNia', volunteerId: 'vGwen', proposedDate: '2012-04-01', startDate: '2012-04-10', endDate: '2019-06-30', endReason: 'volunteer_left' },
      { id: 'mOmar', referralId: 'rOmar', volunteerId: 'vGwen', proposedDate: '2013-02-01', startDate: '2013-02-10', endDate: '2019-06-30', endReason: 'volunteer_left' },
    ],
    visits: [
      { id: 'visNia1', matchId: 'mNia', date: '2012-05-01', activity: 'Zoo', notes: 'Nia loved the penguins' },
      { id: 'visNia2', matchId: 'mNia', date: '2012-06-01', activity: 'Library' },
      { id: 'visNia3', matchId: 'mNia', date: '2012-07-01', activity: 'Picnic' },
      { id: 'visOmar1', matchId: 'mOmar', date: '2013-03-01', activity: 'Football' },
      { id: 'visOmar2', matchId: 'mOmar', date: '2013-04-01', activity: 'Museum' },
    ],
    contacts: [{ id: 'cNia', matchId: 'mNia', date: '2012-05-10', kind: 'call', note: 'Checked in after the zoo' }],
    feedback: [{ id: 'fOmar', matchId: 'mOmar', date: '2013-06-01', source: 'young_person', satisfaction: 'satisfied', comments: 'Good fun' }],
    supervisions: [{ id: 'supGwen', volunteerId: 'vGwen', date: '2012-06-15', kind: 'one_to_one', topics: 'A reflective session', matchesDiscussed: ['mNia'] }],
    safeguardingConcerns: [{ id: 'sgGwen', date: '2014-01-01', volunteerId: 'vGwen', summary: 'About Gwen alone' }],
  };
}

async function open() {
  const s = await unlockedSession({ today: () => TODAY });
  cleanups.push(s.cleanup);
  importDocument(s.session.db, JSON.stringify(scheme()), TODAY);
  return s.session;
}

const idOf = (session: Session, table: string, ref: string) => session.connection.sqlite.prepare(`SELECT id FROM ${table} WHERE external_ref = ?`).pluck().get(ref) as number | undefined;
const count = (session: Session, table: string, where = '1') => session.connection.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
const matchesAndVisits = (session: Session) =>
  session.connection.sqlite.prepare("SELECT m.*, (SELECT json_group_array(json_object('ref', external_ref, 'date', date, 'notes', notes)) FROM visits WHERE match_id = m.id) AS visits FROM matches m ORDER BY m.id").all();
const erase = (session: Session, ...ids: number[]) => ok(session, 'eraseRecords', { people: ids.map((id) => ({ kind: 'volunteer', id })) });

describe("erasing a volunteer whose matches are young people's records", () => {
  it('says in the confirmation what goes and what stays', async () => {
    const session = await open();
    const gwen = (await ok<RetentionView>(session, 'retentionView')).due.find((p) => p.name === 'Gwen Hale')!;
    expect(gwen.goesWith).toEqual(['1 reference', '1 training record', '1 DBS record', '1 inactive period', '1 supervision', '1 safeguarding concern']);
    expect(gwen.notes).toEqual(["Their 2 matches stay, with 5 visits, as part of the young people's records, under an anonymised name."]);
  });

  it('keeps the matches and visits unchanged, clears every personal column, and takes what was theirs alone', async () => {
    const session = await open();
    const gwen = idOf(session, 'volunteers', 'vGwen')!;
    const keptBefore = matchesAndVisits(session);
    const sqlite = session.connection.sqlite;
    const rowBefore = sqlite.prepare('SELECT * FROM volunteers WHERE id = ?').get(gwen) as Record<string, unknown>;

    await erase(session, gwen);

    expect(matchesAndVisits(session)).toEqual(keptBefore);
    expect(count(session, 'contacts')).toBe(1);
    expect(count(session, 'feedback')).toBe(1);
    const row = sqlite.prepare('SELECT * FROM volunteers WHERE id = ?').get(gwen) as Record<string, unknown>;
    // Every column, so one added later must be decided on here.
    expect(row).toEqual({
      id: gwen,
      external_ref: expect.not.stringMatching(/^vGwen$/),
      first_name: 'Erased',
      last_name: 'volunteer',
      date_of_birth: null,
      gender: null,
      email: null,
      phone: null,
      address: null,
      postcode: null,
      area: null,
      enquiry_date: '2012-01-01',
      enquiry_source: 'website',
      enquiry_responded_date: '2012-01-03',
      languages: '[]',
      interests: '[]',
      availability: null,
      max_travel_miles: null,
      preferences: null,
      application_date: '2012-01-10',
      interview_date: '2012-02-01',
      interview_panel: null,
      interview_outcome: null,
      interview_notes: null,
      dbs_certificate_number: null,
      dbs_issue_date: null,
      dbs_level: null,
      dbs_outcome: null,
      dbs_checked_by: null,
      dbs_checked_date: null,
      dbs_update_service: null,
      dbs_update_service_checked_date: null,
      dbs_disclosure_note: null,
      dbs_disclosure_decision_date: null,
      dbs_disclosure_note_deleted_date: null,
      approved_date: '2012-03-01',
      withdrawn_date: null,
      withdrawn_reason: null,
      rejected_date: null,
      rejected_reason: null,
      left_date: '2019-06-30',
      left_reason: null,
      capacity: 2,
    });
    expect(Object.keys(row).sort()).toEqual(Object.keys(rowBefore).sort());
    for (const table of ['volunteer_references', 'volunteer_training', 'volunteer_inactive_periods', 'supervisions', 'safeguarding_concerns']) {
      expect(count(session, table, `volunteer_id = ${gwen}`), table).toBe(0);
    }
    expect(count(session, 'safeguarding_concerns')).toBe(0);
    // Nothing that identified her is left in the records or in either history.
    const histories = JSON.stringify([...sqlite.prepare('SELECT before, after FROM audit_log').all(), ...sqlite.prepare('SELECT before, after FROM safeguarding_history').all()]);
    const records = everything(session);
    for (const detail of GWEN) {
      expect(histories, detail).not.toContain(detail);
      expect(records, detail).not.toContain(detail);
    }
    expect(histories).not.toContain('vGwen');
    expect(histories).not.toContain('1960-04-02');
    // The anonymising update itself is recorded, as an erasure without data.
    const last = sqlite.prepare("SELECT action, before, after FROM audit_log WHERE record_kind = 'volunteers' AND record_id = ? ORDER BY id DESC LIMIT 1").get(gwen);
    expect(last).toEqual({ action: 'erasure', before: null, after: null });
    // The young people's own history of their matches and visits is still there to read.
    expect(histories).toContain('Nia loved the penguins');
    expect(verifyDatabase(session, MIGRATIONS_DIR)).toMatchObject({ ok: true, auditTrail: { ok: true }, safeguardingHistory: { ok: true } });
    // She is not listed again for erasure, nor among the current volunteers.
    expect((await ok<RetentionView>(session, 'retentionView')).due.map((p) => p.name)).toEqual(['Sam Unmatched']);
    const listed = await ok<VolunteerSummary[]>(session, 'listVolunteers', {});
    expect(listed.find((v) => v.id === gwen)).toMatchObject({ firstName: 'Erased', lastName: 'volunteer', status: 'left' });
    expect((await ok<VolunteerSummary[]>(session, 'listVolunteers', { status: 'active' })).map((v) => v.id)).not.toContain(gwen);
  });

  it("the young people's matches, visits and subject access still show the visits, by an anonymised volunteer", async () => {
    const session = await open();
    await erase(session, idOf(session, 'volunteers', 'vGwen')!);
    const nia = idOf(session, 'young_people', 'yNia')!;
    const [summary] = await ok<MatchSummary[]>(session, 'listMatches', { youngPersonId: nia });
    expect(summary).toMatchObject({ volunteerName: 'Erased volunteer', youngPersonName: 'Nia Park', lastVisitDate: '2012-07-01' });
    const match = await ok<Match>(session, 'getMatch', { id: summary.id });
    expect(match.visits.map((v) => v.activity).sort()).toEqual(['Library', 'Picnic', 'Zoo']);
    const access = await ok<{ text: string }>(session, 'subjectAccessExport', { kind: 'young_person', id: nia });
    expect(access.text).toContain('Nia loved the penguins');
    expect(access.text).toContain('Zoo');
    expect(access.text).not.toMatch(/Gwen|Hale/);
  });

  it('a volunteer without matches goes outright, and an erased one goes once the young people are erased too', async () => {
    const session = await open();
    const sam = idOf(session, 'volunteers', 'vSam')!;
    await erase(session, sam);
    expect(count(session, 'volunteers', `id = ${sam}`)).toBe(0);

    const gwen = idOf(session, 'volunteers', 'vGwen')!;
    await erase(session, gwen);
    // Decades later both young people reach 75: erasing them takes the matches, and the erased volunteer with them.
    const later = await unlockedSession({ today: () => '2080-08-01' });
    cleanups.push(later.cleanup);
    importDocument(later.session.db, JSON.stringify(scheme()), TODAY);
    const g = idOf(later.session, 'volunteers', 'vGwen')!;
    await erase(later.session, g);
    const due = (await ok<RetentionView>(later.session, 'retentionView')).due;
    expect(due.map((p) => p.name)).toEqual(['Sam Unmatched', 'Nia Park', 'Omar Shah']);
    await ok(later.session, 'eraseRecords', { people: due.filter((p) => p.kind === 'young_person').map((p) => ({ kind: p.kind, id: p.id })) });
    expect(count(later.session, 'matches')).toBe(0);
    expect(count(later.session, 'volunteers', `id = ${g}`)).toBe(0);
  });

  it('chosen together with the young people, the volunteer goes outright', async () => {
    const s = await unlockedSession({ today: () => '2080-08-01' });
    cleanups.push(s.cleanup);
    importDocument(s.session.db, JSON.stringify(scheme()), TODAY);
    const due = (await ok<RetentionView>(s.session, 'retentionView')).due;
    const gwen = due.find((p) => p.name === 'Gwen Hale')!;
    expect(gwen.notes[0]).toMatch(/^Their 2 matches stay/);
    await ok(s.session, 'eraseRecords', { people: due.filter((p) => p.name !== 'Dev Kept' && p.name !== 'Sam Unmatched').map((p) => ({ kind: p.kind, id: p.id })) });
    expect(count(s.session, 'volunteers', `id = ${gwen.id}`)).toBe(0);
    expect(count(s.session, 'matches')).toBe(0);
  });
});
