/**
 * The volunteers list: the volunteers the filters find, sorted and paged, each with the
 * status the rules give them (withDerived, the one definition). Only what a page needs is
 * read: the status filter and the order are narrowed in SQL from the volunteers' own dates
 * and the name sort key's index (migration 0010), and when that settles the list, only the
 * page's fifty are loaded with their references, training and inactive periods.
 */
import type { Db } from '../db/open';
import { volunteers } from '../db/schema';
import type { ParsedInput, VolunteerList, VolunteerSummary } from '../../../shared/contract';
import { approvedStatus, STATUS_LABELS, type VolunteerStatus } from '../../../shared/volunteers/stage';
import { shownByClosing, volunteerShown, type VolunteerSort, type VolunteerStatusFilter } from '../../../shared/lists/choices';
import { sortRows, type SortKey } from '../../../shared/lists/sorting';
import { pageOf, pageWithin, PAGE_SIZE, type SortDirection } from '../../../shared/lists/paging';
import { addDays } from '../../../shared/dates';
import { nameCondition, nameMatches } from './search';
import { getRecruitmentSettings } from './settings';
import { listFromJson } from './jsonList';
import { asAtWithChildren, inactivePeriodsOf, withDerived } from './volunteerRecords';
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
const APPROVED_SQL = `(approved_date > '' AND approved_date <= @t)`;

/**
 * What the status filter asks of the own dates, in SQL: exactly the filter for those the own
 * dates settle (all, current, left, withdrawn, not accepted), otherwise a necessary
 * condition (an active or inactive volunteer is approved and still with the scheme, one in
 * recruitment is neither) that withDerived then decides on the fewer it leaves.
 */
function statusNarrowing(status: VolunteerStatusFilter): string {
  if (status === 'all') return '1';
  if (status === 'current') return `(${CLOSED_SQL}) IS NULL`;
  if (status === 'left' || status === 'withdrawn' || status === 'rejected') return `(${CLOSED_SQL}) IS '${status}'`;
  return `(${CLOSED_SQL}) IS NULL AND ${status === 'active' || status === 'inactive' ? '' : 'NOT '}${APPROVED_SQL}`;
}

/** The statuses whose SQL narrowing above is the whole filter. */
const settledBySql = (status: VolunteerStatusFilter) => shownByClosing(null, status) !== null && shownByClosing('left', status) !== null;

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

/** The filters the approved status settles: for these only the inactive periods are read, not references or training. */
const settledByApproval = (status: VolunteerStatusFilter): status is 'active' | 'inactive' => status === 'active' || status === 'inactive';

interface Candidate {
  id: number;
  area: string | null;
  interests: string;
  approvedDate: string | null;
  leftDate: string | null;
  withdrawnDate: string | null;
  rejectedDate: string | null;
}
const CANDIDATE_COLUMNS = 'id, area, interests, approved_date AS approvedDate, left_date AS leftDate, withdrawn_date AS withdrawnDate, rejected_date AS rejectedDate';

/**
 * Read in SQL as far as it can be. With a sort by a stored column and no filter that needs
 * the whole record (the DBS check due):
 *  - when the own dates settle the status filter and no area or interest is asked for, the
 *    page is read in index order (LIMIT/OFFSET) and counted by COUNT(*);
 *  - otherwise the volunteers the query narrows to come in order with their own columns
 *    (and, for active or inactive, their inactive periods, all approvedStatus reads), are
 *    filtered, and only the page's are read in full.
 * Anything else: the narrowed volunteers are read in full, given their status by
 * withDerived, filtered, sorted and paged in JavaScript.
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
  if (isStoredSort(sort.by) && !input.dbsCheckDue && (settledBySql(status) || settledByApproval(status))) {
    const order = orderSql(sort.by, sort.direction);
    if (settledBySql(status) && !input.area && !input.interest) {
      const total = prepared(db, `SELECT count(*) FROM volunteers WHERE ${where}`).pluck().get(params) as number;
      const current = pageWithin(page, total, PAGE_SIZE);
      const ids = prepared(db, `SELECT id FROM volunteers WHERE ${where} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET @offset`)
        .pluck()
        .all({ ...params, offset: (current - 1) * PAGE_SIZE }) as number[];
      return { rows: inFull(ids), total, page: current, pageSize: PAGE_SIZE, areas: areas(db) };
    }
    let candidates = (prepared(db, `SELECT ${CANDIDATE_COLUMNS} FROM volunteers WHERE ${where} ORDER BY ${order}`).all(params) as Candidate[]).filter(inAreaAndInterest(input));
    if (settledByApproval(status)) {
      const periods = inactivePeriodsOf(db, candidates.map((r) => r.id));
      candidates = candidates.filter((r) => approvedStatus({ ...r, inactivePeriods: periods(r.id) }, today) === status);
    }
    const { rows, ...paging } = pageOf(candidates, page);
    return { ...paging, rows: inFull(rows.map((r) => r.id)), areas: areas(db) };
  }
  const candidates = (prepared(db, `SELECT ${CANDIDATE_COLUMNS} FROM volunteers WHERE ${where}`).all(params) as Candidate[]).filter(inAreaAndInterest(input));
  const rows = summaries(db, candidates.map((r) => r.id), input, status, today);
  return { ...pageOf(sorted(rows, DERIVED_SORTS[sort.by], sort.direction), page), areas: areas(db) };
}
