import { describe, expect, it } from 'vitest';
import { ageBand, computeBreakdowns, plannedEnding, waitBand, type ReportMatch, type ReportRecords, type ReportReferral } from './breakdowns';
import type { Period } from '../figures';
import { figureVolunteer, NO_RECORDS } from '../../tests/fixtures/figureRecords';

const YEAR: Period = { from: '2024-04-01', to: '2025-03-31' };
const HALF_TIME = { coordinatorHoursPerWeek: 18.5, fullTimeHoursPerWeek: 37 };
const EMPTY: ReportRecords = { ...NO_RECORDS, referrals: [], matches: [] };

let nextId = 1;
function referral(date: string, referrerRole: ReportReferral['referrerRole'], placementType: ReportReferral['placementType'], dateOfBirth: string | null): ReportReferral {
  const id = nextId++;
  return { id, youngPersonId: id, date, outcome: 'accepted', outcomeDate: null, closedDate: null, closedReason: null, referrerRole, placementType, dateOfBirth };
}
const match = (referralId: number, m: Partial<ReportMatch> & { proposedDate: string }): ReportMatch => ({ referralId, startDate: null, endDate: null, endReason: null, plannedEnding: null, rematchWanted: null, ...m });
const volunteer = figureVolunteer;

// Worked by hand: ages are on the referral date, waits in whole weeks to 31/03/2025.
const r1 = referral('2024-04-01', 'iro', 'foster', '2014-04-02'); // 9 (10 the next day)
const r2 = referral('2024-06-15', 'social_worker', 'residential', '2013-06-15'); // 11 that day
const r3 = referral('2024-09-01', 'iro', null, '2008-09-02'); // 15 (16 the next day)
const r4 = referral('2025-03-31', null, 'supported_living', '2007-03-31'); // 18; waiting 0 days
const r5 = referral('2024-12-01', 'family', 'foster', '2008-01-01'); // 16; being matched, 120 days = 17 weeks
const r6 = referral('2024-03-31', 'iro', 'foster', '2010-01-01'); // before the period; rematch waiting since 01/07/2024, 273 days = 39 weeks
const r7 = referral('2024-10-10', 'other', 'foster', '1990-01-01'); // 34: not plausible
const r8 = referral('2025-01-20', 'key_worker', 'kinship', '2012-01-20'); // 13; waiting 70 days = 10 weeks

const WORKED: ReportRecords = {
  ...EMPTY,
  referrals: [r1, r2, r3, r4, r5, r6, r7, r8],
  matches: [
    match(r6.id, { proposedDate: '2024-03-01', startDate: '2024-03-15', endDate: '2024-07-01', endReason: 'young_person_moved', rematchWanted: true }),
    match(r1.id, { proposedDate: '2024-04-10', startDate: '2024-05-01' }),
    match(r2.id, { proposedDate: '2024-07-01', startDate: '2024-08-01', endDate: '2025-01-31', endReason: 'aged_out', plannedEnding: false, rematchWanted: false }),
    match(r3.id, { proposedDate: '2024-10-01', startDate: '2024-11-01', endDate: '2025-02-01', endReason: 'other' }),
    match(r7.id, { proposedDate: '2024-11-01', startDate: '2024-12-01', endDate: '2025-03-01', endReason: 'young_person_choice' }),
    match(r5.id, { proposedDate: '2025-03-01' }),
  ],
  visits: [
    { date: '2024-05-10', activityCostPence: 3500, transportCostPence: 3000 },
    { date: '2024-06-10', activityCostPence: 2000, transportCostPence: null },
    { date: '2025-03-31', activityCostPence: null, transportCostPence: 1500 },
    { date: '2024-03-31', activityCostPence: 9999, transportCostPence: 9999 },
  ],
  volunteers: [
    volunteer({ enquiryDate: '2024-05-01', enquirySource: 'social_media' }),
    volunteer({ enquiryDate: '2024-06-01' }),
    volunteer({ enquiryDate: '2023-01-01', enquirySource: 'event', approvedDate: '2023-03-01', leftDate: '2024-08-01', leftReason: 'Moved away' }),
    volunteer({ enquiryDate: '2023-02-01', approvedDate: '2023-04-01', leftDate: '2025-01-01' }),
  ],
};

describe('computeBreakdowns on a hand-worked year', () => {
  const b = computeBreakdowns(WORKED, YEAR, HALF_TIME);

  it('counts the referrals received by referrer role and by placement, every role listed', () => {
    expect(b.referralsByReferrerRole).toEqual({ iro: 2, social_worker: 1, key_worker: 1, family: 1, self: 0, other: 1, not_recorded: 1 });
    expect(b.referralsByPlacementType).toEqual({ foster: 3, residential: 1, supported_living: 1, kinship: 1, other: 0, not_recorded: 1 });
  });

  it('bands the ages on the referral date, birthdays counted on the day', () => {
    expect(b.referralsByAge).toEqual({ under_11: 1, '11_to_15': 3, '16_to_17': 1, '18_to_25': 1, not_known: 1 });
  });

  it('counts endings by reason, and planned against unplanned with her own answer first', () => {
    expect(b.endingsByReason).toEqual({
      young_person_choice: 1,
      young_person_moved: 1,
      aged_out: 1,
      volunteer_circumstances: 0,
      volunteer_left: 0,
      safeguarding: 0,
      proposal_not_taken_up: 0,
      other: 1,
      not_recorded: 0,
    });
    expect(b.endingsPlanned).toEqual({ planned: 1, unplanned: 2, notKnown: 1 });
  });

  it('bands the waiting list as at the end by whole weeks, a rematch from the end of the last match', () => {
    expect(b.waitingByWeeks).toEqual({ under_6: 1, '6_to_12': 1, '13_to_26': 1, over_26: 1 });
  });

  it("takes the volunteers' sources and reasons from the figures", () => {
    expect(b.enquiriesBySource).toEqual({ social_media: 1, website: 0, event: 0, word_of_mouth: 0, advert: 0, other: 0, not_recorded: 1 });
    expect(b.volunteersLeftByReason).toEqual({ 'Moved away': 1, not_recorded: 1 });
  });

  it('costs each visit and each match active during the period', () => {
    // 3500 + 3000 + 2000 + 1500 over 3 visits and 5 matches (the proposal never started).
    expect(b.costs).toEqual({ totalPence: 10000, perVisitPence: 3333, activeMatchesDuringPeriod: 5, perActiveMatchPence: 2000 });
  });

  it('scales the active matches to a full-time coordinator', () => {
    expect(b.coordinator).toEqual({ activeMatchesAtEnd: 1, fullTimeEquivalent: 0.5, activeMatchesPerFullTimeCoordinator: 2, ceiling: 36, overCeiling: false });
  });
});

describe('computeBreakdowns: edges', () => {
  it('gives zeros and no averages for a year with nothing in it', () => {
    const b = computeBreakdowns(EMPTY, YEAR, HALF_TIME);
    expect(b.referralsByAge).toEqual({ under_11: 0, '11_to_15': 0, '16_to_17': 0, '18_to_25': 0, not_known: 0 });
    expect(Object.values(b.referralsByReferrerRole).every((n) => n === 0)).toBe(true);
    expect(b.endingsPlanned).toEqual({ planned: 0, unplanned: 0, notKnown: 0 });
    expect(b.waitingByWeeks).toEqual({ under_6: 0, '6_to_12': 0, '13_to_26': 0, over_26: 0 });
    expect(b.volunteersLeftByReason).toEqual({});
    expect(b.costs).toEqual({ totalPence: 0, perVisitPence: null, activeMatchesDuringPeriod: 0, perActiveMatchPence: null });
    expect(b.coordinator.activeMatchesPerFullTimeCoordinator).toBe(0);
  });

  it("has no per-coordinator figure until the coordinator's hours are set", () => {
    const b = computeBreakdowns(WORKED, YEAR, { coordinatorHoursPerWeek: null, fullTimeHoursPerWeek: 37 });
    expect(b.coordinator).toEqual({ activeMatchesAtEnd: 1, fullTimeEquivalent: null, activeMatchesPerFullTimeCoordinator: null, ceiling: 36, overCeiling: null });
  });

  it('says when a part-time coordinator carries more than 36 for a full-time one', () => {
    const referrals = Array.from({ length: 19 }, () => referral('2024-04-01', 'iro', 'foster', '2012-01-01'));
    const matches = referrals.map((r) => match(r.id, { proposedDate: '2024-04-02', startDate: '2024-04-03' }));
    const b = computeBreakdowns({ ...EMPTY, referrals, matches }, YEAR, HALF_TIME);
    expect(b.coordinator.activeMatchesPerFullTimeCoordinator).toBe(38);
    expect(b.coordinator.overCeiling).toBe(true);
  });

  it('keeps a referrer role it does not know as its own row, before "not recorded"', () => {
    const odd = { ...referral('2024-05-01', null, null, null), referrerRole: 'advocate' as never };
    expect(Object.entries(computeBreakdowns({ ...EMPTY, referrals: [odd] }, YEAR, HALF_TIME).referralsByReferrerRole).slice(-2)).toEqual([
      ['advocate', 1],
      ['not_recorded', 0],
    ]);
  });
});

describe('bands', () => {
  it.each([
    [41, 'under_6'],
    [42, '6_to_12'],
    [90, '6_to_12'],
    [91, '13_to_26'],
    [188, '13_to_26'],
    [189, 'over_26'],
  ])('%i days waited is %s', (days, band) => {
    expect(waitBand(days)).toBe(band);
  });

  it.each([
    ['2014-01-01', '2024-12-31', 'under_11'],
    ['2014-01-01', '2025-01-01', '11_to_15'],
    ['2007-01-01', '2024-12-31', '16_to_17'],
    ['2007-01-01', '2025-01-01', '18_to_25'],
    ['1999-01-01', '2024-12-31', '18_to_25'],
    ['1999-01-01', '2025-01-01', 'not_known'],
    ['2026-01-01', '2025-01-01', 'not_known'],
    [null, '2025-01-01', 'not_known'],
  ] as const)('born %s, referred %s: %s', (born, on, band) => {
    expect(ageBand(born, on)).toBe(band);
  });

  it('reads a planned ending from the reason only when she did not say', () => {
    expect(plannedEnding({ endReason: 'safeguarding', plannedEnding: true })).toBe('planned');
    expect(plannedEnding({ endReason: 'aged_out', plannedEnding: null })).toBe('planned');
    expect(plannedEnding({ endReason: 'volunteer_left', plannedEnding: null })).toBe('unplanned');
    expect(plannedEnding({ endReason: null, plannedEnding: null })).toBe('notKnown');
  });
});
