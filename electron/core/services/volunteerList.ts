/**
 * The volunteers list: every volunteer the filters find with the status the rules give
 * them, then sorted and paged. The status comes from the one rule (volunteerStatus); the
 * list only narrows what it reads, leaving out the references, training and inactive
 * periods of volunteers who have left, withdrawn or were not accepted.
 */
import { isNotNull } from 'drizzle-orm';
import type { Db } from '../db/open';
import { volunteers } from '../db/schema';
import type { ParsedInput, VolunteerList, VolunteerSummary } from '../../../shared/contract';
import { closedStatus, volunteerStatus, STATUS_LABELS, type VolunteerStatus } from '../../../shared/volunteers/stage';
import { volunteerShown, type VolunteerStatusFilter } from '../../../shared/lists/choices';
import { sortRows, type SortKey } from '../../../shared/lists/sorting';
import { pageOf } from '../../../shared/lists/paging';
import { addDays } from '../../../shared/dates';
import { nameMatches } from './search';
import { getRecruitmentSettings } from './settings';
import { listFromJson } from './jsonList';
import { childrenOf, dbsCheckDueFor, toStoredVolunteer } from './volunteerRecords';

type Filters = Pick<ParsedInput<'volunteersPage'>, 'search' | 'area' | 'interest' | 'dbsCheckDue'>;
type Sort = ParsedInput<'volunteersPage'>['sort'];

const STATUS_ORDER = Object.keys(STATUS_LABELS) as VolunteerStatus[];
const CLOSED_FILTERS: VolunteerStatusFilter[] = ['left', 'withdrawn', 'rejected'];

/** The volunteers the filters find, in no particular order. */
function summaries(db: Db, filters: Filters, status: VolunteerStatusFilter, today: string): VolunteerSummary[] {
  const settings = getRecruitmentSettings(db);
  const area = filters.area?.trim().toLowerCase();
  const interest = filters.interest?.trim().toLowerCase();
  const rows = db
    .select()
    .from(volunteers)
    .where(nameMatches(volunteers.firstName, volunteers.lastName, filters.search))
    .all()
    .filter((r) => !area || (r.area ?? '').toLowerCase() === area)
    .filter((r) => !interest || listFromJson(r.interests).some((i) => i.toLowerCase().includes(interest)));
  // Those no longer with the scheme have their status from their own dates alone.
  const withUs = CLOSED_FILTERS.includes(status) ? [] : rows.filter((r) => !closedStatus(r, today)).map((r) => r.id);
  const children = childrenOf(db, withUs);
  const soon = addDays(today, settings.reminders.dueSoonDays);
  const listed: VolunteerSummary[] = [];
  for (const row of rows) {
    const v = toStoredVolunteer(row, children(row.id));
    const derived = volunteerStatus(v, settings, today);
    if (!volunteerShown(derived, status)) continue;
    const due = dbsCheckDueFor(v, derived, settings);
    if (filters.dbsCheckDue && !(due && due.date <= soon)) continue;
    const { id, firstName, lastName, email, phone, enquiryDate, approvedDate, interests } = v;
    listed.push({ id, firstName, lastName, area: v.area, email, phone, enquiryDate, approvedDate, status: derived, interests, dbsCheckDue: due?.date ?? null });
  }
  return listed;
}

const byName = (v: VolunteerSummary): SortKey[] => [v.lastName, v.firstName];
const SORT_KEYS: Record<Sort['by'], (v: VolunteerSummary) => SortKey[]> = {
  name: byName,
  status: (v) => [STATUS_ORDER.indexOf(v.status)],
  area: (v) => [v.area?.trim()],
  enquiryDate: (v) => [v.enquiryDate],
  approvedDate: (v) => [v.approvedDate],
  dbsCheckDue: (v) => [v.dbsCheckDue],
};

/** Every volunteer the filters find (any status unless one is given), by name: for pick-lists and the CLI. */
export function listVolunteers(db: Db, filters: ParsedInput<'listVolunteers'>, today: string): VolunteerSummary[] {
  return sortRows(summaries(db, filters, filters.status ?? 'all', today), byName, 'asc', (v) => [v.id]);
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
  const rows = sortRows(summaries(db, input, input.status, today), SORT_KEYS[input.sort.by], input.sort.direction, (v) => [...byName(v), v.id]);
  return { ...pageOf(rows, input.page), areas: areas(db) };
}
