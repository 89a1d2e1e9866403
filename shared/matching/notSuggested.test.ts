import { describe, expect, it } from 'vitest';
import { dbsOverdue, inactiveNow, notSuggestedReasons, proposeAnywayQuestion, tooFar, trainingIncomplete, type CandidateVolunteer } from './notSuggested';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../volunteers/settings';
import { settingsWith, vetted, DEFAULT_MODULES } from '../../tests/fixtures/volunteers';
import type { VolunteerDbs } from '../volunteers/record';

const TODAY = '2026-11-23';
const S = DEFAULT_RECRUITMENT_SETTINGS;
const CONSETT = { area: 'Consett', postcode: 'DH8 5AA' };

/** Jo Bloggs, approved in 2026, DBS issued 12/01/2026, every module done, living in Consett. */
const jo = (over: Partial<CandidateVolunteer> = {}, dbs: Partial<VolunteerDbs> = {}): CandidateVolunteer => {
  const base = vetted('2026-01-01', { firstName: 'Jo', lastName: 'Bloggs', approvedDate: '2026-02-01' });
  return { ...base, dbs: { ...base.dbs!, ...dbs }, area: 'Consett', postcode: 'DH8 6CC', maxTravelMiles: 10, ...over };
};

describe('dbsOverdue', () => {
  it('a DBS Update Service check a year after the last one, overdue once the day comes', () => {
    const checked = { updateService: true, updateServiceCheckedDate: '2023-02-03' };
    expect(dbsOverdue(jo({}, checked), S, TODAY)).toEqual({
      rule: 'dbs',
      reason: 'DBS Update Service check was due on 03/02/2024',
      sentence: 'Jo Bloggs’s DBS Update Service check was due on 03/02/2024.',
    });
    expect(dbsOverdue(jo({}, { updateService: true, updateServiceCheckedDate: '2025-11-23' }), S, TODAY)?.reason).toBe('DBS Update Service check is due today');
    expect(dbsOverdue(jo({}, { updateService: true, updateServiceCheckedDate: '2025-11-24' }), S, TODAY)).toBeNull();
  });
  it('a full re-check three years after issue, without the Update Service', () => {
    expect(dbsOverdue(jo({}, { issueDate: '2023-06-01' }), S, TODAY)?.reason).toBe('DBS re-check was due on 01/06/2026');
    expect(dbsOverdue(jo(), S, TODAY)).toBeNull();
  });
  it('no certificate at all, unless the scheme does not check DBS', () => {
    expect(dbsOverdue(jo({ dbs: null }), S, TODAY)?.reason).toBe('No DBS certificate recorded');
    expect(dbsOverdue(jo({ dbs: null }), settingsWith({ approvalChecks: { dbs: false } }), TODAY)).toBeNull();
  });
});

describe('trainingIncomplete', () => {
  it('names the required modules not completed', () => {
    const training = DEFAULT_MODULES.map((module, i) => ({ module, completedDate: i === 1 ? null : '2026-01-14' }));
    expect(trainingIncomplete(jo({ training }), S)).toEqual({
      rule: 'training',
      reason: 'Required training not completed: Safeguarding children',
      sentence: 'Jo Bloggs has not completed the required training: Safeguarding children.',
    });
    expect(trainingIncomplete(jo({ training: [] }), S)?.reason).toBe(`Required training not completed: ${DEFAULT_MODULES.join(', ')}`);
    expect(trainingIncomplete(jo(), S)).toBeNull();
  });
  it('nothing when training is not required, or only modules no longer required are missing', () => {
    expect(trainingIncomplete(jo({ training: [] }), settingsWith({ approvalChecks: { training: false } }))).toBeNull();
    expect(trainingIncomplete(jo(), settingsWith({ trainingModules: DEFAULT_MODULES.slice(0, 2) }))).toBeNull();
  });
});

describe('inactiveNow', () => {
  it('an open inactive period, with the expected return when known', () => {
    const inactivePeriods = [{ from: '2026-10-01', to: null, reason: 'Surgery', expectedReturn: '2027-01-05' }];
    expect(inactiveNow(jo({ inactivePeriods }), TODAY)).toEqual({
      rule: 'inactive',
      reason: 'Inactive since 01/10/2026, expected back 05/01/2027',
      sentence: 'Jo Bloggs has been inactive since 01/10/2026, expected back 05/01/2027.',
    });
  });
  it('not for a period that has ended or not yet begun', () => {
    expect(inactiveNow(jo({ inactivePeriods: [{ from: '2026-03-01', to: '2026-05-01', reason: null, expectedReturn: null }] }), TODAY)).toBeNull();
    expect(inactiveNow(jo({ inactivePeriods: [{ from: '2026-12-01', to: null, reason: null, expectedReturn: null }] }), TODAY)).toBeNull();
  });
});

describe('tooFar', () => {
  it('says how far and how far they travel', () => {
    expect(tooFar(CONSETT, jo({ area: 'York', postcode: 'YO1 7HH' }))).toEqual({
      rule: 'travel',
      reason: 'About 60 miles away; travels up to 10',
      sentence: 'Jo Bloggs lives about 60 miles away and travels up to 10 miles.',
    });
    expect(tooFar(CONSETT, jo())).toBeNull();
  });
});

describe('notSuggestedReasons', () => {
  it('every reason at once, in order, and the question that names them', () => {
    const reasons = notSuggestedReasons(jo({ postcode: 'YO1 7HH', area: 'York', training: [], inactivePeriods: [{ from: '2026-11-01', to: null, reason: null, expectedReturn: null }] }, { issueDate: '2023-06-01' }), CONSETT, S, TODAY);
    expect(reasons.map((r) => r.rule)).toEqual(['dbs', 'training', 'inactive', 'travel']);
    expect(proposeAnywayQuestion(reasons.slice(0, 1))).toBe('Jo Bloggs’s DBS re-check was due on 01/06/2026. Propose anyway?');
  });
  it('none for a volunteer in good standing nearby', () => {
    expect(notSuggestedReasons(jo(), CONSETT, S, TODAY)).toEqual([]);
  });
});
