import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { exportDocument } from '../../electron/core/interchange/exportDocument';
import { reportFigures } from '../../electron/core/reports/figures';
import { tableCounts } from '../../electron/core/reports/counts';
import { unlockedSession } from '../helpers/session';
import type { Session } from '../../electron/core/session';
import type { Match, Suggestions, WaitingList, TodayView } from '../../shared/contract';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../../shared/volunteers/settings';
import { todayItemsOf } from '../helpers/today';

const TODAY = '2026-11-23';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function open(file?: object) {
  const s = await unlockedSession({ today: () => TODAY });
  cleanups.push(s.cleanup);
  if (file) importDocument(s.session.db, JSON.stringify({ format: 'iv-desk/1', ...file }), TODAY);
  return s.session;
}

async function ok<T>(session: Session, name: string, input: unknown): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  return result.value as T;
}

async function refused(session: Session, name: string, input: unknown) {
  const before = JSON.stringify(exportDocument(session.db, { includeSafeguarding: true, now: new Date(0) }));
  const result = await dispatch(session, name, input);
  expect(result.ok).toBe(false);
  expect(JSON.stringify(exportDocument(session.db, { includeSafeguarding: true, now: new Date(0) }))).toBe(before);
  return result.ok ? null : result.error;
}

/** Approved in good standing: DBS issued 20/02/2025 (re-check due 2028), every default module done. */
const approved = (id: string, first: string, extra: object = {}) => ({
  id,
  firstName: first,
  lastName: 'Volunteer',
  enquiryDate: '2025-01-01',
  applicationDate: '2025-01-10',
  dbs: { certificateNumber: '001234567890', issueDate: '2025-02-20', level: 'enhanced_barred_children', outcome: 'clear', checkedBy: 'Jo', checkedDate: '2025-02-21', updateService: false },
  training: DEFAULT_RECRUITMENT_SETTINGS.trainingModules.map((module) => ({ module, completedDate: '2025-02-25' })),
  approvedDate: '2025-03-01',
  ...extra,
});

/** A young person who loves football and asked for a woman, in Consett (DH8). */
const SCHEME = {
  scheme: { name: 'Matching', mileageRatePence: 45, childrenInCareCount: 40 },
  volunteers: [
    approved('v-far', 'Farah', { gender: 'Female', postcode: 'NE1 4XX', interests: ['football'], maxTravelMiles: 5 }),
    approved('v-best', 'Bella', { gender: 'Female', area: 'Consett', postcode: 'DH8 7AB', interests: ['football', 'art'], maxTravelMiles: 15 }),
    approved('v-man', 'Mark', { gender: 'Male', area: 'Consett', postcode: 'DH8 1AA', interests: ['football', 'art'] }),
    { id: 'v-new', firstName: 'Nina', lastName: 'Applicant', enquiryDate: '2026-10-01', gender: 'Female', area: 'Consett' },
  ],
  youngPeople: [{ id: 'y1', firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09', area: 'Consett', postcode: 'DH8 5XY', interests: ['Football', 'art'], preferences: 'Would like a woman who likes football' }],
  referrals: [{ id: 'r1', youngPersonId: 'y1', date: '2026-06-01', outcome: 'accepted', outcomeDate: '2026-06-05' }],
  consents: [{ id: 'c1', youngPersonId: 'y1', signedDate: '2026-07-01', formVersion: '2026-1', explainedBy: 'Jo' }],
};

describe('matching and the life of a match', () => {
  it('suggests approved volunteers with room, best first, each with reasons; applicants are not suggested', async () => {
    const session = await open(SCHEME);
    const s = await ok<Suggestions>(session, 'matchSuggestions', { referralId: 1 });
    const [bella, mark, farah] = s.suggested.rows;
    expect(s.suggested.rows.map((x) => x.name)).toEqual(['Bella Volunteer', 'Mark Volunteer', 'Farah Volunteer']);
    expect(bella.reasons.map((r) => r.reason)).toEqual(expect.arrayContaining(['Lives in the same area (Consett)', 'Shared interests: football, art', 'Matches the wish for a woman']));
    expect(mark.reasons.map((r) => r.reason)).toContain('The young person asked for a woman');
    expect(farah.reasons.map((r) => r.reason)).toContain('About 13 miles away (DH8 and NE1), beyond their 5-mile travel limit');
    expect([...s.suggested.rows, ...s.others.rows].map((x) => x.name)).not.toContain('Nina Applicant');
    expect(s.youngPerson).toMatchObject({ firstName: 'Kayden', age: 14, area: 'Consett', interests: ['Football', 'art'], preferences: 'Would like a woman who likes football' });
    expect(s.waiting).toEqual({ kind: 'awaiting_iv', since: '2026-06-01', weeks: 25 });
    expect(s.openMatch).toBeNull();
  });

  it('proposal -> introduction -> visits -> ending with rematch wanted -> back on the waiting list awaiting a suitable IV', async () => {
    const session = await open(SCHEME);
    expect((await ok<WaitingList>(session, 'waitingList', {})).rows[0].kind).toBe('awaiting_iv');
    const proposed = await ok<Match>(session, 'proposeMatch', { referralId: 1, volunteerId: 2, proposedDate: '2026-07-01' });
    expect(proposed.stage).toBe('proposed');
    expect((await ok<WaitingList>(session, 'waitingList', {})).rows[0].kind).toBe('being_matched');
    const started = await ok<Match>(session, 'recordIntroduction', { matchId: proposed.id, startDate: '2026-07-10' });
    expect(started.stage).toBe('active');
    expect((await ok<WaitingList>(session, 'waitingList', {})).rows).toEqual([]);
    const visited = await ok<Match>(session, 'saveVisit', { matchId: proposed.id, date: '2026-08-01', activity: 'Bowling', durationMinutes: 120, activityCostPence: 3550, miles: 12.5 });
    // 12.5 miles at 45p is 562.5p, rounded to 563p.
    expect(visited.visits[0]).toMatchObject({ activity: 'Bowling', transportCostPence: 563, miles: 12.5 });
    const ended = await ok<Match>(session, 'endMatch', { matchId: proposed.id, endDate: '2026-09-30', endReason: 'volunteer_circumstances', plannedEnding: true, positiveEndingHeld: true, rematchWanted: true });
    expect(ended.stage).toBe('ended');
    const list = await ok<WaitingList>(session, 'waitingList', {});
    expect(list.rows).toEqual([expect.objectContaining({ kind: 'awaiting_iv', since: '2026-09-30' })]);
    const rematch = await ok<Match>(session, 'proposeMatch', { referralId: 1, volunteerId: 3, proposedDate: '2026-10-05' });
    expect(rematch.referralId).toBe(1);
    expect((await ok<WaitingList>(session, 'waitingList', {})).rows[0].kind).toBe('being_matched');
  });

  it('refuses a volunteer who is not approved, and a second open match on one referral', async () => {
    const session = await open(SCHEME);
    const error = await refused(session, 'proposeMatch', { referralId: 1, volunteerId: 4, proposedDate: '2026-11-01' });
    expect(error?.fields?.volunteerId).toMatch(/Nina Applicant is not an approved volunteer/);
    await ok(session, 'proposeMatch', { referralId: 1, volunteerId: 2, proposedDate: '2026-11-01' });
    const second = await refused(session, 'proposeMatch', { referralId: 1, volunteerId: 3, proposedDate: '2026-11-02' });
    expect(second?.message).toMatch(/already has a match that has not ended/);
  });

  it('warns when a volunteer is at capacity, then allows it when confirmed', async () => {
    const session = await open({
      ...SCHEME,
      youngPeople: [...SCHEME.youngPeople, { id: 'y2', firstName: 'Lily', lastName: 'Shaw', dateOfBirth: '2011-01-01' }],
      referrals: [...SCHEME.referrals, { id: 'r2', youngPersonId: 'y2', date: '2026-06-01', outcome: 'accepted', outcomeDate: '2026-06-02' }],
      matches: [{ id: 'm1', referralId: 'r2', volunteerId: 'v-best', proposedDate: '2026-06-10', startDate: '2026-06-20' }],
    });
    const warning = await refused(session, 'proposeMatch', { referralId: 1, volunteerId: 2, proposedDate: '2026-11-01' });
    expect(warning?.fields?.confirmOverCapacity).toMatch(/already has 1 match and capacity for 1/);
    const s = await ok<Suggestions>(session, 'matchSuggestions', { referralId: 1 });
    expect(s.suggested.rows.map((x) => x.name)).not.toContain('Bella Volunteer');
    expect(s.others.rows.find((x) => x.name === 'Bella Volunteer')).toMatchObject({ activeMatches: 1, capacity: 1, notSuggested: [] });
    // At capacity, the weeks since approval are not "free for a match".
    expect(s.others.rows.find((x) => x.name === 'Bella Volunteer')!.reasons.map((r) => r.reason).join()).not.toMatch(/Free for a match/);
    await ok(session, 'proposeMatch', { referralId: 1, volunteerId: 2, proposedDate: '2026-11-01', confirmOverCapacity: true });
  });

  describe('volunteers not safe to suggest', () => {
    /** Ursula's Update Service check was due on 03/02/2026; Tom has training to do; Ivy is inactive; Yan lives in York and travels 10 miles. */
    const UNSAFE = {
      ...SCHEME,
      volunteers: [
        ...SCHEME.volunteers,
        approved('v-dbs', 'Ursula', { area: 'Consett', dbs: { certificateNumber: '009', issueDate: '2024-01-10', level: 'enhanced_barred_children', outcome: 'clear', updateService: true, updateServiceCheckedDate: '2025-02-03' } }),
        approved('v-training', 'Tom', { area: 'Consett', training: [{ module: 'Induction', completedDate: '2025-02-25' }] }),
        approved('v-inactive', 'Ivy', { area: 'Consett', inactivePeriods: [{ from: '2026-10-01', expectedReturn: '2027-01-04' }] }),
        approved('v-far-away', 'Yan', { area: 'York', postcode: 'YO1 7HH', maxTravelMiles: 10 }),
      ],
    };

    it('lists them under others with the reason in words, never as suggested', async () => {
      const session = await open(UNSAFE);
      const s = await ok<Suggestions>(session, 'matchSuggestions', { referralId: 1 });
      expect(s.suggested.rows.map((x) => x.name)).toEqual(['Bella Volunteer', 'Mark Volunteer', 'Farah Volunteer']);
      const reasons = Object.fromEntries(s.others.rows.map((x) => [x.name, x.notSuggested]));
      expect(reasons).toEqual({
        'Ursula Volunteer': ['DBS Update Service check was due on 03/02/2026'],
        'Tom Volunteer': ['Required training not completed: Safeguarding children, Confidentiality and record keeping, The Independent Visitor role and boundaries'],
        'Ivy Volunteer': ['Inactive since 01/10/2026, expected back 04/01/2027'],
        'Yan Volunteer': ['About 60 miles away; travels up to 10'],
      });
    });

    it('refuses to propose one without confirmation, naming the reason and writing nothing; proposes once confirmed', async () => {
      const session = await open(UNSAFE);
      const error = await refused(session, 'proposeMatch', { referralId: 1, volunteerId: 5, proposedDate: '2026-11-20' });
      expect(error).toMatchObject({ code: 'conflict', message: 'Ursula Volunteer’s DBS Update Service check was due on 03/02/2026. Propose anyway?' });
      expect(error?.fields?.confirmNotSuggested).toBe(error?.message);
      expect((await refused(session, 'proposeMatch', { referralId: 1, volunteerId: 8, proposedDate: '2026-11-20', confirmNotSuggested: false }))?.message).toBe(
        'Yan Volunteer lives about 60 miles away and travels up to 10 miles. Propose anyway?',
      );
      const match = await ok<Match>(session, 'proposeMatch', { referralId: 1, volunteerId: 5, proposedDate: '2026-11-20', confirmNotSuggested: true });
      expect(match).toMatchObject({ volunteerName: 'Ursula Volunteer', stage: 'proposed' });
      const after = await ok<Suggestions>(session, 'matchSuggestions', { referralId: 1 });
      expect(after.openMatch).toEqual({ id: match.id, volunteerName: 'Ursula Volunteer', proposedDate: '2026-11-20' });
      expect(after.waiting?.kind).toBe('being_matched');
    });

    it('judges a back-dated proposal as things stood on its date', async () => {
      const session = await open(UNSAFE);
      // Ivy has been inactive since 01/10/2026: a proposal recorded for 15/09/2026 was made while she was active.
      expect((await refused(session, 'proposeMatch', { referralId: 1, volunteerId: 7, proposedDate: '2026-10-02' }))?.message).toMatch(/^Ivy Volunteer has been inactive since 01\/10\/2026/);
      await ok(session, 'proposeMatch', { referralId: 1, volunteerId: 7, proposedDate: '2026-09-15' });
    });

    it('asks for each confirmation in turn when someone is both not suggested and at capacity', async () => {
      const session = await open({
        ...UNSAFE,
        youngPeople: [...UNSAFE.youngPeople, { id: 'y2', firstName: 'Lily', lastName: 'Shaw', dateOfBirth: '2011-01-01' }],
        referrals: [...UNSAFE.referrals, { id: 'r2', youngPersonId: 'y2', date: '2026-06-01', outcome: 'accepted', outcomeDate: '2026-06-02' }],
        matches: [{ id: 'm1', referralId: 'r2', volunteerId: 'v-dbs', proposedDate: '2026-06-10', startDate: '2026-06-20' }],
      });
      const input = { referralId: 1, volunteerId: 5, proposedDate: '2026-11-20' };
      expect((await refused(session, 'proposeMatch', input))?.fields?.confirmNotSuggested).toMatch(/^Ursula Volunteer’s DBS Update Service check/);
      expect((await refused(session, 'proposeMatch', { ...input, confirmNotSuggested: true }))?.fields?.confirmOverCapacity).toMatch(/already has 1 match and capacity for 1/);
      await ok(session, 'proposeMatch', { ...input, confirmNotSuggested: true, confirmOverCapacity: true });
    });

    it('pages the others, 50 at a time', async () => {
      const unvetted = Array.from({ length: 53 }, (_, i) => approved(`v-x${i}`, `Extra${String(i).padStart(2, '0')}`, { dbs: null }));
      const session = await open({ ...SCHEME, volunteers: [...SCHEME.volunteers, ...unvetted] });
      const first = await ok<Suggestions>(session, 'matchSuggestions', { referralId: 1 });
      expect(first.others).toMatchObject({ total: 53, page: 1, pageSize: 50 });
      expect(first.others.rows).toHaveLength(50);
      const last = await ok<Suggestions>(session, 'matchSuggestions', { referralId: 1, othersPage: 2 });
      expect(last.others.rows.map((x) => x.notSuggested)).toEqual(Array(3).fill(['No DBS certificate recorded']));
      expect(last.suggested.rows).toHaveLength(3);
    });
  });

  it('refuses visits before the start or after the end, negative costs or miles, and an ending before the last visit', async () => {
    const session = await open({ ...SCHEME, matches: [{ id: 'm1', referralId: 'r1', volunteerId: 'v-best', proposedDate: '2026-07-01', startDate: '2026-07-10' }] });
    expect((await refused(session, 'saveVisit', { matchId: 1, date: '2026-07-09' }))?.fields?.date).toMatch(/before the match started \(10\/07\/2026\)/);
    expect((await refused(session, 'saveVisit', { matchId: 1, date: '2026-08-01', activityCostPence: -100 }))?.fields?.activityCostPence).toMatch(/cannot be negative/);
    expect((await refused(session, 'saveVisit', { matchId: 1, date: '2026-08-01', miles: -3 }))?.fields?.miles).toMatch(/cannot be negative/);
    expect((await refused(session, 'saveVisit', { matchId: 1, date: '2026-11-24' }))?.fields?.date).toMatch(/future/);
    await ok(session, 'saveVisit', { matchId: 1, date: '2026-08-20' });
    expect((await refused(session, 'endMatch', { matchId: 1, endDate: '2026-08-19', endReason: 'other', plannedEnding: null, positiveEndingHeld: null, rematchWanted: false }))?.fields?.endDate).toMatch(/last visit/);
    await ok(session, 'endMatch', { matchId: 1, endDate: '2026-09-01', endReason: 'young_person_choice', plannedEnding: false, positiveEndingHeld: false, rematchWanted: false });
    expect((await refused(session, 'saveVisit', { matchId: 1, date: '2026-09-02' }))?.fields?.date).toMatch(/after the match ended/);
  });

  it('a proposal not taken up ends with that reason, and puts the young person back to awaiting an IV', async () => {
    const session = await open(SCHEME);
    const m = await ok<Match>(session, 'proposeMatch', { referralId: 1, volunteerId: 2, proposedDate: '2026-10-01' });
    await ok(session, 'endMatch', { matchId: m.id, endDate: '2026-10-20', endReason: 'proposal_not_taken_up', plannedEnding: null, positiveEndingHeld: null, rematchWanted: true });
    expect((await ok<WaitingList>(session, 'waitingList', {})).rows[0]).toMatchObject({ kind: 'awaiting_iv', since: '2026-06-01' });
  });
});

describe('figures from matches, visits and feedback (domain.md definitions)', () => {
  it('counts made, concluded by reason, active, waiting, waits, children in care, costs and satisfaction', async () => {
    const session = await open({
      scheme: { name: 'Figures', childrenInCareCount: 40 },
      volunteers: [approved('v1', 'Ann'), approved('v2', 'Bob')],
      youngPeople: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, firstName: id.toUpperCase(), lastName: 'Young', dateOfBirth: '2012-01-01' })),
      referrals: [
        { id: 'ra', youngPersonId: 'a', date: '2025-03-01', outcome: 'accepted', outcomeDate: '2025-03-02' },
        { id: 'rb', youngPersonId: 'b', date: '2025-04-01', outcome: 'accepted', outcomeDate: '2025-04-02' },
        { id: 'rc', youngPersonId: 'c', date: '2025-05-01', outcome: 'accepted', outcomeDate: '2025-05-02' },
        { id: 'rd', youngPersonId: 'd', date: '2025-06-01', outcome: 'accepted', outcomeDate: '2025-06-02' },
        { id: 're', youngPersonId: 'e', date: '2026-03-01', outcome: 'pending' },
      ],
      matches: [
        // Started before the period, ended inside it with a rematch wanted: waiting again at the end.
        { id: 'ma', referralId: 'ra', volunteerId: 'v1', proposedDate: '2025-03-10', startDate: '2025-03-15', endDate: '2025-09-01', endReason: 'volunteer_left', rematchWanted: true },
        // Started inside (wait 2025-04-01 -> 2025-04-29: 4 weeks), still active at the end.
        { id: 'mb', referralId: 'rb', volunteerId: 'v2', proposedDate: '2025-04-20', startDate: '2025-04-29' },
        // Started inside (wait 2025-05-01 -> 2025-06-12: 6 weeks), ended on the last day.
        { id: 'mc', referralId: 'rc', volunteerId: 'v1', proposedDate: '2025-06-01', startDate: '2025-06-12', endDate: '2026-03-31', endReason: 'aged_out', rematchWanted: false },
        // Proposed, not started: being matched at the end.
        { id: 'md', referralId: 'rd', volunteerId: 'v1', proposedDate: '2026-03-20' },
      ],
      visits: [
        { id: 'v-1', matchId: 'mb', date: '2025-05-01', activityCostPence: 3500, transportCostPence: 3000 },
        { id: 'v-2', matchId: 'mb', date: '2025-06-01', activityCostPence: 3601, transportCostPence: 2999 },
        { id: 'v-3', matchId: 'ma', date: '2025-03-31' },
      ],
      feedback: [
        { id: 'f1', matchId: 'mb', date: '2026-03-01', source: 'young_person', satisfaction: 'very_satisfied' },
        { id: 'f2', matchId: 'mb', date: '2026-03-02', source: 'young_person', satisfaction: 'neutral' },
        { id: 'f3', matchId: 'mb', date: '2026-03-03', source: 'carer', satisfaction: 'dissatisfied' },
      ],
    });
    const f = reportFigures(session.db, { from: '2025-04-01', to: '2026-03-31' });
    expect(f).toMatchObject({
      referralsReceived: 4,
      matchesMade: 2,
      matchesConcluded: 2,
      matchesConcludedByReason: { volunteer_left: 1, aged_out: 1 },
      activeMatchesAtEnd: 1,
      waitingAtEnd: { total: 3, beingMatched: 1, awaitingIV: 2 },
      waitingWeeksMean: 5,
      waitingWeeksMedian: 5,
      // a, b and c were matched on some day of the year: 3 of 40; 1 active at the end.
      childrenInCare: { count: 40, matchedDuringPeriodPct: 7.5, matchedAtEndPct: 2.5 },
      costs: { visits: 2, activityPence: 7101, transportPence: 5999, meanActivityPence: 3551, meanTransportPence: 3000 },
      satisfaction: { youngPeoplePct: 50 },
    });
  });

  it('with no children-in-care count, the shares are null', async () => {
    const session = await open({ scheme: { name: 'No count' } });
    expect(reportFigures(session.db, { from: '2025-04-01', to: '2026-03-31' }).childrenInCare).toEqual({ count: null, matchedDuringPeriodPct: null, matchedAtEndPct: null });
  });
});

describe('Today: the full set of items on a crafted dataset', () => {
  it('lists each kind once, with links, and the key counts', async () => {
    const session = await open({
      scheme: { name: 'Today' },
      volunteers: [
        { id: 'enq', firstName: 'Eve', lastName: 'Enquirer', enquiryDate: '2026-11-10' },
        { id: 'ref', firstName: 'Rob', lastName: 'Referee', enquiryDate: '2026-06-01', enquiryRespondedDate: '2026-06-02', applicationDate: '2026-10-01', interviewDate: '2026-10-05', interviewOutcome: 'proceed', references: [{ name: 'Ref One', requestedDate: '2026-10-20' }] },
        approved('dbs', 'Dora', { dbs: { certificateNumber: '001234567890', issueDate: '2023-11-30', outcome: 'clear' } }),
        approved('iv', 'Ivy'),
      ],
      youngPeople: [
        { id: 'y18', firstName: 'Tia', lastName: 'Turning', dateOfBirth: '2009-01-05', nextReviewDate: '2026-12-01' },
        { id: 'ym', firstName: 'Max', lastName: 'Matched', dateOfBirth: '2013-01-01' },
        { id: 'yw', firstName: 'Wes', lastName: 'Waiting', dateOfBirth: '2014-01-01' },
      ],
      referrals: [
        { id: 'r18', youngPersonId: 'y18', date: '2026-11-01', outcome: 'pending' },
        { id: 'rm', youngPersonId: 'ym', date: '2025-10-01', outcome: 'accepted', outcomeDate: '2025-10-02' },
        { id: 'rw', youngPersonId: 'yw', date: '2026-09-01', outcome: 'accepted', outcomeDate: '2026-09-02' },
      ],
      matches: [{ id: 'm', referralId: 'rm', volunteerId: 'iv', proposedDate: '2025-11-20', startDate: '2025-12-01' }],
      visits: [{ id: 'vv', matchId: 'm', date: '2026-10-01' }],
      safeguardingConcerns: [{ id: 's', date: '2026-11-20', youngPersonId: 'yw', summary: 'Private detail' }],
    });
    const view = await ok<TodayView>(session, 'today', {});
    const kinds = todayItemsOf(view).map((i) => `${i.kind}|${i.subject}|${i.link}`).sort();
    expect(kinds).toEqual(
      [
        'enquiry_unanswered|Eve Enquirer|/volunteers/1',
        'reference_outstanding|Rob Referee|/volunteers/2',
        'dbs_recheck|Dora Volunteer|/volunteers/3',
        'turning_18|Tia Turning|/young-people/1',
        'care_review|Tia Turning|/care-reviews/1/2026-12-01',
        'long_wait|Wes Waiting|/young-people/3',
        'visit_overdue|Max Matched and Ivy Volunteer|/matches/1',
        'feedback_visit|Max Matched and Ivy Volunteer|/matches/1',
        'consent_missing|Max Matched and Ivy Volunteer|/matches/1',
        'safeguarding_open|Safeguarding log|/safeguarding',
        // Matched since 01/12/2025 with no supervision: due 12 weeks later.
        'supervision|Ivy Volunteer|/supervisions/new/4',
        // No second place is chosen for backups in this scheme.
        'backup_second_place|Backups|/backups',
      ].sort(),
    );
    expect(view.counts).toEqual({ activeMatches: 1, waiting: 2, activeVolunteers: 2, applicants: 2 });
    expect(JSON.stringify(view)).not.toContain('Private detail');
  });
});

describe('interchange: matches, visits and feedback round-trip', () => {
  it('export -> import -> export is the same', async () => {
    const source = await open({
      ...SCHEME,
      matches: [{ id: 'm1', referralId: 'r1', volunteerId: 'v-best', proposedDate: '2026-07-01', startDate: '2026-07-10', endDate: '2026-10-01', endReason: 'other', plannedEnding: true, positiveEndingHeld: false, rematchWanted: true }],
      visits: [{ id: 'x', matchId: 'm1', date: '2026-08-01', activity: 'Zoo', durationMinutes: 180, activityCostPence: 2000, miles: 7.5, transportCostPence: 338, notes: 'Giraffes' }],
      feedback: [{ id: 'f', matchId: 'm1', date: '2026-09-01', source: 'young_person', satisfaction: 'satisfied', benefited: true, comments: 'Good' }],
    });
    const first = exportDocument(source.db, { now: new Date(0) });
    const target = await open();
    importDocument(target.db, JSON.stringify(first), TODAY);
    expect(exportDocument(target.db, { now: new Date(0) })).toEqual(first);
    expect(tableCounts(target.db)).toMatchObject({ volunteers: 4 });
  });

  it('refuses a visit outside its match and a match with an unapproved volunteer, naming list, index, id and field', async () => {
    const session = await open();
    const bad = { format: 'iv-desk/1', ...SCHEME, matches: [{ id: 'm9', referralId: 'r1', volunteerId: 'v-new', proposedDate: '2026-11-01' }] };
    expect(() => importDocument(session.db, JSON.stringify(bad), TODAY)).toThrow(/matches\[0\] \(id "m9"\), field "volunteerId": Nina Applicant is not an approved volunteer/);
    const early = { format: 'iv-desk/1', ...SCHEME, matches: [{ id: 'm1', referralId: 'r1', volunteerId: 'v-best', proposedDate: '2026-07-01', startDate: '2026-07-10' }], visits: [{ id: 'v7', matchId: 'm1', date: '2026-07-01' }] };
    expect(() => importDocument(session.db, JSON.stringify(early), TODAY)).toThrow(/visits\[0\] \(id "v7"\), field "date"/);
    expect(tableCounts(session.db)).toMatchObject({ volunteers: 0, youngPeople: 0 });
  });
});
