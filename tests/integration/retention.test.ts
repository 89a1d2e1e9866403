/**
 * Retention and erasure on real encrypted databases: who is listed at the boundaries and
 * who is not, the settings, erasure taking exactly what is the person's own after a
 * backup, refusals that change nothing, and reopening an ended match.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { backupsDir } from '../../electron/core/backup/names';
import { unlockedSession } from '../helpers/session';
import { everything, ok, refused } from '../helpers/calls';
import { REVIEWS_TODAY, reviewsScheme } from '../fixtures/reviews';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../../shared/volunteers/settings';
import type { ErasureDone, Match, RetentionView } from '../../shared/contract';
import type { Session } from '../../electron/core/session';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function open(document: object, today = REVIEWS_TODAY) {
  const s = await unlockedSession({ today: () => today });
  cleanups.push(s.cleanup);
  importDocument(s.session.db, JSON.stringify({ format: 'iv-desk/1', ...document }), today);
  return s.session;
}

const approved = (id: string, firstName: string, more: object = {}) => ({ id, firstName, lastName: 'Test', enquiryDate: '2010-01-01', applicationDate: '2010-01-05', approvedDate: '2010-03-01', ...more });
const applicant = (id: string, firstName: string, more: object = {}) => ({ id, firstName, lastName: 'Test', enquiryDate: '2020-01-01', ...more });
const youngPerson = (id: string, firstName: string, dateOfBirth: string) => ({ id, firstName, lastName: 'Test', dateOfBirth });
const listed = (view: RetentionView) => view.due.map((p) => p.name.replace(' Test', ''));

describe('who the Retention screen lists (today 23/11/2026)', () => {
  const document = {
    youngPeople: [youngPerson('y75', 'SeventyFiveToday', '1951-11-23'), youngPerson('y74', 'SeventyFiveTomorrow', '1951-11-24'), youngPerson('yLeap', 'LeapDay', '1952-02-29'), youngPerson('yYoung', 'Young', '2012-01-01')],
    volunteers: [
      approved('vSix', 'LeftSixYearsAgoToday', { leftDate: '2020-11-23' }),
      approved('vNearly', 'LeftSixYearsAgoTomorrow', { leftDate: '2020-11-24' }),
      approved('vStill', 'StillVolunteering'),
      applicant('aWithdrew', 'WithdrewAYearAgoToday', { withdrawnDate: '2025-11-23' }),
      applicant('aNearly', 'WithdrewAYearAgoTomorrow', { withdrawnDate: '2025-11-24' }),
      applicant('aRejected', 'TurnedDown', { rejectedDate: '2024-02-29' }),
      applicant('aOpen', 'StillApplying'),
    ],
  };

  it('lists exactly those whose period has run out, oldest first, with why and since when', async () => {
    const session = await open(document);
    const view = await ok<RetentionView>(session, 'retentionView');
    expect(listed(view)).toEqual(['TurnedDown', 'LeftSixYearsAgoToday', 'SeventyFiveToday', 'WithdrewAYearAgoToday']);
    expect(view.due[2]).toMatchObject({ kind: 'young_person', initials: 'ST', age: 75, reason: 'young_person_aged_75', dueFrom: '2026-11-23', why: 'Turned 75 on 23/11/2026: a young person’s records are kept until their 75th birthday', goesWith: [], notes: [] });
    expect(view.due[0]).toMatchObject({ kind: 'volunteer', reason: 'applicant_turned_down', dueFrom: '2025-03-01', age: null });
    expect(view.due[1]).toMatchObject({ reason: 'volunteer_left', why: 'Left on 23/11/2020: records are kept 6 years after leaving' });
    expect(view.backupsNote).toContain('13 months');
    expect(view.backupsNote).toContain('10 newer labelled backups');
  });

  it('a leap-day birthday is reached on 1 March', async () => {
    expect(listed(await ok<RetentionView>(await open(document, '2027-02-28'), 'retentionView'))).not.toContain('LeapDay');
    expect(listed(await ok<RetentionView>(await open(document, '2027-03-01'), 'retentionView'))).toContain('LeapDay');
  });

  it('follows the settings: shorter periods list more people, and a period out of range is refused', async () => {
    const session = await open(document);
    await ok(session, 'updateRecruitmentSettings', { ...DEFAULT_RECRUITMENT_SETTINGS, retention: { volunteerYearsAfterLeaving: 5, applicantYearsAfterClosing: 2 } });
    expect(listed(await ok<RetentionView>(session, 'retentionView'))).toEqual(['LeftSixYearsAgoToday', 'LeftSixYearsAgoTomorrow', 'TurnedDown', 'SeventyFiveToday']);
    await refused(session, 'updateRecruitmentSettings', { ...DEFAULT_RECRUITMENT_SETTINGS, retention: { volunteerYearsAfterLeaving: 0, applicantYearsAfterClosing: 1 } });
  });
});

/** Every row of the records by what it is: "visits:vis-2", "volunteer_references:vOld:1". */
function rows(session: Session): Set<string> {
  const sqlite = session.connection.sqlite;
  const keys = new Set<string>();
  for (const table of ['volunteers', 'young_people', 'referrals', 'consents', 'safeguarding_concerns', 'complaints', 'matches', 'visits', 'feedback', 'contacts', 'supervisions', 'care_reviews', 'care_review_updates']) {
    for (const ref of sqlite.prepare(`SELECT external_ref FROM ${table}`).pluck().all()) keys.add(`${table}:${ref}`);
  }
  for (const table of ['volunteer_references', 'volunteer_training', 'volunteer_inactive_periods']) {
    for (const r of sqlite.prepare(`SELECT v.external_ref AS ref, t.id FROM ${table} t JOIN volunteers v ON v.id = t.volunteer_id`).all() as { ref: string; id: number }[]) keys.add(`${table}:${r.ref}:${r.id}`);
  }
  return keys;
}

describe('erasure', () => {
  // Old Person (yOld, past 75) and Gwen (vOld, left over six years ago) go; Nia (yKept), Dev (vKept) and the rest stay.
  function scheme() {
    const base = reviewsScheme();
    return {
      ...base,
      volunteers: [
        ...base.volunteers,
        approved('vOld', 'Gwen', {
          lastName: 'Hale',
          leftDate: '2020-06-30',
          references: [{ name: 'A referee', requestedDate: '2010-01-10', receivedDate: '2010-01-20', satisfactory: true }],
          training: [{ module: 'Induction', completedDate: '2010-02-01' }],
        }),
        approved('vKept', 'Dev', { enquiryDate: '1965-01-01', applicationDate: '1965-01-05', approvedDate: '1965-03-01' }),
      ],
      youngPeople: [...base.youngPeople, youngPerson('yOld', 'Old', '1950-01-01'), youngPerson('yKept', 'Nia', '2005-01-01')],
      referrals: [
        ...base.referrals,
        { id: 'rOld', youngPersonId: 'yOld', date: '1966-01-01', outcome: 'accepted', outcomeDate: '1966-01-02', closedDate: '1970-01-01', closedReason: 'aged_out' },
        { id: 'rKept', youngPersonId: 'yKept', date: '2015-01-01', outcome: 'accepted', outcomeDate: '2015-01-02', closedDate: '2021-01-01', closedReason: 'aged_out' },
      ],
      matches: [
        ...base.matches,
        // Gwen with Nia, who stays; Dev, who stays, with the old person.
        { id: 'mGwen', referralId: 'rKept', volunteerId: 'vOld', proposedDate: '2015-02-01', startDate: '2015-02-10', endDate: '2019-12-31', endReason: 'volunteer_left' },
        { id: 'mOld', referralId: 'rOld', volunteerId: 'vKept', proposedDate: '1966-02-01', startDate: '1966-02-10', endDate: '1966-12-31', endReason: 'aged_out' },
      ],
      visits: [...base.visits, { id: 'visGwen', matchId: 'mGwen', date: '2015-03-01', activity: 'Zoo' }, { id: 'visOld', matchId: 'mOld', date: '1966-03-01', activity: 'Rowing' }],
      contacts: [...base.contacts, { id: 'cOld', matchId: 'mOld', date: '1966-03-05', kind: 'call' }],
      feedback: [{ id: 'fOld', matchId: 'mOld', date: '1966-06-01', source: 'young_person', satisfaction: 'satisfied' }],
      consents: [{ id: 'conOld', youngPersonId: 'yOld', signedDate: '1966-02-10', formVersion: '1', explainedBy: 'Jo' }],
      careReviews: [...base.careReviews, { id: 'crOld', youngPersonId: 'yOld', date: '1966-06-01' }],
      careReviewUpdates: [{ id: 'cruOld', youngPersonId: 'yOld', reviewDate: '1966-06-01', preparedDate: '1966-05-20' }],
      supervisions: [...base.supervisions, { id: 'supGwen', volunteerId: 'vOld', date: '2015-03-15', matchesDiscussed: ['mGwen'] }, { id: 'supDev', volunteerId: 'vKept', date: '1966-05-01', matchesDiscussed: ['mOld'] }],
      safeguardingConcerns: [
        { id: 'sgOld', date: '1966-04-01', youngPersonId: 'yOld', summary: 'About the old person alone' },
        { id: 'sgShared', date: '2015-03-10', youngPersonId: 'yKept', volunteerId: 'vOld', summary: 'About Nia and her visitor' },
      ],
      complaints: [{ id: 'cp1', date: '2025-01-01', summary: 'A complaint about nobody in particular' }],
    };
  }
  const id = (session: Session, table: string, ref: string) => (session.connection.sqlite.prepare(`SELECT id FROM ${table} WHERE external_ref = ?`).get(ref) as { id: number }).id;

  it('names what goes with each, then takes exactly that after a backup labelled before_erasure, and nothing else', async () => {
    const session = await open(scheme());
    const view = await ok<RetentionView>(session, 'retentionView');
    expect(view.due.map((p) => [p.name, p.goesWith])).toEqual([
      ['Old Test', ['1 referral', '1 match', '1 visit', '1 feedback record', '1 contact between visits', '1 confidentiality consent', '1 care review', '1 care-review update', '1 safeguarding concern']],
      ['Gwen Hale', ['1 reference', '1 training record', '1 supervision']],
    ]);
    expect(view.due[1].notes).toEqual([
      "Their match stays, with 1 visit, as part of the young person's record, under an anonymised name.",
      '1 safeguarding concern that also names someone else stays in the safeguarding log, without the link to this person.',
    ]);

    const before = rows(session);
    const done = await ok<ErasureDone>(session, 'eraseRecords', { people: [{ kind: 'young_person', id: id(session, 'young_people', 'yOld') }, { kind: 'volunteer', id: id(session, 'volunteers', 'vOld') }] });
    expect(done).toEqual({ erased: 2, message: 'The records of 2 people were erased. A backup was made first.' });
    const gone = [...before].filter((k) => !rows(session).has(k)).sort();
    expect(gone).toEqual(
      [
        'young_people:yOld',
        'referrals:rOld',
        'matches:mOld',
        'visits:visOld',
        'feedback:fOld',
        'contacts:cOld',
        'consents:conOld',
        'care_reviews:crOld',
        'care_review_updates:cruOld',
        'safeguarding_concerns:sgOld',
        // Gwen's row stays for her match with Nia to point at, under a new reference (retentionVolunteerErasure.test.ts).
        'volunteers:vOld',
        'supervisions:supGwen',
        ...[...before].filter((k) => /^volunteer_(references|training):vOld:/.test(k)),
      ].sort(),
    );
    expect([...rows(session)].filter((k) => !before.has(k))).toEqual([expect.stringMatching(/^volunteers:[0-9a-f-]{36}$/)]);
    // What stays loses its links to them: Dev's supervision no longer lists the erased match; the shared concern names only Nia.
    const sqlite = session.connection.sqlite;
    expect(sqlite.prepare("SELECT matches_discussed FROM supervisions WHERE external_ref = 'supDev'").pluck().get()).toBe('[]');
    expect(sqlite.prepare("SELECT volunteer_id FROM safeguarding_concerns WHERE external_ref = 'sgShared'").pluck().get()).toBeNull();
    expect(everything(session)).not.toMatch(/\bGwen\b|Hale|"Old"|A referee|Rowing|About the old person/);
    expect(everything(session)).toContain('Zoo');
    expect((await ok<RetentionView>(session, 'retentionView')).due).toEqual([]);
    expect(readdirSync(backupsDir(session.files.dir)).filter((n) => n.endsWith('-before_erasure.db'))).toHaveLength(1);
    // The erased rows' old pages do not wait in the write-ahead log for a checkpoint.
    expect(statSync(`${session.files.database}-wal`).size).toBe(0);
  });

  it('refuses, erasing nothing, when the backup cannot be made', async () => {
    const session = await open(scheme());
    const folder = backupsDir(session.files.dir);
    rmSync(folder, { recursive: true, force: true });
    // A file where the Backups folder should be: no backup can be made there.
    writeFileSync(folder, 'not a folder');
    const message = await refused(session, 'eraseRecords', { people: [{ kind: 'volunteer', id: id(session, 'volunteers', 'vOld') }] });
    expect(message).toMatch(/^Nothing was erased, because the backup before erasing could not be made\./);
    rmSync(folder);
    expect(existsSync(folder)).toBe(false);
  });

  it('refuses someone who is not due, erasing nobody, and makes no backup', async () => {
    const session = await open(scheme());
    const people = [
      { kind: 'volunteer', id: id(session, 'volunteers', 'vOld') },
      { kind: 'young_person', id: id(session, 'young_people', 'y1') },
    ];
    expect(await refused(session, 'eraseRecords', { people })).toBe('Someone chosen is not due for erasure, or was erased already. Nothing was erased: look at the list again and choose again.');
    expect(existsSync(backupsDir(session.files.dir)) ? readdirSync(backupsDir(session.files.dir)).filter((n) => n.includes('before_erasure')) : []).toEqual([]);
    await refused(session, 'eraseRecords', { people: [] });
  });
});

describe('reopening an ended match (today 23/11/2026)', () => {
  function scheme() {
    const base = reviewsScheme();
    return {
      ...base,
      youngPeople: [...base.youngPeople, youngPerson('y9', 'Nia', '2013-01-01')],
      referrals: [...base.referrals, { id: 'r9', youngPersonId: 'y9', date: '2026-01-01', outcome: 'accepted', outcomeDate: '2026-01-02' }],
      // Ben with Nia, ended before Ben was matched with Kayden (m3, proposed 10/04/2026).
      matches: [...base.matches, { id: 'm9', referralId: 'r9', volunteerId: 'v2', proposedDate: '2026-01-10', startDate: '2026-01-20', endDate: '2026-03-01', endReason: 'other', plannedEnding: false, rematchWanted: true }],
    };
  }
  const matchId = (session: Session, ref: string) => session.connection.sqlite.prepare('SELECT id FROM matches WHERE external_ref = ?').pluck().get(ref) as number;
  const ending = { endDate: '2026-11-20', endReason: 'young_person_choice', plannedEnding: true, positiveEndingHeld: true, rematchWanted: false };

  it('clears the ending of a match ended by mistake', async () => {
    const session = await open(scheme());
    const m2 = matchId(session, 'm2');
    await ok(session, 'endMatch', { matchId: m2, ...ending });
    const reopened = await ok<Match>(session, 'reopenMatch', { matchId: m2 });
    expect(reopened).toMatchObject({ stage: 'active', endDate: null, endReason: null, plannedEnding: null, positiveEndingHeld: null, rematchWanted: null, startDate: '2026-05-01' });
    expect(await refused(session, 'reopenMatch', { matchId: m2 })).toBe('This match has not ended, so there is nothing to reopen.');
  });

  it('refuses when the young person has left, or the volunteer has', async () => {
    const session = await open(scheme());
    const m2 = matchId(session, 'm2');
    await ok(session, 'endMatch', { matchId: m2, ...ending });
    const r2 = session.connection.sqlite.prepare("SELECT id FROM referrals WHERE external_ref = 'r2'").pluck().get() as number;
    await ok(session, 'closeReferral', { referralId: r2, closedDate: '2026-11-21', closedReason: 'moved_away' });
    expect(await refused(session, 'reopenMatch', { matchId: m2 })).toBe('Lily’s referral was closed on 21/11/2026, so the match cannot be reopened. If Lily is back with the scheme, reopen the referral first.');
    await ok(session, 'reopenReferral', { referralId: r2 });
    const ann = session.connection.sqlite.prepare("SELECT id FROM volunteers WHERE external_ref = 'v1'").pluck().get() as number;
    await ok(session, 'closeVolunteer', { id: ann, how: 'left', date: '2026-11-22', reason: 'Moved away' });
    expect(await refused(session, 'reopenMatch', { matchId: m2 })).toBe('Ann Lee left the scheme on 22/11/2026, so the match cannot be reopened.');
  });

  it('refuses when the young person or the volunteer has had another match since that would clash', async () => {
    const session = await open(scheme());
    // Kayden was rematched with Ben after his match with Ann ended.
    expect(await refused(session, 'reopenMatch', { matchId: matchId(session, 'm1') })).toBe('Kayden has had another match since this one ended (proposed on 10/04/2026), so reopening this one would overlap it.');
    // Ben took Kayden on after his match with Nia ended, and has room for one.
    const m9 = matchId(session, 'm9');
    expect(await refused(session, 'reopenMatch', { matchId: m9 })).toBe('Ben Cole has had 1 other match since this one ended (the first proposed on 10/04/2026) and has room for 1, so reopening this one would go beyond it.');
    const ben = session.connection.sqlite.prepare("SELECT id FROM volunteers WHERE external_ref = 'v2'").pluck().get() as number;
    await ok(session, 'setVolunteerCapacity', { id: ben, capacity: 2 });
    expect(await ok<Match>(session, 'reopenMatch', { matchId: m9 })).toMatchObject({ endDate: null, stage: 'active' });
  });
});
