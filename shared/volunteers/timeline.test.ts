import { describe, expect, it } from 'vitest';
import { volunteerTimeline } from './timeline';
import type { VolunteerRecord } from './record';

const base: VolunteerRecord = {
  firstName: 'Ann',
  lastName: 'Lee',
  dateOfBirth: null,
  enquiryDate: '2025-01-06',
  enquirySource: null,
  enquiryRespondedDate: null,
  applicationDate: null,
  interviewDate: null,
  interviewOutcome: null,
  references: [],
  dbs: null,
  training: [],
  approvedDate: null,
  withdrawnDate: null,
  withdrawnReason: null,
  rejectedDate: null,
  rejectedReason: null,
  inactivePeriods: [],
  leftDate: null,
  leftReason: null,
};

describe('volunteerTimeline', () => {
  it('has only the enquiry for a new enquiry', () => {
    expect(volunteerTimeline(base)).toEqual([{ date: '2025-01-06', text: 'Enquiry received' }]);
  });

  it('lists every dated event of a full journey in date order', () => {
    const events = volunteerTimeline({
      ...base,
      enquirySource: 'word_of_mouth',
      enquiryRespondedDate: '2025-01-07',
      applicationDate: '2025-01-20',
      interviewDate: '2025-02-03',
      interviewPanel: 'Jo Bell and Sam Carr',
      interviewOutcome: 'proceed',
      references: [
        { name: 'Pat Moss', relationship: 'Employer', requestedDate: '2025-02-04', receivedDate: '2025-02-18', satisfactory: true },
        { name: null, relationship: null, requestedDate: '2025-02-04', receivedDate: '2025-02-10', satisfactory: false },
      ],
      dbs: {
        certificateNumber: '001234567890',
        issueDate: '2025-02-20',
        level: 'enhanced_barred_children',
        outcome: 'information_disclosed_risk_assessed',
        checkedBy: 'Jo Bell',
        checkedDate: '2025-02-24',
        updateService: true,
        updateServiceCheckedDate: '2026-02-20',
        disclosureNote: null,
        disclosureDecisionDate: '2025-02-25',
        disclosureNoteDeletedDate: '2025-08-25',
      },
      // Recorded out of date order on purpose.
      training: [
        { module: 'Safeguarding children', completedDate: '2025-03-05' },
        { module: 'Induction', completedDate: '2025-03-01' },
        { module: 'Confidentiality', completedDate: null },
      ],
      approvedDate: '2025-03-10',
      inactivePeriods: [{ from: '2025-06-01', to: '2025-07-01', reason: 'Caring for a parent', expectedReturn: '2025-07-01' }],
      leftDate: '2026-03-01',
      leftReason: 'Moved away',
    });
    expect(events).toEqual([
      { date: '2025-01-06', text: 'Enquiry received (word of mouth)' },
      { date: '2025-01-07', text: 'Enquiry answered' },
      { date: '2025-01-20', text: 'Application received' },
      { date: '2025-02-03', text: 'Interviewed by Jo Bell and Sam Carr: to go ahead' },
      { date: '2025-02-04', text: 'Reference 1 (Pat Moss) requested' },
      { date: '2025-02-04', text: 'Reference 2 requested' },
      { date: '2025-02-10', text: 'Reference 2 received, not satisfactory' },
      { date: '2025-02-18', text: 'Reference 1 (Pat Moss) received, satisfactory' },
      { date: '2025-02-20', text: 'DBS certificate issued (information disclosed and risk-assessed)' },
      { date: '2025-02-24', text: 'DBS certificate checked by Jo Bell' },
      { date: '2025-02-25', text: 'Decision on the disclosed information' },
      { date: '2025-03-01', text: 'Training completed: Induction' },
      { date: '2025-03-05', text: 'Training completed: Safeguarding children' },
      { date: '2025-03-10', text: 'Approved as an Independent Visitor' },
      { date: '2025-06-01', text: 'Became inactive: Caring for a parent (expected back 01/07/2025)' },
      { date: '2025-07-01', text: 'Active again after an inactive period' },
      { date: '2025-08-25', text: 'DBS disclosure note deleted, as the data rules require' },
      { date: '2026-02-20', text: 'DBS Update Service status checked' },
      { date: '2026-03-01', text: 'Left the scheme: Moved away' },
    ]);
  });

  it('keeps the order recruitment runs in for events on the same day', () => {
    const day = '2025-04-01';
    const events = volunteerTimeline({
      ...base,
      enquiryDate: day,
      enquiryRespondedDate: day,
      applicationDate: day,
      interviewDate: day,
      interviewOutcome: 'not_proceed',
      rejectedDate: day,
      rejectedReason: null,
    });
    expect(events.map((e) => e.text)).toEqual(['Enquiry received', 'Enquiry answered', 'Application received', 'Interviewed: not to go ahead', 'Not accepted']);
  });

  it('words an interview without an outcome and a withdrawal with its reason', () => {
    const events = volunteerTimeline({ ...base, applicationDate: '2025-01-10', interviewDate: '2025-01-15', withdrawnDate: '2025-01-20', withdrawnReason: 'New job' });
    expect(events.slice(-2)).toEqual([
      { date: '2025-01-15', text: 'Interviewed: outcome not recorded' },
      { date: '2025-01-20', text: 'Withdrew: New job' },
    ]);
  });
});
