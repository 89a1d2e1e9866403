/**
 * Everything that happened to a volunteer, as dated events in date order, for the
 * profile's timeline. Pure: it reads the record and returns plain words.
 */
import type { VolunteerRecord } from './record';
import { ENQUIRY_SOURCE_LABELS, DBS_OUTCOME_LABELS } from './record';
import { formatUkDate } from '../dates';

export interface TimelineEvent {
  /** ISO calendar date. */
  date: string;
  /** What happened, in plain words. */
  text: string;
}

/** The fields the timeline reads; a profile's Volunteer has them all. */
export type TimelineInput = VolunteerRecord & { interviewPanel?: string | null };

const withReason = (text: string, reason: string | null | undefined) => (reason ? `${text}: ${reason}` : text);

/**
 * Events sorted by date; events on the same day keep the order recruitment runs in
 * (an enquiry before its answer, an interview before approval), so a day reads naturally.
 */
export function volunteerTimeline(v: TimelineInput): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const add = (date: string | null | undefined, text: string) => {
    if (date) events.push({ date, text });
  };

  add(v.enquiryDate, v.enquirySource ? `Enquiry received (${ENQUIRY_SOURCE_LABELS[v.enquirySource].toLowerCase()})` : 'Enquiry received');
  add(v.enquiryRespondedDate, 'Enquiry answered');
  add(v.applicationDate, 'Application received');
  if (v.interviewDate) {
    const outcome = v.interviewOutcome === 'proceed' ? 'to go ahead' : v.interviewOutcome === 'not_proceed' ? 'not to go ahead' : 'outcome not recorded';
    add(v.interviewDate, `Interviewed${v.interviewPanel ? ` by ${v.interviewPanel}` : ''}: ${outcome}`);
  }
  v.references.forEach((r, i) => {
    const who = `Reference ${i + 1}${r.name ? ` (${r.name})` : ''}`;
    add(r.requestedDate, `${who} requested`);
    const verdict = r.satisfactory === true ? ', satisfactory' : r.satisfactory === false ? ', not satisfactory' : '';
    add(r.receivedDate, `${who} received${verdict}`);
  });
  const dbs = v.dbs;
  if (dbs) {
    add(dbs.issueDate, `DBS certificate issued${dbs.outcome ? ` (${DBS_OUTCOME_LABELS[dbs.outcome].toLowerCase()})` : ''}`);
    add(dbs.checkedDate, `DBS certificate checked${dbs.checkedBy ? ` by ${dbs.checkedBy}` : ''}`);
    add(dbs.disclosureDecisionDate, 'Decision on the disclosed information');
    add(dbs.updateServiceCheckedDate, 'DBS Update Service status checked');
  }
  for (const t of v.training) add(t.completedDate, `Training completed: ${t.module}`);
  add(v.approvedDate, 'Approved as an Independent Visitor');
  for (const p of v.inactivePeriods) {
    add(p.from, withReason('Became inactive', p.reason) + (p.expectedReturn ? ` (expected back ${formatUkDate(p.expectedReturn)})` : ''));
    add(p.to, 'Active again after an inactive period');
  }
  add(v.withdrawnDate, withReason('Withdrew', v.withdrawnReason));
  add(v.rejectedDate, withReason('Not accepted', v.rejectedReason));
  add(v.leftDate, withReason('Left the scheme', v.leftReason));
  add(dbs?.disclosureNoteDeletedDate, 'DBS disclosure note deleted, as the data rules require');

  // A stable sort by date keeps the order events were added in for the same day.
  return events.map((e, i) => ({ e, i })).sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i).map(({ e }) => e);
}
