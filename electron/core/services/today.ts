import { and, eq, gt, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open';
import { consents, feedback, matches, referrals, safeguardingConcerns, visits, volunteers, youngPeople } from '../db/schema';
import type { TodayView } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { volunteerReminders } from '../../../shared/volunteers/reminders';
import { volunteerStatus, isInPipeline } from '../../../shared/volunteers/stage';
import { youngPersonReminders, safeguardingReminders } from '../../../shared/youngPeople/reminders';
import { matchReminders } from '../../../shared/matching/reminders';
import { consentInForce } from '../../../shared/youngPeople/rules';
import type { TodayItem } from '../../../shared/today';
import { groupTodayItems } from '../../../shared/today/groups';
import { applyDecisions } from '../../../shared/today/decisions';
import { proposalReminders } from '../../../shared/today/proposals';
import { getCaseSettings, getRecruitmentSettings } from './settings';
import { loadVolunteers } from './volunteerRecords';
import { referralsByPerson } from './youngPeople';
import { supervisionsDue } from './supervisions';
import { upcomingReviews } from './careReviews';
import { supervisionReminders } from '../../../shared/supervision/reminders';
import { careReviewReminders } from '../../../shared/careReviews/reminders';
import { schemeBankHolidays } from './bankHolidays';
import { allDecisions } from './todayDecisions';
import { collapsedTodayGroups } from './todayPreferences';

const people = (first: string, last: string) => `${first} ${last}`;

/** Matches active today, with what their reminders need, in one indexed query. */
function activeMatches(db: Db, today: string) {
  const rows = db
    .select({
      id: matches.id,
      proposedDate: matches.proposedDate,
      startDate: matches.startDate,
      endDate: matches.endDate,
      youngPersonId: referrals.youngPersonId,
      ypFirst: youngPeople.firstName,
      ypLast: youngPeople.lastName,
      volFirst: volunteers.firstName,
      volLast: volunteers.lastName,
      lastVisitDate: sql<string | null>`(SELECT max(${visits.date}) FROM ${visits} WHERE ${visits.matchId} = ${matches.id})`,
      lastYoungPersonFeedback: sql<string | null>`(SELECT max(${feedback.date}) FROM ${feedback} WHERE ${feedback.matchId} = ${matches.id} AND ${feedback.source} = 'young_person')`,
    })
    .from(matches)
    .innerJoin(referrals, eq(matches.referralId, referrals.id))
    .innerJoin(youngPeople, eq(referrals.youngPersonId, youngPeople.id))
    .innerJoin(volunteers, eq(matches.volunteerId, volunteers.id))
    .where(and(isNotNull(matches.startDate), lte(matches.startDate, today), or(isNull(matches.endDate), gt(matches.endDate, today))))
    .all();
  const consentsByPerson = new Map<number, { signedDate: string; withdrawnDate: string | null }[]>();
  for (const c of db.select({ youngPersonId: consents.youngPersonId, signedDate: consents.signedDate, withdrawnDate: consents.withdrawnDate }).from(consents).all()) {
    const list = consentsByPerson.get(c.youngPersonId);
    if (list) list.push(c);
    else consentsByPerson.set(c.youngPersonId, [c]);
  }
  return rows.map((r) => ({
    ...r,
    youngPersonName: people(r.ypFirst, r.ypLast),
    volunteerName: people(r.volFirst, r.volLast),
    consentInForce: consentInForce(consentsByPerson.get(r.youngPersonId) ?? [], today),
  }));
}

/** Proposals old enough to be late: not introduced, not ended, proposed at least the setting's weeks ago. */
function lateProposals(db: Db, weeks: number, today: string) {
  return db
    .select({ id: matches.id, proposedDate: matches.proposedDate, startDate: matches.startDate, endDate: matches.endDate, ypFirst: youngPeople.firstName, ypLast: youngPeople.lastName, volFirst: volunteers.firstName, volLast: volunteers.lastName })
    .from(matches)
    .innerJoin(referrals, eq(matches.referralId, referrals.id))
    .innerJoin(youngPeople, eq(referrals.youngPersonId, youngPeople.id))
    .innerJoin(volunteers, eq(matches.volunteerId, volunteers.id))
    .where(and(isNull(matches.startDate), isNull(matches.endDate), lte(matches.proposedDate, addDays(today, -weeks * 7))))
    .all()
    .map((r) => ({ ...r, youngPersonName: people(r.ypFirst, r.ypLast), volunteerName: people(r.volFirst, r.volLast) }));
}

/**
 * Only the volunteers who can have an item or count: everyone not yet closed (in the
 * pipeline, or approved and not left) and anyone with a disclosure note still held.
 */
function volunteersThatCanHaveItems(db: Db, today: string) {
  const closed = (column: SQLiteColumn) => sql`coalesce(${column} <= ${today}, 0)`;
  const ids = db
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(
      or(
        isNotNull(volunteers.dbsDisclosureNote),
        sql`CASE WHEN coalesce(${volunteers.approvedDate} <= ${today}, 0) THEN NOT ${closed(volunteers.leftDate)} ELSE NOT ${closed(volunteers.withdrawnDate)} AND NOT ${closed(volunteers.rejectedDate)} END`,
      ),
    )
    .all()
    .map((r) => r.id);
  return loadVolunteers(db, ids);
}

/** Every item due or overdue today, before any snooze or dismissal: each from its area's one pure rule. */
export function todayItems(db: Db, today: string) {
  const recruitment = getRecruitmentSettings(db);
  const cases = getCaseSettings(db);
  const personRows = db
    .select({ id: youngPeople.id, firstName: youngPeople.firstName, lastName: youngPeople.lastName, dateOfBirth: youngPeople.dateOfBirth })
    .from(youngPeople)
    .all();
  const referralMap = referralsByPerson(db, undefined, today);
  const reminderPeople = personRows.map((p) => {
    const latest = referralMap.get(p.id)?.at(-1);
    const open = !!latest && !(latest.closedDate && latest.closedDate <= today) && (latest.outcome === 'pending' || latest.outcome === 'accepted');
    return { ...p, inService: open, waitingSince: latest?.waiting?.since ?? null };
  });
  const concerns = db
    .select({ id: safeguardingConcerns.id, date: safeguardingConcerns.date, closedDate: safeguardingConcerns.closedDate })
    .from(safeguardingConcerns)
    .where(isNull(safeguardingConcerns.closedDate))
    .all();
  const volunteerList = volunteersThatCanHaveItems(db, today);
  const active = activeMatches(db, today);
  const items: TodayItem[] = [
    ...safeguardingReminders(concerns, today),
    ...matchReminders(active, cases, recruitment.reminders.dueSoonDays, today),
    ...supervisionReminders(supervisionsDue(db, today)),
    ...careReviewReminders(upcomingReviews(db, today).flatMap((r) => (r.entry ? [r.entry] : [])), cases.reviewReminderDays, today),
    ...volunteerReminders(volunteerList, recruitment, today, schemeBankHolidays(db)),
    ...proposalReminders(lateProposals(db, cases.proposalIntroductionWeeks, today), cases.proposalIntroductionWeeks, today),
    ...youngPersonReminders(reminderPeople, cases, today),
  ];
  const statuses = volunteerList.map((v) => volunteerStatus(v, recruitment, today));
  return {
    items,
    counts: {
      activeMatches: active.length,
      waiting: [...referralMap.values()].flat().filter((r) => r.waiting).length,
      activeVolunteers: statuses.filter((s) => s === 'active').length,
      applicants: statuses.filter(isInPipeline).length,
    },
  };
}

/** Today's work queue: the items grouped by kind in order of urgency, less those snoozed or dismissed, and the key counts. `outside` holds items about things beyond the database (backups). */
export function todayView(db: Db, today: string, outside: TodayItem[] = []): TodayView {
  const { items, counts } = todayItems(db, today);
  const { visible, snoozed, dismissed } = applyDecisions([...items, ...outside], allDecisions(db), today);
  return { date: today, counts, groups: groupTodayItems(visible), hidden: { snoozed, dismissed }, collapsed: collapsedTodayGroups(db) };
}
