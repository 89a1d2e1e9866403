/** Reading volunteers with their references, training and inactive periods, as the rules see them. */
import { and, asc, inArray, not, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open';
import { volunteers, volunteerReferences, volunteerTraining, volunteerInactivePeriods } from '../db/schema';
import type { Volunteer } from '../../../shared/contract';
import type { VolunteerDbs, DbsLevel, DbsOutcome, EnquirySource, InterviewOutcome } from '../../../shared/volunteers/record';
import type { RecruitmentSettings } from '../../../shared/volunteers/settings';
import { volunteerStatus, pipelineStage, missingForApproval, isInPipeline, type VolunteerStatus } from '../../../shared/volunteers/stage';
import { dbsCheckDue, disclosureNoteDeletionDate } from '../../../shared/volunteers/reminders';
import { UserError } from '../errors';
import { selectAll } from '../db/statements';
import { listFromJson } from './jsonList';

export type VolunteerRow = typeof volunteers.$inferSelect;
export type StoredVolunteer = Omit<Volunteer, 'status' | 'stageSince' | 'missingForApproval' | 'dbsCheckDue' | 'disclosureNoteDeletionDate'>;

function dbsOf(row: VolunteerRow): VolunteerDbs | null {
  const dbs: VolunteerDbs = {
    certificateNumber: row.dbsCertificateNumber,
    issueDate: row.dbsIssueDate,
    level: row.dbsLevel as DbsLevel | null,
    outcome: row.dbsOutcome as DbsOutcome | null,
    checkedBy: row.dbsCheckedBy,
    checkedDate: row.dbsCheckedDate,
    updateService: row.dbsUpdateService,
    updateServiceCheckedDate: row.dbsUpdateServiceCheckedDate,
    disclosureNote: row.dbsDisclosureNote,
    disclosureDecisionDate: row.dbsDisclosureDecisionDate,
    disclosureNoteDeletedDate: row.dbsDisclosureNoteDeletedDate,
  };
  return Object.values(dbs).some((v) => v !== null) ? dbs : null;
}

type Children = Pick<StoredVolunteer, 'references' | 'training' | 'inactivePeriods'>;

export function toStoredVolunteer(row: VolunteerRow, children: Children): StoredVolunteer {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: row.dateOfBirth,
    gender: row.gender,
    email: row.email,
    phone: row.phone,
    address: row.address,
    postcode: row.postcode,
    area: row.area,
    languages: listFromJson(row.languages),
    interests: listFromJson(row.interests),
    availability: row.availability,
    maxTravelMiles: row.maxTravelMiles,
    preferences: row.preferences,
    capacity: row.capacity,
    enquiryDate: row.enquiryDate,
    enquirySource: row.enquirySource as EnquirySource | null,
    enquiryRespondedDate: row.enquiryRespondedDate,
    applicationDate: row.applicationDate,
    interviewDate: row.interviewDate,
    interviewPanel: row.interviewPanel,
    interviewOutcome: row.interviewOutcome as InterviewOutcome | null,
    interviewNotes: row.interviewNotes,
    dbs: dbsOf(row),
    approvedDate: row.approvedDate,
    withdrawnDate: row.withdrawnDate,
    withdrawnReason: row.withdrawnReason,
    rejectedDate: row.rejectedDate,
    rejectedReason: row.rejectedReason,
    leftDate: row.leftDate,
    leftReason: row.leftReason,
    ...children,
  };
}

/** Loads volunteers (all, or the given ids) with their child records in four queries. */
export function loadVolunteers(db: Db, ids?: number[]): StoredVolunteer[] {
  const asked = fewIds(ids);
  const rows = db.select().from(volunteers).where(asked ? inArray(volunteers.id, asked) : undefined).orderBy(asc(volunteers.id)).all();
  const wanted = ids && !asked ? new Set(ids) : null;
  const children = childrenOf(db, ids);
  return (wanted ? rows.filter((r) => wanted.has(r.id)) : rows).map((row) => toStoredVolunteer(row, children(row.id)));
}

/**
 * The given volunteers' rows with what their status and reminders on the day read: the
 * references and training only of those not yet approved (no rule reads an approved
 * volunteer's: their status comes from their dates and inactive periods), and the
 * inactive periods of the approved.
 */
export function asAtWithChildren(db: Db, rows: VolunteerRow[], today: string): StoredVolunteer[] {
  const approved = (row: VolunteerRow) => !!row.approvedDate && row.approvedDate <= today;
  const recruiting = referencesAndTrainingOf(db, rows.filter((r) => !approved(r)).map((r) => r.id));
  const periods = inactivePeriodsOf(db, rows.filter(approved).map((r) => r.id));
  return rows.map((row) => toStoredVolunteer(row, approved(row) ? { references: [], training: [], inactivePeriods: periods(row.id) } : { ...recruiting(row.id), inactivePeriods: [] }));
}

/** A date column on or before the day, as SQL (an empty date is not): how narrowing queries ask whether a step had happened by then. */
export const onOrBefore = (column: SQLiteColumn, day: string): SQL => sql`coalesce(${column} <= ${day}, 0)`;

/**
 * Only the volunteers who can be in the pipeline on the day (not approved, withdrawn or
 * rejected by then), with what their status reads. A narrowing only: volunteerStatus
 * still decides each one's stage.
 */
export function possibleApplicants(db: Db, today: string): StoredVolunteer[] {
  const rows = db
    .select()
    .from(volunteers)
    .where(and(not(onOrBefore(volunteers.approvedDate, today)), not(onOrBefore(volunteers.withdrawnDate, today)), not(onOrBefore(volunteers.rejectedDate, today))))
    .all();
  return asAtWithChildren(db, rows, today);
}

/** SQLite reads a whole small table faster than it matches a long list of ids: past a few hundred, read them all. */
const fewIds = (ids: number[] | undefined) => (ids && ids.length <= 200 ? ids : undefined);

/** The references, training and inactive periods of the given volunteers (or of all), in three queries; by volunteer. */
export function childrenOf(db: Db, ids?: number[]): (volunteerId: number) => Children {
  const checks = referencesAndTrainingOf(db, ids);
  const periods = inactivePeriodsOf(db, ids);
  return (id) => ({ ...checks(id), inactivePeriods: periods(id) });
}

type Checks = Pick<Children, 'references' | 'training'>;
const NO_CHECKS: Checks = { references: [], training: [] };

/** The references and training of the given volunteers (or of all), in two queries; by volunteer. */
function referencesAndTrainingOf(db: Db, ids?: number[]): (volunteerId: number) => Checks {
  if (ids?.length === 0) return () => NO_CHECKS;
  const asked = fewIds(ids);
  const wanted = asked ? 'WHERE volunteer_id IN (SELECT value FROM json_each(@ids))' : '';
  const group = <T extends { volunteerId: number }>(items: T[]) => {
    const map = new Map<number, T[]>();
    for (const item of items) {
      const list = map.get(item.volunteerId);
      if (list) list.push(item);
      else map.set(item.volunteerId, [item]);
    }
    return map;
  };
  const refs = group(selectAll(db, volunteerReferences, `${wanted} ORDER BY id`, asked));
  const training = group(selectAll(db, volunteerTraining, `${wanted} ORDER BY id`, asked));
  return (id) => ({
    references: (refs.get(id) ?? []).map(({ volunteerId: _v, ...r }) => r),
    training: (training.get(id) ?? []).map(({ volunteerId: _v, ...t }) => t),
  });
}

/** The inactive periods of the given volunteers (or of all), by volunteer. */
export function inactivePeriodsOf(db: Db, ids?: number[]): (volunteerId: number) => StoredVolunteer['inactivePeriods'] {
  if (ids?.length === 0) return () => [];
  const asked = fewIds(ids);
  const byVolunteer = new Map<number, StoredVolunteer['inactivePeriods']>();
  const wanted = asked ? 'WHERE volunteer_id IN (SELECT value FROM json_each(@ids))' : '';
  for (const { volunteerId, fromDate, toDate, ...p } of selectAll(db, volunteerInactivePeriods, `${wanted} ORDER BY from_date`, asked)) {
    const period = { ...p, from: fromDate, to: toDate };
    const list = byVolunteer.get(volunteerId);
    if (list) list.push(period);
    else byVolunteer.set(volunteerId, [period]);
  }
  return (id) => byVolunteer.get(id) ?? [];
}

export function loadVolunteer(db: Db, id: number): StoredVolunteer {
  const [volunteer] = loadVolunteers(db, [id]);
  if (!volunteer) throw new UserError('not_found', 'That volunteer could not be found. They may have been removed.');
  return volunteer;
}

/** A DBS re-check or status check falls due only while the volunteer is approved and with the scheme. */
export function dbsCheckDueFor(v: StoredVolunteer, status: VolunteerStatus, settings: RecruitmentSettings): Volunteer['dbsCheckDue'] {
  return status === 'active' || status === 'inactive' ? dbsCheckDue(v, settings) : null;
}

/** Adds what is derived from the dates: status, stage, what approval still needs, checks due. */
export function withDerived(v: StoredVolunteer, settings: RecruitmentSettings, today: string): Volunteer {
  const status = volunteerStatus(v, settings, today);
  return {
    ...v,
    status,
    stageSince: isInPipeline(status) ? pipelineStage(v, settings).since : null,
    missingForApproval: v.approvedDate ? [] : missingForApproval(v, settings),
    dbsCheckDue: dbsCheckDueFor(v, status, settings),
    disclosureNoteDeletionDate: disclosureNoteDeletionDate(v, settings),
  };
}

