import { z } from 'zod';
import { call } from './define';
import type { TodayItem } from '../today';

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
  items: TodayItem[];
}

export const todayCalls = {
  today: call<TodayView>()(z.object({}).strict()),
};
