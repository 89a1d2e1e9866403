import { describe, expect, it } from 'vitest';
import { approvedStatus, inactiveOn, missingForApproval, pipelineStage, requiredTrainingOutstanding, volunteerStatus, PIPELINE_STAGES } from './stage';
import { DEFAULT_RECRUITMENT_SETTINGS } from './settings';
import type { VolunteerRecord } from './record';
import { enquiry, settingsWith, vetted, DEFAULT_MODULES } from '../../tests/fixtures/volunteers';

const S = DEFAULT_RECRUITMENT_SETTINGS;
// vetted('2025-01-06'): application 07/01, interview 11/01, references received 14/01 and
// 16/01, DBS issued 17/01 and checked 18/01, training completed 19/01.
const FULL = vetted('2025-01-06');
const interviewed = enquiry({ applicationDate: '2025-01-07', interviewDate: '2025-01-11', interviewOutcome: 'proceed' });
const ref = (receivedDate: string | null, satisfactory: boolean | null, requestedDate = '2025-01-12') => ({ name: 'R', relationship: null, requestedDate, receivedDate, satisfactory });

describe('pipelineStage: the first check not yet done, and since when', () => {
  it('an enquiry waits for an application, since the enquiry', () => {
    expect(pipelineStage(enquiry(), S)).toEqual({ stage: 'enquiry', since: '2025-01-06' });
  });

  it('an application waits for the interview, since the application', () => {
    expect(pipelineStage(enquiry({ applicationDate: '2025-01-07' }), S)).toEqual({ stage: 'interview', since: '2025-01-07' });
  });

  it('an interview with the outcome not to proceed has not passed the interview', () => {
    expect(pipelineStage({ ...interviewed, interviewOutcome: 'not_proceed' }, S)).toEqual({ stage: 'interview', since: '2025-01-07' });
    expect(pipelineStage({ ...interviewed, interviewOutcome: null }, S)).toEqual({ stage: 'interview', since: '2025-01-07' });
  });

  it('a passed interview waits for references, since the interview', () => {
    expect(pipelineStage(interviewed, S)).toEqual({ stage: 'references', since: '2025-01-11' });
  });

  it('only references received and satisfactory count', () => {
    for (const references of [
      [ref('2025-01-14', true)],
      [ref('2025-01-14', true), ref('2025-01-15', false)],
      [ref('2025-01-14', true), ref('2025-01-15', null)],
      [ref('2025-01-14', true), ref(null, null)],
    ]) {
      expect(pipelineStage({ ...interviewed, references }, S), JSON.stringify(references)).toEqual({ stage: 'references', since: '2025-01-11' });
    }
  });

  it('two satisfactory references move on to the DBS check, since the later of them', () => {
    expect(pipelineStage({ ...interviewed, references: [ref('2025-01-16', true), ref('2025-01-14', true)] }, S)).toEqual({ stage: 'dbs', since: '2025-01-16' });
  });

  it('with three satisfactory references, the DBS stage began when the second arrived', () => {
    const references = [ref('2025-02-20', true), ref('2025-01-14', true), ref('2025-01-16', true)];
    expect(pipelineStage({ ...interviewed, references }, S)).toEqual({ stage: 'dbs', since: '2025-01-16' });
  });

  it('a DBS record needs the certificate number, issue date and outcome', () => {
    const withDbs = (dbs: Partial<NonNullable<VolunteerRecord['dbs']>>) => ({ ...FULL, training: [], dbs: { ...FULL.dbs!, ...dbs } });
    expect(pipelineStage(withDbs({ outcome: null }), S)).toEqual({ stage: 'dbs', since: '2025-01-16' });
    expect(pipelineStage(withDbs({ certificateNumber: null }), S)).toEqual({ stage: 'dbs', since: '2025-01-16' });
    expect(pipelineStage(withDbs({ issueDate: null, checkedDate: null }), S)).toEqual({ stage: 'dbs', since: '2025-01-16' });
    // Recorded: on to training, since the certificate was checked (or issued, if no check date).
    expect(pipelineStage(withDbs({}), S)).toEqual({ stage: 'training', since: '2025-01-18' });
    expect(pipelineStage(withDbs({ checkedDate: null }), S)).toEqual({ stage: 'training', since: '2025-01-17' });
  });

  it('training waits for every module on the list; a module not on the list does not count', () => {
    const partly = { ...FULL, training: [{ module: DEFAULT_MODULES[0], completedDate: '2025-01-19' }, { module: 'Something else', completedDate: '2025-01-19' }] };
    expect(pipelineStage(partly, S)).toEqual({ stage: 'training', since: '2025-01-18' });
    const undated = { ...FULL, training: FULL.training.map((t, i) => (i === 3 ? { ...t, completedDate: null } : t)) };
    expect(pipelineStage(undated, S).stage).toBe('training');
  });

  it('with every check done, the volunteer is ready to approve, since the last module', () => {
    const training = DEFAULT_MODULES.map((module, i) => ({ module, completedDate: `2025-01-2${i}` }));
    expect(pipelineStage({ ...FULL, training }, S)).toEqual({ stage: 'approval', since: '2025-01-23' });
  });

  describe('with approval checks switched off', () => {
    const off = settingsWith({ approvalChecks: { interview: false, references: 0, dbs: false, training: false } });

    it('all off: an application alone is ready to approve, since the application', () => {
      expect(pipelineStage(enquiry({ applicationDate: '2025-01-07' }), off)).toEqual({ stage: 'approval', since: '2025-01-07' });
      expect(missingForApproval(enquiry({ applicationDate: '2025-01-07' }), off)).toEqual([]);
    });

    it('an application is still needed', () => {
      expect(pipelineStage(enquiry(), off)).toEqual({ stage: 'enquiry', since: '2025-01-06' });
      expect(missingForApproval(enquiry(), off)).toEqual(['Application: no application date recorded']);
    });

    it('interview off: references are waited for from the application', () => {
      const s = settingsWith({ approvalChecks: { interview: false } });
      expect(pipelineStage(enquiry({ applicationDate: '2025-01-07' }), s)).toEqual({ stage: 'references', since: '2025-01-07' });
    });

    it('references 0: a passed interview goes straight to the DBS check', () => {
      const s = settingsWith({ approvalChecks: { references: 0 } });
      expect(pipelineStage(interviewed, s)).toEqual({ stage: 'dbs', since: '2025-01-11' });
    });

    it('one reference: the first satisfactory one is enough', () => {
      const s = settingsWith({ approvalChecks: { references: 1 } });
      expect(pipelineStage({ ...interviewed, references: [ref('2025-01-14', true)] }, s)).toEqual({ stage: 'dbs', since: '2025-01-14' });
      expect(missingForApproval({ ...FULL, references: [ref('2025-01-14', true)] }, s)).toEqual([]);
    });

    it('DBS off: from references to training', () => {
      const s = settingsWith({ approvalChecks: { dbs: false } });
      expect(pipelineStage({ ...FULL, dbs: null, training: [] }, s)).toEqual({ stage: 'training', since: '2025-01-16' });
    });

    it('training off: from the DBS check to approval', () => {
      const s = settingsWith({ approvalChecks: { training: false } });
      expect(pipelineStage({ ...FULL, training: [] }, s)).toEqual({ stage: 'approval', since: '2025-01-18' });
      expect(missingForApproval({ ...FULL, training: [] }, s)).toEqual([]);
    });

    it('a different list of modules', () => {
      const s = settingsWith({ trainingModules: ['Only this'] });
      expect(pipelineStage(FULL, s).stage).toBe('training');
      expect(missingForApproval(FULL, s)).toEqual(['Training: Only this not completed']);
      expect(pipelineStage({ ...FULL, training: [{ module: 'Only this', completedDate: '2025-01-20' }] }, s)).toEqual({ stage: 'approval', since: '2025-01-20' });
    });
  });

  it('names every stage in recruitment order', () => {
    expect(PIPELINE_STAGES).toEqual(['enquiry', 'interview', 'references', 'dbs', 'training', 'approval']);
  });
});

describe('inactiveOn: from <= D and (no end, or end > D)', () => {
  const periods = (...inactivePeriods: { from: string; to: string | null }[]) => ({ inactivePeriods: inactivePeriods.map((p) => ({ ...p, reason: null, expectedReturn: null })) });

  it('a period starting on the date covers it; the day before does not', () => {
    expect(inactiveOn(periods({ from: '2025-05-01', to: null }), '2025-05-01')).toBe(true);
    expect(inactiveOn(periods({ from: '2025-05-01', to: null }), '2025-04-30')).toBe(false);
    expect(inactiveOn(periods({ from: '2025-05-01', to: null }), '2030-01-01')).toBe(true);
  });

  it('a period ending on the date does not cover it: the volunteer is back that day', () => {
    expect(inactiveOn(periods({ from: '2025-05-01', to: '2025-06-01' }), '2025-06-01')).toBe(false);
    expect(inactiveOn(periods({ from: '2025-05-01', to: '2025-06-01' }), '2025-05-31')).toBe(true);
  });

  it('a one-day period covers only its first day', () => {
    expect(inactiveOn(periods({ from: '2025-05-01', to: '2025-05-02' }), '2025-05-01')).toBe(true);
    expect(inactiveOn(periods({ from: '2025-05-01', to: '2025-05-02' }), '2025-05-02')).toBe(false);
  });

  it('any of several periods', () => {
    const v = periods({ from: '2025-01-01', to: '2025-02-01' }, { from: '2025-03-01', to: null });
    expect(['2024-12-31', '2025-01-01', '2025-02-01', '2025-02-28', '2025-03-01'].map((d) => inactiveOn(v, d))).toEqual([false, true, false, false, true]);
  });

  it('no periods: never inactive', () => {
    expect(inactiveOn(periods(), '2025-05-01')).toBe(false);
  });
});

describe('volunteerStatus as at a date', () => {
  const approved = { ...FULL, approvedDate: '2025-02-01' };

  it('approved on the date: active from that day, ready to approve the day before', () => {
    expect(volunteerStatus(approved, S, '2025-01-31')).toBe('approval');
    expect(volunteerStatus(approved, S, '2025-02-01')).toBe('active');
  });

  it('left: from the day they left', () => {
    const left = { ...approved, leftDate: '2025-09-30', leftReason: 'Moved away' };
    expect(volunteerStatus(left, S, '2025-09-29')).toBe('active');
    expect(volunteerStatus(left, S, '2025-09-30')).toBe('left');
    expect(volunteerStatus(left, S, '2026-01-01')).toBe('left');
  });

  it('inactive while a period covers the date, active again on the day it ends', () => {
    const v = { ...approved, inactivePeriods: [{ from: '2025-05-01', to: '2025-06-01', reason: 'Surgery', expectedReturn: null }] };
    expect(['2025-04-30', '2025-05-01', '2025-05-31', '2025-06-01'].map((d) => volunteerStatus(v, S, d))).toEqual(['active', 'inactive', 'inactive', 'active']);
  });

  it('left wins over an open inactive period', () => {
    const v = { ...approved, inactivePeriods: [{ from: '2025-05-01', to: null, reason: null, expectedReturn: null }], leftDate: '2025-08-01' };
    expect(volunteerStatus(v, S, '2025-07-31')).toBe('inactive');
    expect(volunteerStatus(v, S, '2025-08-01')).toBe('left');
  });

  it('withdrawn or rejected from the date recorded; the stage they were at before', () => {
    const withdrawn = enquiry({ applicationDate: '2025-01-07', withdrawnDate: '2025-02-01', withdrawnReason: 'No time' });
    expect(volunteerStatus(withdrawn, S, '2025-01-31')).toBe('interview');
    expect(volunteerStatus(withdrawn, S, '2025-02-01')).toBe('withdrawn');
    const rejected = { ...interviewed, interviewOutcome: 'not_proceed' as const, rejectedDate: '2025-01-12' };
    expect(volunteerStatus(rejected, S, '2025-01-11')).toBe('interview');
    expect(volunteerStatus(rejected, S, '2025-01-12')).toBe('rejected');
  });

  it('each pipeline stage is a status while not yet approved', () => {
    expect(volunteerStatus(enquiry(), S, '2025-03-01')).toBe('enquiry');
    expect(volunteerStatus(interviewed, S, '2025-03-01')).toBe('references');
    expect(volunteerStatus({ ...FULL, dbs: null }, S, '2025-03-01')).toBe('dbs');
  });
});

describe('approvedStatus: left, inactive or active from own dates and inactive periods alone', () => {
  const own = { approvedDate: '2025-01-10', leftDate: null, withdrawnDate: null, rejectedDate: null, inactivePeriods: [] };
  const away = [{ from: '2025-05-01', to: '2025-06-01', reason: null, expectedReturn: null }];
  it('is null for someone not approved by the day, whatever their other dates', () => {
    expect(approvedStatus({ ...own, approvedDate: null, withdrawnDate: '2025-02-01' }, '2025-03-01')).toBeNull();
    expect(approvedStatus(own, '2025-01-09')).toBeNull();
  });
  it('is left from the leaving date, inactive inside a period, active otherwise', () => {
    expect(approvedStatus(own, '2025-01-10')).toBe('active');
    expect(approvedStatus({ ...own, inactivePeriods: away }, '2025-05-15')).toBe('inactive');
    expect(approvedStatus({ ...own, inactivePeriods: away }, '2025-06-01')).toBe('active');
    expect(approvedStatus({ ...own, inactivePeriods: away, leftDate: '2025-05-10' }, '2025-05-15')).toBe('left');
  });
  it('agrees with volunteerStatus for every approved volunteer', () => {
    const v = { ...vetted('2024-11-01'), ...own, inactivePeriods: away };
    for (const day of ['2025-01-10', '2025-05-15', '2025-07-01']) expect(approvedStatus(v, day)).toBe(volunteerStatus(v, DEFAULT_RECRUITMENT_SETTINGS, day));
  });
});

describe('missingForApproval', () => {
  it('lists everything for a bare enquiry, each module by name', () => {
    expect(missingForApproval(enquiry(), S)).toEqual([
      'Application: no application date recorded',
      'Interview: not yet recorded as passed',
      'Reference 1 of 2: no satisfactory reference received yet',
      'Reference 2 of 2: no satisfactory reference received yet',
      'DBS check: certificate number, issue date and outcome not all recorded',
      'Training: Induction not completed',
      'Training: Safeguarding children not completed',
      'Training: Confidentiality and record keeping not completed',
      'Training: The Independent Visitor role and boundaries not completed',
    ]);
  });

  it('names the missing second reference when one satisfactory reference is in', () => {
    const v = { ...FULL, references: [FULL.references[0], { ...FULL.references[1], receivedDate: null, satisfactory: null }] };
    expect(missingForApproval(v, S)).toEqual(['Reference 2 of 2: no satisfactory reference received yet']);
  });

  it('an unsatisfactory reference does not count', () => {
    const v = { ...FULL, references: [FULL.references[0], { ...FULL.references[1], satisfactory: false }] };
    expect(missingForApproval(v, S)).toEqual(['Reference 2 of 2: no satisfactory reference received yet']);
  });

  it('says when the interview outcome was not to proceed', () => {
    expect(missingForApproval({ ...FULL, interviewOutcome: 'not_proceed' }, S)).toEqual(['Interview: the outcome was not to proceed']);
  });

  it('names each module not completed', () => {
    const v = { ...FULL, training: FULL.training.filter((t) => t.module === 'Induction' || t.module === 'Safeguarding children') };
    expect(missingForApproval(v, S)).toEqual(['Training: Confidentiality and record keeping not completed', 'Training: The Independent Visitor role and boundaries not completed']);
  });

  it('says so when the volunteer withdrew or was not accepted', () => {
    expect(missingForApproval({ ...FULL, withdrawnDate: '2025-01-20' }, S)).toEqual(['The volunteer has withdrawn']);
    expect(missingForApproval({ ...FULL, rejectedDate: '2025-01-20' }, S)).toEqual(['The volunteer was not accepted']);
  });

  it('is empty when every check is done', () => {
    expect(missingForApproval(FULL, S)).toEqual([]);
  });
});

describe('requiredTrainingOutstanding', () => {
  it('names the configured modules not completed, such as one added after approval', () => {
    const approved = { ...FULL, approvedDate: '2025-01-20' };
    expect(requiredTrainingOutstanding(approved, S)).toEqual([]);
    expect(requiredTrainingOutstanding(approved, settingsWith({ trainingModules: [...DEFAULT_MODULES, 'Online safety'] }))).toEqual(['Online safety']);
  });

  it('requires nothing when approval does not check training', () => {
    expect(requiredTrainingOutstanding(enquiry(), settingsWith({ approvalChecks: { training: false } }))).toEqual([]);
    expect(requiredTrainingOutstanding(enquiry(), S)).toEqual(DEFAULT_MODULES);
  });
});
