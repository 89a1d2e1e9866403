/**
 * The safeguarding log and the complaints log. The safeguarding log is kept apart: it
 * appears in no ordinary list, search or general export; it is reached on its own screen
 * and included in a person's subject-access export.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, gt, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open';
import { complaints, safeguardingConcerns, volunteers, youngPeople } from '../db/schema';
import type { Complaint, LogPage, ParsedInput, PersonChoices, SafeguardingConcern } from '../../../shared/contract';
import type { Complainant, ReferredTo } from '../../../shared/youngPeople/record';
import { notInFutureProblem } from '../../../shared/people';
import { formatUkDate } from '../../../shared/dates';
import { PAGE_SIZE, pageWithin } from '../../../shared/lists/paging';
import { fieldErrors, UserError } from '../errors';
import { youngPersonDateOfBirth } from './youngPeople';
import { insertedId, storedOrFail } from '../db/write';
import { nameMatches } from './search';

const yp = alias(youngPeople, 'yp');
const vol = alias(volunteers, 'vol');

type LogInput = ParsedInput<'listComplaints'>;

/** How a log's page is cut: the filter on the open entries, the order, the page's bounds. */
function logWindow(db: Db, table: typeof safeguardingConcerns | typeof complaints, openColumn: SQLiteColumn, { page, sort, show }: LogInput) {
  const counts = db.select({ all: count(), open: sql<number>`coalesce(sum(${openColumn} IS NULL), 0)` }).from(table).get()!;
  const total = show === 'open' ? counts.open : counts.all;
  const current = pageWithin(page, total, PAGE_SIZE);
  const direction = sort.direction === 'asc' ? asc : desc;
  return {
    where: show === 'open' ? isNull(openColumn) : undefined,
    orderBy: [direction(table.date), direction(table.id)],
    limit: PAGE_SIZE,
    offset: (current - 1) * PAGE_SIZE,
    page: <T>(rows: T[]): LogPage<T> => ({ rows, total, page: current, pageSize: PAGE_SIZE, open: counts.open, all: counts.all }),
  };
}

function concerns(db: Db, where: SQL | undefined, orderBy: SQL[], limit?: number, offset?: number): SafeguardingConcern[] {
  const query = db
    .select({ c: safeguardingConcerns, ypFirst: yp.firstName, ypLast: yp.lastName, volFirst: vol.firstName, volLast: vol.lastName })
    .from(safeguardingConcerns)
    .leftJoin(yp, eq(safeguardingConcerns.youngPersonId, yp.id))
    .leftJoin(vol, eq(safeguardingConcerns.volunteerId, vol.id))
    .where(where)
    .orderBy(...orderBy);
  return (limit === undefined ? query : query.limit(limit).offset(offset ?? 0))
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

export function listSafeguardingConcerns(db: Db, input: LogInput): LogPage<SafeguardingConcern> {
  const w = logWindow(db, safeguardingConcerns, safeguardingConcerns.closedDate, input);
  return w.page(concerns(db, w.where, w.orderBy, w.limit, w.offset));
}

const CHOICES = 20;

/**
 * People by name for the forms' searches (who a concern is about, whose supervisions): a
 * few at a time, never the whole list. Reads names only, and nothing from the log itself.
 */
export function personChoices(db: Db, { kind, search, id, current }: ParsedInput<'personChoices'>, today: string): PersonChoices {
  const table = kind === 'volunteer' ? volunteers : youngPeople;
  const found = id !== undefined ? eq(table.id, id) : nameMatches(table.id, kind === 'volunteer' ? 'volunteer_search' : 'young_person_search', search);
  const where = current && kind === 'volunteer' ? and(found, lte(volunteers.approvedDate, today), or(isNull(volunteers.leftDate), gt(volunteers.leftDate, today))) : found;
  const rows = db
    .select({ id: table.id, firstName: table.firstName, lastName: table.lastName, detail: kind === 'volunteer' ? volunteers.email : youngPeople.dateOfBirth })
    .from(table)
    .where(where)
    .orderBy(asc(table.lastName), asc(table.firstName), asc(table.id))
    .limit(CHOICES + 1)
    .all();
  const detail = (d: string | null) => (!d ? '' : kind === 'volunteer' ? ` (${d})` : ` (born ${formatUkDate(d)})`);
  return { choices: rows.slice(0, CHOICES).map((r) => ({ id: r.id, name: `${r.firstName} ${r.lastName}`, label: `${r.firstName} ${r.lastName}${detail(r.detail)}` })), more: rows.length > CHOICES };
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
  return storedOrFail(concerns(db, eq(safeguardingConcerns.id, id), [])[0], 'concern');
}

function complaintRows(db: Db, where: SQL | undefined, orderBy: SQL[], limit?: number, offset?: number): Complaint[] {
  const query = db.select().from(complaints).where(where).orderBy(...orderBy);
  return (limit === undefined ? query : query.limit(limit).offset(offset ?? 0))
    .all()
    .map((c) => ({ id: c.id, date: c.date, from: c.complainant as Complainant | null, summary: c.summary, outcome: c.outcome, resolvedDate: c.resolvedDate }));
}

export function listComplaints(db: Db, input: LogInput): LogPage<Complaint> {
  const w = logWindow(db, complaints, complaints.resolvedDate, input);
  return w.page(complaintRows(db, w.where, w.orderBy, w.limit, w.offset));
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
  return storedOrFail(complaintRows(db, eq(complaints.id, id), [])[0], 'complaint');
}
