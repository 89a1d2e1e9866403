/** Words for the audit trail: what kind of record, what was done, and each field's name. */

export const RECORD_KIND_LABELS = {
  volunteers: 'Volunteer',
  volunteer_references: 'Reference',
  volunteer_training: 'Training',
  volunteer_inactive_periods: 'Inactive period',
  supervisions: 'Supervision',
  young_people: 'Young person',
  referrals: 'Referral',
  consents: 'Consent',
  care_reviews: 'Care review',
  care_review_updates: 'Care-review update',
  matches: 'Match',
  visits: 'Visit',
  contacts: 'Contact',
  feedback: 'Feedback',
  complaints: 'Complaint',
  safeguarding_concerns: 'Safeguarding concern',
  standard_assessments: 'National Standards self-assessment',
  report_narratives: 'Annual report section',
  sheet_imports: 'Spreadsheet import',
  backup: 'Backup',
} as const;

export type RecordKind = keyof typeof RECORD_KIND_LABELS;
export const RECORD_KINDS = Object.keys(RECORD_KIND_LABELS) as RecordKind[];

export const ACTION_LABELS = {
  create: 'Added',
  update: 'Changed',
  delete: 'Deleted',
  import: 'Imported',
  restore: 'Restored from a backup',
  erasure: 'Erased',
} as const;

export type AuditActionKind = keyof typeof ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(ACTION_LABELS) as AuditActionKind[];

/** Where the column's own words would read badly. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  max_travel_miles: 'Furthest they will travel (miles)',
  activity_cost_pence: 'Activity cost',
  transport_cost_pence: 'Transport cost',
  mileage_rate_pence: 'Mileage rate',
  duration_minutes: 'Length of visit',
  dbs_update_service: 'On the DBS Update Service',
  views_agreed: 'The young person agreed to share their views',
  matches_discussed: 'Matches discussed',
  action_items: 'Actions',
  with_whom: 'With whom',
  iro: 'IRO',
  group_ref: 'Group session',
  satisfactory: 'Satisfactory',
  capacity: 'Matches they can take',
};

const ACRONYMS: Readonly<Record<string, string>> = { dbs: 'DBS', iv: 'IV', iro: 'IRO' };

/** A column's name as words: `dbs_issue_date` reads "DBS issue date". */
export function fieldLabel(column: string): string {
  const known = FIELD_LABELS[column];
  if (known) return known;
  const words = column.split('_').map((word) => ACRONYMS[word] ?? word);
  const first = words[0] ?? '';
  return [first.charAt(0).toUpperCase() + first.slice(1), ...words.slice(1)].join(' ');
}
