/**
 * What the data rules say about keeping records. A note about disclosed DBS information
 * goes by itself six months (configurable, never longer) after the decision, each time the
 * database is unlocked. Whole people (a young person at 75, a volunteer some years after
 * leaving) are listed for the coordinator to erase, since that is her decision to make.
 */
import { and, isNotNull, eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { volunteers, youngPeople } from '../db/schema';
import { addMonths, ageOn } from '../../../shared/dates';
import { retentionWhy, volunteerRetention, youngPersonRetention, type RetentionDue } from '../../../shared/retention/rules';
import type { PersonKind, RetentionPerson, RetentionView } from '../../../shared/contract';
import { KEEP } from '../backup/rotation';
import { initials } from '../documents/fileName';
import { getRecruitmentSettings } from './settings';

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

/** Kept whole: the backups' rotation decides how long an erased record can live on in them. */
export function backupsNote(): string {
  return (
    `Erased records stay inside backups made before the erasure until rotation lets those backups go. ` +
    `Routine backups are let go within about ${KEEP.monthly + 1} months (one a month is kept for ${KEEP.monthly} months), if IV Desk is used every month. ` +
    `Labelled backups, such as the one made just before this erasure, are kept until ${KEEP.labelled} newer labelled backups have been made, however long that takes: delete it on the Backups screen once you are sure the erasure was right.`
  );
}

/** Everyone whose records the data rules now let go, oldest first, with why and since when. */
export function retentionView(db: Db, today: string): RetentionView {
  const settings = getRecruitmentSettings(db).retention;
  const person = (kind: PersonKind, p: { id: number; firstName: string; lastName: string; dateOfBirth: string | null }, due: RetentionDue): RetentionPerson => ({
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
    .all();
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
  return { due: due.sort((a, b) => a.dueFrom.localeCompare(b.dueFrom) || a.name.localeCompare(b.name)), settings, backupsNote: backupsNote() };
}
