/** Referrals: intake, outcome, closing, and the waiting list they make. */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, inArray, isNull, lte, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open';
import { matches, referrals, youngPeople } from '../db/schema';
import type { ParsedInput, WaitingList, YoungPerson } from '../../../shared/contract';
import { referralProblems } from '../../../shared/youngPeople/rules';
import type { ReferralRecord } from '../../../shared/youngPeople/record';
import { daysBetween } from '../../../shared/dates';
import type { WaitingMatch } from '../../../shared/referrals/waiting';
import { fieldErrors, UserError } from '../errors';
import { getYoungPerson, referralRecord, referralWithWaiting, youngPersonDateOfBirth } from './youngPeople';
import { getCaseSettings } from './settings';

function referralRow(db: Db, referralId: number) {
  const row = db.select().from(referrals).where(eq(referrals.id, referralId)).get();
  if (!row) throw new UserError('not_found', 'That referral could not be found.');
  return row;
}

/** Checks the referral as it would be, then writes it. */
function change(db: Db, youngPersonId: number, next: ReferralRecord, today: string, write: () => void): YoungPerson {
  fieldErrors(referralProblems(next, youngPersonDateOfBirth(db, youngPersonId), today));
  write();
  return getYoungPerson(db, youngPersonId, today);
}

export function saveReferral(db: Db, { youngPersonId, referralId, ...fields }: ParsedInput<'saveReferral'>, today: string): YoungPerson {
  if (referralId === undefined) {
    const next: ReferralRecord = { ...fields, outcome: 'pending', outcomeDate: null, closedDate: null, closedReason: null };
    return change(db, youngPersonId, next, today, () => db.insert(referrals).values({ ...fields, youngPersonId, externalRef: randomUUID() }).run());
  }
  const row = referralRow(db, referralId);
  if (row.youngPersonId !== youngPersonId) throw new UserError('not_found', 'That referral could not be found.');
  return change(db, youngPersonId, { ...referralRecord(row), ...fields }, today, () => db.update(referrals).set(fields).where(eq(referrals.id, referralId)).run());
}

export function recordReferralOutcome(db: Db, { referralId, outcome, outcomeDate }: ParsedInput<'recordReferralOutcome'>, today: string): YoungPerson {
  const row = referralRow(db, referralId);
  const date = outcome === 'pending' ? null : outcomeDate;
  return change(db, row.youngPersonId, { ...referralRecord(row), outcome, outcomeDate: date }, today, () =>
    db.update(referrals).set({ outcome, outcomeDate: date }).where(eq(referrals.id, referralId)).run(),
  );
}

export function closeReferral(db: Db, { referralId, closedDate, closedReason }: ParsedInput<'closeReferral'>, today: string): YoungPerson {
  const row = referralRow(db, referralId);
  if (row.closedDate) throw new UserError('conflict', 'This referral is already closed. Reopen it first to change how it closed.');
  return change(db, row.youngPersonId, { ...referralRecord(row), closedDate, closedReason }, today, () =>
    db.update(referrals).set({ closedDate, closedReason }).where(eq(referrals.id, referralId)).run(),
  );
}

export function reopenReferral(db: Db, { referralId }: ParsedInput<'reopenReferral'>, today: string): YoungPerson {
  const row = referralRow(db, referralId);
  db.update(referrals).set({ closedDate: null, closedReason: null }).where(eq(referrals.id, referralId)).run();
  return getYoungPerson(db, row.youngPersonId, today);
}

/**
 * The referrals that can be waiting on the day: made by then, neither closed nor refused
 * by then, and with no match running on it. waitingState decides which of them are.
 */
function openUnmatchedOn(db: Db, today: string) {
  const running = db
    .select({ one: sql`1` })
    .from(matches)
    .where(and(eq(matches.referralId, referrals.id), lte(matches.startDate, today), or(isNull(matches.endDate), gt(matches.endDate, today))));
  return and(
    lte(referrals.date, today),
    or(isNull(referrals.closedDate), gt(referrals.closedDate, today)),
    or(inArray(referrals.outcome, ['pending', 'accepted']), gt(sql`coalesce(${referrals.outcomeDate}, ${referrals.date})`, today)),
    notExists(running),
  );
}

/** The matches of those referrals, as waitingState reads them. */
function candidateMatches(db: Db, open: SQL | undefined): Map<number, WaitingMatch[]> {
  const candidates = db.select({ id: referrals.id }).from(referrals).where(open);
  const rows = db
    .select({ referralId: matches.referralId, proposedDate: matches.proposedDate, startDate: matches.startDate, endDate: matches.endDate, rematchWanted: matches.rematchWanted })
    .from(matches)
    .where(inArray(matches.referralId, candidates))
    .orderBy(asc(matches.proposedDate), asc(matches.id))
    .all();
  const byReferral = new Map<number, WaitingMatch[]>();
  for (const { referralId, ...m } of rows) byReferral.set(referralId, [...(byReferral.get(referralId) ?? []), m]);
  return byReferral;
}

/** Everyone waiting today, longest wait first. */
export function waitingList(db: Db, today: string): WaitingList {
  const { longWaitWeeks } = getCaseSettings(db);
  const open = openUnmatchedOn(db, today);
  const rows = db
    .select({ referral: referrals, firstName: youngPeople.firstName, lastName: youngPeople.lastName, dateOfBirth: youngPeople.dateOfBirth, area: youngPeople.area })
    .from(referrals)
    .innerJoin(youngPeople, eq(referrals.youngPersonId, youngPeople.id))
    .where(open)
    .orderBy(asc(referrals.date), asc(referrals.id))
    .all();
  const byReferral = candidateMatches(db, open);
  const waiting = rows.flatMap((r) => {
    const state = referralWithWaiting(r.referral, byReferral.get(r.referral.id) ?? [], today).waiting;
    if (!state) return [];
    const weeks = Math.floor(daysBetween(state.since, today) / 7);
    return [
      {
        referralId: r.referral.id,
        youngPersonId: r.referral.youngPersonId,
        name: `${r.firstName} ${r.lastName}`,
        dateOfBirth: r.dateOfBirth,
        area: r.area,
        referralDate: r.referral.date,
        since: state.since,
        weeksWaiting: weeks,
        kind: state.kind,
        long: daysBetween(state.since, today) > longWaitWeeks * 7,
      },
    ];
  });
  waiting.sort((a, b) => a.since.localeCompare(b.since) || a.name.localeCompare(b.name));
  return { date: today, longWaitWeeks, rows: waiting };
}
