/**
 * The volunteers list: the volunteers the filters find, sorted and paged, each with the
 * status the rules give them (volunteerStatus, the one definition). Only what a page needs is
 * read: the status filter and the order are narrowed in SQL from the volunteers' own dates
 * and the name sort key's index (migration 0010), and when that settles the list, only the
 * page's fifty are loaded with their references, training and inactive periods.
 */
import type { Db } from '../db/open';
import { volunteers } from '../db/schema';
import type { ParsedInput, VolunteerList, VolunteerSummary } from '../../../shared/contract';
import { STATUS_LABELS, volunteerStatus, type VolunteerStatus } from '../../../shared/volunteers/stage';
import { shownByClosing, volunteerShown, type VolunteerSort, type VolunteerStatusFilter } from '../../../shared/lists/choices';
import { sortRows, type SortKey } from '../../../shared/lists/sorting';
import { pageOf, pageWithin, PAGE_SIZE, type SortDirection } from '../../../shared/lists/paging';
import { addDays } from '../../../shared/dates';
import { nameCondition, nameMatches } from './search';
import { getRecruitmentSettings } from './settings';
import { listFromJson } from './jsonList';
import { asAtWithChildren, dbsCheckDueFor } from './volunteerRecords';
import { prepared, selectAll } from '../db/statements';

type Filters = Pick<ParsedInput<'volunteersPage'>, 'search' | 'area' | 'interest' | 'dbsCheckDue'>;

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

/** The volunteers the name search, area and interest find. */
function found(db: Db, filters: Filters) {
  return db.select({ id: volunteers.id, area: volunteers.area, interests: volunteers.interests }).from(volunteers).where(nameMatches(volunteers.id, 'volunteer_search', filters.search)).all().filter(inAreaAndInterest(filters));
}

/** The area and interest filters, on a volunteer's own columns. */
function inAreaAndInterest(filters: Filters) {
  const area = filters.area?.trim().toLowerCase();
  const interest = filters.interest?.trim().toLowerCase();
  return (r: { area: string | null; interests: string }) =>
    (!area || (r.area ?? '').toLowerCase() === area) && (!interest || listFromJson(r.interests).some((i) => i.toLowerCase().includes(interest)));
}

/** The given volunteers in full, as the list shows them, with those the status filter and DBS filter leave out dropped. */
function summaries(db: Db, ids: number[], filters: Filters, status: VolunteerStatusFilter, today: string): VolunteerSummary[] {
  const settings = getRecruitmentSettings(db);
  const soon = addDays(today, settings.reminders.dueSoonDays);
  const rows = ids.length ? selectAll(db, volunteers, 'WHERE id IN (SELECT value FROM json_each(@ids))', ids) : [];
  // Only what a row shows is derived (status, DBS check due), by the rules withDerived uses.
  return asAtWithChildren(db, rows, today)
    .map((v) => {
      const vStatus = volunteerStatus(v, settings, today);
      return { v, status: vStatus, dbsCheckDue: dbsCheckDueFor(v, vStatus, settings)?.date ?? null };
    })
    .filter((d) => volunteerShown(d.status, status))
    .filter((d) => !filters.dbsCheckDue || (!!d.dbsCheckDue && d.dbsCheckDue <= soon))
    .map(({ v, status: vStatus, dbsCheckDue }) => ({
      id: v.id,
      firstName: v.firstName,
      lastName: v.lastName,
      area: v.area,
      email: v.email,
      phone: v.phone,
      enquiryDate: v.enquiryDate,
      approvedDate: v.approvedDate,
      status: vStatus,
      interests: v.interests,
      dbsCheckDue,
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
  for (const area of prepared(db, 'SELECT DISTINCT area FROM volunteers WHERE area IS NOT NULL').pluck().all() as string[]) {
    const trimmed = area.trim();
    if (trimmed) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return sortRows([...seen.values()], (a) => [a], 'asc', () => []);
}

/**
 * closedStatus (shared/volunteers/stage.ts) as SQL over the volunteer's own dates, as at
 * @t: 'left', 'withdrawn', 'rejected' or NULL. It lets the query narrow by who is still with
 * the scheme; tests/integration/listSortKeys.test.ts proves it gives what closedStatus
 * gives for every mix of dates, so the two cannot drift apart.
 */
export const CLOSED_SQL = `CASE WHEN approved_date > '' AND approved_date <= @t THEN CASE WHEN left_date > '' AND left_date <= @t THEN 'left' END
  WHEN withdrawn_date > '' AND withdrawn_date <= @t THEN 'withdrawn' WHEN rejected_date > '' AND rejected_date <= @t THEN 'rejected' END`;
// The unary plus keeps SQLite off the approved_date index, so that a page in name order walks the name index and stops at fifty instead of sorting every approved volunteer by a sort key computed for each.
const APPROVED_SQL = `(+approved_date > '' AND +approved_date <= @t)`;
/**
 * inactiveOn (shared/volunteers/stage.ts) as SQL: an inactive period of the volunteer covers
 * @t. The same test proves it gives what inactiveOn gives.
 */
export const INACTIVE_SQL = `EXISTS (SELECT 1 FROM volunteer_inactive_periods p WHERE p.volunteer_id = volunteers.id AND p.from_date <= @t AND NOT coalesce(p.to_date > '' AND p.to_date <= @t, 0))`;

/**
 * What the status filter asks of the own dates and inactive periods, in SQL: exactly the
 * filter for those they settle (all, current, left, withdrawn, not accepted, active,
 * inactive), otherwise a necessary condition (one in recruitment is neither approved nor
 * closed) that volunteerStatus then decides on the fewer it leaves.
 */
function statusNarrowing(status: VolunteerStatusFilter): string {
  if (status === 'all') return '1';
  if (status === 'current') return `(${CLOSED_SQL}) IS NULL`;
  if (status === 'left' || status === 'withdrawn' || status === 'rejected') return `(${CLOSED_SQL}) IS '${status}'`;
  if (status === 'active' || status === 'inactive') return `(${CLOSED_SQL}) IS NULL AND ${APPROVED_SQL} AND ${status === 'active' ? 'NOT ' : ''}${INACTIVE_SQL}`;
  return `(${CLOSED_SQL}) IS NULL AND NOT ${APPROVED_SQL}`;
}

/** The statuses whose SQL narrowing above is the whole filter: all but the recruitment stages, which need references and training. */
const settledBySql = (status: VolunteerStatusFilter) => status === 'active' || status === 'inactive' || (shownByClosing(null, status) !== null && shownByClosing('left', status) !== null);

// The name order is the volunteers_sort_name index's (migration 0010); ties are always by name then id, ascending, as sortRows breaks them.
const BY_NAME = 'iv_sort_key(last_name), iv_sort_key(first_name), id';
const SORT_SQL: Record<keyof typeof STORED_SORTS, string> = {
  name: 'iv_sort_key(last_name) DIR, iv_sort_key(first_name) DIR, id',
  area: "coalesce(iv_sort_key(trim(area)), '') = '', iv_sort_key(trim(area)) DIR",
  enquiryDate: "coalesce(enquiry_date, '') = '', enquiry_date DIR",
  approvedDate: "coalesce(approved_date, '') = '', approved_date DIR",
};
const orderSql = (by: keyof typeof STORED_SORTS, direction: SortDirection) => {
  const order = SORT_SQL[by].replaceAll('DIR', direction.toUpperCase());
  return by === 'name' ? order : `${order}, ${BY_NAME}`;
};

interface Candidate {
  id: number;
  area: string | null;
  interests: string;
}
const CANDIDATE_COLUMNS = 'id, area, interests';

/**
 * Read in SQL as far as it can be. With a sort by a stored column, no filter that needs
 * the whole record (the DBS check due) and a status the SQL settles:
 *  - with no area or interest asked for, the page is read in index order (LIMIT/OFFSET)
 *    and counted by COUNT(*);
 *  - otherwise the volunteers the query finds come in order with their area and interests,
 *    are filtered, and only the page's are read in full.
 * Anything else: the narrowed volunteers are read in full, given their status by
 * volunteerStatus, filtered, sorted and paged in JavaScript.
 */
export function volunteersPage(db: Db, input: ParsedInput<'volunteersPage'>, today: string): VolunteerList {
  const { status, sort, page } = input;
  const search = nameCondition('volunteer_search', input.search);
  if (!search) return { ...pageOf([], page), areas: areas(db) };
  const where = `${search.where} AND ${statusNarrowing(status)}`;
  const params = { t: today, match: search.match };
  const inFull = (ids: number[]) => {
    const full = new Map(summaries(db, ids, input, status, today).map((v) => [v.id, v]));
    return ids.map((id) => full.get(id)!);
  };
  if (isStoredSort(sort.by) && !input.dbsCheckDue && settledBySql(status)) {
    const order = orderSql(sort.by, sort.direction);
    if (!input.area && !input.interest) {
      const total = prepared(db, `SELECT count(*) FROM volunteers WHERE ${where}`).pluck().get(params) as number;
      const current = pageWithin(page, total, PAGE_SIZE);
      const ids = prepared(db, `SELECT id FROM volunteers WHERE ${where} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET @offset`)
        .pluck()
        .all({ ...params, offset: (current - 1) * PAGE_SIZE }) as number[];
      return { rows: inFull(ids), total, page: current, pageSize: PAGE_SIZE, areas: areas(db) };
    }
    const candidates = (prepared(db, `SELECT ${CANDIDATE_COLUMNS} FROM volunteers WHERE ${where} ORDER BY ${order}`).all(params) as Candidate[]).filter(inAreaAndInterest(input));
    const { rows, ...paging } = pageOf(candidates, page);
    return { ...paging, rows: inFull(rows.map((r) => r.id)), areas: areas(db) };
  }
  const candidates = (prepared(db, `SELECT ${CANDIDATE_COLUMNS} FROM volunteers WHERE ${where}`).all(params) as Candidate[]).filter(inAreaAndInterest(input));
  const rows = summaries(db, candidates.map((r) => r.id), input, status, today);
  return { ...pageOf(sorted(rows, DERIVED_SORTS[sort.by], sort.direction), page), areas: areas(db) };
}
