/**
 * The safeguarding log and the complaints log. The safeguarding log is kept apart: it
 * appears in no ordinary list, search or general export; it is reached on its own screen
 * and included in a person's subject-access export.
 */
import { randomUUID } from 'node:crypto';
import { asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open';
import { complaints, safeguardingConcerns, volunteers, youngPeople } from '../db/schema';
import type { Complaint, ParsedInput, SafeguardingConcern } from '../../../shared/contract';
import type { Complainant, ReferredTo } from '../../../shared/youngPeople/record';
import { notInFutureProblem } from '../../../shared/people';
import { formatUkDate } from '../../../shared/dates';
import { fieldErrors, UserError } from '../errors';
import { youngPersonDateOfBirth } from './youngPeople';
import { insertedId, storedOrFail } from '../db/write';

const yp = alias(youngPeople, 'yp');
const vol = alias(volunteers, 'vol');

export function listSafeguardingConcerns(db: Db): SafeguardingConcern[] {
  return db
    .select({ c: safeguardingConcerns, ypFirst: yp.firstName, ypLast: yp.lastName, volFirst: vol.firstName, volLast: vol.lastName })
    .from(safeguardingConcerns)
    .leftJoin(yp, eq(safeguardingConcerns.youngPersonId, yp.id))
    .leftJoin(vol, eq(safeguardingConcerns.volunteerId, vol.id))
    .orderBy(desc(safeguardingConcerns.date), desc(safeguardingConcerns.id))
    .all()
    .map(({ c, ypFirst, ypLast, volFirst, volLast }) => ({
      id: c.id,
      date: c.date,
      youngPersonId: c.youngPersonId,
      youngPersonName: ypFirst ? `${ypFirst} ${ypLast}` : null,
      volunteerId: c.volunteerId,
      volunteerName: volFirst ? `${volFirst} ${volLast}` : null,
      summary: c.summary,
      referredTo: c.referredTo as ReferredTo | null,
      referredDate: c.referredDate,
      outcome: c.outcome,
      closedDate: c.closedDate,
    }));
}

const after = (date: string | null, earlier: string, message: string) => (date && date < earlier ? `${message} (${formatUkDate(earlier)})` : null);

export function saveSafeguardingConcern(db: Db, { concernId, ...concern }: ParsedInput<'saveSafeguardingConcern'>, today: string): SafeguardingConcern {
  fieldErrors({
    date: notInFutureProblem(concern.date, 'The date of the concern', today),
    youngPersonId: !concern.youngPersonId && !concern.volunteerId ? 'Say who the concern is about: a young person, a volunteer or both' : null,
    referredDate: notInFutureProblem(concern.referredDate, 'The referral date', today) ?? after(concern.referredDate, concern.date, 'It cannot be referred on before the concern was raised'),
    closedDate: notInFutureProblem(concern.closedDate, 'The closing date', today) ?? after(concern.closedDate, concern.date, 'It cannot close before it was raised'),
  });
  if (concern.youngPersonId) youngPersonDateOfBirth(db, concern.youngPersonId);
  if (concern.volunteerId && !db.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.id, concern.volunteerId)).get()) {
    throw new UserError('not_found', 'That volunteer could not be found.');
  }
  const id = concernId === undefined ? insertedId(db.insert(safeguardingConcerns).values({ ...concern, externalRef: randomUUID() }).run()) : concernId;
  if (concernId !== undefined && db.update(safeguardingConcerns).set(concern).where(eq(safeguardingConcerns.id, concernId)).run().changes === 0) {
    throw new UserError('not_found', 'That concern could not be found.');
  }
  return storedOrFail(listSafeguardingConcerns(db).find((c) => c.id === id), 'concern');
}

export function listComplaints(db: Db): Complaint[] {
  return db
    .select()
    .from(complaints)
    .orderBy(desc(complaints.date), asc(complaints.id))
    .all()
    .map((c) => ({ id: c.id, date: c.date, from: c.complainant as Complainant | null, summary: c.summary, outcome: c.outcome, resolvedDate: c.resolvedDate }));
}

export function saveComplaint(db: Db, { complaintId, from, ...complaint }: ParsedInput<'saveComplaint'>, today: string): Complaint {
  fieldErrors({
    date: notInFutureProblem(complaint.date, 'The date of the complaint', today),
    resolvedDate: notInFutureProblem(complaint.resolvedDate, 'The resolution date', today) ?? after(complaint.resolvedDate, complaint.date, 'It cannot be resolved before it was made'),
  });
  const values = { ...complaint, complainant: from };
  const id = complaintId === undefined ? insertedId(db.insert(complaints).values({ ...values, externalRef: randomUUID() }).run()) : complaintId;
  if (complaintId !== undefined && db.update(complaints).set(values).where(eq(complaints.id, complaintId)).run().changes === 0) {
    throw new UserError('not_found', 'That complaint could not be found.');
  }
  return storedOrFail(listComplaints(db).find((c) => c.id === id), 'complaint');
}
