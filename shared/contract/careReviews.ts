/** Care reviews, their calendar, the coordinator's care-review update, and contacts between visits. */
import { z } from 'zod';
import { call } from './define';
import { optionalText, optionalIsoDate, isoDate, id } from '../fields';
import type { CareReviewRecord, CareReviewUpdateRecord, ContactRecord } from '../careReviews/record';
import type { DocumentContent } from '../documents/blocks';
import { TEXT_LIMITS } from '../textLimits';

export interface CareReview extends CareReviewRecord {
  id: number;
  youngPersonId: number;
}

export interface Contact extends ContactRecord {
  id: number;
  matchId: number;
}

/** Where a young person's next review date comes from. */
export type NextReviewBasis = 'recorded' | 'reg33';

export interface NextReview {
  date: string;
  basis: NextReviewBasis;
}

export interface CalendarEntry {
  youngPersonId: number;
  youngPersonName: string;
  reviewDate: string;
  basis: NextReviewBasis;
  /** The update's due date (a week before, by default). */
  updateDue: string;
  volunteerName: string | null;
  update: { preparedDate: string; sentDate: string | null } | null;
}

export interface CareReviewCalendar {
  from: string;
  to: string;
  /** Weeks starting on Monday, each with the reviews in it. */
  weeks: { weekStart: string; entries: CalendarEntry[] }[];
  /** Reviews whose date has passed with no meeting recorded yet (the last 8 weeks). */
  toRecord: CalendarEntry[];
  /** Matched young people whose next review cannot be worked out. */
  notKnown: { youngPersonId: number; youngPersonName: string }[];
}

export interface UpdateVisit {
  date: string;
  activity: string | null;
  durationMinutes: number | null;
  volunteerName: string;
}

/** Everything a care-review update holds, and the saved draft. */
export interface CareReviewUpdate {
  youngPersonId: number;
  youngPersonName: string;
  dateOfBirth: string;
  reviewDate: string;
  window: { from: string; to: string; basis: 'previous_review' | 'first_match' };
  matches: { id: number; volunteerName: string; startDate: string; endDate: string | null }[];
  visits: UpdateVisit[];
  gaps: { from: string; to: string; days: number }[];
  contacts: (ContactRecord & { volunteerName: string })[];
  previousReview: CareReview | null;
  draft: CareReviewUpdateRecord | null;
  content: DocumentContent;
}

const optionalBool = z
  .boolean()
  .nullish()
  .transform((b) => b ?? null);

export const careReviewInput = z
  .object({
    careReviewId: id.optional(),
    youngPersonId: id,
    date: isoDate,
    ivAttended: optionalBool,
    coordinatorAttended: optionalBool,
    professionalFeedback: z
      .enum(['positive', 'neutral', 'negative'], { error: 'Choose positive, neutral or negative' })
      .nullish()
      .transform((v) => v ?? null),
    feedbackFrom: z
      .enum(['iro', 'social_worker', 'carer', 'other'], { error: 'Choose who gave the feedback' })
      .nullish()
      .transform((v) => v ?? null),
    objectives: optionalText(TEXT_LIMITS.careReview.section),
    progress: optionalText(TEXT_LIMITS.careReview.section),
    notes: optionalText(TEXT_LIMITS.careReview.section),
    nextReviewDate: optionalIsoDate,
  })
  .strict();

export const careReviewUpdateInput = z
  .object({
    youngPersonId: id,
    reviewDate: isoDate,
    youngPersonViews: optionalText(TEXT_LIMITS.careReview.section),
    viewsAgreed: z.boolean().default(false),
    objectives: optionalText(TEXT_LIMITS.careReview.section),
    progress: optionalText(TEXT_LIMITS.careReview.section),
    ivWillAttend: optionalBool,
    coordinatorComments: optionalText(TEXT_LIMITS.careReview.section),
  })
  .strict();

export const contactInput = z
  .object({
    matchId: id,
    date: isoDate,
    kind: z.enum(['call', 'message', 'email', 'meeting', 'other'], { error: 'Choose the kind of contact' }),
    withWhom: optionalText(TEXT_LIMITS.contact.withWhom),
    note: optionalText(TEXT_LIMITS.contact.note),
  })
  .strict();

const updateKey = z.object({ youngPersonId: id, reviewDate: isoDate }).strict();

export const careReviewCalls = {
  careReviewCalendar: call<CareReviewCalendar>()(z.object({}).strict()),
  /** Records the meeting; a next review date given also becomes the young person's. */
  saveCareReview: call<CareReview>()(careReviewInput),
  careReviewUpdate: call<CareReviewUpdate>()(updateKey),
  saveCareReviewUpdate: call<CareReviewUpdate>()(careReviewUpdateInput),
  markCareReviewUpdateSent: call<CareReviewUpdate>()(z.object({ youngPersonId: id, reviewDate: isoDate, sentDate: isoDate }).strict()),
  careReviewUpdateDocument: call<{ fileName: string; base64: string }>()(updateKey),
  logContact: call<Contact>()(contactInput),
};
