/**
 * The kinds of Today item that can be snoozed or dismissed: the record each is about and
 * what it is in words, for where a decision is read away from Today (a subject access
 * document) and for checking one brought in by an interchange file.
 */
import type { DecisionRecordKind } from '../today';

export const PUT_OFF_KINDS = {
  enquiry_unanswered: { record: 'volunteer', label: 'Enquiry to answer' },
  reference_outstanding: { record: 'volunteer', label: 'Reference to chase' },
  approval_overdue: { record: 'volunteer', label: 'Approval taking longer than planned' },
  dbs_recheck: { record: 'volunteer', label: 'DBS re-check' },
  dbs_status_check: { record: 'volunteer', label: 'DBS Update Service status check' },
  disclosure_note_deletion: { record: 'volunteer', label: 'Deleting the DBS disclosure note' },
  supervision: { record: 'volunteer', label: 'Supervision' },
  care_review: { record: 'young_person', label: 'Care-review update' },
  retention_review: { record: 'young_person', label: 'Review of the records for deletion' },
  turning_18: { record: 'young_person', label: 'Turning 18: the care-leaver decision' },
  turning_25: { record: 'young_person', label: 'Turning 25: the service ends' },
  long_wait: { record: 'young_person', label: 'Long wait for a match' },
  feedback_visit: { record: 'match', label: 'Feedback visit' },
  proposal_no_introduction: { record: 'match', label: 'Proposal with no introduction' },
} as const satisfies Record<string, { record: DecisionRecordKind; label: string }>;

export type PutOffKind = keyof typeof PUT_OFF_KINDS;
export const PUT_OFF_KIND_NAMES = Object.keys(PUT_OFF_KINDS) as [PutOffKind, ...PutOffKind[]];

/** What an item key holds beyond its kind and record: "reference_outstanding:volunteers:4:31" -> "31". */
export function keyDetail(itemKey: string): string | null {
  return itemKey.split(':')[3] ?? null;
}
