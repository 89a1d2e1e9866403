import { count } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open';
import { volunteers, youngPeople, referrals, consents, safeguardingConcerns, complaints, matches, visits, feedback, contacts, supervisions, careReviews, careReviewUpdates } from '../db/schema';
import { getScheme } from '../services/scheme';

/** How many records of each kind the scheme holds. */
export function tableCounts(db: Db) {
  const n = (table: SQLiteTable) => db.select({ n: count() }).from(table).get()?.n ?? 0;
  return {
    scheme: getScheme(db).name,
    volunteers: n(volunteers),
    youngPeople: n(youngPeople),
    referrals: n(referrals),
    consents: n(consents),
    safeguardingConcerns: n(safeguardingConcerns),
    complaints: n(complaints),
    matches: n(matches),
    visits: n(visits),
    feedback: n(feedback),
    contacts: n(contacts),
    supervisions: n(supervisions),
    careReviews: n(careReviews),
    careReviewUpdates: n(careReviewUpdates),
  };
}
