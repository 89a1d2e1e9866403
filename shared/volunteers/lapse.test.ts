import { describe, expect, it } from 'vitest';
import { isLapsed, lastStepDate } from './lapse';
import { volunteerReminders } from './reminders';
import { DEFAULT_RECRUITMENT_SETTINGS } from './settings';
import type { VolunteerRecord } from './record';
import { enquiry } from '../../tests/fixtures/volunteers';

const base: VolunteerRecord = enquiry({ enquiryDate: '2026-01-10' });
const S = DEFAULT_RECRUITMENT_SETTINGS;

describe('lastStepDate', () => {
  it('is the enquiry when nothing else is recorded', () => {
    expect(lastStepDate(base)).toBe('2026-01-10');
  });

  it('is the latest of every step: answers, application, interview, references, DBS and training', () => {
    const v: VolunteerRecord = {
      ...base,
      enquiryRespondedDate: '2026-01-12',
      applicationDate: '2026-02-01',
      interviewDate: '2026-02-20',
      references: [{ name: null, relationship: null, requestedDate: '2026-03-01', receivedDate: '2026-03-15', satisfactory: true }],
      training: [{ module: 'Induction', completedDate: '2026-04-02' }],
    };
    expect(lastStepDate(v)).toBe('2026-04-02');
    expect(lastStepDate({ ...v, references: [{ ...v.references[0], requestedDate: '2026-05-01', receivedDate: null }] })).toBe('2026-05-01');
  });
});

describe('isLapsed: no step for 90 days (the default setting)', () => {
  it('an enquiry lapses on the 90th day after its last step, not the day before', () => {
    expect(isLapsed(base, S, '2026-04-09')).toBe(false); // 89 days
    expect(isLapsed(base, S, '2026-04-10')).toBe(true); // 90 days
  });

  it('an applicant with a recent step has not lapsed', () => {
    expect(isLapsed({ ...base, applicationDate: '2026-03-01' }, S, '2026-04-10')).toBe(false);
    expect(isLapsed({ ...base, applicationDate: '2026-03-01' }, S, '2026-05-30')).toBe(true);
  });

  it('follows the setting', () => {
    const longer = { ...S, reminders: { ...S.reminders, lapseDays: 120 } };
    expect(isLapsed(base, longer, '2026-04-10')).toBe(false);
    expect(isLapsed(base, longer, '2026-05-10')).toBe(true);
  });

  it('only people still in the pipeline lapse: never the approved, withdrawn or turned down', () => {
    expect(isLapsed({ ...base, applicationDate: '2026-01-11', approvedDate: '2026-01-20' }, S, '2027-01-01')).toBe(false);
    expect(isLapsed({ ...base, withdrawnDate: '2026-01-20', withdrawnReason: 'Moved' }, S, '2027-01-01')).toBe(false);
    expect(isLapsed({ ...base, rejectedDate: '2026-01-20', rejectedReason: 'Unsuitable' }, S, '2027-01-01')).toBe(false);
  });
});

describe('lapsed people leave Today', () => {
  it('an unanswered enquiry is on Today until it lapses, then not', () => {
    const v = [{ ...base, id: 4 }];
    expect(volunteerReminders(v, S, '2026-04-09', new Set()).map((i) => i.kind)).toEqual(['enquiry_unanswered']);
    expect(volunteerReminders(v, S, '2026-04-10', new Set())).toEqual([]);
  });
});
