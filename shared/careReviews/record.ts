/** Care reviews (CLA reviews), the coordinator's updates for them, and contacts between visits. */
export type ProfessionalFeedback = 'positive' | 'neutral' | 'negative';
export type FeedbackFrom = 'iro' | 'social_worker' | 'carer' | 'other';
export type ContactKind = 'call' | 'message' | 'email' | 'meeting' | 'other';

export interface CareReviewRecord {
  date: string;
  ivAttended: boolean | null;
  coordinatorAttended: boolean | null;
  professionalFeedback: ProfessionalFeedback | null;
  feedbackFrom: FeedbackFrom | null;
  objectives: string | null;
  progress: string | null;
  notes: string | null;
  nextReviewDate: string | null;
}

export interface CareReviewUpdateRecord {
  reviewDate: string;
  /** In their own words; printed only when viewsAgreed. */
  youngPersonViews: string | null;
  viewsAgreed: boolean;
  objectives: string | null;
  progress: string | null;
  ivWillAttend: boolean | null;
  coordinatorComments: string | null;
  preparedDate: string;
  sentDate: string | null;
}

export interface ContactRecord {
  date: string;
  kind: ContactKind;
  withWhom: string | null;
  note: string | null;
}

export const PROFESSIONAL_FEEDBACK_LABELS: Record<ProfessionalFeedback, string> = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' };
export const FEEDBACK_FROM_LABELS: Record<FeedbackFrom, string> = { iro: 'Independent Reviewing Officer', social_worker: 'Social worker', carer: 'Carer', other: 'Other' };
export const CONTACT_KIND_LABELS: Record<ContactKind, string> = { call: 'Phone call', message: 'Message', email: 'Email', meeting: 'Meeting', other: 'Other' };
