/**
 * What the data rules say about keeping records. A note about disclosed DBS information
 * goes by itself six months (configurable, never longer) after the decision, each time the
 * database is unlocked. Whole people (a young person at 75, a volunteer some years after
 * leaving) are listed for the coordinator to erase, since that is her decision to make.
 */
import { and, isNotNull, eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { matches, volunteers, youngPeople } from '../db/schema';
import { addMonths, ageOn } from '../../../shared/dates';
import { ERASED_VOLUNTEER, isErasedVolunteer, retentionWhy, volunteerRetention, youngPersonRetention, type RetentionDue } from '../../../shared/retention/rules';
import { eraseDecisionsAbout } from './todayDecisions';
import type { ErasureDone, PersonKind, RetentionPerson, RetentionView } from '../../../shared/contract';
import { plural } from '../../../shared/words';
import { KEEP } from '../backup/rotation';
import { initials } from '../documents/fileName';
import { withAuditAction } from '../audit/context';
import { UserError } from '../errors';
import { getRecruitmentSettings } from './settings';
import { deleteWithDependants, whatGoesWith } from './deletion';
import { compactSearchIndexes } from './search';

export function deleteExpiredDisclosureNotes(db: Db, today: string): number {
  const months = getRecruitmentSettings(db).reminders.disclosureNoteMonths;
  const due = db
    .select({ id: volunteers.id, decided: volunteers.dbsDisclosureDecisionDate })
    .from(volunteers)
    .where(and(isNotNull(volunteers.dbsDisclosureNote), isNotNull(volunteers.dbsDisclosureDecisionDate)))
    .all()
    .filter((r) => addMonths(r.decided!, months) <= today);
  db.transaction((tx) => {
    for (const r of due) {
      tx.update(volunteers)
        .set({ dbsDisclosureNote: null, dbsDisclosureNoteDeletedDate: today })
        .where(eq(volunteers.id, r.id))
        .run();
    }
  });
  return due.length;
}

/**
 * How long an erased record can live on in older backups, from the rotation's own limits:
 * the monthly backups outlast the daily and weekly ones, and labelled backups have no time
 * limit, only a count.
 */
function backupsNote(): string {
  return (
    `Erased records stay inside backups made before the erasure until rotation lets those backups go. ` +
    `Routine backups are let go within about ${KEEP.monthly + 1} months (one a month is kept for ${KEEP.monthly} months), if IV Desk is used every month. ` +
    `Labelled backups, such as the one made just before this erasure, are kept until ${KEEP.labelled} newer labelled backups have been made, however long that takes: delete it on the Backups screen once you are sure the erasure was right.`
  );
}

const DELETABLE = { volunteer: 'volunteer', young_person: 'youngPerson' } as const;
const ERASURE = { erasure: true };

/**
 * Matches belong to both people in them. A volunteer's erasure keeps them (deletion.ts says
 * so in its notes); a young person's takes them, which the volunteer's own record outlives.
 */
const MATCHES_NOTE = 'The volunteers who visited them keep their own records, without these matches and visits.';

function goingWith(db: Db, kind: PersonKind, id: number) {
  const plan = whatGoesWith(db, DELETABLE[kind], id, ERASURE);
  const matched = plan.goesWith.some((g) => g.kind === 'erasedMatch');
  return { goesWith: plan.goesWith.map((g) => g.label), notes: [...plan.notes, ...(matched ? [MATCHES_NOTE] : [])] };
}

type DuePerson = Omit<RetentionPerson, 'goesWith' | 'notes'>;

const hasMatches = (db: Db, volunteerId: number) => db.select({ id: matches.id }).from(matches).where(eq(matches.volunteerId, volunteerId)).limit(1).all().length > 0;

/** Everyone whose records the data rules now let go, oldest first, with why and since when. */
function duePeople(db: Db, today: string): DuePerson[] {
  const settings = getRecruitmentSettings(db).retention;
  const person = (kind: PersonKind, p: { id: number; firstName: string; lastName: string; dateOfBirth: string | null }, due: RetentionDue): DuePerson => ({
    kind,
    id: p.id,
    name: `${p.firstName} ${p.lastName}`,
    initials: initials(p),
    age: p.dateOfBirth ? ageOn(p.dateOfBirth, today) : null,
    reason: due.reason,
    why: retentionWhy(due, settings),
    dueFrom: due.dueFrom,
  });
  const people = db.select({ id: youngPeople.id, firstName: youngPeople.firstName, lastName: youngPeople.lastName, dateOfBirth: youngPeople.dateOfBirth }).from(youngPeople).all();
  const helpers = db
    .select({
      id: volunteers.id,
      firstName: volunteers.firstName,
      lastName: volunteers.lastName,
      dateOfBirth: volunteers.dateOfBirth,
      approvedDate: volunteers.approvedDate,
      leftDate: volunteers.leftDate,
      withdrawnDate: volunteers.withdrawnDate,
      rejectedDate: volunteers.rejectedDate,
    })
    .from(volunteers)
    .all()
    // An erased volunteer is listed again only once no match keeps them (if a match went some other way).
    .filter((v) => !isErasedVolunteer(v) || !hasMatches(db, v.id));
  const due = [
    ...people.flatMap((p) => {
      const d = youngPersonRetention(p.dateOfBirth, today);
      return d ? [person('young_person', p, d)] : [];
    }),
    ...helpers.flatMap((v) => {
      const d = volunteerRetention(v, settings, today);
      return d ? [person('volunteer', v, d)] : [];
    }),
  ];
  return due.sort((a, b) => a.dueFrom.localeCompare(b.dueFrom) || a.name.localeCompare(b.name));
}

/** Erased volunteers whose last match has gone: nothing keeps their row any more. */
function unmatchedErasedVolunteers(db: Db): number[] {
  return db
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(and(eq(volunteers.firstName, ERASED_VOLUNTEER.firstName), eq(volunteers.lastName, ERASED_VOLUNTEER.lastName)))
    .all()
    .filter((v) => !hasMatches(db, v.id))
    .map((v) => v.id);
}

/** The Retention screen: who is due, with what goes with each. */
export function retentionView(db: Db, today: string): RetentionView {
  const due = duePeople(db, today).map((p) => ({ ...p, ...goingWith(db, p.kind, p.id) }));
  return { due, settings: getRecruitmentSettings(db).retention, backupsNote: backupsNote() };
}

/**
 * Erases the people chosen, each with everything that is theirs alone, after a backup
 * labelled before_erasure (no backup, no erasure). Everyone must still be due; all go in
 * one transaction, recorded in the audit trail as an erasure without personal data.
 * Young people go first, so a volunteer chosen with them whose matches go with them goes
 * outright; an erased volunteer whom no match keeps any more goes too.
 */
export function eraseRecords(db: Db, people: { kind: PersonKind; id: number }[], today: string, backup: () => void): ErasureDone {
  const due = new Set(duePeople(db, today).map((p) => `${p.kind}:${p.id}`));
  const chosen = [...new Map(people.map((p) => [`${p.kind}:${p.id}`, p])).values()];
  if (chosen.some((p) => !due.has(`${p.kind}:${p.id}`))) {
    throw new UserError('conflict', 'Someone chosen is not due for erasure, or was erased already. Nothing was erased: look at the list again and choose again.');
  }
  backup();
  withAuditAction(db, 'erasure', () =>
    db.$client.transaction(() => {
      eraseDecisionsAbout(db, chosen);
      const youngPeopleFirst = [...chosen.filter((p) => p.kind === 'young_person'), ...chosen.filter((p) => p.kind === 'volunteer')];
      for (const p of youngPeopleFirst) deleteWithDependants(db, DELETABLE[p.kind], p.id, ERASURE);
      for (const v of unmatchedErasedVolunteers(db)) deleteWithDependants(db, 'volunteer', v, ERASURE);
      compactSearchIndexes(db);
    })(),
  );
  // secure_delete has overwritten the erased rows' pages, but their old versions wait in the
  // write-ahead log until a checkpoint: copy it back and empty it now. A busy reader can keep
  // it from finishing; the next checkpoint does it then, so that is not a reason to fail.
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  return { erased: chosen.length, message: `The records of ${plural(chosen.length, 'person', 'people')} were erased. A backup was made first.` };
}
