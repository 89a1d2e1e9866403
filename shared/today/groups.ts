/** Today's groups, in the order of urgency a coordinator works through them, and which kinds go in each. */
import { sortTodayItems, type TodayItem } from '../today';

export const TODAY_GROUPS = ['safeguarding', 'visits', 'consent', 'supervisions', 'care_reviews', 'dbs', 'proposals', 'references', 'other'] as const;
export type TodayGroupId = (typeof TODAY_GROUPS)[number];

export const TODAY_GROUP_TITLES: Record<TodayGroupId, string> = {
  safeguarding: 'Open safeguarding concerns',
  visits: 'Visits overdue on live matches',
  consent: 'Consent missing on an active match',
  supervisions: 'Supervisions',
  care_reviews: 'Care-review updates',
  dbs: 'DBS re-checks and Update Service checks',
  proposals: 'Proposals with no introduction',
  references: 'References to chase',
  other: 'Enquiries and everything else',
};

const GROUP_OF_KIND: Record<string, TodayGroupId> = {
  safeguarding_open: 'safeguarding',
  visit_overdue: 'visits',
  consent_missing: 'consent',
  supervision: 'supervisions',
  care_review: 'care_reviews',
  dbs_recheck: 'dbs',
  dbs_status_check: 'dbs',
  proposal_no_introduction: 'proposals',
  reference_outstanding: 'references',
};

export function groupOf(kind: string): TodayGroupId {
  return GROUP_OF_KIND[kind] ?? 'other';
}

/** How many items a group shows before "Show all". */
export const GROUP_PREVIEW = 10;

export interface TodayGroup {
  id: TodayGroupId;
  title: string;
  /** Most urgent first: the most overdue at the top. */
  items: TodayItem[];
}

/** Every group that has something in it, in order of urgency. */
export function groupTodayItems(items: TodayItem[]): TodayGroup[] {
  const byGroup = new Map<TodayGroupId, TodayItem[]>();
  for (const item of items) {
    const id = groupOf(item.kind);
    const list = byGroup.get(id);
    if (list) list.push(item);
    else byGroup.set(id, [item]);
  }
  return TODAY_GROUPS.filter((id) => byGroup.has(id)).map((id) => ({ id, title: TODAY_GROUP_TITLES[id], items: sortTodayItems(byGroup.get(id)!) }));
}
