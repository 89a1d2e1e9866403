import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { youngPeople } from '../db/schema';
import type { YoungPerson, YoungPersonSummary, ParsedInput } from '../../../shared/contract';
import { dateOfBirthProblem } from '../../../shared/people';
import { fieldErrors, UserError } from '../errors';
import { nameMatches } from './search';

type YoungPersonFields = ParsedInput<'createYoungPerson'>;

export function listYoungPeople(db: Db, search?: string): YoungPersonSummary[] {
  return db
    .select({ id: youngPeople.id, firstName: youngPeople.firstName, lastName: youngPeople.lastName, dateOfBirth: youngPeople.dateOfBirth })
    .from(youngPeople)
    .where(nameMatches(youngPeople.firstName, youngPeople.lastName, search))
    .orderBy(asc(youngPeople.lastName), asc(youngPeople.firstName), asc(youngPeople.id))
    .all();
}

export function getYoungPerson(db: Db, id: number): YoungPerson {
  const row = db.select().from(youngPeople).where(eq(youngPeople.id, id)).get();
  if (!row) throw new UserError('not_found', 'That young person could not be found. Their record may have been removed.');
  const { externalRef: _ref, ...person } = row;
  return person;
}

/** Rules beyond the field shapes, shared by the forms and import. */
export function youngPersonProblems(fields: Pick<YoungPersonFields, 'dateOfBirth'>, today: string) {
  return { dateOfBirth: dateOfBirthProblem(fields.dateOfBirth, today) };
}

export function createYoungPerson(db: Db, fields: YoungPersonFields, today: string): YoungPerson {
  fieldErrors(youngPersonProblems(fields, today));
  const row = db.insert(youngPeople).values({ ...fields, externalRef: randomUUID() }).returning({ id: youngPeople.id }).get();
  return getYoungPerson(db, row.id);
}

export function updateYoungPerson(db: Db, id: number, fields: YoungPersonFields, today: string): YoungPerson {
  getYoungPerson(db, id);
  fieldErrors(youngPersonProblems(fields, today));
  db.update(youngPeople).set(fields).where(eq(youngPeople.id, id)).run();
  return getYoungPerson(db, id);
}
