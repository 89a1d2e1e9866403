import { describe, expect, it } from 'vitest';
import { checksCompleteAtApproval, complaintsHandled, consentsOnActiveMatches, diversityTable, endedAfterAYear, referralsHandled, shareText, standardsEvidence, supervisionsOnTime, trainingInYear, visitsPerMatchMonth, type EvidenceRecords } from './standardsEvidence';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../volunteers/settings';
import { vetted } from '../../tests/fixtures/volunteers';

const YEAR = { from: '2025-04-01', to: '2026-03-31' };
const match = (volunteerId: number, youngPersonId: number, startDate: string | null, endDate: string | null = null) => ({ volunteerId, youngPersonId, startDate, endDate });

describe('standard 3: confidentiality agreements on active matches', () => {
  it('counts the matches active on the last day of the year whose young person has an agreement in force that day', () => {
    const matches = [match(1, 1, '2025-01-10'), match(2, 2, '2025-06-01'), match(3, 3, '2025-07-01', '2026-03-31'), match(4, 4, '2026-04-01'), match(5, 5, null)];
    const consents = [
      { youngPersonId: 1, signedDate: '2025-01-10', withdrawnDate: null },
      // Withdrawn on the last day: no longer in force on it.
      { youngPersonId: 2, signedDate: '2025-06-01', withdrawnDate: '2026-03-31' },
      { youngPersonId: 3, signedDate: '2025-07-01', withdrawnDate: null },
    ];
    // Active on 31/03/2026: matches 1 and 2 (3 ended that day, 4 starts after, 5 never started).
    expect(consentsOnActiveMatches(matches, consents, YEAR.to)).toEqual({ active: 2, withConsent: 1 });
  });
});

describe('standard 5: safe recruitment and the one-year commitment', () => {
  it('counts a volunteer whose checks were all dated by the approval date, and not one approved before a check came in', () => {
    // vetted: every check done by 19/01/2025.
    const done = { ...vetted('2025-01-06'), approvedDate: '2025-04-20' };
    // The DBS certificate was issued after approval.
    const early = { ...vetted('2025-01-06'), approvedDate: '2025-01-18' };
    // The second reference came in after approval.
    const lateReference = { ...done, approvedDate: '2025-01-19', references: done.references.map((r, i) => (i === 1 ? { ...r, receivedDate: '2025-02-01' } : r)) };
    expect(checksCompleteAtApproval([done, early, lateReference], DEFAULT_RECRUITMENT_SETTINGS)).toEqual({ approved: 3, complete: 1 });
  });

  it('follows the scheme’s approval checks: with the DBS check turned off, the late certificate does not count against it', () => {
    // References in by 16/01, training done that day, the certificate issued the day after.
    const v = vetted('2025-01-06');
    const early = { ...v, approvedDate: '2025-01-16', training: v.training.map((t) => ({ ...t, completedDate: '2025-01-16' })) };
    expect(checksCompleteAtApproval([early], DEFAULT_RECRUITMENT_SETTINGS)).toEqual({ approved: 1, complete: 0 });
    const noDbs = { ...DEFAULT_RECRUITMENT_SETTINGS, approvalChecks: { ...DEFAULT_RECRUITMENT_SETTINGS.approvalChecks, dbs: false } };
    expect(checksCompleteAtApproval([early], noDbs)).toEqual({ approved: 1, complete: 1 });
  });

  it('counts the matches ended in the year that had lasted twelve months', () => {
    const matches = [match(1, 1, '2024-05-01', '2025-05-01'), match(2, 2, '2024-05-01', '2025-04-30'), match(3, 3, '2025-06-01', '2025-09-01'), match(4, 4, '2024-01-01', '2025-03-31'), match(5, 5, '2025-06-01')];
    expect(endedAfterAYear(matches, YEAR)).toEqual({ ended: 3, lastedAYear: 1 });
  });
});

describe('standard 6: training', () => {
  it('counts the modules completed in the year and the volunteers who completed them', () => {
    const completed = [
      { volunteerId: 1, completedDate: '2025-04-01' },
      { volunteerId: 1, completedDate: '2025-05-01' },
      { volunteerId: 2, completedDate: '2026-03-31' },
      { volunteerId: 3, completedDate: '2026-04-01' },
    ];
    expect(trainingInYear(completed, YEAR)).toEqual({ modules: 3, volunteers: 2 });
  });
});

describe('standard 7: referrals handled', () => {
  it('counts the referrals received in the year that had an outcome or were closed by its end', () => {
    const referrals = [
      { date: '2025-05-01', outcome: 'accepted', outcomeDate: '2025-05-03', closedDate: null },
      { date: '2025-06-01', outcome: 'pending', outcomeDate: null, closedDate: '2025-08-01' },
      { date: '2026-03-01', outcome: 'pending', outcomeDate: null, closedDate: null },
      // Its outcome came after the year's end.
      { date: '2026-03-20', outcome: 'accepted', outcomeDate: '2026-04-02', closedDate: null },
      { date: '2025-03-31', outcome: 'accepted', outcomeDate: '2025-04-02', closedDate: null },
    ];
    expect(referralsHandled(referrals, YEAR)).toEqual({ received: 4, handled: 2 });
  });
});

describe('standard 8: visits per active match per month', () => {
  it('divides the visits in the year by the months the matches ran within it', () => {
    // Match 1 runs all year (365 days); match 2 from 01/10/2025 to its end on 01/01/2026 (92 days).
    const matches = [match(1, 1, '2024-01-01'), match(2, 2, '2025-10-01', '2026-01-01'), match(3, 3, null)];
    const visits = Array.from({ length: 24 }, (_, i) => `2025-${String((i % 12) + 1).padStart(2, '0')}-15`).map((d) => (d < YEAR.from ? d.replace('2025', '2026') : d));
    // 457 days / 30.4375 = 15.0 months; 24 visits / 15.01 = 1.6.
    expect(visitsPerMatchMonth(matches, [...visits, '2026-04-01'], YEAR)).toEqual({ visits: 24, matchMonths: 15, perMatchMonth: 1.6 });
  });

  it('has nothing to divide by in a year with no match running', () => {
    expect(visitsPerMatchMonth([], [], YEAR)).toEqual({ visits: 0, matchMonths: 0, perMatchMonth: null });
  });
});

describe('standard 9: supervisions on time', () => {
  const volunteer = { id: 1, approvedDate: '2025-01-01', leftDate: null, inactivePeriods: [] };
  const base = { matches: [match(1, 1, '2025-03-01')], scheduleVolunteers: [volunteer], supervisionWeeks: 12 };

  it('measures each supervision against the one before, or the first match for the first', () => {
    const supervisions = [
      // 84 days after the match began is 24/05/2025: on time.
      { volunteerId: 1, date: '2025-05-24', nextDueDate: null },
      // Due 16/08/2025: late.
      { volunteerId: 1, date: '2025-08-20', nextDueDate: '2025-10-01' },
      // Due on the recorded date 01/10/2025: on time.
      { volunteerId: 1, date: '2025-10-01', nextDueDate: null },
    ];
    expect(supervisionsOnTime({ ...base, supervisions }, YEAR)).toEqual({ held: 3, covered: 3, onTime: 2 });
  });

  it('leaves out a supervision with no match running, and lets an inactive period push the date on', () => {
    const supervisions = [
      { volunteerId: 2, date: '2025-05-01', nextDueDate: null },
      // Due 24/05/2025 plus the 30 days inactive: 23/06/2025.
      { volunteerId: 1, date: '2025-06-20', nextDueDate: null },
    ];
    const inactive = { ...volunteer, inactivePeriods: [{ from: '2025-04-01', to: '2025-05-01' }] };
    const unmatched = { id: 2, approvedDate: '2025-01-01', leftDate: null, inactivePeriods: [] };
    expect(supervisionsOnTime({ ...base, scheduleVolunteers: [inactive, unmatched], supervisions }, YEAR)).toEqual({ held: 2, covered: 1, onTime: 1 });
  });
});

describe('standard 13: equality and diversity', () => {
  it('puts the groups side by side, counting genders however they were typed and every language spoken', () => {
    const volunteers = [
      { gender: 'Female', languages: ['English', 'Polish'] },
      { gender: 'female ', languages: ['English'] },
      { gender: 'Male', languages: [] },
      { gender: null, languages: ['english'] },
    ];
    const youngPeople = [{ gender: 'Male', languages: ['English'] }, { gender: 'Female', languages: ['Arabic', 'English'] }];
    expect(diversityTable(volunteers, youngPeople)).toEqual({
      caption: "Volunteers with the scheme at the year's end and young people matched in the year, by gender and language",
      columns: ['', 'Volunteers (4)', 'Young people (2)'],
      rows: [
        ['Gender: Female', '2 (50.0%)', '1 (50.0%)'],
        ['Gender: Male', '1 (25.0%)', '1 (50.0%)'],
        ['Gender: Not recorded', '1 (25.0%)', '0 (0.0%)'],
        ['Language: Arabic', '0 (0.0%)', '1 (50.0%)'],
        ['Language: English', '3 (75.0%)', '2 (100.0%)'],
        ['Language: Polish', '1 (25.0%)', '0 (0.0%)'],
        ['Language: Not recorded', '1 (25.0%)', '0 (0.0%)'],
      ],
    });
  });
});

describe('standard 14: complaints', () => {
  it('counts those received in the year, those resolved by its end, and the median days to resolve', () => {
    const complaints = [
      { date: '2025-05-01', resolvedDate: '2025-05-11' },
      { date: '2025-06-01', resolvedDate: '2025-06-21' },
      { date: '2025-07-01', resolvedDate: '2025-07-31' },
      { date: '2026-03-01', resolvedDate: '2026-04-10' },
      { date: '2026-03-02', resolvedDate: null },
      { date: '2025-03-01', resolvedDate: '2025-04-02' },
    ];
    expect(complaintsHandled(complaints, YEAR)).toEqual({ received: 5, resolved: 3, medianDays: 20 });
  });
});

describe('the evidence in words', () => {
  const empty: EvidenceRecords = { matches: [], consents: [], approvedInYear: [], trainingCompleted: [], referrals: [], visitDates: [], scheduleVolunteers: [], supervisions: [], supervisionWeeks: 12, careReviews: [], volunteersAtEnd: [], youngPeopleMatched: [], complaints: [] };
  const figures = { referralsReceived: 0, waitingWeeksMean: null, waitingWeeksMedian: null, careReviewsAttended: 0 };

  it('says so in words when a year has nothing to count, for the standards the records speak to and no others', () => {
    const evidence = standardsEvidence(empty, figures, DEFAULT_RECRUITMENT_SETTINGS, YEAR);
    expect(Object.keys(evidence).map(Number)).toEqual([3, 5, 6, 7, 8, 9, 13, 14]);
    expect(evidence[3].lines).toEqual([
      { label: "Active matches at the year's end", value: '0' },
      { label: 'With a confidentiality agreement in force', value: 'none to count' },
    ]);
    expect(evidence[7].lines[2]).toEqual({ label: 'Mean wait from referral to match', value: 'no first matches started' });
    expect(evidence[8].lines[2]).toEqual({ label: 'Visits per active match per month', value: 'no matches running' });
    expect(evidence[14].lines[2]).toEqual({ label: 'Median days to resolve', value: 'none resolved' });
  });

  it('takes the referrals, waits and reviews attended from the figures, and counts the reviews held', () => {
    const careReviews = [
      { date: '2025-05-01', ivAttended: true, coordinatorAttended: null },
      { date: '2025-06-01', ivAttended: false, coordinatorAttended: false },
      { date: '2026-05-01', ivAttended: true, coordinatorAttended: null },
    ];
    const evidence = standardsEvidence({ ...empty, careReviews }, { referralsReceived: 1234, waitingWeeksMean: 6.1, waitingWeeksMedian: 5, careReviewsAttended: 1 }, DEFAULT_RECRUITMENT_SETTINGS, YEAR);
    expect(evidence[7].lines.map((l) => l.value)).toEqual(['1,234', 'none to count', '6.1 weeks', '5.0 weeks']);
    expect(evidence[9].lines.slice(2)).toEqual([
      { label: 'Care reviews held in the year', value: '2' },
      { label: 'Attended by the independent visitor or the coordinator', value: '1 of 2 (50.0%)' },
    ]);
  });

  it('writes a share as part of whole with its percentage', () => {
    expect(shareText(7, 8)).toBe('7 of 8 (87.5%)');
    expect(shareText(1, 3)).toBe('1 of 3 (33.3%)');
  });
});
