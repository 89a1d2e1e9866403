import { and, eq, isNotNull, isNull, or, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { consents, feedback, matches, referrals, safeguardingConcerns, visits, volunteers, youngPeople } from '../db/schema';
import type { TodayView } from '../../../shared/contract';
import { volunteerReminders } from '../../../shared/volunteers/reminders';
import { volunteerStatus, isInPipeline } from '../../../shared/volunteers/stage';
import { youngPersonReminders, safeguardingReminders } from '../../../shared/youngPeople/reminders';
import { matchReminders } from '../../../shared/matching/reminders';
import { consentInForce } from '../../../shared/youngPeople/rules';
import { sortTodayItems, type TodayItem } from '../../../shared/today';
import { getCaseSettings, getRecruitmentSettings } from './settings';
import { loadVolunteers } from './volunteerRecords';
import { referralsByPerson } from './youngPeople';
import { supervisionsDue } from './supervisions';
import { upcomingReviews } from './careReviews';
import { supervisionReminders } from '../../../shared/supervision/reminders';
import { careReviewReminders } from '../../../shared/careReviews/reminders';

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
    consentsByPerson.set(c.youngPersonId, [...(consentsByPerson.get(c.youngPersonId) ?? []), c]);
  }
  return rows.map((r) => ({
    ...r,
    youngPersonName: `${r.ypFirst} ${r.ypLast}`,
    volunteerName: `${r.volFirst} ${r.volLast}`,
    consentInForce: consentInForce(consentsByPerson.get(r.youngPersonId) ?? [], today),
  }));
}

/** Everything due or overdue, gathered from each area's pure reminder rules, and the key counts. `outside` holds items about things beyond the database (backups). */
export function todayView(db: Db, today: string, outside: TodayItem[] = []): TodayView {
  const recruitment = getRecruitmentSettings(db);
  const cases = getCaseSettings(db);
  const people = db
    .select({ id: youngPeople.id, firstName: youngPeople.firstName, lastName: youngPeople.lastName, dateOfBirth: youngPeople.dateOfBirth })
    .from(youngPeople)
    .all();
  const referralMap = referralsByPerson(db, undefined, today);
  const reminderPeople = people.map((p) => {
    const latest = referralMap.get(p.id)?.at(-1);
    const open = !!latest && !(latest.closedDate && latest.closedDate <= today) && (latest.outcome === 'pending' || latest.outcome === 'accepted');
    return { ...p, inService: open, waitingSince: latest?.waiting?.since ?? null };
  });
  const concerns = db
    .select({ id: safeguardingConcerns.id, date: safeguardingConcerns.date, closedDate: safeguardingConcerns.closedDate })
    .from(safeguardingConcerns)
    .where(isNull(safeguardingConcerns.closedDate))
    .all();
  const volunteerList = loadVolunteers(db);
  const statuses = volunteerList.map((v) => volunteerStatus(v, recruitment, today));
  const active = activeMatches(db, today);
  const items = [
    ...volunteerReminders(volunteerList, recruitment, today),
    ...youngPersonReminders(reminderPeople, cases, today),
    ...matchReminders(active, cases, recruitment.reminders.dueSoonDays, today),
    ...safeguardingReminders(concerns, today),
    ...supervisionReminders(supervisionsDue(db, today)),
    ...careReviewReminders(upcomingReviews(db, today).flatMap((r) => (r.entry ? [r.entry] : [])), cases.reviewReminderDays, today),
    ...outside,
  ];
  return {
    date: today,
    counts: {
      activeMatches: active.length,
      waiting: [...referralMap.values()].flat().filter((r) => r.waiting).length,
      activeVolunteers: statuses.filter((s) => s === 'active').length,
      applicants: statuses.filter(isInPipeline).length,
    },
    items: sortTodayItems(items),
  };
}
