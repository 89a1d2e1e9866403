/** The words for stored codes, per kind of record and column, so a history reads "Police", not "police". */
import { DBS_LEVEL_LABELS, DBS_OUTCOME_LABELS, ENQUIRY_SOURCE_LABELS } from '../volunteers/record';
import { CLOSED_REASON_LABELS, COMPLAINANT_LABELS, FAMILY_CONTACT_LABELS, OUTCOME_LABELS, PLACEMENT_LABELS, REFERRED_TO_LABELS, REFERRER_ROLE_LABELS } from '../youngPeople/record';
import { END_REASON_LABELS, FEEDBACK_SOURCE_LABELS, SATISFACTION_LABELS } from '../matching/record';
import { SUPERVISION_KIND_LABELS, YES_NO_UNSURE_LABELS } from '../supervision/record';
import { CONTACT_KIND_LABELS, FEEDBACK_FROM_LABELS, PROFESSIONAL_FEEDBACK_LABELS } from '../careReviews/record';

type Labels = Readonly<Record<string, string>>;

export const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, Labels>>>> = {
  volunteers: { enquiry_source: ENQUIRY_SOURCE_LABELS, dbs_level: DBS_LEVEL_LABELS, dbs_outcome: DBS_OUTCOME_LABELS },
  young_people: { placement_type: PLACEMENT_LABELS, family_contact: FAMILY_CONTACT_LABELS },
  referrals: { referrer_role: REFERRER_ROLE_LABELS, outcome: OUTCOME_LABELS, closed_reason: CLOSED_REASON_LABELS },
  safeguarding_concerns: { referred_to: REFERRED_TO_LABELS },
  complaints: { complainant: COMPLAINANT_LABELS },
  matches: { end_reason: END_REASON_LABELS },
  feedback: { source: FEEDBACK_SOURCE_LABELS, satisfaction: SATISFACTION_LABELS },
  supervisions: { kind: SUPERVISION_KIND_LABELS, positive_impact: YES_NO_UNSURE_LABELS, enjoying: YES_NO_UNSURE_LABELS },
  care_reviews: { professional_feedback: PROFESSIONAL_FEEDBACK_LABELS, feedback_from: FEEDBACK_FROM_LABELS },
  contacts: { kind: CONTACT_KIND_LABELS },
};

/** The words for a stored code, or null when the column holds no codes or the code is unknown. */
export function valueLabel(kind: string, column: string, value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return VALUE_LABELS[kind]?.[column]?.[value] ?? null;
}
