/** Human names for the interchange format's lists in messages; without zod, so the renderer can use them. */
import type { ListName } from './format';

export const LIST_LABELS: Record<ListName, string> = {
  volunteers: 'volunteers',
  youngPeople: 'young people',
  referrals: 'referrals',
  matches: 'matches',
  visits: 'visits',
  contacts: 'contacts',
  supervisions: 'supervisions',
  careReviews: 'care reviews',
  careReviewUpdates: 'care-review updates',
  feedback: 'feedback',
  consents: 'consents',
  safeguardingConcerns: 'safeguarding concerns',
  complaints: 'complaints',
  todayDecisions: 'snoozes and dismissals on Today',
  standardAssessments: 'the National Standards self-assessment',
  reportNarratives: 'the annual report’s sections',
};
