/** Care reviews and care-review updates between the interchange format and the database, and their rules on import. */
import { asc } from 'drizzle-orm';
import type { Db } from '../db/open';
import { careReviews, careReviewUpdates, youngPeople } from '../db/schema';
import type { RecordOf } from '../../../shared/interchange/format';
import { careReviewProblems, careReviewUpdateProblems } from '../../../shared/careReviews/rules';
import type { CareReviewRecord, CareReviewUpdateRecord } from '../../../shared/careReviews/record';
import type { Problems } from '../../../shared/problems';
import { formatUkDate } from '../../../shared/dates';
import { compact, n } from './compact';
import { refMap } from './refs';
import type { Ids } from './cases';
import type { Insert } from './inserter';

type Review = RecordOf<'careReviews'>;
type Update = RecordOf<'careReviewUpdates'>;
type Doc = { youngPeople?: RecordOf<'youngPeople'>[]; careReviews?: Review[]; careReviewUpdates?: Update[] };

function review(r: Review): CareReviewRecord {
  return {
    date: r.date,
    ivAttended: n(r.ivAttended),
    coordinatorAttended: n(r.coordinatorAttended),
    professionalFeedback: n(r.professionalFeedback),
    feedbackFrom: n(r.feedbackFrom),
    objectives: n(r.objectives),
    progress: n(r.progress),
    notes: n(r.notes),
    nextReviewDate: n(r.nextReviewDate),
  };
}

function update(u: Update): CareReviewUpdateRecord {
  return {
    reviewDate: u.reviewDate,
    youngPersonViews: n(u.youngPersonViews),
    viewsAgreed: u.viewsAgreed ?? false,
    objectives: n(u.objectives),
    progress: n(u.progress),
    ivWillAttend: n(u.ivWillAttend),
    coordinatorComments: n(u.coordinatorComments),
    preparedDate: u.preparedDate,
    sentDate: n(u.sentDate),
  };
}

export const careReviewProblemsOf = (r: Review, dateOfBirth: string, today: string): Problems => careReviewProblems(review(r), dateOfBirth, today);

/** An update's rules; `firstUpdate` holds the index of the update already given for each young person and review, and learns this one's. */
export function careReviewUpdateProblemsOf(u: Update, index: number, firstUpdate: Map<string, number>, today: string): Problems {
  const problems = careReviewUpdateProblems(update(u), today);
  // One update per young person and review: the database holds no second.
  const key = JSON.stringify([u.youngPersonId, u.reviewDate]);
  const first = firstUpdate.get(key);
  if (first === undefined) firstUpdate.set(key, index);
  else problems.reviewDate ??= `careReviewUpdates[${first}] is already the update for this young person's review on ${formatUkDate(u.reviewDate)}`;
  return problems;
}

export function careReviewProblemsForImport(document: Doc, today: string): { careReviews: Problems[]; careReviewUpdates: Problems[] } {
  const dob = new Map((document.youngPeople ?? []).map((y) => [y.id, y.dateOfBirth]));
  const firstUpdate = new Map<string, number>();
  return {
    careReviews: (document.careReviews ?? []).map((r) => careReviewProblemsOf(r, dob.get(r.youngPersonId)!, today)),
    careReviewUpdates: (document.careReviewUpdates ?? []).map((u, index) => careReviewUpdateProblemsOf(u, index, firstUpdate, today)),
  };
}

export const insertCareReview = (insert: Insert, r: Review, people: Ids): void => void insert(careReviews, { externalRef: r.id, youngPersonId: people.get(r.youngPersonId)!, ...review(r) });

export const insertCareReviewUpdate = (insert: Insert, u: Update, people: Ids): void => void insert(careReviewUpdates, { externalRef: u.id, youngPersonId: people.get(u.youngPersonId)!, ...update(u) });

export function insertCareReviews(insert: Insert, document: Doc, people: Ids): void {
  for (const r of document.careReviews ?? []) insertCareReview(insert, r, people);
  for (const u of document.careReviewUpdates ?? []) insertCareReviewUpdate(insert, u, people);
}

/** `youngPersonIds` limits the export to some young people's reviews (subject access). */
export function exportCareReviews(db: Db, youngPersonIds?: ReadonlySet<number>): { careReviews: Review[]; careReviewUpdates: Update[] } {
  const personRef = refMap(db, youngPeople);
  const keep = (id: number) => !youngPersonIds || youngPersonIds.has(id);
  return {
    careReviews: db
      .select()
      .from(careReviews)
      .orderBy(asc(careReviews.id))
      .all()
      .filter((r) => keep(r.youngPersonId))
      .map(({ id: _id, externalRef, youngPersonId, ...r }) => compact({ id: externalRef, youngPersonId: personRef.get(youngPersonId)!, ...r }) as Review),
    careReviewUpdates: db
      .select()
      .from(careReviewUpdates)
      .orderBy(asc(careReviewUpdates.id))
      .all()
      .filter((u) => keep(u.youngPersonId))
      .map(({ id: _id, externalRef, youngPersonId, ...u }) => compact({ id: externalRef, youngPersonId: personRef.get(youngPersonId)!, ...u }) as Update),
  };
}
