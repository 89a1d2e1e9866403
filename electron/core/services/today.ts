import type { Db } from '../db/open';
import { volunteers } from '../db/schema';
import { prepared, selectAll } from '../db/statements';
import { ACTIVE_MATCH } from '../db/activeMatch';
import type { TodayView } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { volunteerReminders, type VolunteerWithId } from '../../../shared/volunteers/reminders';
import { volunteerStatus, isInPipeline } from '../../../shared/volunteers/stage';
import { youngPersonReminders, safeguardingReminders, type ReminderYoungPerson } from '../../../shared/youngPeople/reminders';
import { matchReminders, type ReminderMatch } from '../../../shared/matching/reminders';
import { consentInForce } from '../../../shared/youngPeople/rules';
import type { TodayItem } from '../../../shared/today';
import { groupTodayItems } from '../../../shared/today/groups';
import { applyDecisions } from '../../../shared/today/decisions';
import { proposalReminders, type WaitingProposal } from '../../../shared/today/proposals';
import { getCaseSettings, getRecruitmentSettings } from './settings';
import { asAtWithChildren } from './volunteerRecords';
import { CLOSED_SQL } from './volunteerList';
import { waitingReferrals } from './referrals';
import { supervisionsDue } from './supervisions';
import { upcomingReviews } from './careReviews';
import { supervisionReminders } from '../../../shared/supervision/reminders';
import { careReviewReminders } from '../../../shared/careReviews/reminders';
import { schemeBankHolidays } from './bankHolidays';
import { allDecisions } from './todayDecisions';
import { collapsedTodayGroups } from './todayPreferences';

/** Matches active today, with what their reminders need, and the consents of their young people only. */
function activeMatches(db: Db, today: string) {
  const rows = prepared(
    db,
    `SELECT m.id, m.proposed_date AS proposedDate, m.start_date AS startDate, m.end_date AS endDate, r.young_person_id AS youngPersonId,
        y.first_name || ' ' || y.last_name AS youngPersonName, v.first_name || ' ' || v.last_name AS volunteerName,
        (SELECT max(date) FROM visits x WHERE x.match_id = m.id) AS lastVisitDate,
        (SELECT max(date) FROM feedback f WHERE f.match_id = m.id AND f.source = 'young_person') AS lastYoungPersonFeedback
      FROM matches m JOIN referrals r ON r.id = m.referral_id JOIN young_people y ON y.id = r.young_person_id JOIN volunteers v ON v.id = m.volunteer_id
      WHERE ${ACTIVE_MATCH}`,
  ).all({ today }) as (Omit<ReminderMatch, 'consentInForce'> & { youngPersonId: number })[];
  const consentsByPerson = new Map<number, { signedDate: string; withdrawnDate: string | null }[]>();
  const consentRows = prepared(
    db,
    `SELECT young_person_id AS youngPersonId, signed_date AS signedDate, withdrawn_date AS withdrawnDate FROM consents
      WHERE young_person_id IN (SELECT r.young_person_id FROM matches m JOIN referrals r ON r.id = m.referral_id WHERE ${ACTIVE_MATCH})`,
  ).all({ today }) as { youngPersonId: number; signedDate: string; withdrawnDate: string | null }[];
  for (const c of consentRows) {
    const list = consentsByPerson.get(c.youngPersonId);
    if (list) list.push(c);
    else consentsByPerson.set(c.youngPersonId, [c]);
  }
  return rows.map((r) => ({ ...r, consentInForce: consentInForce(consentsByPerson.get(r.youngPersonId) ?? [], today) }));
}

/** Proposals old enough to be late: not introduced, not ended, proposed at least the setting's weeks ago. */
function lateProposals(db: Db, weeks: number, today: string): WaitingProposal[] {
  return prepared(
    db,
    `SELECT m.id, m.proposed_date AS proposedDate, m.start_date AS startDate, m.end_date AS endDate,
        y.first_name || ' ' || y.last_name AS youngPersonName, v.first_name || ' ' || v.last_name AS volunteerName
      FROM matches m JOIN referrals r ON r.id = m.referral_id JOIN young_people y ON y.id = r.young_person_id JOIN volunteers v ON v.id = m.volunteer_id
      WHERE m.start_date IS NULL AND m.end_date IS NULL AND m.proposed_date <= ?`,
  ).all(addDays(today, -weeks * 7)) as WaitingProposal[];
}

/**
 * Only the volunteers who can have an item or count: everyone not yet closed (in the
 * pipeline, or approved and not left) and anyone with a disclosure note still held.
 */
function volunteersThatCanHaveItems(db: Db, today: string): VolunteerWithId[] {
  // A prepared statement: the query builder's mapping of a thousand full rows cost more than SQLite's read.
  const rows = selectAll(db, volunteers, `WHERE dbs_disclosure_note IS NOT NULL OR (${CLOSED_SQL}) IS NULL`, undefined, { t: today });
  return asAtWithChildren(db, rows, today);
}

/** Each young person's latest referral, and the number of referrals waiting today. */
function referralsNow(db: Db, today: string) {
  const latest = new Map<number, { id: number; outcome: string; closedDate: string | null }>();
  for (const r of prepared(db, 'SELECT id, young_person_id AS youngPersonId, outcome, closed_date AS closedDate FROM referrals ORDER BY date, id').all() as { id: number; youngPersonId: number; outcome: string; closedDate: string | null }[]) {
    latest.set(r.youngPersonId, r);
  }
  return { latest, waiting: new Map(waitingReferrals(db, today).map((w) => [w.referralId, w.state])) };
}

/** Every item due or overdue today, before any snooze or dismissal: each from its area's one pure rule. */
export function todayItems(db: Db, today: string) {
  const recruitment = getRecruitmentSettings(db);
  const cases = getCaseSettings(db);
  const personRows = prepared(db, 'SELECT id, first_name AS firstName, last_name AS lastName, date_of_birth AS dateOfBirth FROM young_people').all() as Omit<ReminderYoungPerson, 'inService' | 'waitingSince'>[];
  const referralsToday = referralsNow(db, today);
  const reminderPeople = personRows.map((p) => {
    const latest = referralsToday.latest.get(p.id);
    const open = !!latest && !(latest.closedDate && latest.closedDate <= today) && (latest.outcome === 'pending' || latest.outcome === 'accepted');
    return { ...p, inService: open, waitingSince: (latest && referralsToday.waiting.get(latest.id)?.since) ?? null };
  });
  const concerns = prepared(db, 'SELECT id, date, closed_date AS closedDate FROM safeguarding_concerns WHERE closed_date IS NULL OR closed_date > ?').all(today) as { id: number; date: string; closedDate: string | null }[];
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
    dueSoonDays: recruitment.reminders.dueSoonDays,
    counts: {
      activeMatches: active.length,
      waiting: referralsToday.waiting.size,
      activeVolunteers: statuses.filter((s) => s === 'active').length,
      applicants: statuses.filter(isInPipeline).length,
    },
  };
}

/** Today's work queue: the items grouped by kind in order of urgency, less those snoozed or dismissed, and the key counts. `outside` holds items about things beyond the database (backups). */
export function todayView(db: Db, today: string, outside: TodayItem[] = []): TodayView {
  const { items, counts, dueSoonDays } = todayItems(db, today);
  const { visible, snoozed, dismissed } = applyDecisions([...items, ...outside], allDecisions(db), today);
  return { date: today, counts, groups: groupTodayItems(visible), hidden: { snoozed, dismissed }, collapsed: collapsedTodayGroups(db), dueSoonDays };
}
