/**
 * A volunteer as the rules see it: the interchange format's fields (interchange.md), plus
 * the few this app keeps beyond it (documented in the README). Status is never stored;
 * it is derived from these dates.
 */
export type EnquirySource = 'social_media' | 'website' | 'event' | 'word_of_mouth' | 'advert' | 'other';
export type InterviewOutcome = 'proceed' | 'not_proceed';
export type DbsLevel = 'enhanced_barred_children' | 'enhanced' | 'basic';
export type DbsOutcome = 'clear' | 'information_disclosed_risk_assessed';

export interface VolunteerReference {
  name: string | null;
  relationship: string | null;
  requestedDate: string | null;
  receivedDate: string | null;
  satisfactory: boolean | null;
}

export interface VolunteerDbs {
  certificateNumber: string | null;
  issueDate: string | null;
  level: DbsLevel | null;
  outcome: DbsOutcome | null;
  checkedBy: string | null;
  checkedDate: string | null;
  updateService: boolean | null;
  /** Beyond the format: the last yearly Update Service status check. */
  updateServiceCheckedDate: string | null;
  /** Beyond the format: a note about disclosed information, deleted 6 months after the decision. */
  disclosureNote: string | null;
  disclosureDecisionDate: string | null;
  disclosureNoteDeletedDate: string | null;
}

export interface TrainingRecord {
  module: string;
  completedDate: string | null;
}

export interface InactivePeriod {
  from: string;
  to: string | null;
  reason: string | null;
  /** Beyond the format: when the volunteer expects to be back. */
  expectedReturn: string | null;
}

export interface VolunteerRecord {
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  enquiryDate: string;
  enquirySource: EnquirySource | null;
  /** Beyond the format: when the enquiry was answered. */
  enquiryRespondedDate: string | null;
  applicationDate: string | null;
  interviewDate: string | null;
  interviewOutcome: InterviewOutcome | null;
  references: VolunteerReference[];
  dbs: VolunteerDbs | null;
  training: TrainingRecord[];
  approvedDate: string | null;
  withdrawnDate: string | null;
  withdrawnReason: string | null;
  rejectedDate: string | null;
  rejectedReason: string | null;
  inactivePeriods: InactivePeriod[];
  leftDate: string | null;
  leftReason: string | null;
}

export const ENQUIRY_SOURCE_LABELS: Record<EnquirySource, string> = {
  social_media: 'Social media',
  website: 'Website',
  event: 'Event',
  word_of_mouth: 'Word of mouth',
  advert: 'Advert',
  other: 'Other',
};

export const DBS_LEVEL_LABELS: Record<DbsLevel, string> = {
  enhanced_barred_children: "Enhanced with children's barred list",
  enhanced: 'Enhanced',
  basic: 'Basic',
};

export const DBS_OUTCOME_LABELS: Record<DbsOutcome, string> = {
  clear: 'Clear',
  information_disclosed_risk_assessed: 'Information disclosed and risk-assessed',
};
