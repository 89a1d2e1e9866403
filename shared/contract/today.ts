import { z } from 'zod';
import { call } from './define';
import { id, text } from '../fields';
import { TEXT_LIMITS } from '../textLimits';
import type { TodayGroup, TodayGroupId } from '../today/groups';
import { TODAY_GROUPS } from '../today/groups';
import type { TodayDecision } from '../today/decisions';

export interface TodayCounts {
  activeMatches: number;
  waiting: number;
  activeVolunteers: number;
  /** Volunteers in the recruitment pipeline: enquired, not yet approved, withdrawn or turned down. */
  applicants: number;
}

export interface TodayView {
  date: string;
  counts: TodayCounts;
  /** Only the groups with something in them, in order of urgency. */
  groups: TodayGroup[];
  /** How many items snoozes and dismissals keep off the list today. */
  hidden: { snoozed: number; dismissed: number };
  /** The groups folded away, as the coordinator left them. */
  collapsed: TodayGroupId[];
  /** How many days ahead each group also shows what falls due (the reminders setting), for the note under the list. */
  dueSoonDays: number;
}

const itemKey = z
  .string()
  .max(200)
  .regex(/^[a-z_]+:[a-z_]+:\d+(:[\w-]+)?$/, { message: 'That is not an item on Today' });
const reason = text(TEXT_LIMITS.todayDecision.reason);

export const todayCalls = {
  today: call<TodayView>()(z.object({}).strict()),
  snoozeTodayItem: call<TodayDecision>()(z.object({ key: itemKey, until: z.string().max(20), reason }).strict()),
  dismissTodayItem: call<TodayDecision>()(z.object({ key: itemKey, reason }).strict()),
  cancelTodayDecision: call<{ cancelled: number }>()(z.object({ id }).strict()),
  setTodayGroupCollapsed: call<TodayGroupId[]>()(z.object({ group: z.enum(TODAY_GROUPS), collapsed: z.boolean() }).strict()),
};
