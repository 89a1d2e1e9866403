import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { volunteers } from '../db/schema';
import type { Volunteer, VolunteerSummary, ParsedInput } from '../../../shared/contract';
import { dateOfBirthProblem, notInFutureProblem } from '../../../shared/people';
import { fieldErrors, UserError } from '../errors';
import { nameMatches } from './search';

type VolunteerFields = ParsedInput<'createVolunteer'>;

const summaryColumns = {
  id: volunteers.id,
  firstName: volunteers.firstName,
  lastName: volunteers.lastName,
  area: volunteers.area,
  email: volunteers.email,
  phone: volunteers.phone,
  enquiryDate: volunteers.enquiryDate,
};

export function listVolunteers(db: Db, search?: string): VolunteerSummary[] {
  return db
    .select(summaryColumns)
    .from(volunteers)
    .where(nameMatches(volunteers.firstName, volunteers.lastName, search))
    .orderBy(asc(volunteers.lastName), asc(volunteers.firstName), asc(volunteers.id))
    .all();
}

export function getVolunteer(db: Db, id: number): Volunteer {
  const row = db.select().from(volunteers).where(eq(volunteers.id, id)).get();
  if (!row) throw new UserError('not_found', 'That volunteer could not be found. They may have been removed.');
  const { externalRef: _ref, ...volunteer } = row;
  return volunteer;
}

/** Rules beyond the field shapes, shared by the forms and import. */
export function volunteerProblems(fields: Pick<VolunteerFields, 'dateOfBirth' | 'enquiryDate'>, today: string) {
  return {
    dateOfBirth:
      dateOfBirthProblem(fields.dateOfBirth, today) ??
      (fields.dateOfBirth && fields.dateOfBirth >= fields.enquiryDate ? 'Date of birth must be before the enquiry date' : null),
    enquiryDate: notInFutureProblem(fields.enquiryDate, 'Enquiry date', today),
  };
}

export function createVolunteer(db: Db, fields: VolunteerFields, today: string): Volunteer {
  fieldErrors(volunteerProblems(fields, today));
  const row = db.insert(volunteers).values({ ...fields, externalRef: randomUUID() }).returning({ id: volunteers.id }).get();
  return getVolunteer(db, row.id);
}

export function updateVolunteer(db: Db, id: number, fields: VolunteerFields, today: string): Volunteer {
  getVolunteer(db, id);
  fieldErrors(volunteerProblems(fields, today));
  db.update(volunteers).set(fields).where(eq(volunteers.id, id)).run();
  return getVolunteer(db, id);
}
