/** Matching a young person's referral with a volunteer, and the life of the match. */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open';
import { decisionsOn } from './todayDecisions';
import { matches, referrals, visits, feedback, youngPeople, volunteers, consents } from '../db/schema';
import type { Match, MatchList, MatchSummary, ParsedInput, Suggestion, Suggestions } from '../../../shared/contract';
import { matchShown, type MatchStageFilter } from '../../../shared/lists/choices';
import { sortRows, type SortKey } from '../../../shared/lists/sorting';
import { pageOf } from '../../../shared/lists/paging';
import { nameMatches } from './search';
import type { MatchRecord, MatchStage, EndReason, FeedbackSource, Satisfaction } from '../../../shared/matching/record';
import { matchStage } from '../../../shared/matching/record';
import { matchProblems } from '../../../shared/matching/rules';
import { NOT_ENDED, reopenProblem } from '../../../shared/matching/reopen';
import { scoreMatch } from '../../../shared/matching/score';
import { consentInForce } from '../../../shared/youngPeople/rules';
import { volunteerStatus } from '../../../shared/volunteers/stage';
import { addMonths, ageOn, daysBetween } from '../../../shared/dates';
import { freeSince, heldCount, type HeldMatch } from '../../../shared/matching/capacity';
import { notSuggestedReasons, proposeAnywayQuestion } from '../../../shared/matching/notSuggested';
import { waitingState, type ReferralOutcome } from '../../../shared/referrals/waiting';
import { fieldErrors, UserError } from '../errors';
import { loadVolunteers } from './volunteerRecords';
import { getCaseSettings, getRecruitmentSettings } from './settings';
import { listFromJson } from './jsonList';
import { contactsOf } from './careReviews';
import { insertedId } from '../db/write';
import { flag, prepared } from '../db/statements';

type MatchRow = typeof matches.$inferSelect;


export function matchRecord(row: Pick<MatchRow, keyof MatchRecord>): MatchRecord {
  return {
    proposedDate: row.proposedDate,
    startDate: row.startDate,
    endDate: row.endDate,
    endReason: row.endReason as EndReason | null,
    plannedEnding: row.plannedEnding,
    positiveEndingHeld: row.positiveEndingHeld,
    rematchWanted: row.rematchWanted,
  };
}

const RECORD_SQL = `referral_id AS referralId, proposed_date AS proposedDate, start_date AS startDate, end_date AS endDate, end_reason AS endReason,
  planned_ending AS plannedEnding, positive_ending_held AS positiveEndingHeld, rematch_wanted AS rematchWanted`;
type RawRecord = { referralId: number } & Omit<MatchRecord, 'plannedEnding' | 'positiveEndingHeld' | 'rematchWanted'> & Record<'plannedEnding' | 'positiveEndingHeld' | 'rematchWanted', unknown>;

/** The matches of the given referrals (or of all), oldest proposal first: what the waiting list is judged from. */
export function matchesByReferral(db: Db, referralIds?: number[]): Map<number, MatchRecord[]> {
  const map = new Map<number, MatchRecord[]>();
  const rows = (
    referralIds
      ? prepared(db, `SELECT ${RECORD_SQL} FROM matches WHERE referral_id IN (SELECT value FROM json_each(?)) ORDER BY proposed_date, id`).all(JSON.stringify(referralIds))
      : prepared(db, `SELECT ${RECORD_SQL} FROM matches ORDER BY proposed_date, id`).all()
  ) as RawRecord[];
  for (const { referralId, plannedEnding, positiveEndingHeld, rematchWanted, ...row } of rows) {
    const record = { ...row, plannedEnding: flag(plannedEnding), positiveEndingHeld: flag(positiveEndingHeld), rematchWanted: flag(rematchWanted) };
    const list = map.get(referralId);
    if (list) list.push(record);
    else map.set(referralId, [record]);
  }
  return map;
}

const lastVisit = sql<string | null>`(SELECT max(${visits.date}) FROM ${visits} WHERE ${visits.matchId} = ${matches.id})`;

function summaries(db: Db, where: SQL | undefined, today: string): MatchSummary[] {
  return db
    .select({ m: matches, youngPersonId: referrals.youngPersonId, ypFirst: youngPeople.firstName, ypLast: youngPeople.lastName, volFirst: volunteers.firstName, volLast: volunteers.lastName, lastVisitDate: lastVisit })
    .from(matches)
    .innerJoin(referrals, eq(matches.referralId, referrals.id))
    .innerJoin(youngPeople, eq(referrals.youngPersonId, youngPeople.id))
    .innerJoin(volunteers, eq(matches.volunteerId, volunteers.id))
    .where(where)
    .orderBy(asc(matches.proposedDate), asc(matches.id))
    .all()
    .map((r) => ({
      id: r.m.id,
      referralId: r.m.referralId,
      youngPersonId: r.youngPersonId,
      youngPersonName: `${r.ypFirst} ${r.ypLast}`,
      volunteerId: r.m.volunteerId,
      volunteerName: `${r.volFirst} ${r.volLast}`,
      ...matchRecord(r.m),
      stage: matchStage(matchRecord(r.m), today),
      lastVisitDate: r.lastVisitDate,
    }));
}

export function listMatches(db: Db, filters: ParsedInput<'listMatches'>, today: string): MatchSummary[] {
  const conditions = [
    filters.volunteerId ? eq(matches.volunteerId, filters.volunteerId) : undefined,
    filters.youngPersonId ? eq(referrals.youngPersonId, filters.youngPersonId) : undefined,
  ].filter((c) => c !== undefined);
  return summaries(db, conditions.length ? and(...conditions) : undefined, today).filter((m) => !filters.stage || m.stage === filters.stage);
}

const STAGE_ORDER: MatchStage[] = ['proposed', 'introduced', 'active', 'ended'];
const SORT_KEYS: Record<ParsedInput<'matchesPage'>['sort']['by'], (m: MatchSummary) => SortKey[]> = {
  youngPerson: (m) => [m.youngPersonName],
  volunteer: (m) => [m.volunteerName],
  stage: (m) => [STAGE_ORDER.indexOf(m.stage)],
  proposedDate: (m) => [m.proposedDate],
  startDate: (m) => [m.startDate],
  endDate: (m) => [m.endDate],
  lastVisitDate: (m) => [m.lastVisitDate],
};

/**
 * What the stage filter asks of the end date, in SQL: a narrowing only (matchShown still
 * decides), so a list of live matches reads the open few rather than every match ever made.
 */
function endNarrowing(filter: MatchStageFilter, today: string): SQL | undefined {
  if (filter === 'all') return undefined;
  if (filter === 'ended') return lte(matches.endDate, today);
  return or(isNull(matches.endDate), gt(matches.endDate, today));
}

export function matchesPage(db: Db, input: ParsedInput<'matchesPage'>, today: string): MatchList {
  const where = and(
    endNarrowing(input.stage, today),
    input.volunteerId ? eq(matches.volunteerId, input.volunteerId) : undefined,
    input.youngPersonId ? eq(referrals.youngPersonId, input.youngPersonId) : undefined,
    input.search?.trim() ? or(nameMatches(youngPeople.id, 'young_person_search', input.search), nameMatches(volunteers.id, 'volunteer_search', input.search)) : undefined,
  );
  const shown = summaries(db, where, today).filter((m) => matchShown(m.stage, input.stage));
  const page = pageOf(sortRows(shown, SORT_KEYS[input.sort.by], input.sort.direction, (m) => [m.youngPersonName, m.id]), input.page);
  return { ...page, anyMatches: shown.length > 0 || db.select({ id: matches.id }).from(matches).limit(1).all().length > 0 };
}

export function getMatch(db: Db, id: number, today: string): Match {
  const [summary] = summaries(db, eq(matches.id, id), today);
  if (!summary) throw new UserError('not_found', 'That match could not be found.');
  const consentRows = db.select().from(consents).where(eq(consents.youngPersonId, summary.youngPersonId)).all();
  return {
    ...summary,
    visits: db
      .select()
      .from(visits)
      .where(eq(visits.matchId, id))
      .orderBy(asc(visits.date), asc(visits.id))
      .all()
      .map(({ externalRef: _r, ...v }) => v),
    feedback: db
      .select()
      .from(feedback)
      .where(eq(feedback.matchId, id))
      .orderBy(asc(feedback.date), asc(feedback.id))
      .all()
      .map(({ externalRef: _r, source, satisfaction, ...f }) => ({ ...f, source: source as FeedbackSource | null, satisfaction: satisfaction as Satisfaction | null })),
    contacts: contactsOf(db, id),
    oneYearFeedbackDue: summary.startDate ? addMonths(summary.startDate, getCaseSettings(db).feedbackVisitMonths) : null,
    consentInForce: consentInForce(consentRows, today),
    todayDecisions: decisionsOn(db, 'match', id, today),
  };
}

function matchRow(db: Db, id: number): MatchRow {
  const row = db.select().from(matches).where(eq(matches.id, id)).get();
  if (!row) throw new UserError('not_found', 'That match could not be found.');
  return row;
}

function context(db: Db, referralId: number, volunteerId: number) {
  const referral = db.select().from(referrals).where(eq(referrals.id, referralId)).get();
  if (!referral) throw new UserError('not_found', 'That referral could not be found.');
  const volunteer = db.select().from(volunteers).where(eq(volunteers.id, volunteerId)).get();
  if (!volunteer) throw new UserError('not_found', 'That volunteer could not be found.');
  return {
    referral,
    volunteer,
    ctx: { referralDate: referral.date, volunteerName: `${volunteer.firstName} ${volunteer.lastName}`, volunteerApprovedDate: volunteer.approvedDate, volunteerLeftDate: volunteer.leftDate },
  };
}

/** Proposed or active, not ended by the date: what counts against a volunteer's capacity. */
const heldOn = (m: { endDate: string | null }, date: string) => !m.endDate || m.endDate > date;

/** Active and proposed (not ended) matches a volunteer holds on a date. */
export function openMatchCount(db: Db, volunteerId: number, date: string): number {
  return db
    .select({ id: matches.id, endDate: matches.endDate })
    .from(matches)
    .where(eq(matches.volunteerId, volunteerId))
    .all()
    .filter((m) => heldOn(m, date)).length;
}

export function proposeMatch(db: Db, input: ParsedInput<'proposeMatch'>, today: string): Match {
  const { referral, volunteer, ctx } = context(db, input.referralId, input.volunteerId);
  const record: MatchRecord = { proposedDate: input.proposedDate, startDate: null, endDate: null, endReason: null, plannedEnding: null, positiveEndingHeld: null, rematchWanted: null };
  fieldErrors(matchProblems(record, ctx, today));
  if (referral.closedDate) throw new UserError('conflict', 'This referral is closed. Reopen it before proposing a match.');
  if (referral.outcome !== 'accepted' && referral.outcome !== 'pending') throw new UserError('conflict', 'This referral was not accepted, so it cannot be matched.');
  const open = db.select({ id: matches.id, endDate: matches.endDate }).from(matches).where(eq(matches.referralId, referral.id)).all().filter((m) => !m.endDate);
  if (open.length) throw new UserError('conflict', 'This referral already has a match that has not ended. End it before proposing another.');
  const [candidate] = loadVolunteers(db, [volunteer.id]);
  const youngPerson = db.select().from(youngPeople).where(eq(youngPeople.id, referral.youngPersonId)).get()!;
  const reasons = notSuggestedReasons(candidate, seekerOf(youngPerson), getRecruitmentSettings(db), input.proposedDate);
  if (reasons.length && !input.confirmNotSuggested) {
    const question = proposeAnywayQuestion(reasons);
    throw new UserError('conflict', question, { confirmNotSuggested: question });
  }
  const held = openMatchCount(db, volunteer.id, input.proposedDate);
  if (held >= volunteer.capacity && !input.confirmOverCapacity) {
    const message = `${ctx.volunteerName} already has ${held} match${held === 1 ? '' : 'es'} and capacity for ${volunteer.capacity}. Confirm to match them anyway.`;
    throw new UserError('conflict', message, { confirmOverCapacity: message });
  }
  const id = insertedId(db.insert(matches).values({ externalRef: randomUUID(), referralId: referral.id, volunteerId: volunteer.id, proposedDate: input.proposedDate }).run());
  return getMatch(db, id, today);
}

function changeMatch(db: Db, id: number, next: (m: MatchRecord) => MatchRecord, today: string): Match {
  const row = matchRow(db, id);
  const { ctx } = context(db, row.referralId, row.volunteerId);
  const updated = next(matchRecord(row));
  // The volunteer's approval was checked when the match was proposed.
  const { volunteerId: _v, ...problems } = matchProblems(updated, ctx, today);
  fieldErrors(problems);
  db.update(matches).set(updated).where(eq(matches.id, id)).run();
  return getMatch(db, id, today);
}

export function recordIntroduction(db: Db, { matchId, startDate }: ParsedInput<'recordIntroduction'>, today: string): Match {
  const row = matchRow(db, matchId);
  if (row.endDate) throw new UserError('conflict', 'This match has ended.');
  return changeMatch(db, matchId, (m) => ({ ...m, startDate }), today);
}

export function endMatch(db: Db, { matchId, ...ending }: ParsedInput<'endMatch'>, today: string): Match {
  const row = matchRow(db, matchId);
  if (row.endDate) throw new UserError('conflict', 'This match has already ended.');
  const lastVisitDate = db.select({ d: sql<string | null>`max(${visits.date})` }).from(visits).where(eq(visits.matchId, matchId)).get()?.d;
  if (lastVisitDate && ending.endDate < lastVisitDate) {
    fieldErrors({ endDate: `The match cannot end before its last visit (${lastVisitDate.split('-').reverse().join('/')})` });
  }
  return changeMatch(db, matchId, (m) => ({ ...m, ...ending }), today);
}

/** Clears the ending of a match ended by mistake, unless the rule in shared/matching/reopen.ts refuses. */
export function reopenMatch(db: Db, { matchId }: ParsedInput<'reopenMatch'>, today: string): Match {
  const row = matchRow(db, matchId);
  const { referral, volunteer } = context(db, row.referralId, row.volunteerId);
  const youngPerson = db.select({ firstName: youngPeople.firstName }).from(youngPeople).where(eq(youngPeople.id, referral.youngPersonId)).get()!;
  const youngPersonOthers = db
    .select({ m: matches })
    .from(matches)
    .innerJoin(referrals, eq(matches.referralId, referrals.id))
    .where(and(eq(referrals.youngPersonId, referral.youngPersonId), ne(matches.id, matchId)))
    .all()
    .map((r) => matchRecord(r.m));
  const volunteerOthers = db.select().from(matches).where(and(eq(matches.volunteerId, volunteer.id), ne(matches.id, matchId))).all().map(matchRecord);
  const problem = reopenProblem(matchRecord(row), {
    youngPersonName: youngPerson.firstName,
    volunteerName: `${volunteer.firstName} ${volunteer.lastName}`,
    referralClosedDate: referral.closedDate,
    volunteerClosedDate: volunteer.leftDate ?? volunteer.withdrawnDate ?? volunteer.rejectedDate,
    volunteerCapacity: volunteer.capacity,
    youngPersonOthers,
    volunteerOthers,
  });
  if (problem) throw new UserError('conflict', problem);
  db.update(matches).set(NOT_ENDED).where(eq(matches.id, matchId)).run();
  return getMatch(db, matchId, today);
}

export function setVolunteerCapacity(db: Db, id: number, capacity: number): null {
  const result = db.update(volunteers).set({ capacity }).where(eq(volunteers.id, id)).run();
  if (result.changes === 0) throw new UserError('not_found', 'That volunteer could not be found.');
  return null;
}

/** The young person's whereabouts and wishes, as scoring and the travel rule read them. */
function seekerOf(yp: typeof youngPeople.$inferSelect) {
  return { area: yp.area, postcode: yp.postcode, interests: listFromJson(yp.interests), languages: listFromJson(yp.languages), preferences: yp.preferences };
}

/**
 * Approved volunteers ranked for a referral. Suggested only when active, with room, and
 * with nothing against them (shared/matching/notSuggested.ts); the rest are listed apart
 * with their reasons. Both lists come a page at a time.
 */
export function matchSuggestions(db: Db, { referralId, suggestedPage, othersPage }: ParsedInput<'matchSuggestions'>, today: string): Suggestions {
  const referral = db.select().from(referrals).where(eq(referrals.id, referralId)).get();
  if (!referral) throw new UserError('not_found', 'That referral could not be found.');
  const yp = db.select().from(youngPeople).where(eq(youngPeople.id, referral.youngPersonId)).get()!;
  const settings = getRecruitmentSettings(db);
  const byVolunteer = new Map<number, HeldMatch[]>();
  for (const m of db.select({ volunteerId: matches.volunteerId, proposedDate: matches.proposedDate, endDate: matches.endDate }).from(matches).all()) {
    byVolunteer.set(m.volunteerId, [...(byVolunteer.get(m.volunteerId) ?? []), m]);
  }
  const seeker = seekerOf(yp);
  const suggested: Suggestion[] = [];
  const others: Suggestion[] = [];
  for (const v of loadVolunteers(db)) {
    const status = volunteerStatus(v, settings, today);
    if (status !== 'active' && status !== 'inactive') continue;
    const theirs = byVolunteer.get(v.id) ?? [];
    const { score, parts } = scoreMatch(seeker, { ...v, availableSince: freeSince(v.approvedDate!, theirs, v.capacity, today) }, today);
    const notSuggested = notSuggestedReasons(v, seeker, settings, today).map((r) => r.reason);
    const activeMatches = heldCount(theirs, today);
    const suggestion = { volunteerId: v.id, name: `${v.firstName} ${v.lastName}`, area: v.area, score, reasons: parts, activeMatches, capacity: v.capacity, notSuggested };
    (notSuggested.length === 0 && activeMatches < v.capacity ? suggested : others).push(suggestion);
  }
  const byScore = (a: Suggestion, b: Suggestion) => b.score - a.score || a.name.localeCompare(b.name);
  const referralMatches = db.select().from(matches).where(eq(matches.referralId, referralId)).orderBy(asc(matches.proposedDate), asc(matches.id)).all();
  const waiting = waitingState({ ...referral, outcome: referral.outcome as ReferralOutcome }, referralMatches.map(matchRecord), today);
  const open = referralMatches.find((m) => !m.endDate || m.endDate > today);
  const openVolunteer = open && db.select({ firstName: volunteers.firstName, lastName: volunteers.lastName }).from(volunteers).where(eq(volunteers.id, open.volunteerId)).get()!;
  return {
    referralId,
    youngPersonName: `${yp.firstName} ${yp.lastName}`,
    youngPerson: { id: yp.id, firstName: yp.firstName, age: ageOn(yp.dateOfBirth, today), gender: yp.gender, ...seeker },
    waiting: waiting && { ...waiting, weeks: Math.floor(daysBetween(waiting.since, today) / 7) },
    openMatch: open && openVolunteer ? { id: open.id, volunteerName: `${openVolunteer.firstName} ${openVolunteer.lastName}`, proposedDate: open.proposedDate } : null,
    suggested: pageOf(suggested.sort(byScore), suggestedPage),
    others: pageOf(others.sort(byScore), othersPage),
  };
}
