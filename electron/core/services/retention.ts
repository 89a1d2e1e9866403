/**
 * Deletions the data rules require, run each time the database is unlocked: a note about
 * disclosed DBS information goes six months (configurable, never longer) after the decision.
 */
import { and, isNotNull, eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { volunteers } from '../db/schema';
import { addMonths } from '../../../shared/dates';
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
