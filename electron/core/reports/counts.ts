import { count } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open';
import { volunteers, youngPeople, referrals, consents, safeguardingConcerns, complaints, matches, visits, feedback, contacts, supervisions, careReviews, careReviewUpdates } from '../db/schema';
import { getScheme } from '../services/scheme';

/** The kinds of record counted, by the name the counts give them. */
export const COUNTED_TABLES = { volunteers, youngPeople, referrals, consents, safeguardingConcerns, complaints, matches, visits, feedback, contacts, supervisions, careReviews, careReviewUpdates } satisfies Record<string, SQLiteTable>;

export type RecordCounts = Record<keyof typeof COUNTED_TABLES, number>;

/** How many records of each kind the scheme holds. */
export function tableCounts(db: Db): { scheme: string } & RecordCounts {
  const n = (table: SQLiteTable) => db.select({ n: count() }).from(table).get()?.n ?? 0;
  const counts = Object.fromEntries(Object.entries(COUNTED_TABLES).map(([name, table]) => [name, n(table)])) as RecordCounts;
  return { scheme: getScheme(db).name, ...counts };
}
