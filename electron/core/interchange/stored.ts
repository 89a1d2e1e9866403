/**
 * What this version of IV Desk stores from the interchange format. A file carrying a
 * list or field outside this table is refused rather than imported with data missing.
 */
import {
  volunteerRecord,
  youngPersonRecord,
  referralRecord,
  consentRecord,
  safeguardingConcernRecord,
  complaintRecord,
  matchRecord,
  visitRecord,
  feedbackRecord,
  contactRecord,
  supervisionRecord,
  careReviewRecord,
  careReviewUpdateRecord,
  todayDecisionRecord,
  standardAssessmentRecord,
  reportNarrativeRecord,
  type ListName,
} from '../../../shared/interchange/format';

export const STORED_FIELDS: Partial<Record<ListName, readonly string[]>> = {
  // Every volunteer field of the format is stored.
  volunteers: Object.keys(volunteerRecord.shape),
  youngPeople: Object.keys(youngPersonRecord.shape),
  referrals: Object.keys(referralRecord.shape),
  consents: Object.keys(consentRecord.shape),
  safeguardingConcerns: Object.keys(safeguardingConcernRecord.shape),
  complaints: Object.keys(complaintRecord.shape),
  matches: Object.keys(matchRecord.shape),
  visits: Object.keys(visitRecord.shape),
  feedback: Object.keys(feedbackRecord.shape),
  contacts: Object.keys(contactRecord.shape),
  supervisions: Object.keys(supervisionRecord.shape),
  careReviews: Object.keys(careReviewRecord.shape),
  careReviewUpdates: Object.keys(careReviewUpdateRecord.shape),
  todayDecisions: Object.keys(todayDecisionRecord.shape),
  standardAssessments: Object.keys(standardAssessmentRecord.shape),
  reportNarratives: Object.keys(reportNarrativeRecord.shape),
};
