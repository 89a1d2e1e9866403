/**
 * Dates that cannot be true, for a volunteer as a whole: events in the future, and
 * events in an impossible order. One function for the forms, the stage calls and import.
 * Keys are field paths (references.1.receivedDate); values are plain-English problems.
 */
import type { VolunteerRecord } from './record';
import { dateOfBirthProblem } from '../people';
import { formatUkDate } from '../dates';

export type Problems = Record<string, string>;

export function volunteerDateProblems(v: VolunteerRecord, today: string): Problems {
  const problems: Problems = {};
  const add = (field: string, message: string | null | false) => {
    if (message && !problems[field]) problems[field] = message;
  };
  const past = (field: string, date: string | null | undefined, label: string) =>
    add(field, !!date && date > today && `${label} cannot be in the future`);
  const after = (field: string, date: string | null | undefined, earlier: string | null | undefined, message: string) =>
    add(field, !!date && !!earlier && date < earlier && `${message} (${formatUkDate(earlier)})`);

  add('dateOfBirth', dateOfBirthProblem(v.dateOfBirth, today));
  if (v.dateOfBirth && v.enquiryDate <= v.dateOfBirth) add('dateOfBirth', 'Date of birth must be before the enquiry date');

  past('enquiryDate', v.enquiryDate, 'Enquiry date');
  past('enquiryRespondedDate', v.enquiryRespondedDate, 'The date the enquiry was answered');
  after('enquiryRespondedDate', v.enquiryRespondedDate, v.enquiryDate, 'The enquiry cannot be answered before it was made');

  past('applicationDate', v.applicationDate, 'Application date');
  after('applicationDate', v.applicationDate, v.enquiryDate, 'The application cannot be before the enquiry');

  past('interviewDate', v.interviewDate, 'Interview date');
  add('interviewDate', !!v.interviewDate && !v.applicationDate && 'Record the application before the interview');
  after('interviewDate', v.interviewDate, v.applicationDate, 'The interview cannot be before the application');
  add('interviewOutcome', !!v.interviewOutcome && !v.interviewDate && 'Give the interview date with its outcome');

  v.references.forEach((r, i) => {
    past(`references.${i}.requestedDate`, r.requestedDate, 'The date the reference was requested');
    past(`references.${i}.receivedDate`, r.receivedDate, 'The date the reference was received');
    after(`references.${i}.requestedDate`, r.requestedDate, v.enquiryDate, 'A reference cannot be requested before the enquiry');
    after(`references.${i}.receivedDate`, r.receivedDate, r.requestedDate, 'A reference cannot be received before it was requested');
    add(`references.${i}.satisfactory`, r.satisfactory !== null && !r.receivedDate && 'Give the date the reference was received');
  });

  if (v.dbs) {
    const d = v.dbs;
    past('dbs.issueDate', d.issueDate, 'A DBS issue date');
    past('dbs.checkedDate', d.checkedDate, 'The date the certificate was checked');
    after('dbs.checkedDate', d.checkedDate, d.issueDate, 'The certificate cannot be checked before it was issued');
    past('dbs.updateServiceCheckedDate', d.updateServiceCheckedDate, 'The Update Service check date');
    after('dbs.updateServiceCheckedDate', d.updateServiceCheckedDate, d.issueDate, 'The Update Service check cannot be before the certificate was issued');
    past('dbs.disclosureDecisionDate', d.disclosureDecisionDate, 'The decision date');
    after('dbs.disclosureDecisionDate', d.disclosureDecisionDate, d.issueDate, 'The decision cannot be before the certificate was issued');
    add('dbs.disclosureNote', !!d.disclosureNote && d.outcome !== 'information_disclosed_risk_assessed' && 'A disclosure note is only kept when information was disclosed');
    add('dbs.disclosureDecisionDate', !!d.disclosureNote && !d.disclosureDecisionDate && 'Give the date of the decision, so the note can be deleted on time');
  }

  v.training.forEach((t, i) => {
    past(`training.${i}.completedDate`, t.completedDate, 'A training completion date');
    after(`training.${i}.completedDate`, t.completedDate, v.enquiryDate, 'Training cannot be completed before the enquiry');
  });

  past('approvedDate', v.approvedDate, 'Approval date');
  add('approvedDate', !!v.approvedDate && !v.applicationDate && 'Record the application before approval');
  after('approvedDate', v.approvedDate, v.applicationDate, 'Approval cannot be before the application');
  after('approvedDate', v.approvedDate, v.interviewDate, 'Approval cannot be before the interview');

  past('withdrawnDate', v.withdrawnDate, 'The date they withdrew');
  after('withdrawnDate', v.withdrawnDate, v.enquiryDate, 'A volunteer cannot withdraw before their enquiry');
  add('withdrawnDate', !!v.withdrawnDate && !!v.approvedDate && 'An approved volunteer leaves rather than withdraws: record the date they left');
  past('rejectedDate', v.rejectedDate, 'The date they were not accepted');
  after('rejectedDate', v.rejectedDate, v.enquiryDate, 'A volunteer cannot be turned down before their enquiry');
  add('rejectedDate', !!v.rejectedDate && !!v.approvedDate && 'An approved volunteer cannot be turned down: record the date they left');
  add('rejectedDate', !!v.rejectedDate && !!v.withdrawnDate && 'A volunteer cannot both withdraw and be turned down');

  past('leftDate', v.leftDate, 'The date they left');
  add('leftDate', !!v.leftDate && !v.approvedDate && 'Only an approved volunteer can leave: record a withdrawal instead');
  after('leftDate', v.leftDate, v.approvedDate, 'A volunteer cannot leave before they were approved');

  const periods = [...v.inactivePeriods].map((p, i) => ({ ...p, i })).sort((a, b) => a.from.localeCompare(b.from));
  periods.forEach((p, k) => {
    past(`inactivePeriods.${p.i}.from`, p.from, 'The start of an inactive period');
    add(`inactivePeriods.${p.i}.from`, !v.approvedDate && 'Only an approved volunteer can be inactive');
    after(`inactivePeriods.${p.i}.from`, p.from, v.approvedDate, 'An inactive period cannot start before approval');
    past(`inactivePeriods.${p.i}.to`, p.to, 'The end of an inactive period');
    add(`inactivePeriods.${p.i}.to`, !!p.to && p.to <= p.from && 'An inactive period must end after it starts');
    after(`inactivePeriods.${p.i}.expectedReturn`, p.expectedReturn, p.from, 'The expected return cannot be before the period starts');
    const next = periods[k + 1];
    add(`inactivePeriods.${next?.i}.from`, !!next && (!p.to || next.from < p.to) && 'Inactive periods cannot overlap');
    add(`inactivePeriods.${p.i}.from`, !!v.leftDate && p.from > v.leftDate && 'An inactive period cannot start after the volunteer left');
  });
  return problems;
}
