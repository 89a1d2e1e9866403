/** Supervisions of volunteers, with the interchange format's field names. */
export type SupervisionKind = 'one_to_one' | 'phone_video' | 'group';
export type YesNoUnsure = 'yes' | 'no' | 'unsure';
export type ActionStatus = 'open' | 'done' | 'carried_forward';

export interface SupervisionAction {
  action: string;
  who: string | null;
  byWhen: string | null;
  /** Open until closed, or carried forward into the next supervision (which then holds a copy). */
  status: ActionStatus;
}

export interface SupervisionRecord {
  date: string;
  kind: SupervisionKind | null;
  /** Ids of the volunteer's matches talked about. */
  matchesDiscussed: number[];
  relationships: string | null;
  feedbackPassedOn: string | null;
  boundaries: string | null;
  wellbeing: string | null;
  expenses: string | null;
  trainingNeeds: string | null;
  renewals: string | null;
  topics: string | null;
  concerns: string | null;
  positiveImpact: YesNoUnsure | null;
  enjoying: YesNoUnsure | null;
  actionItems: SupervisionAction[];
  /** Free-text actions from an imported file; shown as they came, never written by the form. */
  actions: string | null;
  nextDueDate: string | null;
}

export const SUPERVISION_KIND_LABELS: Record<SupervisionKind, string> = {
  one_to_one: 'One-to-one',
  phone_video: 'Phone or video',
  group: 'Group',
};

export const YES_NO_UNSURE_LABELS: Record<YesNoUnsure, string> = { yes: 'Yes', no: 'No', unsure: 'Unsure' };

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', done: 'Done', carried_forward: 'Carried forward' };

/** The record's free-text parts, in the order the form and the document show them. */
export const SUPERVISION_TEXT_FIELDS = [
  ['relationships', 'How each relationship is going'],
  ['feedbackPassedOn', 'Feedback passed on (young person, carer, social worker)'],
  ['boundaries', 'Boundaries and confidentiality'],
  ['wellbeing', "The volunteer's wellbeing"],
  ['expenses', 'Expenses'],
  ['trainingNeeds', 'Training needs'],
  ['renewals', 'Renewals coming up (DBS, Update Service check, training)'],
  ['topics', 'Other topics'],
  ['concerns', 'Concerns (not safeguarding: those go to the safeguarding log)'],
] as const satisfies readonly (readonly [keyof SupervisionRecord, string])[];
