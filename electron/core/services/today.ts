import { isNull } from 'drizzle-orm';
import type { Db } from '../db/open';
import { safeguardingConcerns, youngPeople } from '../db/schema';
import type { TodayView } from '../../../shared/contract';
import { volunteerReminders } from '../../../shared/volunteers/reminders';
import { youngPersonReminders, safeguardingReminders } from '../../../shared/youngPeople/reminders';
import { sortTodayItems } from '../../../shared/today';
import { getCaseSettings, getRecruitmentSettings } from './settings';
import { loadVolunteers } from './volunteerRecords';
import { referralsByPerson } from './youngPeople';

/** Everything due or overdue, gathered from each area's pure reminder rules. */
export function todayView(db: Db, today: string): TodayView {
  const people = db
    .select({ id: youngPeople.id, firstName: youngPeople.firstName, lastName: youngPeople.lastName, dateOfBirth: youngPeople.dateOfBirth, nextReviewDate: youngPeople.nextReviewDate })
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
  const items = [
    ...volunteerReminders(loadVolunteers(db), getRecruitmentSettings(db), today),
    ...youngPersonReminders(reminderPeople, getCaseSettings(db), today),
    ...safeguardingReminders(concerns, today),
  ];
  return { date: today, items: sortTodayItems(items) };
}
