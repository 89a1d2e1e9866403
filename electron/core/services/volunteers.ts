import { randomUUID } from 'node:crypto';
import { eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/open';
import { volunteers } from '../db/schema';
import type { Volunteer, VolunteerSummary, ParsedInput, DuplicateCandidate } from '../../../shared/contract';
import { volunteerDateProblems } from '../../../shared/volunteers/dateRules';
import { fieldErrors } from '../errors';
import { nameMatches } from './search';
import { getRecruitmentSettings } from './settings';
import { loadVolunteer, loadVolunteers, withDerived, type StoredVolunteer } from './volunteerRecords';
import { addDays } from '../../../shared/dates';
import { insertedId } from '../db/write';

type Details = ParsedInput<'createVolunteer'>;
type Filters = ParsedInput<'listVolunteers'>;

/** The database columns a details form writes. */
function detailColumns(d: Details) {
  return { ...d, languages: JSON.stringify(d.languages), interests: JSON.stringify(d.interests) };
}

export function getVolunteer(db: Db, id: number, today: string, settings = getRecruitmentSettings(db)): Volunteer {
  return withDerived(loadVolunteer(db, id), settings, today);
}

/**
 * Refuses a volunteer whose dates cannot be true, naming each field. With a prefix such
 * as "references.1.", problems in the item being edited are named as the form names them.
 */
export function checkVolunteer(v: StoredVolunteer, today: string, prefix?: string): void {
  const problems = Object.entries(volunteerDateProblems(v, today));
  fieldErrors(Object.fromEntries(problems.map(([key, message]) => [prefix && key.startsWith(prefix) ? key.slice(prefix.length) : key, message])));
}

export function listVolunteers(db: Db, filters: Filters, today: string): VolunteerSummary[] {
  const settings = getRecruitmentSettings(db);
  const ids = db
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(nameMatches(volunteers.id, 'volunteer_search', filters.search))
    .all()
    .map((r) => r.id);
  const area = filters.area?.trim().toLowerCase();
  const interest = filters.interest?.trim().toLowerCase();
  const soon = addDays(today, settings.reminders.dueSoonDays);
  return loadVolunteers(db, ids)
    .map((v) => withDerived(v, settings, today))
    .filter((v) => !filters.status || v.status === filters.status)
    .filter((v) => !area || (v.area ?? '').toLowerCase() === area)
    .filter((v) => !interest || v.interests.some((i) => i.toLowerCase().includes(interest)))
    .filter((v) => !filters.dbsCheckDue || (!!v.dbsCheckDue && v.dbsCheckDue.date <= soon))
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || a.id - b.id)
    .map((v) => ({
      id: v.id,
      firstName: v.firstName,
      lastName: v.lastName,
      area: v.area,
      email: v.email,
      phone: v.phone,
      enquiryDate: v.enquiryDate,
      status: v.status,
      interests: v.interests,
      dbsCheckDue: v.dbsCheckDue?.date ?? null,
    }));
}

export function createVolunteer(db: Db, details: Details, today: string): Volunteer {
  checkVolunteer({ ...blankVolunteer(), ...details }, today);
  const id = insertedId(db.insert(volunteers).values({ ...detailColumns(details), externalRef: randomUUID() }).run());
  return getVolunteer(db, id, today);
}

export function updateVolunteer(db: Db, id: number, details: Details, today: string): Volunteer {
  const current = loadVolunteer(db, id);
  checkVolunteer({ ...current, ...details }, today);
  db.update(volunteers).set(detailColumns(details)).where(eq(volunteers.id, id)).run();
  return getVolunteer(db, id, today);
}

/** Case-insensitively, for any alphabet: SQLite's lower() changes only A to Z, so "Élodie" would stay "Élodie". */
const folded = (s: string | null | undefined) => (s ?? '').trim().normalize('NFC').toLowerCase();

/** Likely duplicates: the same name and date of birth, or the same email address. */
export function findDuplicateVolunteers(db: Db, input: ParsedInput<'findDuplicateVolunteers'>): DuplicateCandidate[] {
  const found = new Map<number, DuplicateCandidate>();
  const columns = { id: volunteers.id, firstName: volunteers.firstName, lastName: volunteers.lastName, email: volunteers.email };
  const email = folded(input.email);
  if (email) {
    for (const r of db.select(columns).from(volunteers).where(isNotNull(volunteers.email)).all()) {
      if (folded(r.email) === email) found.set(r.id, { id: r.id, name: `${r.firstName} ${r.lastName}`, reason: 'the same email address' });
    }
  }
  if (input.dateOfBirth) {
    for (const r of db.select(columns).from(volunteers).where(eq(volunteers.dateOfBirth, input.dateOfBirth)).all()) {
      if (folded(r.firstName) === folded(input.firstName) && folded(r.lastName) === folded(input.lastName)) {
        found.set(r.id, { id: r.id, name: `${r.firstName} ${r.lastName}`, reason: 'the same name and date of birth' });
      }
    }
  }
  if (input.excludeId) found.delete(input.excludeId);
  return [...found.values()];
}

/** A volunteer with nothing recorded beyond the details form, for checking a new one. */
export function blankVolunteer(): Omit<StoredVolunteer, keyof Details | 'id'> & { id: number } {
  return {
    id: 0,
    capacity: 1,
    interviewPanel: null,
    interviewNotes: null,
    applicationDate: null,
    interviewDate: null,
    interviewOutcome: null,
    references: [],
    dbs: null,
    training: [],
    approvedDate: null,
    withdrawnDate: null,
    withdrawnReason: null,
    rejectedDate: null,
    rejectedReason: null,
    inactivePeriods: [],
    leftDate: null,
    leftReason: null,
  };
}

