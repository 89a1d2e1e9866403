/**
 * The volunteer figures of domain.md against hand-worked examples, with the boundaries the
 * issue names: an inactive period ending on the as-at date, leaving on the period's last
 * day, and approval before the period with leaving inside it.
 */
import { describe, expect, it } from 'vitest';
import { percentage, median, recruitmentMeasures, volunteerFigures, type FigureVolunteer, type Period } from './figures';
import type { InactivePeriod } from './volunteers/record';
import { figureVolunteer } from '../tests/fixtures/figureRecords';

// Financial year 2024/25; as at 31/03/2025.
const YEAR: Period = { from: '2024-04-01', to: '2025-03-31' };

const vol = figureVolunteer;
const approved = (approvedDate: string, over: Partial<FigureVolunteer> = {}) => vol({ applicationDate: '2023-01-02', interviewDate: '2023-01-03', approvedDate, ...over });
const inactive = (from: string, to: string | null = null): InactivePeriod => ({ from, to, reason: null, expectedReturn: null });
const figures = (...vs: FigureVolunteer[]) => volunteerFigures(vs, YEAR);

describe('enquiries and applications', () => {
  it('counts enquiries by source, with not_recorded for a missing source, inside the period only', () => {
    const f = figures(
      vol({ enquiryDate: '2024-04-01', enquirySource: 'social_media' }),
      vol({ enquiryDate: '2024-06-10', enquirySource: 'social_media' }),
      vol({ enquiryDate: '2024-07-01', enquirySource: 'event' }),
      vol({ enquiryDate: '2025-03-31', enquirySource: null }),
      vol({ enquiryDate: '2024-03-31', enquirySource: 'website' }), // the day before
      vol({ enquiryDate: '2025-04-01', enquirySource: 'advert' }), // the day after
    );
    expect(f.enquiries).toBe(4);
    expect(f.enquiriesBySource).toStrictEqual({ social_media: 2, event: 1, not_recorded: 1 });
  });

  it('counts applications made in the period, whenever the enquiry was', () => {
    const f = figures(
      vol({ enquiryDate: '2024-03-01', applicationDate: '2024-04-01' }),
      vol({ enquiryDate: '2024-05-01', applicationDate: '2025-03-31' }),
      vol({ enquiryDate: '2025-03-01', applicationDate: '2025-04-01' }),
      vol({ enquiryDate: '2024-03-01', applicationDate: '2024-03-31' }),
      vol({ enquiryDate: '2024-05-01' }),
    );
    expect(f.applications).toBe(2);
    expect(f.enquiries).toBe(3);
  });

  it('an empty period gives zeros and empty breakdowns', () => {
    expect(figures()).toStrictEqual({
      enquiries: 0,
      enquiriesBySource: {},
      applications: 0,
      volunteersRecruited: 0,
      volunteersActiveAtEnd: 0,
      volunteersInactiveAtEnd: 0,
      volunteersLeft: 0,
      volunteersLeftByReason: {},
      volunteersEverApproved: 0,
    });
  });
});

describe('recruited, active, inactive, left and ever approved', () => {
  it('approval on the first and last days of the period counts as recruited; the days either side do not', () => {
    const f = figures(approved('2024-04-01'), approved('2025-03-31'), approved('2024-03-31'), approved('2025-04-01'));
    expect(f.volunteersRecruited).toBe(2);
    // Approved on or before the end: three; the one approved the day after is not yet.
    expect(f.volunteersEverApproved).toBe(3);
    expect(f.volunteersActiveAtEnd).toBe(3);
  });

  it('an inactive period that ends on the as-at date: active at the end', () => {
    const f = figures(approved('2023-06-01', { inactivePeriods: [inactive('2025-01-01', '2025-03-31')] }));
    expect([f.volunteersActiveAtEnd, f.volunteersInactiveAtEnd]).toEqual([1, 0]);
  });

  it('an inactive period that ends the day after the as-at date, or not at all: inactive at the end', () => {
    const f = figures(
      approved('2023-06-01', { inactivePeriods: [inactive('2025-01-01', '2025-04-01')] }),
      approved('2023-06-01', { inactivePeriods: [inactive('2024-01-01', '2024-02-01'), inactive('2025-03-31')] }), // starts on the as-at date
      approved('2023-06-01', { inactivePeriods: [inactive('2024-09-01')] }),
    );
    expect([f.volunteersActiveAtEnd, f.volunteersInactiveAtEnd]).toEqual([0, 3]);
  });

  it('an inactive period starting after the as-at date does not count', () => {
    const f = figures(approved('2023-06-01', { inactivePeriods: [inactive('2025-04-01')] }));
    expect([f.volunteersActiveAtEnd, f.volunteersInactiveAtEnd]).toEqual([1, 0]);
  });

  it("leaving on the period's last day: counted as left, and neither active nor inactive at the end", () => {
    const f = figures(approved('2023-06-01', { leftDate: '2025-03-31', leftReason: 'Moved away', inactivePeriods: [inactive('2025-03-01')] }));
    expect(f).toMatchObject({ volunteersLeft: 1, volunteersLeftByReason: { 'Moved away': 1 }, volunteersActiveAtEnd: 0, volunteersInactiveAtEnd: 0, volunteersEverApproved: 1 });
  });

  it('leaving the day after the period: not left in it, and active at its end', () => {
    const f = figures(approved('2023-06-01', { leftDate: '2025-04-01', leftReason: 'Moved away' }));
    expect(f).toMatchObject({ volunteersLeft: 0, volunteersLeftByReason: {}, volunteersActiveAtEnd: 1 });
  });

  it('approved before the period and left inside it: not recruited, counted as left, and ever approved', () => {
    const f = figures(approved('2024-01-15', { leftDate: '2024-10-01', leftReason: 'Personal circumstances' }));
    expect(f).toStrictEqual({
      enquiries: 0,
      enquiriesBySource: {},
      applications: 0,
      volunteersRecruited: 0,
      volunteersActiveAtEnd: 0,
      volunteersInactiveAtEnd: 0,
      volunteersLeft: 1,
      volunteersLeftByReason: { 'Personal circumstances': 1 },
      volunteersEverApproved: 1,
    });
  });

  it('approved and left inside the period: recruited and left', () => {
    const f = figures(approved('2024-05-01', { leftDate: '2024-11-01' }));
    expect(f).toMatchObject({ volunteersRecruited: 1, volunteersLeft: 1, volunteersLeftByReason: { not_recorded: 1 }, volunteersActiveAtEnd: 0, volunteersEverApproved: 1 });
  });

  it('left before the period: only in the total ever approved', () => {
    const f = figures(approved('2022-01-01', { leftDate: '2024-03-31', leftReason: 'Moved away' }));
    expect(f).toMatchObject({ volunteersRecruited: 0, volunteersLeft: 0, volunteersActiveAtEnd: 0, volunteersInactiveAtEnd: 0, volunteersEverApproved: 1 });
  });

  it('counts left by reason, with not_recorded for a missing reason', () => {
    const f = figures(
      approved('2022-01-01', { leftDate: '2024-04-01', leftReason: 'Moved away' }),
      approved('2022-01-01', { leftDate: '2024-09-09', leftReason: 'Moved away' }),
      approved('2022-01-01', { leftDate: '2024-12-12', leftReason: 'New job' }),
      approved('2022-01-01', { leftDate: '2025-01-01', leftReason: null }),
      approved('2022-01-01', { leftDate: '2025-02-02', leftReason: '' }),
      approved('2022-01-01', { leftDate: '2025-04-01', leftReason: 'Outside the period' }),
    );
    expect(f.volunteersLeft).toBe(5);
    expect(f.volunteersLeftByReason).toStrictEqual({ 'Moved away': 2, 'New job': 1, not_recorded: 2 });
  });

  it('a leaving date without an approval is not a volunteer who left', () => {
    expect(figures(vol({ leftDate: '2024-06-01', leftReason: 'Never approved' })).volunteersLeft).toBe(0);
  });

  it('a whole year, worked by hand', () => {
    const f = figures(
      vol({ enquiryDate: '2024-04-10', enquirySource: 'word_of_mouth' }), // enquiry only
      vol({ enquiryDate: '2024-05-01', enquirySource: 'website', applicationDate: '2024-05-03' }), // applied
      approved('2024-08-01', { enquiryDate: '2024-06-01', enquirySource: 'event', applicationDate: '2024-06-02', interviewDate: '2024-06-20' }), // recruited, active
      approved('2024-02-01', { inactivePeriods: [inactive('2025-02-01')] }), // inactive at end
      approved('2024-02-01', { inactivePeriods: [inactive('2024-12-01', '2025-03-31')] }), // back on the as-at date: active
      approved('2023-02-01', { leftDate: '2025-03-31', leftReason: 'Moved away' }), // left on the last day
      approved('2024-01-15', { leftDate: '2024-10-01', leftReason: 'Moved away' }), // approved before, left inside
      approved('2022-02-01', { leftDate: '2023-10-01', leftReason: 'Health' }), // left long ago
      approved('2025-04-01', { enquiryDate: '2025-02-01', enquirySource: 'event', applicationDate: '2025-02-02' }), // approved after the end
    );
    expect(f).toStrictEqual({
      enquiries: 4,
      enquiriesBySource: { word_of_mouth: 1, website: 1, event: 2 },
      applications: 3,
      volunteersRecruited: 1,
      volunteersActiveAtEnd: 2,
      volunteersInactiveAtEnd: 1,
      volunteersLeft: 2,
      volunteersLeftByReason: { 'Moved away': 2 },
      // Every approval on or before 31/03/2025, including the three who left; not the one approved on 01/04/2025.
      volunteersEverApproved: 6,
    });
  });
});

describe('recruitmentMeasures', () => {
  it('interviews, conversion rates and the median days from enquiry to approval', () => {
    const m = recruitmentMeasures(
      [
        vol({ enquiryDate: '2024-04-01' }),
        vol({ enquiryDate: '2024-04-02', applicationDate: '2024-04-05', interviewDate: '2024-04-20' }),
        // 01/05/2024 -> 30/06/2024: 60 days
        approved('2024-06-30', { enquiryDate: '2024-05-01', applicationDate: '2024-05-02', interviewDate: '2024-05-10' }),
        // 01/03/2024 -> 01/04/2024: 31 days (enquiry and application before the period, approval in it)
        approved('2024-04-01', { enquiryDate: '2024-03-01', applicationDate: '2024-03-02', interviewDate: '2024-03-31' }),
        // 15/01/2025 -> 31/03/2025: 75 days
        approved('2025-03-31', { enquiryDate: '2025-01-15', applicationDate: '2025-01-16', interviewDate: '2025-02-01' }),
        // Interview on the day after the period: not counted.
        vol({ enquiryDate: '2025-03-01', applicationDate: '2025-03-02', interviewDate: '2025-04-01' }),
      ],
      YEAR,
    );
    expect(m).toMatchObject({
      enquiries: 5,
      applications: 4,
      interviews: 3,
      volunteersRecruited: 3,
      applicationsPerEnquiryPct: 80,
      approvalsPerApplicationPct: 75,
      medianDaysEnquiryToApproval: 60,
    });
  });

  it('the median of an even number of approvals is the mean of the middle two', () => {
    const m = recruitmentMeasures(
      [approved('2024-05-11', { enquiryDate: '2024-05-01' }), approved('2024-06-01', { enquiryDate: '2024-05-01' })], // 10 and 31 days
      YEAR,
    );
    expect(m.medianDaysEnquiryToApproval).toBe(20.5);
  });

  it('percentages to one decimal place', () => {
    const m = recruitmentMeasures([vol({ enquiryDate: '2024-05-01', applicationDate: '2024-05-02' }), vol({ enquiryDate: '2024-05-01' }), vol({ enquiryDate: '2024-05-01' })], YEAR);
    expect(m.applicationsPerEnquiryPct).toBe(33.3);
  });

  it('null where there is nothing to divide by, or no approvals to measure', () => {
    expect(recruitmentMeasures([], YEAR)).toMatchObject({ interviews: 0, applicationsPerEnquiryPct: null, approvalsPerApplicationPct: null, medianDaysEnquiryToApproval: null });
    const enquiriesOnly = recruitmentMeasures([vol({ enquiryDate: '2024-05-01' })], YEAR);
    expect(enquiriesOnly).toMatchObject({ applicationsPerEnquiryPct: 0, approvalsPerApplicationPct: null, medianDaysEnquiryToApproval: null });
  });
});

describe('percentage and median', () => {
  it('rounds a share to one decimal place, null for a zero denominator', () => {
    expect(percentage(2, 3)).toBe(66.7);
    expect(percentage(1, 8)).toBe(12.5);
    expect(percentage(0, 5)).toBe(0);
    expect(percentage(16, 40)).toBe(40);
    expect(percentage(0, 0)).toBeNull();
  });

  it('takes the middle value, or the mean of the middle two, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
});
