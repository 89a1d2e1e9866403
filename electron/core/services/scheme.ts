import { eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { scheme } from '../db/schema';
import type { Scheme, ParsedInput } from '../../../shared/contract';
import { notInFutureProblem } from '../../../shared/people';
import { fieldErrors, UserError } from '../errors';

export function getScheme(db: Db): Scheme {
  const row = db.select().from(scheme).where(eq(scheme.id, 1)).get();
  if (!row) throw new UserError('damaged', 'The scheme details are missing from the database.');
  const { id: _id, recruitmentSettings: _settings, ...details } = row;
  return details;
}

export function updateScheme(db: Db, fields: ParsedInput<'updateScheme'>, today: string): Scheme {
  fieldErrors({ childrenInCareCountDate: notInFutureProblem(fields.childrenInCareCountDate, 'The date of the count', today) });
  db.update(scheme)
    .set({ ...fields, childrenInCareCount: fields.childrenInCareCount ?? null })
    .where(eq(scheme.id, 1))
    .run();
  return getScheme(db);
}
