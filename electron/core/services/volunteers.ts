import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { decisionsOn } from './todayDecisions';
import { volunteers } from '../db/schema';
import type { Volunteer, ParsedInput, DuplicateCandidate, VolunteerProfile } from '../../../shared/contract';
import { volunteerDateProblems } from '../../../shared/volunteers/dateRules';
import { fieldErrors } from '../errors';
import { getRecruitmentSettings } from './settings';
import { loadVolunteer, withDerived, type StoredVolunteer } from './volunteerRecords';
import { insertedId } from '../db/write';
import { tidyPostcode } from '../../../shared/postcode';
import { listMatches } from './matches';
import { supervisionsView } from './supervisions';

type Details = ParsedInput<'createVolunteer'>;

export { listVolunteers, volunteersPage } from './volunteerList';

/** The database columns a details form writes. */
function detailColumns(d: Details) {
  return { ...d, postcode: tidyPostcode(d.postcode), languages: JSON.stringify(d.languages), interests: JSON.stringify(d.interests) };
}

export function getVolunteer(db: Db, id: number, today: string, settings = getRecruitmentSettings(db)): Volunteer {
  return withDerived(loadVolunteer(db, id), settings, today);
}

export function volunteerProfile(db: Db, id: number, today: string): VolunteerProfile {
  const settings = getRecruitmentSettings(db);
  return {
    volunteer: getVolunteer(db, id, today, settings),
    settings,
    matches: listMatches(db, { volunteerId: id }, today),
    supervision: supervisionsView(db, { volunteerId: id, page: 1 }, today),
    todayDecisions: decisionsOn(db, 'volunteer', id, today),
  };
}

/**
 * Refuses a volunteer whose dates cannot be true, naming each field. With a prefix such
 * as "references.1.", problems in the item being edited are named as the form names them.
 */
export function checkVolunteer(v: StoredVolunteer, today: string, prefix?: string): void {
  const problems = Object.entries(volunteerDateProblems(v, today));
  fieldErrors(Object.fromEntries(problems.map(([key, message]) => [prefix && key.startsWith(prefix) ? key.slice(prefix.length) : key, message])));
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
export const folded = (s: string | null | undefined) => (s ?? '').trim().normalize('NFC').toLowerCase();

type DuplicateQuestion = Omit<ParsedInput<'findDuplicateVolunteers'>, 'excludeId'>;

/**
 * Likely duplicates: the same name and date of birth, or the same email address. The
 * volunteers are read once, so a spreadsheet of many rows asks about each cheaply.
 */
export function volunteerDuplicateFinder(db: Db): (input: DuplicateQuestion) => DuplicateCandidate[] {
  const rows = db.select({ id: volunteers.id, firstName: volunteers.firstName, lastName: volunteers.lastName, email: volunteers.email, dateOfBirth: volunteers.dateOfBirth }).from(volunteers).all();
  const byEmail = new Map<string, typeof rows>();
  const byBirth = new Map<string, typeof rows>();
  for (const r of rows) {
    if (folded(r.email)) byEmail.set(folded(r.email), [...(byEmail.get(folded(r.email)) ?? []), r]);
    if (r.dateOfBirth) byBirth.set(r.dateOfBirth, [...(byBirth.get(r.dateOfBirth) ?? []), r]);
  }
  return (input) => {
    const found = new Map<number, DuplicateCandidate>();
    const email = folded(input.email);
    for (const r of email ? (byEmail.get(email) ?? []) : []) found.set(r.id, { id: r.id, name: `${r.firstName} ${r.lastName}`, reason: 'the same email address' });
    for (const r of input.dateOfBirth ? (byBirth.get(input.dateOfBirth) ?? []) : []) {
      if (folded(r.firstName) === folded(input.firstName) && folded(r.lastName) === folded(input.lastName)) {
        found.set(r.id, { id: r.id, name: `${r.firstName} ${r.lastName}`, reason: 'the same name and date of birth' });
      }
    }
    return [...found.values()];
  };
}

export function findDuplicateVolunteers(db: Db, { excludeId, ...input }: ParsedInput<'findDuplicateVolunteers'>): DuplicateCandidate[] {
  return volunteerDuplicateFinder(db)(input).filter((c) => c.id !== excludeId);
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

