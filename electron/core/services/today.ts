import type { Db } from '../db/open';
import type { TodayView } from '../../../shared/contract';
import { volunteerReminders } from '../../../shared/volunteers/reminders';
import { sortTodayItems } from '../../../shared/today';
import { getRecruitmentSettings } from './recruitmentSettings';
import { loadVolunteers } from './volunteerRecords';

/** Everything due or overdue, gathered from each area's pure reminder rules. */
export function todayView(db: Db, today: string): TodayView {
  const items = volunteerReminders(loadVolunteers(db), getRecruitmentSettings(db), today);
  return { date: today, items: sortTodayItems(items) };
}
