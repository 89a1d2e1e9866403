/** Database id -> the file's id (external reference), for writing references on export. */
import type { Db } from '../db/open';
import { volunteers, youngPeople, matches } from '../db/schema';

export function refMap(db: Db, table: typeof volunteers | typeof youngPeople | typeof matches): Map<number, string> {
  return new Map(db.select({ id: table.id, ref: table.externalRef }).from(table).all().map((r) => [r.id, r.ref]));
}
