import { describe, expect, it } from 'vitest';
import { volunteerDateProblems } from './dateRules';
import type { VolunteerRecord } from './record';
import { enquiry, vetted } from '../../tests/fixtures/volunteers';

const TODAY = '2025-06-01';
// Enquiry 06/01/2025, application 07/01, interview 11/01, references 12/01 -> 14/01 and 16/01,
// DBS issued 17/01 and checked 18/01, training 19/01; approved 01/02.
const FULL: VolunteerRecord = { ...vetted('2025-01-06'), approvedDate: '2025-02-01' };
const problems = (over: Partial<VolunteerRecord>, base: VolunteerRecord = FULL) => volunteerDateProblems({ ...base, ...over }, TODAY);
const period = (from: string, to: string | null = null, expectedReturn: string | null = null) => ({ from, to, reason: null, expectedReturn });

describe('volunteerDateProblems', () => {
  it('finds nothing wrong with a fully valid record: approved, inactive for a while, then left', () => {
    expect(volunteerDateProblems(FULL, TODAY)).toEqual({});
    const whole = {
      ...FULL,
      dateOfBirth: '1980-02-29',
      dbs: { ...FULL.dbs!, outcome: 'information_disclosed_risk_assessed' as const, disclosureNote: 'Risk assessed', disclosureDecisionDate: '2025-01-20', updateService: true, updateServiceCheckedDate: '2025-05-01' },
      inactivePeriods: [period('2025-03-01', '2025-04-01', '2025-04-01'), period('2025-04-01', null, '2025-09-01')],
      leftDate: TODAY,
      leftReason: 'Moved away',
    };
    expect(volunteerDateProblems(whole, TODAY)).toEqual({});
  });

  it('allows every date to be today', () => {
    const t = TODAY;
    expect(volunteerDateProblems(enquiry({ enquiryDate: t, enquiryRespondedDate: t, applicationDate: t, interviewDate: t, interviewOutcome: 'proceed', approvedDate: t }), TODAY)).toEqual({});
  });

  it('an enquiry in the future', () => {
    expect(volunteerDateProblems(enquiry({ enquiryDate: '2025-06-02' }), TODAY)).toEqual({ enquiryDate: 'Enquiry date cannot be in the future' });
  });

  it('an enquiry answered before it was made', () => {
    expect(problems({ enquiryRespondedDate: '2025-01-05' })).toEqual({ enquiryRespondedDate: 'The enquiry cannot be answered before it was made (06/01/2025)' });
  });

  it('an application before the enquiry', () => {
    expect(problems({ applicationDate: '2025-01-05' })).toEqual({ applicationDate: 'The application cannot be before the enquiry (06/01/2025)' });
  });

  it('an interview before the application', () => {
    expect(problems({ interviewDate: '2025-01-06' })).toEqual({ interviewDate: 'The interview cannot be before the application (07/01/2025)' });
  });

  it('an interview with no application, and an outcome with no interview', () => {
    expect(volunteerDateProblems(enquiry({ interviewDate: '2025-01-10' }), TODAY)).toEqual({ interviewDate: 'Record the application before the interview' });
    expect(volunteerDateProblems(enquiry({ applicationDate: '2025-01-07', interviewOutcome: 'proceed' }), TODAY)).toEqual({
      interviewOutcome: 'Give the interview date with its outcome',
    });
  });

  it('approval before the application, and so before the enquiry', () => {
    expect(problems({ approvedDate: '2025-01-01' })).toEqual({ approvedDate: 'Approval cannot be before the application (07/01/2025)' });
  });

  it('approval before the interview', () => {
    expect(problems({ approvedDate: '2025-01-10' })).toEqual({ approvedDate: 'Approval cannot be before the interview (11/01/2025)' });
  });

  it('approval with no application', () => {
    expect(volunteerDateProblems(enquiry({ approvedDate: '2025-02-01' }), TODAY)).toEqual({ approvedDate: 'Record the application before approval' });
  });

  it('a DBS issue date in the future (today is fine)', () => {
    expect(problems({ dbs: { ...FULL.dbs!, issueDate: '2025-06-02', checkedDate: null } })).toEqual({ 'dbs.issueDate': 'A DBS issue date cannot be in the future' });
    expect(problems({ dbs: { ...FULL.dbs!, issueDate: TODAY, checkedDate: TODAY } })).toEqual({});
  });

  it('a DBS certificate checked before it was issued', () => {
    expect(problems({ dbs: { ...FULL.dbs!, checkedDate: '2025-01-16' } })).toEqual({ 'dbs.checkedDate': 'The certificate cannot be checked before it was issued (17/01/2025)' });
  });

  it('a disclosure note needs a disclosed outcome and the date of the decision', () => {
    expect(problems({ dbs: { ...FULL.dbs!, disclosureNote: 'Note', disclosureDecisionDate: '2025-01-20' } })).toEqual({
      'dbs.disclosureNote': 'A disclosure note is only kept when information was disclosed',
    });
    expect(problems({ dbs: { ...FULL.dbs!, outcome: 'information_disclosed_risk_assessed', disclosureNote: 'Note' } })).toEqual({
      'dbs.disclosureDecisionDate': 'Give the date of the decision, so the note can be deleted on time',
    });
  });

  it('a reference received before it was requested, or requested before the enquiry', () => {
    const [first, second] = FULL.references;
    expect(problems({ references: [first, { ...second, receivedDate: '2025-01-11' }] })).toEqual({
      'references.1.receivedDate': 'A reference cannot be received before it was requested (12/01/2025)',
    });
    expect(problems({ references: [{ ...first, requestedDate: '2025-01-05' }, second] })).toEqual({
      'references.0.requestedDate': 'A reference cannot be requested before the enquiry (06/01/2025)',
    });
  });

  it('a reference marked satisfactory or not with no date received', () => {
    expect(problems({ references: [FULL.references[0], { ...FULL.references[1], receivedDate: null, satisfactory: false }] })).toEqual({
      'references.1.satisfactory': 'Give the date the reference was received',
    });
  });

  it('training completed in the future or before the enquiry', () => {
    const training = FULL.training.map((t, i) => (i === 2 ? { ...t, completedDate: '2025-06-02' } : i === 3 ? { ...t, completedDate: '2025-01-05' } : t));
    expect(problems({ training })).toEqual({
      'training.2.completedDate': 'A training completion date cannot be in the future',
      'training.3.completedDate': 'Training cannot be completed before the enquiry (06/01/2025)',
    });
  });

  it('leaving before approval, or without it', () => {
    expect(problems({ leftDate: '2025-01-31' })).toEqual({ leftDate: 'A volunteer cannot leave before they were approved (01/02/2025)' });
    expect(problems({ approvedDate: null, leftDate: '2025-03-01' })).toEqual({ leftDate: 'Only an approved volunteer can leave: record a withdrawal instead' });
  });

  it('withdrawing after approval, or before the enquiry', () => {
    expect(problems({ withdrawnDate: '2025-03-01' })).toEqual({ withdrawnDate: 'An approved volunteer leaves rather than withdraws: record the date they left' });
    expect(volunteerDateProblems(enquiry({ withdrawnDate: '2025-01-05' }), TODAY)).toEqual({ withdrawnDate: 'A volunteer cannot withdraw before their enquiry (06/01/2025)' });
  });

  it('being turned down after approval, or as well as withdrawing', () => {
    expect(problems({ rejectedDate: '2025-03-01' })).toEqual({ rejectedDate: 'An approved volunteer cannot be turned down: record the date they left' });
    expect(volunteerDateProblems(enquiry({ withdrawnDate: '2025-02-01', rejectedDate: '2025-02-02' }), TODAY)).toEqual({
      rejectedDate: 'A volunteer cannot both withdraw and be turned down',
    });
  });

  it('overlapping inactive periods, named by the later one', () => {
    // Entered out of order: index 0 starts later than index 1.
    expect(problems({ inactivePeriods: [period('2025-04-01'), period('2025-03-01', '2025-04-02')] })).toEqual({
      'inactivePeriods.0.from': 'Inactive periods cannot overlap',
    });
    // An open-ended period overlaps anything after it.
    expect(problems({ inactivePeriods: [period('2025-03-01'), period('2025-05-01', '2025-05-10')] })).toEqual({
      'inactivePeriods.1.from': 'Inactive periods cannot overlap',
    });
    // One ending the day the next starts does not overlap.
    expect(problems({ inactivePeriods: [period('2025-03-01', '2025-04-01'), period('2025-04-01', '2025-05-01')] })).toEqual({});
  });

  it('an inactive period before approval, after leaving, ending before it starts, or expected back before it starts', () => {
    expect(problems({ inactivePeriods: [period('2025-01-31', '2025-02-10')] })).toEqual({
      'inactivePeriods.0.from': 'An inactive period cannot start before approval (01/02/2025)',
    });
    expect(problems({ leftDate: '2025-03-01', inactivePeriods: [period('2025-03-02')] })).toEqual({
      'inactivePeriods.0.from': 'An inactive period cannot start after the volunteer left',
    });
    expect(problems({ inactivePeriods: [period('2025-03-01', '2025-03-01')] })).toEqual({ 'inactivePeriods.0.to': 'An inactive period must end after it starts' });
    expect(problems({ inactivePeriods: [period('2025-03-01', null, '2025-02-28')] })).toEqual({
      'inactivePeriods.0.expectedReturn': 'The expected return cannot be before the period starts (01/03/2025)',
    });
    expect(volunteerDateProblems(enquiry({ inactivePeriods: [period('2025-03-01')] }), TODAY)).toEqual({
      'inactivePeriods.0.from': 'Only an approved volunteer can be inactive',
    });
  });

  it('a date of birth in the future, or on or after the enquiry', () => {
    expect(problems({ dateOfBirth: '2025-06-02' })).toEqual({ dateOfBirth: 'Date of birth must be in the past' });
    expect(problems({ dateOfBirth: '2025-01-06' })).toEqual({ dateOfBirth: 'Date of birth must be before the enquiry date' });
  });

  it('reports every problem at once, one per field', () => {
    const found = problems({ applicationDate: '2025-01-05', interviewDate: '2025-01-04', leftDate: '2025-01-01', dbs: { ...FULL.dbs!, issueDate: '2025-07-01', checkedDate: null } });
    expect(Object.keys(found).sort()).toEqual(['applicationDate', 'dbs.issueDate', 'interviewDate', 'leftDate']);
  });
});
