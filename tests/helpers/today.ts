import type { TodayView } from '../../shared/contract';

/** Every item Today shows, group by group in order of urgency. */
export const todayItemsOf = (view: TodayView) => view.groups.flatMap((g) => g.items);
