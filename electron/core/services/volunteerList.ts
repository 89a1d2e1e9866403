/**
 * The volunteers list: the volunteers the filters find, sorted and paged, each with the
 * status the rules give them (withDerived, the one definition). Only what a page needs is
 * read in full: when the filter and the order can be settled from the volunteers' own
 * dates (who has left, withdrawn or was not accepted), only the page's fifty are loaded
 * with their references, training and inactive periods.
 */
import { isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { volunteers } from '../db/schema';
import type { ParsedInput, VolunteerList, VolunteerSummary } from '../../../shared/contract';
import { closedStatus, STATUS_LABELS, type VolunteerStatus } from '../../../shared/volunteers/stage';
import { shownByClosing, volunteerShown, type VolunteerSort, type VolunteerStatusFilter } from '../../../shared/lists/choices';
import { sortRows, type SortKey } from '../../../shared/lists/sorting';
import { pageOf, type SortDirection } from '../../../shared/lists/paging';
import { addDays } from '../../../shared/dates';
import { nameMatches } from './search';
import { getRecruitmentSettings } from './settings';
import { listFromJson } from './jsonList';
import { asAtWithChildren, withDerived } from './volunteerRecords';

type Filters = Pick<ParsedInput<'volunteersPage'>, 'search' | 'area' | 'interest' | 'dbsCheckDue'>;

/** What every volunteer the filters find is read with: their own dates and the columns the list sorts by. */
const OWN = {
  id: volunteers.id,
  firstName: volunteers.firstName,
  lastName: volunteers.lastName,
  area: volunteers.area,
  interests: volunteers.interests,
  enquiryDate: volunteers.enquiryDate,
  approvedDate: volunteers.approvedDate,
  leftDate: volunteers.leftDate,
  withdrawnDate: volunteers.withdrawnDate,
  rejectedDate: volunteers.rejectedDate,
};
type Sortable = Pick<VolunteerSummary, 'firstName' | 'lastName' | 'area' | 'enquiryDate' | 'approvedDate'>;

const byName = (v: Sortable): SortKey[] => [v.lastName, v.firstName];
const STORED_SORTS: Record<Exclude<VolunteerSort, 'status' | 'dbsCheckDue'>, (v: Sortable) => SortKey[]> = {
  name: byName,
  area: (v) => [v.area?.trim()],
  enquiryDate: (v) => [v.enquiryDate],
  approvedDate: (v) => [v.approvedDate],
};
const STATUS_ORDER = Object.keys(STATUS_LABELS) as VolunteerStatus[];
const DERIVED_SORTS: Record<VolunteerSort, (v: VolunteerSummary) => SortKey[]> = {
  ...STORED_SORTS,
  status: (v) => [STATUS_ORDER.indexOf(v.status)],
  dbsCheckDue: (v) => [v.dbsCheckDue],
};
const isStoredSort = (by: VolunteerSort): by is keyof typeof STORED_SORTS => by in STORED_SORTS;

function sorted<T extends Sortable & { id: number }>(rows: T[], keys: (v: T) => SortKey[], direction: SortDirection): T[] {
  return sortRows(rows, keys, direction, (v) => [...byName(v), v.id]);
}

/** The volunteers the name search, area and interest find, read with their own dates only. */
function found(db: Db, filters: Filters) {
  const area = filters.area?.trim().toLowerCase();
  const interest = filters.interest?.trim().toLowerCase();
  return db
    .select(OWN)
    .from(volunteers)
    .where(nameMatches(volunteers.id, 'volunteer_search', filters.search))
    .all()
    .filter((r) => !area || (r.area ?? '').toLowerCase() === area)
    .filter((r) => !interest || listFromJson(r.interests).some((i) => i.toLowerCase().includes(interest)));
}

/** The given volunteers in full, as the list shows them, with those the status filter and DBS filter leave out dropped. */
function summaries(db: Db, ids: number[], filters: Filters, status: VolunteerStatusFilter, today: string): VolunteerSummary[] {
  const settings = getRecruitmentSettings(db);
  const soon = addDays(today, settings.reminders.dueSoonDays);
  const rows = ids.length ? db.select().from(volunteers).where(sql`${volunteers.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`).all() : [];
  return asAtWithChildren(db, rows, today)
    .map((stored) => withDerived(stored, settings, today))
    .filter((v) => volunteerShown(v.status, status))
    .filter((v) => !filters.dbsCheckDue || (!!v.dbsCheckDue && v.dbsCheckDue.date <= soon))
    .map((v) => ({
      id: v.id,
      firstName: v.firstName,
      lastName: v.lastName,
      area: v.area,
      email: v.email,
      phone: v.phone,
      enquiryDate: v.enquiryDate,
      approvedDate: v.approvedDate,
      status: v.status,
      interests: v.interests,
      dbsCheckDue: v.dbsCheckDue?.date ?? null,
    }));
}

/** Every volunteer the filters find (any status unless one is given), by name: for pick-lists and the CLI. */
export function listVolunteers(db: Db, filters: ParsedInput<'listVolunteers'>, today: string): VolunteerSummary[] {
  const ids = found(db, filters).map((r) => r.id);
  return sorted(summaries(db, ids, filters, filters.status ?? 'all', today), byName, 'asc');
}

/** The areas volunteers live in, one per spelling whatever its case, for the area filter. */
function areas(db: Db): string[] {
  const seen = new Map<string, string>();
  for (const { area } of db.selectDistinct({ area: volunteers.area }).from(volunteers).where(isNotNull(volunteers.area)).all()) {
    const trimmed = area!.trim();
    if (trimmed) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return sortRows([...seen.values()], (a) => [a], 'asc', () => []);
}

export function volunteersPage(db: Db, input: ParsedInput<'volunteersPage'>, today: string): VolunteerList {
  const { status, sort, page } = input;
  const candidates = found(db, input)
    .map((r) => ({ ...r, shown: shownByClosing(closedStatus(r, today), status) }))
    .filter((r) => r.shown !== false);
  const settledByOwnDates = !input.dbsCheckDue && isStoredSort(sort.by) && candidates.every((r) => r.shown === true);
  if (settledByOwnDates) {
    const order = sorted(candidates, STORED_SORTS[sort.by as keyof typeof STORED_SORTS], sort.direction);
    const { rows, ...paging } = pageOf(order, page);
    const full = new Map(summaries(db, rows.map((r) => r.id), input, status, today).map((v) => [v.id, v]));
    return { ...paging, rows: rows.map((r) => full.get(r.id)!), areas: areas(db) };
  }
  const rows = summaries(db, candidates.map((r) => r.id), input, status, today);
  return { ...pageOf(sorted(rows, DERIVED_SORTS[sort.by], sort.direction), page), areas: areas(db) };
}
