/** Young people, referrals, consents and the logs, with the interchange format's field names. */
import type { ReferralOutcome } from '../referrals/waiting';

export type PlacementType = 'foster' | 'residential' | 'supported_living' | 'kinship' | 'other';
export type FamilyContact = 'none' | 'little' | 'regular';
/** Why the young person is in care: the Children Act 1989 section, or a care leaver (18 to 25). */
export const LEGAL_STATUSES = ['s20', 's31', 's38', 'care_leaver', 'other'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];
export type ReferrerRole = 'iro' | 'social_worker' | 'key_worker' | 'family' | 'self' | 'other';
export type ReferredTo = 'council_safeguarding' | 'lado' | 'police' | 'none';
export type Complainant = 'young_person' | 'volunteer' | 'carer' | 'professional' | 'other';

export interface ReferralRecord {
  date: string;
  referrerName: string | null;
  referrerRole: ReferrerRole | null;
  reason: string | null;
  outcome: ReferralOutcome;
  outcomeDate: string | null;
  closedDate: string | null;
  closedReason: string | null;
}

export interface ConsentRecord {
  signedDate: string;
  formVersion: string;
  explainedBy: string;
  complaintsProcedureExplained: boolean | null;
  withdrawnDate: string | null;
}

export const PLACEMENT_LABELS: Record<PlacementType, string> = {
  foster: 'Foster care',
  residential: 'Residential home',
  supported_living: 'Supported living',
  kinship: 'Kinship care',
  other: 'Other',
};

export const LEGAL_STATUS_LABELS: Record<LegalStatus, string> = {
  s20: 'Accommodated with agreement (section 20)',
  s31: 'Care order (section 31)',
  s38: 'Interim care order (section 38)',
  care_leaver: 'Care leaver',
  other: 'Other',
};

export const FAMILY_CONTACT_LABELS: Record<FamilyContact, string> = { none: 'None', little: 'Little', regular: 'Regular' };

export const REFERRER_ROLE_LABELS: Record<ReferrerRole, string> = {
  iro: 'Independent Reviewing Officer',
  social_worker: 'Social worker',
  key_worker: 'Key worker',
  family: 'Family member',
  self: 'The young person',
  other: 'Other',
};

export const OUTCOME_LABELS: Record<ReferralOutcome, string> = {
  pending: 'Awaiting a decision',
  accepted: 'Accepted',
  declined_by_young_person: 'Declined by the young person',
  not_eligible: 'Not eligible',
  withdrawn: 'Withdrawn',
};

export const CLOSED_REASON_LABELS: Record<string, string> = {
  disengaged: 'Disengaged',
  moved_away: 'Moved away',
  aged_out: 'Aged out',
  no_longer_wanted: 'No longer wanted',
};

export const REFERRED_TO_LABELS: Record<ReferredTo, string> = {
  council_safeguarding: "Council's safeguarding team",
  lado: 'LADO (allegation against a volunteer)',
  police: 'Police',
  none: 'Not referred on',
};

export const COMPLAINANT_LABELS: Record<Complainant, string> = {
  young_person: 'Young person',
  volunteer: 'Volunteer',
  carer: 'Carer',
  professional: 'Professional',
  other: 'Other',
};
