/** Matches, visits and feedback, with the interchange format's field names. */
export type EndReason =
  | 'young_person_choice'
  | 'young_person_moved'
  | 'aged_out'
  | 'volunteer_circumstances'
  | 'volunteer_left'
  | 'safeguarding'
  | 'proposal_not_taken_up'
  | 'other';

export interface MatchRecord {
  proposedDate: string;
  startDate: string | null;
  endDate: string | null;
  endReason: EndReason | null;
  plannedEnding: boolean | null;
  positiveEndingHeld: boolean | null;
  rematchWanted: boolean | null;
}

export interface VisitRecord {
  date: string;
  activity: string | null;
  durationMinutes: number | null;
  activityCostPence: number | null;
  miles: number | null;
  transportCostPence: number | null;
  notes: string | null;
}

export type FeedbackSource = 'young_person' | 'volunteer' | 'carer' | 'social_worker';
export type Satisfaction = 'very_satisfied' | 'satisfied' | 'neutral' | 'dissatisfied';

export interface FeedbackRecord {
  date: string;
  source: FeedbackSource | null;
  satisfaction: Satisfaction | null;
  benefited: boolean | null;
  comments: string | null;
}

export type MatchStage = 'proposed' | 'introduced' | 'active' | 'ended';

export const END_REASON_LABELS: Record<EndReason, string> = {
  young_person_choice: "The young person's choice",
  young_person_moved: 'The young person moved placement or out of area',
  aged_out: 'The young person aged out',
  volunteer_circumstances: "The volunteer's circumstances",
  volunteer_left: 'The volunteer left the scheme',
  safeguarding: 'Safeguarding',
  proposal_not_taken_up: 'Proposal not taken up',
  other: 'Other',
};

export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  very_satisfied: 'Very satisfied',
  satisfied: 'Satisfied',
  neutral: 'Neither satisfied nor dissatisfied',
  dissatisfied: 'Dissatisfied',
};

export const FEEDBACK_SOURCE_LABELS: Record<FeedbackSource, string> = {
  young_person: 'Young person',
  volunteer: 'Volunteer',
  carer: 'Carer',
  social_worker: 'Social worker',
};

/** Where a match stands on a date: the introduction meeting is its start. */
export function matchStage(m: Pick<MatchRecord, 'startDate' | 'endDate'>, date: string): MatchStage {
  if (m.endDate && m.endDate <= date) return 'ended';
  if (!m.startDate || m.startDate > date) return 'proposed';
  return m.startDate === date ? 'introduced' : 'active';
}

/** Transport at the scheme's mileage rate, to the nearest penny. */
export function transportCostPence(miles: number, ratePence: number): number {
  return Math.round(miles * ratePence);
}
