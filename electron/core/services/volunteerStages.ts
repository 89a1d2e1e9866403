/**
 * Recording each recruitment stage. Every change is checked against the whole record's
 * dates (shared/volunteers/dateRules) before anything is written.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { volunteers, volunteerReferences, volunteerTraining, volunteerInactivePeriods } from '../db/schema';
import type { Volunteer, ParsedInput } from '../../../shared/contract';
import { missingForApproval } from '../../../shared/volunteers/stage';
import { UserError } from '../errors';
import { getRecruitmentSettings } from './settings';
import { loadVolunteer, type StoredVolunteer } from './volunteerRecords';
import { checkVolunteer, getVolunteer } from './volunteers';

/** Checks the volunteer as it would be, then runs the write in one transaction. */
function change(db: Db, id: number, today: string, next: (v: StoredVolunteer) => StoredVolunteer, write: (tx: Db) => void, prefix?: string): Volunteer {
  const current = loadVolunteer(db, id);
  checkVolunteer(next(current), today, prefix);
  db.transaction((tx) => write(tx as unknown as Db));
  return getVolunteer(db, id, today);
}

const setColumns = (db: Db, id: number, columns: Partial<typeof volunteers.$inferInsert>) =>
  db.update(volunteers).set(columns).where(eq(volunteers.id, id)).run();

export function recordApplication(db: Db, { id, applicationDate }: ParsedInput<'recordApplication'>, today: string) {
  return change(db, id, today, (v) => ({ ...v, applicationDate }), (tx) => setColumns(tx, id, { applicationDate }));
}

export function recordInterview(db: Db, { id, ...interview }: ParsedInput<'recordInterview'>, today: string) {
  return change(db, id, today, (v) => ({ ...v, ...interview }), (tx) => setColumns(tx, id, interview));
}

export function saveReference(db: Db, { volunteerId, referenceId, ...reference }: ParsedInput<'saveReference'>, today: string) {
  const current = loadVolunteer(db, volunteerId);
  const index = referenceId === undefined ? current.references.length : current.references.findIndex((r) => r.id === referenceId);
  if (index < 0) throw new UserError('not_found', 'That reference could not be found.');
  return change(
    db,
    volunteerId,
    today,
    (v) => ({ ...v, references: Object.assign([...v.references], { [index]: { id: referenceId ?? 0, ...reference } }) }),
    (tx) => {
      if (referenceId === undefined) tx.insert(volunteerReferences).values({ volunteerId, ...reference }).run();
      else tx.update(volunteerReferences).set(reference).where(and(eq(volunteerReferences.id, referenceId), eq(volunteerReferences.volunteerId, volunteerId))).run();
    },
    `references.${index}.`,
  );
}

export function removeReference(db: Db, { volunteerId, referenceId }: ParsedInput<'removeReference'>, today: string) {
  const result = db.delete(volunteerReferences).where(and(eq(volunteerReferences.id, referenceId), eq(volunteerReferences.volunteerId, volunteerId))).run();
  if (result.changes === 0) throw new UserError('not_found', 'That reference could not be found.');
  return getVolunteer(db, volunteerId, today);
}

export function saveDbs(db: Db, { id, ...dbs }: ParsedInput<'saveDbs'>, today: string) {
  const current = loadVolunteer(db, id);
  // A note deleted under the six-month rule stays deleted; the date it went is kept.
  const deleted = dbs.disclosureNote ? null : (current.dbs?.disclosureNoteDeletedDate ?? null);
  return change(
    db,
    id,
    today,
    (v) => ({ ...v, dbs: { ...dbs, disclosureNoteDeletedDate: deleted } }),
    (tx) =>
      setColumns(tx, id, {
        dbsCertificateNumber: dbs.certificateNumber,
        dbsIssueDate: dbs.issueDate,
        dbsLevel: dbs.level,
        dbsOutcome: dbs.outcome,
        dbsCheckedBy: dbs.checkedBy,
        dbsCheckedDate: dbs.checkedDate,
        dbsUpdateService: dbs.updateService,
        dbsUpdateServiceCheckedDate: dbs.updateServiceCheckedDate,
        dbsDisclosureNote: dbs.disclosureNote,
        dbsDisclosureDecisionDate: dbs.disclosureDecisionDate,
        dbsDisclosureNoteDeletedDate: deleted,
      }),
    'dbs.',
  );
}

export function saveTraining(db: Db, { id, module, completedDate }: ParsedInput<'saveTraining'>, today: string) {
  const others = loadVolunteer(db, id).training.filter((t) => t.module !== module);
  return change(
    db,
    id,
    today,
    (v) => ({ ...v, training: [...others, { id: 0, module, completedDate }] }),
    (tx) => {
      tx.delete(volunteerTraining).where(and(eq(volunteerTraining.volunteerId, id), eq(volunteerTraining.module, module))).run();
      if (completedDate) tx.insert(volunteerTraining).values({ volunteerId: id, module, completedDate }).run();
    },
    `training.${others.length}.`,
  );
}

export function approveVolunteer(db: Db, { id, approvedDate }: ParsedInput<'approveVolunteer'>, today: string) {
  const current = loadVolunteer(db, id);
  if (current.approvedDate) throw new UserError('conflict', 'This volunteer is already approved.');
  const missing = missingForApproval(current, getRecruitmentSettings(db));
  if (missing.length) {
    const message = `Cannot approve yet. Still needed: ${missing.join('; ')}.`;
    throw new UserError('invalid_input', message, { approvedDate: message });
  }
  return change(db, id, today, (v) => ({ ...v, approvedDate }), (tx) => setColumns(tx, id, { approvedDate }));
}

export function closeVolunteer(db: Db, { id, how, date, reason }: ParsedInput<'closeVolunteer'>, today: string) {
  const columns = {
    withdrawn: { withdrawnDate: date, withdrawnReason: reason },
    rejected: { rejectedDate: date, rejectedReason: reason },
    left: { leftDate: date, leftReason: reason },
  }[how];
  const current = loadVolunteer(db, id);
  if (current.withdrawnDate || current.rejectedDate || current.leftDate) {
    throw new UserError('conflict', 'This volunteer has already withdrawn, been turned down or left. Reopen their record first.');
  }
  return change(db, id, today, (v) => ({ ...v, ...columns }), (tx) => setColumns(tx, id, columns));
}

export function reopenVolunteer(db: Db, { id }: ParsedInput<'reopenVolunteer'>, today: string) {
  const cleared = { withdrawnDate: null, withdrawnReason: null, rejectedDate: null, rejectedReason: null, leftDate: null, leftReason: null };
  return change(db, id, today, (v) => ({ ...v, ...cleared }), (tx) => setColumns(tx, id, cleared));
}

export function saveInactivePeriod(db: Db, { volunteerId, periodId, ...period }: ParsedInput<'saveInactivePeriod'>, today: string) {
  const current = loadVolunteer(db, volunteerId);
  const index = periodId === undefined ? current.inactivePeriods.length : current.inactivePeriods.findIndex((p) => p.id === periodId);
  if (index < 0) throw new UserError('not_found', 'That inactive period could not be found.');
  const row = { fromDate: period.from, toDate: period.to, reason: period.reason, expectedReturn: period.expectedReturn };
  return change(
    db,
    volunteerId,
    today,
    (v) => ({ ...v, inactivePeriods: Object.assign([...v.inactivePeriods], { [index]: { id: periodId ?? 0, ...period } }) }),
    (tx) => {
      if (periodId === undefined) tx.insert(volunteerInactivePeriods).values({ volunteerId, ...row }).run();
      else tx.update(volunteerInactivePeriods).set(row).where(and(eq(volunteerInactivePeriods.id, periodId), eq(volunteerInactivePeriods.volunteerId, volunteerId))).run();
    },
    `inactivePeriods.${index}.`,
  );
}
