import { count } from 'drizzle-orm';
import type { Db } from '../db/open';
import { volunteers, youngPeople } from '../db/schema';
import { getScheme } from '../services/scheme';

/** How many records of each kind the scheme holds. */
export function tableCounts(db: Db) {
  const n = (table: typeof volunteers | typeof youngPeople) => db.select({ n: count() }).from(table).get()?.n ?? 0;
  return { scheme: getScheme(db).name, volunteers: n(volunteers), youngPeople: n(youngPeople) };
}
