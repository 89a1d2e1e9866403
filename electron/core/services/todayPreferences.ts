/**
 * Which of Today's groups the coordinator has folded away. Kept in the database beside
 * the case settings (not in the renderer's storage), so the choice survives a restart
 * and goes with the records to a new computer.
 */
import type { Db } from '../db/open';
import { TODAY_GROUPS, type TodayGroupId } from '../../../shared/today/groups';
import { storedCaseJson, writeCaseJson } from './settings';

const KEY = 'todayCollapsedGroups';

export function collapsedTodayGroups(db: Db): TodayGroupId[] {
  const stored = storedCaseJson(db)[KEY];
  return Array.isArray(stored) ? TODAY_GROUPS.filter((g) => stored.includes(g)) : [];
}

export function setTodayGroupCollapsed(db: Db, group: TodayGroupId, collapsed: boolean): TodayGroupId[] {
  const others = collapsedTodayGroups(db).filter((g) => g !== group);
  writeCaseJson(db, { [KEY]: collapsed ? [...others, group] : others });
  return collapsedTodayGroups(db);
}
