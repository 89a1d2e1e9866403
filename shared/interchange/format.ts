/**
 * The interchange format, version 1 (../shared/interchange.md), as zod schemas. Every
 * object is strict: an unknown field is refused so a typo cannot silently drop data.
 * The whole format is validated even where this version does not yet store a list.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { recruitmentSettingsInput } from '../volunteers/settings';
import { caseSettingsInput } from '../youngPeople/settings';

const date = z.string().refine(isIsoDate, { message: 'is not a real date in the form YYYY-MM-DD' });
const optDate = date.nullish();
const str = z.string().max(10_000);
const optStr = str.nullish();
const optBool = z.boolean().nullish();
const pence = z.number().int().min(0);
const strList = z.array(str.max(200)).nullish();
const ref = z.string().min(1);
const e = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullish();

export const ENQUIRY_SOURCES = ['social_media', 'website', 'event', 'word_of_mouth', 'advert', 'other'] as const;
export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
export const SUPERVISION_KINDS = ['one_to_one', 'phone_video', 'group'] as const;
export const ACTION_STATUSES = ['open', 'done', 'carried_forward'] as const;
export const CONTACT_KINDS = ['call', 'message', 'email', 'meeting', 'other'] as const;

export const schemeRecord = z
  .object({
    name: z.string().min(1),
    localAuthority: optStr,
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
  })
  .strict();

export const volunteerRecord = z
  .object({
    id: ref,
    firstName: z.string().min(1),
    lastName: z.string().min(1),
    dateOfBirth: optDate,
    gender: optStr,
    email: optStr,
    phone: optStr,
    address: optStr,
    postcode: optStr,
    area: optStr,
    languages: strList,
    interests: strList,
    availability: optStr,
    maxTravelMiles: z.number().min(0).nullish(),
    preferences: optStr,
    enquiryDate: date,
    enquirySource: e(ENQUIRY_SOURCES),
    applicationDate: optDate,
    interviewDate: optDate,
    interviewOutcome: e(['proceed', 'not_proceed'] as const),
    references: z
      .array(
        z
          .object({ name: optStr, relationship: optStr, requestedDate: optDate, receivedDate: optDate, satisfactory: optBool })
          .strict(),
      )
      .nullish(),
    dbs: z
      .object({
        certificateNumber: optStr,
        issueDate: optDate,
        level: e(['enhanced_barred_children', 'enhanced', 'basic'] as const),
        outcome: e(['clear', 'information_disclosed_risk_assessed'] as const),
        checkedBy: optStr,
        checkedDate: optDate,
        updateService: optBool,
        // Beyond version 1's list (documented in the README): kept by IV Desk.
        updateServiceCheckedDate: optDate,
        disclosureNote: optStr,
        disclosureDecisionDate: optDate,
        disclosureNoteDeletedDate: optDate,
      })
      .strict()
      .nullish(),
    training: z.array(z.object({ module: str.min(1), completedDate: optDate }).strict()).nullish(),
    approvedDate: optDate,
    withdrawnDate: optDate,
    withdrawnReason: optStr,
    rejectedDate: optDate,
    rejectedReason: optStr,
    inactivePeriods: z.array(z.object({ from: date, to: optDate, reason: optStr, expectedReturn: optDate }).strict()).nullish(),
    leftDate: optDate,
    leftReason: optStr,
    // Beyond version 1's list (documented in the README): kept by IV Desk.
    enquiryRespondedDate: optDate,
    interviewPanel: optStr,
    interviewNotes: optStr,
    capacity: z.number().int().min(1).max(5).nullish(),
  })
  .strict();

export const youngPersonRecord = z
  .object({
    id: ref,
    firstName: z.string().min(1),
    lastName: z.string().min(1),
    dateOfBirth: date,
    gender: optStr,
    placementType: e(['foster', 'residential', 'supported_living', 'kinship', 'other'] as const),
    area: optStr,
    postcode: optStr,
    localAuthority: optStr,
    socialWorker: optStr,
    iro: optStr,
    interests: strList,
    languages: strList,
    familyContact: e(['none', 'little', 'regular'] as const),
    preferences: optStr,
    notes: optStr,
    // Beyond version 1's list (documented in the README): kept by IV Desk.
    nextReviewDate: optDate,
    lookedAfterDate: optDate,
  })
  .strict();

export const referralRecord = z
  .object({
    id: ref,
    youngPersonId: ref,
    date,
    referrerName: optStr,
    referrerRole: e(['iro', 'social_worker', 'key_worker', 'family', 'self', 'other'] as const),
    reason: optStr,
    outcome: z.enum(['pending', 'accepted', 'declined_by_young_person', 'not_eligible', 'withdrawn']),
    outcomeDate: optDate,
    closedDate: optDate,
    closedReason: optStr,
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
    activity: optStr,
    durationMinutes: z.number().int().min(0).nullish(),
    activityCostPence: pence.nullish(),
    miles: z.number().min(0).nullish(),
    transportCostPence: pence.nullish(),
    notes: optStr,
  })
  .strict();

export const supervisionRecord = z
  .object({
    id: ref,
    volunteerId: ref,
    date,
    positiveImpact: e(YES_NO_UNSURE),
    enjoying: e(YES_NO_UNSURE),
    topics: optStr,
    concerns: optStr,
    actions: optStr,
    nextDueDate: optDate,
    // Beyond version 1's list (documented in the README): kept by IV Desk.
    kind: e(SUPERVISION_KINDS),
    /** The records one group session made share it. */
    groupId: ref.nullish(),
    /** Matches of the same volunteer, by their ids in this file. */
    matchesDiscussed: z.array(ref).nullish(),
    relationships: optStr,
    feedbackPassedOn: optStr,
    boundaries: optStr,
    wellbeing: optStr,
    expenses: optStr,
    trainingNeeds: optStr,
    renewals: optStr,
    actionItems: z
      .array(z.object({ action: str.min(1), who: optStr, byWhen: optDate, status: e(ACTION_STATUSES) }).strict())
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
    notes: optStr,
    nextReviewDate: optDate,
    // Beyond version 1's list (documented in the README): kept by IV Desk.
    feedbackFrom: e(['iro', 'social_worker', 'carer', 'other'] as const),
    objectives: optStr,
    progress: optStr,
  })
  .strict();

/** Beyond version 1's lists (documented in the README): the coordinator's update for a care review. */
export const careReviewUpdateRecord = z
  .object({
    id: ref,
    youngPersonId: ref,
    reviewDate: date,
    youngPersonViews: optStr,
    viewsAgreed: optBool,
    objectives: optStr,
    progress: optStr,
    ivWillAttend: optBool,
    coordinatorComments: optStr,
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
    withWhom: optStr,
    note: optStr,
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
    comments: optStr,
  })
  .strict();

export const consentRecord = z
  .object({
    id: ref,
    youngPersonId: ref,
    signedDate: date,
    formVersion: z.string().min(1),
    explainedBy: z.string().min(1),
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
    summary: z.string().min(1),
    referredTo: e(['council_safeguarding', 'lado', 'police', 'none'] as const),
    referredDate: optDate,
    outcome: optStr,
    closedDate: optDate,
  })
  .strict();

export const complaintRecord = z
  .object({
    id: ref,
    date,
    from: e(['young_person', 'volunteer', 'carer', 'professional', 'other'] as const),
    summary: z.string().min(1),
    outcome: optStr,
    resolvedDate: optDate,
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
};

/** Human names for lists in messages. */
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
};
