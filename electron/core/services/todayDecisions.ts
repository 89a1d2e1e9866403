/**
 * Snoozes and dismissals of Today's items, kept in today_decisions (the audit triggers
 * record each one). An item has at most one decision: a new one replaces the old.
 */
import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../db/open';
import { matches, referrals, todayDecisions } from '../db/schema';
import type { DecisionRecordKind, TodayItem } from '../../../shared/today';
import { canDismiss, canSnooze, decisionHides, snoozeDateProblem, type TodayDecision } from '../../../shared/today/decisions';
import { UserError, fieldErrors } from '../errors';
import { insertedId, storedOrFail } from '../db/write';

type Row = typeof todayDecisions.$inferSelect;

const toDecision = (row: Row): TodayDecision => ({ ...row, recordKind: row.recordKind as DecisionRecordKind });

export function allDecisions(db: Db): TodayDecision[] {
  return db.select().from(todayDecisions).all().map(toDecision);
}

/** The decisions in force on one record, for its page: a snooze whose date has come has ended. */
export function decisionsOn(db: Db, recordKind: DecisionRecordKind, recordId: number, today: string): TodayDecision[] {
  return db
    .select()
    .from(todayDecisions)
    .where(and(eq(todayDecisions.recordKind, recordKind), eq(todayDecisions.recordId, recordId)))
    .orderBy(desc(todayDecisions.id))
    .all()
    .map(toDecision)
    .filter((d) => decisionHides(d, today));
}

function currentItem(items: TodayItem[], key: string): TodayItem {
  const item = items.find((i) => i.key === key);
  if (!item) throw new UserError('not_found', 'That item is no longer on Today: it may have been done already. Nothing was changed.');
  return item;
}

function decide(db: Db, item: TodayItem, decision: { action: TodayDecision['action']; untilDate: string | null; reason: string }, now: string): TodayDecision {
  const record = item.record!;
  const id = db.transaction((tx) => {
    tx.delete(todayDecisions).where(eq(todayDecisions.itemKey, item.key)).run();
    return insertedId(tx.insert(todayDecisions).values({ itemKey: item.key, recordKind: record.kind, recordId: record.id, ...decision, decidedAt: now }).run());
  });
  return toDecision(storedOrFail(db.select().from(todayDecisions).where(eq(todayDecisions.id, id)).get(), 'decision'));
}

export function snoozeItem(db: Db, items: TodayItem[], input: { key: string; until: string; reason: string }, today: string, now: string): TodayDecision {
  fieldErrors({ until: snoozeDateProblem(input.until, today), reason: input.reason ? null : 'Enter why you are snoozing it' });
  const item = currentItem(items, input.key);
  if (!canSnooze(item)) throw new UserError('invalid_input', 'This item cannot be snoozed: it stays on Today until it is dealt with. Nothing was changed.');
  return decide(db, item, { action: 'snoozed', untilDate: input.until, reason: input.reason }, now);
}

export function dismissItem(db: Db, items: TodayItem[], input: { key: string; reason: string }, now: string): TodayDecision {
  fieldErrors({ reason: input.reason ? null : 'Enter why it is not needed' });
  const item = currentItem(items, input.key);
  if (!canDismiss(item)) throw new UserError('invalid_input', 'This item cannot be dismissed, only snoozed to a date. Nothing was changed.');
  return decide(db, item, { action: 'dismissed', untilDate: null, reason: input.reason }, now);
}

/** Ends a snooze or dismissal: the item shows on Today again if it is still due. */
export function cancelDecision(db: Db, id: number): { cancelled: number } {
  const result = db.delete(todayDecisions).where(eq(todayDecisions.id, id)).run();
  if (result.changes === 0) throw new UserError('not_found', 'That snooze has already ended or been cancelled. Nothing was changed.');
  return { cancelled: id };
}

/**
 * Erasing people takes their decisions with them, and those on their matches: a reason
 * may say something about them. (Deleting a record by mistake leaves its decisions, so
 * an Undo brings the record back as it was; ids are never reused.)
 */
type Person = { kind: 'volunteer' | 'young_person'; id: number };
const idsOf = (people: Person[], kind: Person['kind']) => people.filter((p) => p.kind === kind).map((p) => p.id);

/** The ids of the matches these people are in, whichever side. */
export function matchesOf(db: Db, people: Person[]): number[] {
  return db
    .select({ id: matches.id })
    .from(matches)
    .innerJoin(referrals, eq(matches.referralId, referrals.id))
    .where(or(inArray(matches.volunteerId, idsOf(people, 'volunteer')), inArray(referrals.youngPersonId, idsOf(people, 'young_person'))))
    .all()
    .map((m) => m.id);
}

export function eraseDecisionsAbout(db: Db, people: Person[]): void {
  const volunteerIds = idsOf(people, 'volunteer');
  const youngPersonIds = idsOf(people, 'young_person');
  const matchIds = matchesOf(db, people);
  const about = (kind: DecisionRecordKind, ids: number[]) => and(eq(todayDecisions.recordKind, kind), inArray(todayDecisions.recordId, ids));
  db.delete(todayDecisions).where(or(about('volunteer', volunteerIds), about('young_person', youngPersonIds), about('match', matchIds))).run();
}
