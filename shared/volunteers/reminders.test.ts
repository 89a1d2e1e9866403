import { describe, expect, it } from 'vitest';
import { dbsCheckDue, disclosureNoteDeletionDate, volunteerReminders, type VolunteerWithId } from './reminders';
import { DEFAULT_RECRUITMENT_SETTINGS } from './settings';
import type { VolunteerDbs, VolunteerRecord } from './record';
import { sortTodayItems, type TodayItem } from '../today';
import { enquiry, settingsWith, vetted } from '../../tests/fixtures/volunteers';

// Wednesday 4 June 2025. Friday 30 May + 3 working days is Wednesday 4 June; the horizon
// for "due soon" (30 days) is Friday 4 July 2025.
const TODAY = '2025-06-04';
const S = DEFAULT_RECRUITMENT_SETTINGS;

let nextId = 1;
const v = (name: string, record: VolunteerRecord): VolunteerWithId => ({ ...record, id: nextId++, firstName: name, lastName: 'Test' });
const dbs = (over: Partial<VolunteerDbs>): VolunteerDbs => ({ ...vetted('2020-01-01').dbs!, ...over });
/** Approved long ago, with the given DBS record. */
const approvedWith = (d: Partial<VolunteerDbs>, over: Partial<VolunteerRecord> = {}) => ({ ...vetted('2020-01-01'), approvedDate: '2020-03-01', dbs: dbs(d), ...over });
const applied = (applicationDate: string, over: Partial<VolunteerRecord> = {}) => enquiry({ enquiryDate: '2025-01-02', enquiryRespondedDate: '2025-01-03', applicationDate, ...over });
const requested = (requestedDate: string, receivedDate: string | null = null) => ({ name: `Ref ${requestedDate}`, relationship: null, requestedDate, receivedDate, satisfactory: receivedDate ? true : null });

const VOLUNTEERS: VolunteerWithId[] = [
  // Enquiries not answered: the deadline is 3 working days on, weekends skipped.
  v('Tuesday', enquiry({ enquiryDate: '2025-05-27' })), // Wed, Thu, Fri: due 30/05
  v('Friday', enquiry({ enquiryDate: '2025-05-30' })), // Mon, Tue, Wed: due 04/06, today
  v('Saturday', enquiry({ enquiryDate: '2025-05-31' })), // Mon, Tue, Wed: due 04/06
  v('Monday', enquiry({ enquiryDate: '2025-06-02' })), // Tue, Wed, Thu: due 05/06, not yet
  v('Answered', enquiry({ enquiryDate: '2025-05-01', enquiryRespondedDate: '2025-05-02' })),
  // References chased 14 days after the request; approval expected within 12 weeks (84 days) of the application.
  v(
    'Referenced',
    applied('2025-04-02', {
      interviewDate: '2025-04-10',
      interviewOutcome: 'proceed',
      references: [requested('2025-05-21'), requested('2025-05-22'), requested('2025-05-01', '2025-05-10')],
    }),
  ), // 21/05 + 14 = 04/06 (chase); 22/05 + 14 = 05/06 (not yet); approval due 25/06 (not yet)
  v('Slow', applied('2025-03-12')), // 12/03 + 84 days = 04/06
  v('Quicker', applied('2025-03-13')), // 05/06: not yet
  // DBS: a re-check 3 years after issue, or a yearly status check on the Update Service.
  v('Recheck', approvedWith({ issueDate: '2022-06-04', checkedDate: '2022-06-04' })), // due 04/06/2025
  v('Soon', approvedWith({ issueDate: '2022-07-04', checkedDate: '2022-07-04' })), // due 04/07/2025, the last day of the horizon
  v('Later', approvedWith({ issueDate: '2022-07-05', checkedDate: '2022-07-05' })), // due 05/07/2025, beyond it
  v('Status', approvedWith({ issueDate: '2023-01-10', checkedDate: '2023-01-10', updateService: true, updateServiceCheckedDate: '2024-06-10' })), // 10/06/2025
  v('Unchecked', approvedWith({ issueDate: '2024-05-01', checkedDate: '2024-05-01', updateService: true })), // issue + 12 months: 01/05/2025
  v('Inactive', approvedWith({ issueDate: '2022-01-01', checkedDate: '2022-01-01' }, { inactivePeriods: [{ from: '2025-01-01', to: null, reason: 'Illness', expectedReturn: null }] })), // 01/01/2025
  // A disclosure note is deleted 6 months after the decision.
  v(
    'Disclosed',
    approvedWith({
      issueDate: '2024-11-01',
      checkedDate: '2024-11-02',
      outcome: 'information_disclosed_risk_assessed',
      disclosureNote: 'Risk assessed',
      disclosureDecisionDate: '2024-12-20',
    }),
  ), // 20/06/2025
  // Closed records: nothing to chase, however late it would be.
  v('Withdrawn', enquiry({ enquiryDate: '2025-01-06', applicationDate: '2025-01-07', references: [requested('2025-01-08')], withdrawnDate: '2025-06-01' })),
  v('Rejected', applied('2025-01-07', { interviewDate: '2025-01-10', interviewOutcome: 'not_proceed', rejectedDate: '2025-01-11' })),
  v('Left', approvedWith({ issueDate: '2022-01-01', checkedDate: '2022-01-01' }, { leftDate: '2025-05-01', leftReason: 'Moved away' })),
];

const item = (kind: string, urgency: TodayItem['urgency'], dueDate: string, name: string, message: string): TodayItem => {
  const id = VOLUNTEERS.find((x) => x.firstName === name)!.id;
  return { key: `${kind}:volunteers:${id}${kind === 'reference_outstanding' ? ':1' : ''}`, kind, urgency, dueDate, subject: `${name} Test`, message, link: `/volunteers/${id}`, record: { kind: 'volunteer', id } };
};

const reminders = (settings = S, volunteers = VOLUNTEERS) => sortTodayItems(volunteerReminders(volunteers, settings, TODAY, new Set()));
const subjects = (items: TodayItem[], kind: string) => items.filter((i) => i.kind === kind).map((i) => i.subject.replace(' Test', ''));

describe('volunteerReminders: every recruitment reminder, on Wednesday 4 June 2025', () => {
  it('gives exactly these items, overdue first, then by due date', () => {
    expect(reminders()).toEqual([
      item('dbs_recheck', 'overdue', '2025-01-01', 'Inactive', 'DBS re-check due (certificate issued 01/01/2022)'),
      item('dbs_status_check', 'overdue', '2025-05-01', 'Unchecked', 'Yearly DBS Update Service status check due'),
      item('enquiry_unanswered', 'overdue', '2025-05-30', 'Tuesday', 'Enquiry of 27/05/2025 not yet answered'),
      item('enquiry_unanswered', 'overdue', '2025-06-04', 'Friday', 'Enquiry of 30/05/2025 not yet answered'),
      item('dbs_recheck', 'overdue', '2025-06-04', 'Recheck', 'DBS re-check due (certificate issued 04/06/2022)'),
      item('reference_outstanding', 'overdue', '2025-06-04', 'Referenced', 'Reference 1 (Ref 2025-05-21) requested 21/05/2025: chase it'),
      item('enquiry_unanswered', 'overdue', '2025-06-04', 'Saturday', 'Enquiry of 31/05/2025 not yet answered'),
      item('approval_overdue', 'overdue', '2025-06-04', 'Slow', 'Applied 12/03/2025: approval is taking longer than 12 weeks'),
      item('dbs_status_check', 'due_soon', '2025-06-10', 'Status', 'Yearly DBS Update Service status check due'),
      item('disclosure_note_deletion', 'due_soon', '2025-06-20', 'Disclosed', 'The DBS disclosure note will be deleted on 20/06/2025, 6 months after the decision'),
      item('dbs_recheck', 'due_soon', '2025-07-04', 'Soon', 'DBS re-check due (certificate issued 04/07/2022)'),
    ]);
  });

  it('an unanswered enquiry shows only once the working days have passed, never as due soon', () => {
    const items = reminders();
    expect(subjects(items, 'enquiry_unanswered')).toEqual(['Tuesday', 'Friday', 'Saturday']);
    expect(items.some((i) => i.subject === 'Monday Test')).toBe(false);
    // The next day (Thursday), Monday's enquiry is due.
    const thursday = volunteerReminders(VOLUNTEERS, S, '2025-06-05', new Set()).filter((i) => i.kind === 'enquiry_unanswered');
    expect(thursday.map((i) => i.subject)).toContain('Monday Test');
    // An enquiry that has moved on to an application is not chased as an enquiry.
    expect(subjects(items, 'enquiry_unanswered')).not.toContain('Slow');
  });

  it('nothing for withdrawn, rejected or left volunteers', () => {
    const closed = ['Withdrawn Test', 'Rejected Test', 'Left Test'];
    expect(reminders().filter((i) => closed.includes(i.subject))).toEqual([]);
  });

  it('a disclosure note due for deletion is shown whatever the status, as the note is still held', () => {
    const left = v('LeftNote', approvedWith({ outcome: 'information_disclosed_risk_assessed', disclosureNote: 'Note', disclosureDecisionDate: '2024-12-20' }, { leftDate: '2025-05-01' }));
    expect(reminders(S, [left]).map((i) => i.kind)).toEqual(['disclosure_note_deletion']);
  });

  describe('the intervals are configurable', () => {
    it('enquiry response: 1 working day catches Monday\'s enquiry; 5 lets Friday\'s wait', () => {
      expect(subjects(reminders(settingsWith({ reminders: { enquiryResponseWorkingDays: 1 } })), 'enquiry_unanswered')).toEqual(['Tuesday', 'Friday', 'Saturday', 'Monday']);
      expect(subjects(reminders(settingsWith({ reminders: { enquiryResponseWorkingDays: 5 } })), 'enquiry_unanswered')).toEqual(['Tuesday']);
    });

    it('reference chase: after 13 days the second reference is due too; after 15, neither', () => {
      const chase = (days: number) => reminders(settingsWith({ reminders: { referenceChaseDays: days } })).filter((i) => i.kind === 'reference_outstanding');
      expect(chase(13).map((i) => i.dueDate)).toEqual(['2025-06-03', '2025-06-04']);
      expect(chase(15)).toEqual([]);
    });

    it('application to approval: 13 weeks and Slow is not late yet; 9 weeks and Referenced is', () => {
      expect(subjects(reminders(settingsWith({ reminders: { applicationToApprovalWeeks: 13 } })), 'approval_overdue')).toEqual([]);
      const nine = reminders(settingsWith({ reminders: { applicationToApprovalWeeks: 9 } })).filter((i) => i.kind === 'approval_overdue');
      expect(nine.map((i) => [i.subject, i.dueDate])).toEqual([
        ['Slow Test', '2025-05-14'],
        ['Quicker Test', '2025-05-15'],
        ['Referenced Test', '2025-06-04'],
      ]);
      expect(nine[0].message).toBe('Applied 12/03/2025: approval is taking longer than 9 weeks');
    });

    it('DBS re-check every 2 years: every certificate is overdue', () => {
      const items = reminders(settingsWith({ reminders: { dbsRecheckYears: 2 } })).filter((i) => i.kind === 'dbs_recheck');
      expect(items.map((i) => [i.subject, i.urgency, i.dueDate])).toEqual([
        ['Inactive Test', 'overdue', '2024-01-01'],
        ['Recheck Test', 'overdue', '2024-06-04'],
        ['Soon Test', 'overdue', '2024-07-04'],
        ['Later Test', 'overdue', '2024-07-05'],
      ]);
    });

    it('Update Service check every 6 months', () => {
      const items = reminders(settingsWith({ reminders: { updateServiceCheckMonths: 6 } })).filter((i) => i.kind === 'dbs_status_check');
      expect(items.map((i) => [i.subject, i.urgency, i.dueDate])).toEqual([
        ['Unchecked Test', 'overdue', '2024-11-01'],
        ['Status Test', 'overdue', '2024-12-10'],
      ]);
    });

    it('disclosure notes kept 5 months', () => {
      const items = reminders(settingsWith({ reminders: { disclosureNoteMonths: 5 } })).filter((i) => i.kind === 'disclosure_note_deletion');
      expect(items).toEqual([item('disclosure_note_deletion', 'overdue', '2025-05-20', 'Disclosed', 'The DBS disclosure note will be deleted on 20/05/2025, 5 months after the decision')]);
    });

    it('how far ahead "due soon" looks: 0 days shows none; 6 days shows only the status check', () => {
      expect(reminders(settingsWith({ reminders: { dueSoonDays: 0 } })).filter((i) => i.urgency === 'due_soon')).toEqual([]);
      expect(reminders(settingsWith({ reminders: { dueSoonDays: 6 } })).filter((i) => i.urgency === 'due_soon').map((i) => i.subject)).toEqual(['Status Test']);
    });
  });
});

describe('dbsCheckDue and disclosureNoteDeletionDate', () => {
  it('a re-check 3 years after issue, 29 February becoming 28 February', () => {
    expect(dbsCheckDue(approvedWith({ issueDate: '2024-02-29' }), S)).toEqual({ date: '2027-02-28', kind: 'recheck' });
  });

  it('on the Update Service, a status check a year after the last one, or after issue', () => {
    expect(dbsCheckDue(approvedWith({ issueDate: '2024-01-31', updateService: true }), S)).toEqual({ date: '2025-01-31', kind: 'status_check' });
    expect(dbsCheckDue(approvedWith({ issueDate: '2024-01-31', updateService: true, updateServiceCheckedDate: '2025-01-15' }), S)).toEqual({ date: '2026-01-15', kind: 'status_check' });
  });

  it('nothing without an issue date', () => {
    expect(dbsCheckDue(enquiry(), S)).toBeNull();
    expect(dbsCheckDue(approvedWith({ issueDate: null }), S)).toBeNull();
  });

  it('a note is deleted 6 months after the decision (31 August -> 28 February); no note, no date', () => {
    const note = (d: Partial<VolunteerDbs>) => approvedWith({ outcome: 'information_disclosed_risk_assessed', ...d });
    expect(disclosureNoteDeletionDate(note({ disclosureNote: 'N', disclosureDecisionDate: '2024-08-31' }), S)).toBe('2025-02-28');
    expect(disclosureNoteDeletionDate(note({ disclosureNote: null, disclosureDecisionDate: '2024-08-31', disclosureNoteDeletedDate: '2025-02-28' }), S)).toBeNull();
    expect(disclosureNoteDeletionDate(note({ disclosureNote: 'N', disclosureDecisionDate: null }), S)).toBeNull();
  });
});
