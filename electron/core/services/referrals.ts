/** Referrals: intake, outcome, closing, and the waiting list they make. */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { referrals } from '../db/schema';
import type { ParsedInput, WaitingList, YoungPerson } from '../../../shared/contract';
import { referralProblems } from '../../../shared/youngPeople/rules';
import type { ReferralRecord } from '../../../shared/youngPeople/record';
import { daysBetween } from '../../../shared/dates';
import { waitingState, type WaitingMatch, type WaitingReferral, type WaitingState } from '../../../shared/referrals/waiting';
import { flag, prepared } from '../db/statements';
import { ACTIVE_MATCH } from '../db/activeMatch';
import { fieldErrors, UserError } from '../errors';
import { getYoungPerson, referralRecord, youngPersonDateOfBirth } from './youngPeople';
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
 * The referrals that can be waiting on the day (a referral `r`): made by then, neither
 * closed nor refused by then, and with no match running on it. waitingState decides which
 * of them are.
 */
const OPEN_UNMATCHED = `r.date <= @today AND (r.closed_date IS NULL OR r.closed_date > @today)
  AND (r.outcome IN ('pending', 'accepted') OR coalesce(r.outcome_date, r.date) > @today)
  AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.referral_id = r.id AND ${ACTIVE_MATCH})`;

interface OpenReferral extends WaitingReferral {
  referralId: number;
  youngPersonId: number;
  name: string;
  dateOfBirth: string;
  area: string | null;
}

/** The matches of the given referrals, as waitingState reads them, by referral. */
function candidateMatches(db: Db, referralIds: number[]): Map<number, WaitingMatch[]> {
  const rows = prepared(
    db,
    'SELECT referral_id AS referralId, proposed_date AS proposedDate, start_date AS startDate, end_date AS endDate, rematch_wanted AS rematchWanted FROM matches WHERE referral_id IN (SELECT value FROM json_each(?)) ORDER BY proposed_date, id',
  ).all(JSON.stringify(referralIds)) as (WaitingMatch & { referralId: number })[];
  const byReferral = new Map<number, WaitingMatch[]>();
  for (const { referralId, ...m } of rows) {
    const match = { ...m, rematchWanted: flag(m.rematchWanted) };
    const list = byReferral.get(referralId);
    if (list) list.push(match);
    else byReferral.set(referralId, [match]);
  }
  return byReferral;
}

/** The referrals waiting on the day, oldest referral first, each with its waiting state. */
export function waitingReferrals(db: Db, today: string): (OpenReferral & { state: WaitingState })[] {
  const rows = prepared(
    db,
    `SELECT r.id AS referralId, r.young_person_id AS youngPersonId, y.first_name || ' ' || y.last_name AS name, y.date_of_birth AS dateOfBirth, y.area,
        r.date, r.outcome, r.outcome_date AS outcomeDate, r.closed_date AS closedDate
      FROM referrals r JOIN young_people y ON y.id = r.young_person_id WHERE ${OPEN_UNMATCHED} ORDER BY r.date, r.id`,
  ).all({ today }) as OpenReferral[];
  const byReferral = candidateMatches(db, rows.map((r) => r.referralId));
  return rows.flatMap((r) => {
    const state = waitingState(r, byReferral.get(r.referralId) ?? [], today);
    return state ? [{ ...r, state }] : [];
  });
}

/** Everyone waiting today, longest wait first. */
export function waitingList(db: Db, today: string): WaitingList {
  const { longWaitWeeks } = getCaseSettings(db);
  const waiting = waitingReferrals(db, today).map(({ state, ...r }) => ({
    referralId: r.referralId,
    youngPersonId: r.youngPersonId,
    name: r.name,
    dateOfBirth: r.dateOfBirth,
    area: r.area,
    referralDate: r.date,
    since: state.since,
    weeksWaiting: Math.floor(daysBetween(state.since, today) / 7),
    kind: state.kind,
    long: daysBetween(state.since, today) > longWaitWeeks * 7,
  }));
  waiting.sort((a, b) => a.since.localeCompare(b.since) || a.name.localeCompare(b.name));
  return { date: today, longWaitWeeks, rows: waiting };
}
