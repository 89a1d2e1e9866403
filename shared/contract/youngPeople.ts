import { z } from 'zod';
import { call } from './define';
import { requiredText, optionalText, optionalIsoDate, isoDate, id, text } from '../fields';
import { LEGAL_STATUSES, type ReferralRecord, type ConsentRecord, type PlacementType, type FamilyContact, type LegalStatus } from '../youngPeople/record';
import type { WaitingState } from '../referrals/waiting';
import type { CareReview, NextReview } from './careReviews';
import { LIST_LIMITS, TEXT_LIMITS } from '../textLimits';
import type { ListPage } from '../lists/paging';
import { YOUNG_PERSON_SORTS, YOUNG_PERSON_STATUS_FILTERS } from '../lists/choices';
import { pageInput, sortInput } from './paging';
import type { ServiceStatus } from '../youngPeople/serviceStatus';
import type { TodayDecision } from '../today/decisions';
import type { DuplicateCandidate } from './volunteers';

export type { ServiceStatus } from '../youngPeople/serviceStatus';

export interface YoungPersonSummary {
  id: number;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  area: string | null;
  status: ServiceStatus;
  /** When their wait began, while they wait: the referral, or the end of the last match. */
  waitingSince: string | null;
}

/** A row of the young people list: with their IV, or the volunteer proposed to them. */
export interface YoungPersonListRow extends YoungPersonSummary {
  iv: { volunteerId: number; name: string; proposed: boolean } | null;
}

export interface Referral extends ReferralRecord {
  id: number;
  youngPersonId: number;
  waiting: WaitingState | null;
  /** A match is active today. */
  matched: boolean;
}

export interface Consent extends ConsentRecord {
  id: number;
}

export interface YoungPerson {
  id: number;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  gender: string | null;
  placementType: PlacementType | null;
  area: string | null;
  postcode: string | null;
  localAuthority: string | null;
  socialWorker: string | null;
  iro: string | null;
  interests: string[];
  languages: string[];
  familyContact: FamilyContact | null;
  preferences: string | null;
  notes: string | null;
  nextReviewDate: string | null;
  lookedAfterDate: string | null;
  /** The carer or key worker at the placement, and how to reach them. */
  placementContact: string | null;
  legalStatus: LegalStatus | null;
  /** The council's own reference for the young person's case. */
  caseReference: string | null;
  /** School or college. */
  school: string | null;
  status: ServiceStatus;
  /** The agreement in force was signed on an older form than the current one: its version, else null. */
  consentOnOlderForm: string | null;
  /** Newest first. */
  careReviews: CareReview[];
  /** The recorded next review, else reg 33 from the looked-after date; null when neither is known. */
  nextReview: NextReview | null;
  referrals: Referral[];
  consents: Consent[];
  /** What is snoozed or dismissed on Today about this record, newest first (a snooze whose date has come has ended). */
  todayDecisions: TodayDecision[];
}

const list = z
  .array(text(TEXT_LIMITS.listItem).refine((s) => s.trim().length > 0, { message: 'Remove the empty item' }))
  .max(LIST_LIMITS.listItems, { message: `Use ${LIST_LIMITS.listItems} items or fewer` })
  .default([]);
const nullableEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .enum(values, { error: message })
    .nullish()
    .transform((v) => v ?? null);

export const youngPersonInput = z
  .object({
    firstName: requiredText('a first name', TEXT_LIMITS.youngPerson.firstName),
    lastName: requiredText('a last name', TEXT_LIMITS.youngPerson.lastName),
    dateOfBirth: isoDate,
    gender: optionalText(TEXT_LIMITS.youngPerson.gender),
    placementType: nullableEnum(['foster', 'residential', 'supported_living', 'kinship', 'other'] as const, 'Choose the type of placement'),
    area: optionalText(TEXT_LIMITS.youngPerson.area),
    postcode: optionalText(TEXT_LIMITS.youngPerson.postcode),
    localAuthority: optionalText(TEXT_LIMITS.youngPerson.localAuthority),
    socialWorker: optionalText(TEXT_LIMITS.youngPerson.socialWorker),
    iro: optionalText(TEXT_LIMITS.youngPerson.iro),
    interests: list,
    languages: list,
    familyContact: nullableEnum(['none', 'little', 'regular'] as const, 'Choose how much family contact there is'),
    preferences: optionalText(TEXT_LIMITS.youngPerson.preferences),
    notes: optionalText(TEXT_LIMITS.youngPerson.notes),
    nextReviewDate: optionalIsoDate,
    lookedAfterDate: optionalIsoDate,
    placementContact: optionalText(TEXT_LIMITS.youngPerson.placementContact),
    legalStatus: nullableEnum(LEGAL_STATUSES, 'Choose the legal status'),
    caseReference: optionalText(TEXT_LIMITS.youngPerson.caseReference),
    school: optionalText(TEXT_LIMITS.youngPerson.school),
  })
  .strict();
export type YoungPersonInput = z.input<typeof youngPersonInput>;

export const referralInput = z
  .object({
    youngPersonId: id,
    referralId: id.optional(),
    date: isoDate,
    referrerName: optionalText(TEXT_LIMITS.referral.referrerName),
    referrerRole: nullableEnum(['iro', 'social_worker', 'key_worker', 'family', 'self', 'other'] as const, 'Choose who made the referral'),
    reason: optionalText(TEXT_LIMITS.referral.reason),
  })
  .strict();

export interface WaitingListRow {
  referralId: number;
  youngPersonId: number;
  name: string;
  dateOfBirth: string;
  area: string | null;
  referralDate: string;
  since: string;
  /** Whole weeks since `since`. */
  weeksWaiting: number;
  kind: WaitingState['kind'];
  long: boolean;
}

export interface WaitingList {
  date: string;
  longWaitWeeks: number;
  rows: WaitingListRow[];
}

export const youngPersonCalls = {
  /** Every young person the search finds, by name: for pick-lists. */
  listYoungPeople: call<YoungPersonSummary[]>()(z.object({ search: z.string().max(100).optional() }).strict()),
  /** One page of the young people list: those still in the service unless a status is asked for. */
  youngPeoplePage: call<ListPage<YoungPersonListRow>>()(
    z
      .object({
        search: z.string().max(100).optional(),
        status: z.enum(YOUNG_PERSON_STATUS_FILTERS).default('current'),
        sort: sortInput(YOUNG_PERSON_SORTS).default({ by: 'name', direction: 'asc' }),
        page: pageInput,
      })
      .strict(),
  ),
  getYoungPerson: call<YoungPerson>()(z.object({ id }).strict()),
  createYoungPerson: call<YoungPerson>()(youngPersonInput),
  updateYoungPerson: call<YoungPerson>()(youngPersonInput.extend({ id })),
  /** Young people already recorded who look like the one on the form (shared/youngPeople/duplicates). */
  findDuplicateYoungPeople: call<DuplicateCandidate[]>()(
    z
      .object({
        firstName: z.string().max(100),
        lastName: z.string().max(100),
        dateOfBirth: optionalIsoDate,
        caseReference: z.string().max(TEXT_LIMITS.youngPerson.caseReference).nullish(),
        excludeId: id.optional(),
      })
      .strict(),
  ),
  saveReferral: call<YoungPerson>()(referralInput),
  recordReferralOutcome: call<YoungPerson>()(
    z
      .object({
        referralId: id,
        outcome: z.enum(['pending', 'accepted', 'declined_by_young_person', 'not_eligible', 'withdrawn'], { error: 'Choose the outcome' }),
        outcomeDate: optionalIsoDate,
      })
      .strict(),
  ),
  closeReferral: call<YoungPerson>()(
    z.object({ referralId: id, closedDate: isoDate, closedReason: requiredText('why the referral closed', TEXT_LIMITS.referral.closedReason) }).strict(),
  ),
  reopenReferral: call<YoungPerson>()(z.object({ referralId: id }).strict()),
  saveConsent: call<YoungPerson>()(
    z
      .object({
        youngPersonId: id,
        consentId: id.optional(),
        signedDate: isoDate,
        formVersion: requiredText('the form version', TEXT_LIMITS.consent.formVersion),
        explainedBy: requiredText('who explained it', TEXT_LIMITS.consent.explainedBy),
        complaintsProcedureExplained: z.boolean(),
        withdrawnDate: optionalIsoDate,
      })
      .strict(),
  ),
  consentFormDocument: call<{ fileName: string; base64: string }>()(z.object({ youngPersonId: id }).strict()),
  waitingList: call<WaitingList>()(z.object({}).strict()),
};
