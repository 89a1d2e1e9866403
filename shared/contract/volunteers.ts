import { z } from 'zod';
import { call } from './define';
import { requiredText, optionalText, optionalIsoDate, isoDate, email, id, text } from '../fields';
import { ENQUIRY_SOURCES } from '../interchange/format';
import type { VolunteerRecord, VolunteerReference, TrainingRecord, InactivePeriod } from '../volunteers/record';
import type { VolunteerStatus, PipelineStage } from '../volunteers/stage';
import { LIST_LIMITS, TEXT_LIMITS } from '../textLimits';
import type { RecruitmentSettings } from '../volunteers/settings';
import type { MatchSummary } from './matches';
import type { SupervisionsView } from './supervisions';
import type { ListPage } from '../lists/paging';
import { VOLUNTEER_SORTS, VOLUNTEER_STATUS_FILTERS } from '../lists/choices';
import { pageInput, sortInput } from './paging';
import type { TodayDecision } from '../today/decisions';

export interface VolunteerSummary {
  id: number;
  firstName: string;
  lastName: string;
  area: string | null;
  email: string | null;
  phone: string | null;
  enquiryDate: string;
  approvedDate: string | null;
  status: VolunteerStatus;
  interests: string[];
  dbsCheckDue: string | null;
}

/** A page of the volunteers list, with every area volunteers live in (the area filter's choices). */
export interface VolunteerList extends ListPage<VolunteerSummary> {
  areas: string[];
}

export interface Volunteer extends VolunteerRecord {
  id: number;
  gender: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  postcode: string | null;
  area: string | null;
  languages: string[];
  interests: string[];
  availability: string | null;
  maxTravelMiles: number | null;
  preferences: string | null;
  /** How many active matches they can take (1 unless the coordinator sets more). */
  capacity: number;
  interviewPanel: string | null;
  interviewNotes: string | null;
  references: (VolunteerReference & { id: number })[];
  training: (TrainingRecord & { id: number })[];
  inactivePeriods: (InactivePeriod & { id: number })[];
  status: VolunteerStatus;
  stageSince: string | null;
  missingForApproval: string[];
  dbsCheckDue: { date: string; kind: 'recheck' | 'status_check' } | null;
  disclosureNoteDeletionDate: string | null;
}

/** Everything the volunteer's page shows, in one call: the record, the settings its forms follow, their matches and supervision. */
export interface VolunteerProfile {
  volunteer: Volunteer;
  settings: RecruitmentSettings;
  /** Oldest proposal first. */
  matches: MatchSummary[];
  supervision: SupervisionsView;
  /** What is snoozed or dismissed on Today about the volunteer, newest first (a snooze whose date has come has ended). */
  todayDecisions: TodayDecision[];
}

const list = z
  .array(text(TEXT_LIMITS.listItem).refine((s) => s.trim().length > 0, { message: 'Remove the empty item' }))
  .max(LIST_LIMITS.listItems, { message: `Use ${LIST_LIMITS.listItems} items or fewer` })
  .default([]);

export const volunteerInput = z
  .object({
    firstName: requiredText('a first name', TEXT_LIMITS.volunteer.firstName),
    lastName: requiredText('a last name', TEXT_LIMITS.volunteer.lastName),
    dateOfBirth: optionalIsoDate,
    gender: optionalText(TEXT_LIMITS.volunteer.gender),
    email,
    phone: optionalText(TEXT_LIMITS.volunteer.phone),
    address: optionalText(TEXT_LIMITS.volunteer.address),
    postcode: optionalText(TEXT_LIMITS.volunteer.postcode),
    area: optionalText(TEXT_LIMITS.volunteer.area),
    enquiryDate: isoDate,
    enquirySource: z.enum(ENQUIRY_SOURCES, { error: 'Choose where the enquiry came from' }).nullish().transform((s) => s ?? null),
    enquiryRespondedDate: optionalIsoDate,
    languages: list,
    interests: list,
    availability: optionalText(TEXT_LIMITS.volunteer.availability),
    maxTravelMiles: z.number().min(0, { message: 'Enter 0 miles or more' }).max(500, { message: 'Enter 500 miles or fewer' }).nullish().transform((n) => n ?? null),
    preferences: optionalText(TEXT_LIMITS.volunteer.preferences),
  })
  .strict();
export type VolunteerInput = z.input<typeof volunteerInput>;

export const searchInput = z.object({ search: z.string().max(100).optional() }).strict();

const volunteerFilters = {
  search: z.string().max(100).optional(),
  area: z.string().max(100).optional(),
  interest: z.string().max(60).optional(),
  dbsCheckDue: z.boolean().optional(),
};

const STATUSES = ['enquiry', 'interview', 'references', 'dbs', 'training', 'approval', 'active', 'inactive', 'left', 'withdrawn', 'rejected'] as const;
const volunteerId = z.object({ id }).strict();

export interface DuplicateCandidate {
  id: number;
  name: string;
  reason: string;
}

export interface BoardColumn {
  stage: PipelineStage;
  volunteers: { id: number; name: string; since: string; daysInStage: number }[];
}

/** The board: a column per stage, and apart from them the lapsed, with no step for the setting's days (shared/volunteers/lapse). */
export interface RecruitmentBoard {
  columns: BoardColumn[];
  lapsed: { id: number; name: string; stage: PipelineStage; lastStep: string }[];
  lapseDays: number;
}

export const volunteerCalls = {
  /** Every volunteer the filters find, by name: for pick-lists and the CLI. */
  listVolunteers: call<VolunteerSummary[]>()(z.object({ ...volunteerFilters, status: z.enum(STATUSES).optional() }).strict()),
  /** One page of the volunteers list: current volunteers unless a status is asked for. */
  volunteersPage: call<VolunteerList>()(
    z
      .object({
        ...volunteerFilters,
        status: z.enum(VOLUNTEER_STATUS_FILTERS).default('current'),
        sort: sortInput(VOLUNTEER_SORTS).default({ by: 'name', direction: 'asc' }),
        page: pageInput,
      })
      .strict(),
  ),
  getVolunteer: call<Volunteer>()(volunteerId),
  volunteerProfile: call<VolunteerProfile>()(volunteerId),
  createVolunteer: call<Volunteer>()(volunteerInput),
  updateVolunteer: call<Volunteer>()(volunteerInput.extend({ id })),
  findDuplicateVolunteers: call<DuplicateCandidate[]>()(
    z
      .object({ firstName: z.string().max(100), lastName: z.string().max(100), dateOfBirth: optionalIsoDate, email: z.string().max(254).nullish(), excludeId: id.optional() })
      .strict(),
  ),
  recordApplication: call<Volunteer>()(z.object({ id, applicationDate: isoDate }).strict()),
  recordInterview: call<Volunteer>()(
    z
      .object({
        id,
        interviewDate: isoDate,
        interviewPanel: optionalText(TEXT_LIMITS.volunteer.interviewPanel),
        interviewOutcome: z.enum(['proceed', 'not_proceed'], { error: 'Choose the outcome of the interview' }),
        interviewNotes: optionalText(TEXT_LIMITS.volunteer.interviewNotes),
      })
      .strict(),
  ),
  saveReference: call<Volunteer>()(
    z
      .object({
        volunteerId: id,
        referenceId: id.optional(),
        name: optionalText(TEXT_LIMITS.volunteer.referenceName),
        relationship: optionalText(TEXT_LIMITS.volunteer.referenceRelationship),
        requestedDate: optionalIsoDate,
        receivedDate: optionalIsoDate,
        satisfactory: z.boolean().nullable(),
      })
      .strict(),
  ),
  removeReference: call<Volunteer>()(z.object({ volunteerId: id, referenceId: id }).strict()),
  saveDbs: call<Volunteer>()(
    z
      .object({
        id,
        certificateNumber: optionalText(TEXT_LIMITS.volunteer.dbsCertificateNumber),
        issueDate: optionalIsoDate,
        level: z.enum(['enhanced_barred_children', 'enhanced', 'basic']).nullable(),
        outcome: z.enum(['clear', 'information_disclosed_risk_assessed']).nullable(),
        checkedBy: optionalText(TEXT_LIMITS.volunteer.dbsCheckedBy),
        checkedDate: optionalIsoDate,
        updateService: z.boolean(),
        updateServiceCheckedDate: optionalIsoDate,
        disclosureNote: optionalText(TEXT_LIMITS.volunteer.disclosureNote),
        disclosureDecisionDate: optionalIsoDate,
      })
      .strict(),
  ),
  saveTraining: call<Volunteer>()(z.object({ id, module: requiredText('the module', TEXT_LIMITS.volunteer.trainingModule), completedDate: optionalIsoDate }).strict()),
  approveVolunteer: call<Volunteer>()(z.object({ id, approvedDate: isoDate }).strict()),
  closeVolunteer: call<Volunteer>()(
    z.object({ id, how: z.enum(['withdrawn', 'rejected', 'left']), date: isoDate, reason: optionalText(TEXT_LIMITS.volunteer.reason) }).strict(),
  ),
  reopenVolunteer: call<Volunteer>()(volunteerId),
  saveInactivePeriod: call<Volunteer>()(
    z
      .object({ volunteerId: id, periodId: id.optional(), from: isoDate, to: optionalIsoDate, reason: optionalText(TEXT_LIMITS.volunteer.reason), expectedReturn: optionalIsoDate })
      .strict(),
  ),
  recruitmentBoard: call<RecruitmentBoard>()(z.object({}).strict()),
};
