import { z } from 'zod';
import { call } from './define';
import type { TodayItem } from '../today';

export interface TodayView {
  date: string;
  items: TodayItem[];
}

export const todayCalls = {
  today: call<TodayView>()(z.object({}).strict()),
};
