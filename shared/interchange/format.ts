/**
 * The interchange format, version 1 (../shared/interchange.md), as zod schemas. Every
 * object is strict: an unknown field is refused so a typo cannot silently drop data.
 * The whole format is validated even where this version does not yet store a list.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { recruitmentSettingsInput } from '../volunteers/settings';
import { caseSettingsInput } from '../youngPeople/settings';
import { LEGAL_STATUSES } from '../youngPeople/record';
import { LIST_LIMITS, TEXT_LIMITS } from '../textLimits';
import { PUT_OFF_KIND_NAMES } from '../today/putOffKinds';
import { reportSettingsInput } from '../reports/settings';
import { NARRATIVE_MAX, NARRATIVE_SECTIONS, RATINGS, STANDARD_COUNT } from '../reports/standards';

const date = z.string().refine(isIsoDate, { message: 'is not a real date in the form YYYY-MM-DD' });
const optDate = date.nullish();
/** Text no longer than the screens' form allows for the same field (shared/textLimits.ts). */
const capped = (max: number) => z.string().max(max, { message: `is longer than the ${max.toLocaleString('en-GB')} characters IV Desk's form allows` });
const required = (max: number) => capped(max).min(1);
const opt = (max: number) => capped(max).nullish();
const optBool = z.boolean().nullish();
const pence = z.number().int().min(0);
const upTo = (max: number) => ({ message: `has more than the ${max} entries IV Desk's form allows` });
/** Languages or interests. */
const tags = z.array(capped(TEXT_LIMITS.listItem)).max(LIST_LIMITS.listItems, upTo(LIST_LIMITS.listItems)).nullish();
const V = TEXT_LIMITS.volunteer;
const Y = TEXT_LIMITS.youngPerson;
const SECTION = TEXT_LIMITS.supervision.section;
const REVIEW = TEXT_LIMITS.careReview.section;
const ref = z.string().min(1);
const savedAt = z.iso.datetime({ message: 'is not a date and time such as 2026-11-30T09:15:00.000Z' });
/** A financial year by its first calendar year: 2025 for 2025/26. */
const financialYear = z.number().int().min(1990).max(2100);
const e = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullish();

export const ENQUIRY_SOURCES = ['social_media', 'website', 'event', 'word_of_mouth', 'advert', 'other'] as const;
export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
export const SUPERVISION_KINDS = ['one_to_one', 'phone_video', 'group'] as const;
export const ACTION_STATUSES = ['open', 'done', 'carried_forward'] as const;
export const CONTACT_KINDS = ['call', 'message', 'email', 'meeting', 'other'] as const;

export const schemeRecord = z
  .object({
    name: required(TEXT_LIMITS.scheme.name),
    localAuthority: opt(TEXT_LIMITS.scheme.localAuthority),
    childrenInCareCount: z.number().int().min(0).nullish(),
    childrenInCareCountDate: optDate,
    mileageRatePence: pence.nullish(),
    financialYearStartMonth: z.number().int().min(1).max(12).nullish(),
    idleLockMinutes: z.number().int().min(1).max(60).nullish(),
    // Settings may leave keys out (a file from an older version): the defaults fill them.
    recruitmentSettings: z
      .object({
        trainingModules: recruitmentSettingsInput.shape.trainingModules.optional(),
        approvalChecks: recruitmentSettingsInput.shape.approvalChecks.partial().optional(),
        reminders: recruitmentSettingsInput.shape.reminders.partial().optional(),
        retention: recruitmentSettingsInput.shape.retention.partial().optional(),
      })
      .strict()
      .nullish(),
    caseSettings: caseSettingsInput.partial().nullish(),
    reportSettings: reportSettingsInput.partial().nullish(),
  })
  .strict();

export const volunteerRecord = z
  .object({
    id: ref,
    firstName: required(V.firstName),
    lastName: required(V.lastName),
    dateOfBirth: optDate,
    gender: opt(V.gender),
    email: opt(TEXT_LIMITS.email),
    phone: opt(V.phone),
    address: opt(V.address),
    postcode: opt(V.postcode),
    area: opt(V.area),
    languages: tags,
    interests: tags,
    availability: opt(V.availability),
    maxTravelMiles: z.number().min(0).nullish(),
    preferences: opt(V.preferences),
    enquiryDate: date,
    enquirySource: e(ENQUIRY_SOURCES),
    applicationDate: optDate,
    interviewDate: optDate,
    interviewOutcome: e(['proceed', 'not_proceed'] as const),
    references: z
      .array(
        z
          .object({ name: opt(V.referenceName), relationship: opt(V.referenceRelationship), requestedDate: optDate, receivedDate: optDate, satisfactory: optBool })
          .strict(),
      )
      .nullish(),
    dbs: z
      .object({
        certificateNumber: opt(V.dbsCertificateNumber),
        issueDate: optDate,
        level: e(['enhanced_barred_children', 'enhanced', 'basic'] as const),
        outcome: e(['clear', 'information_disclosed_risk_assessed'] as const),
        checkedBy: opt(V.dbsCheckedBy),
        checkedDate: optDate,
        updateService: optBool,
        // Beyond version 1's list (documented in the README): kept by IV Desk.
        updateServiceCheckedDate: optDate,
        disclosureNote: opt(V.disclosureNote),
        disclosureDecisionDate: optDate,
        disclosureNoteDeletedDate: optDate,
      })
      .strict()
      .nullish(),
    training: z.array(z.object({ module: required(V.trainingModule), completedDate: optDate }).strict()).nullish(),
    approvedDate: optDate,
    withdrawnDate: optDate,
    withdrawnReason: opt(V.reason),
    rejectedDate: optDate,
    rejectedReason: opt(V.reason),
    inactivePeriods: z.array(z.object({ from: date, to: optDate, reason: opt(V.reason), expectedReturn: optDate }).strict()).nullish(),
    leftDate: optDate,
    leftReason: opt(V.reason),
    // Beyond version 1's list (documented in the README): kept by IV Desk.
    enquiryRespondedDate: optDate,
    interviewPanel: opt(V.interviewPanel),
    interviewNotes: opt(V.interviewNotes),
    capacity: z.number().int().min(1).max(5).nullish(),
  })
  .strict();

export const youngPersonRecord = z
  .object({
    id: ref,
    firstName: required(Y.firstName),
    lastName: required(Y.lastName),
    dateOfBirth: date,
    gender: opt(Y.gender),
    placementType: e(['foster', 'residential', 'supported_living', 'kinship', 'other'] as const),
    area: opt(Y.area),
    postcode: opt(Y.postcode),
    localAuthority: opt(Y.localAuthority),
    socialWorker: opt(Y.socialWorker),
    iro: opt(Y.iro),
    interests: tags,
    languages: tags,
    familyContact: e(['none', 'little', 'regular'] as const),
    preferences: opt(Y.preferences),
    notes: opt(Y.notes),
    // Beyond version 1's list (documented in the README): kept by IV Desk.
    nextReviewDate: optDate,
    lookedAfterDate: optDate,
    placementContact: opt(Y.placementContact),
    legalStatus: e(LEGAL_STATUSES),
    caseReference: opt(Y.caseReference),
    school: opt(Y.school),
  })
  .strict();

export const referralRecord = z
  .object({
    id: ref,
    youngPersonId: ref,
    date,
    referrerName: opt(TEXT_LIMITS.referral.referrerName),
    referrerRole: e(['iro', 'social_worker', 'key_worker', 'family', 'self', 'other'] as const),
    reason: opt(TEXT_LIMITS.referral.reason),
    outcome: z.enum(['pending', 'accepted', 'declined_by_young_person', 'not_eligible', 'withdrawn']),
    outcomeDate: optDate,
    closedDate: optDate,
    closedReason: opt(TEXT_LIMITS.referral.closedReason),
  })
  .strict();

export const matchRecord = z
  .object({
    id: ref,
    referralId: ref,
    volunteerId: ref,
    proposedDate: date,
    startDate: optDate,
    endDate: optDate,
    endReason: e([
      'young_person_choice',
      'young_person_moved',
      'aged_out',
      'volunteer_circumstances',
      'volunteer_left',
      'safeguarding',
      'proposal_not_taken_up',
      'other',
    ] as const),
    plannedEnding: optBool,
    positiveEndingHeld: optBool,
    rematchWanted: optBool,
  })
  .strict();

export const visitRecord = z
  .object({
    id: ref,
    matchId: ref,
    date,
    activity: opt(TEXT_LIMITS.visit.activity),
    durationMinutes: z.number().int().min(0).nullish(),
    activityCostPence: pence.nullish(),
    miles: z.number().min(0).nullish(),
    transportCostPence: pence.nullish(),
    notes: opt(TEXT_LIMITS.visit.notes),
  })
  .strict();

export const supervisionRecord = z
  .object({
    id: ref,
    volunteerId: ref,
    date,
    positiveImpact: e(YES_NO_UNSURE),
    enjoying: e(YES_NO_UNSURE),
    topics: opt(SECTION),
    concerns: opt(SECTION),
    actions: opt(SECTION),
    nextDueDate: optDate,
    // Beyond version 1's list (documented in the README): kept by IV Desk.
    kind: e(SUPERVISION_KINDS),
    /** The records one group session made share it. */
    groupId: ref.nullish(),
    /** Matches of the same volunteer, by their ids in this file. */
    matchesDiscussed: z.array(ref).max(LIST_LIMITS.matchesDiscussed, upTo(LIST_LIMITS.matchesDiscussed)).nullish(),
    relationships: opt(SECTION),
    feedbackPassedOn: opt(SECTION),
    boundaries: opt(SECTION),
    wellbeing: opt(SECTION),
    expenses: opt(SECTION),
    trainingNeeds: opt(SECTION),
    renewals: opt(SECTION),
    actionItems: z
      .array(z.object({ action: required(TEXT_LIMITS.supervision.action), who: opt(TEXT_LIMITS.supervision.actionWho), byWhen: optDate, status: e(ACTION_STATUSES) }).strict())
      .max(LIST_LIMITS.supervisionActions, upTo(LIST_LIMITS.supervisionActions))
      .nullish(),
  })
  .strict();

export const careReviewRecord = z
  .object({
    id: ref,
    youngPersonId: ref,
    date,
    ivAttended: optBool,
    coordinatorAttended: optBool,
    professionalFeedback: e(['positive', 'neutral', 'negative'] as const),
    notes: opt(REVIEW),
    nextReviewDate: optDate,
    // Beyond version 1's list (documented in the README): kept by IV Desk.
    feedbackFrom: e(['iro', 'social_worker', 'carer', 'other'] as const),
    objectives: opt(REVIEW),
    progress: opt(REVIEW),
  })
  .strict();

/** Beyond version 1's lists (documented in the README): the coordinator's update for a care review. */
export const careReviewUpdateRecord = z
  .object({
    id: ref,
    youngPersonId: ref,
    reviewDate: date,
    youngPersonViews: opt(REVIEW),
    viewsAgreed: optBool,
    objectives: opt(REVIEW),
    progress: opt(REVIEW),
    ivWillAttend: optBool,
    coordinatorComments: opt(REVIEW),
    preparedDate: date,
    sentDate: optDate,
  })
  .strict();

/** Beyond version 1's lists (documented in the README): contacts on a match between visits. */
export const contactRecord = z
  .object({
    id: ref,
    matchId: ref,
    date,
    kind: z.enum(CONTACT_KINDS),
    withWhom: opt(TEXT_LIMITS.contact.withWhom),
    note: opt(TEXT_LIMITS.contact.note),
  })
  .strict();

export const feedbackRecord = z
  .object({
    id: ref,
    matchId: ref,
    date,
    source: e(['young_person', 'volunteer', 'carer', 'social_worker'] as const),
    satisfaction: e(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied'] as const),
    benefited: optBool,
    comments: opt(TEXT_LIMITS.feedback.comments),
  })
  .strict();

export const consentRecord = z
  .object({
    id: ref,
    youngPersonId: ref,
    signedDate: date,
    formVersion: required(TEXT_LIMITS.consent.formVersion),
    explainedBy: required(TEXT_LIMITS.consent.explainedBy),
    complaintsProcedureExplained: optBool,
    withdrawnDate: optDate,
  })
  .strict();

export const safeguardingConcernRecord = z
  .object({
    id: ref,
    date,
    youngPersonId: ref.nullish(),
    volunteerId: ref.nullish(),
    summary: required(TEXT_LIMITS.log.summary),
    referredTo: e(['council_safeguarding', 'lado', 'police', 'none'] as const),
    referredDate: optDate,
    outcome: opt(TEXT_LIMITS.log.outcome),
    closedDate: optDate,
  })
  .strict();

export const complaintRecord = z
  .object({
    id: ref,
    date,
    from: e(['young_person', 'volunteer', 'carer', 'professional', 'other'] as const),
    summary: required(TEXT_LIMITS.log.summary),
    outcome: opt(TEXT_LIMITS.log.outcome),
    resolvedDate: optDate,
  })
  .strict();

/**
 * Beyond version 1's lists (documented in the README): an item snoozed or dismissed on
 * Today, on the one record it is about. Its id is its place in the export ("decision-3").
 */
export const todayDecisionRecord = z
  .object({
    id: ref,
    item: z.enum(PUT_OFF_KIND_NAMES),
    volunteerId: ref.nullish(),
    youngPersonId: ref.nullish(),
    matchId: ref.nullish(),
    /** A reference to chase: its place in the volunteer's references, from 1. */
    reference: z.number().int().min(1).nullish(),
    /** A care-review update: the date of the review. */
    reviewDate: optDate,
    action: z.enum(['snoozed', 'dismissed']),
    untilDate: optDate,
    reason: required(TEXT_LIMITS.todayDecision.reason),
    decidedAt: savedAt,
  })
  .strict();

/** Beyond version 1's lists: the National Standards self-assessment, one standard of one financial year (by its first calendar year) each. */
export const standardAssessmentRecord = z
  .object({
    id: ref,
    year: financialYear,
    standard: z.number().int().min(1).max(STANDARD_COUNT),
    rating: e(RATINGS),
    narrative: opt(NARRATIVE_MAX),
    updatedAt: savedAt,
  })
  .strict();

/** Beyond version 1's lists: the annual report's own sections (introduction, case study...), one of one financial year each. */
export const reportNarrativeRecord = z
  .object({
    id: ref,
    year: financialYear,
    section: z.enum(NARRATIVE_SECTIONS),
    text: required(NARRATIVE_MAX),
    updatedAt: savedAt,
  })
  .strict();

export const LISTS = {
  volunteers: volunteerRecord,
  youngPeople: youngPersonRecord,
  referrals: referralRecord,
  matches: matchRecord,
  visits: visitRecord,
  contacts: contactRecord,
  supervisions: supervisionRecord,
  careReviews: careReviewRecord,
  careReviewUpdates: careReviewUpdateRecord,
  feedback: feedbackRecord,
  consents: consentRecord,
  safeguardingConcerns: safeguardingConcernRecord,
  complaints: complaintRecord,
  todayDecisions: todayDecisionRecord,
  standardAssessments: standardAssessmentRecord,
  reportNarratives: reportNarrativeRecord,
} as const;

export type ListName = keyof typeof LISTS;
export const LIST_NAMES = Object.keys(LISTS) as ListName[];

export const FORMAT = 'iv-desk/1';

export const interchangeDocument = z
  .object({
    format: z.literal(FORMAT),
    exportedAt: z.string().optional(),
    scheme: schemeRecord.optional(),
    ...(Object.fromEntries(LIST_NAMES.map((name) => [name, z.array(LISTS[name]).optional()])) as {
      [K in ListName]: z.ZodOptional<z.ZodArray<(typeof LISTS)[K]>>;
    }),
  })
  .strict();

export type InterchangeDocument = z.infer<typeof interchangeDocument>;
export type RecordOf<K extends ListName> = z.infer<(typeof LISTS)[K]>;

/** Which list each reference field points into (a field holds one id, or a list of ids). */
export const REFERENCES: { [K in ListName]?: Record<string, ListName> } = {
  referrals: { youngPersonId: 'youngPeople' },
  matches: { referralId: 'referrals', volunteerId: 'volunteers' },
  visits: { matchId: 'matches' },
  contacts: { matchId: 'matches' },
  supervisions: { volunteerId: 'volunteers', matchesDiscussed: 'matches' },
  careReviews: { youngPersonId: 'youngPeople' },
  careReviewUpdates: { youngPersonId: 'youngPeople' },
  feedback: { matchId: 'matches' },
  consents: { youngPersonId: 'youngPeople' },
  safeguardingConcerns: { youngPersonId: 'youngPeople', volunteerId: 'volunteers' },
  todayDecisions: { volunteerId: 'volunteers', youngPersonId: 'youngPeople', matchId: 'matches' },
};

