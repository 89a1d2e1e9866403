/**
 * Care reviews: the calendar, recording the meeting, the coordinator's care-review update
 * (Word and the printable review summary from one set of blocks), and contacts between visits.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../db/open';
import { careReviews, careReviewUpdates, contacts, matches, referrals, visits, volunteers, youngPeople } from '../db/schema';
import type { CalendarEntry, CareReview, CareReviewCalendar, CareReviewUpdate, Contact, ParsedInput } from '../../../shared/contract';
import type { CareReviewRecord, ContactKind, FeedbackFrom, ProfessionalFeedback } from '../../../shared/careReviews/record';
import type { BankHolidays } from '../../../shared/dates';
import { schemeBankHolidays } from './bankHolidays';
import { nextReview, updateWindow, matchInWindow, visitGaps, type NextReview } from '../../../shared/careReviews/schedule';
import { careReviewProblems, careReviewUpdateProblems, contactProblems } from '../../../shared/careReviews/rules';
import { careReviewUpdateContent } from '../../../shared/documents/careReviewUpdate';
import { addDays, addMonths, formatUkDate, startOfWeek } from '../../../shared/dates';
import { fieldErrors, UserError } from '../errors';
import { getCaseSettings } from './settings';
import { prepared } from '../db/statements';
import { ACTIVE_MATCH } from '../db/activeMatch';
import { getScheme } from './scheme';
import { wordDocument } from '../documents/word';
import { documentFileName, initials } from '../documents/fileName';
import { insertedId, storedOrFail } from '../db/write';

type ReviewRow = typeof careReviews.$inferSelect;

function toCareReview(row: ReviewRow): CareReview {
  const { externalRef: _r, professionalFeedback, feedbackFrom, ...rest } = row;
  return { ...rest, professionalFeedback: professionalFeedback as ProfessionalFeedback | null, feedbackFrom: feedbackFrom as FeedbackFrom | null };
}

export function careReviewsOf(db: Db, youngPersonId: number): CareReview[] {
  return db.select().from(careReviews).where(eq(careReviews.youngPersonId, youngPersonId)).orderBy(desc(careReviews.date), desc(careReviews.id)).all().map(toCareReview);
}

/** The young person's next review, from the recorded date or reg 33. */
export function nextReviewOf(person: { nextReviewDate: string | null; lookedAfterDate: string | null }, reviews: { date: string }[], today: string, bankHolidays: BankHolidays): NextReview | null {
  return nextReview(person, reviews.map((r) => r.date), today, bankHolidays);
}

function person(db: Db, id: number) {
  const row = db.select().from(youngPeople).where(eq(youngPeople.id, id)).get();
  if (!row) throw new UserError('not_found', 'That young person could not be found. Their record may have been removed.');
  return { ...row, name: `${row.firstName} ${row.lastName}` };
}

export function saveCareReview(db: Db, { careReviewId, youngPersonId, ...fields }: ParsedInput<'saveCareReview'>, today: string): CareReview {
  const yp = person(db, youngPersonId);
  fieldErrors(careReviewProblems(fields, yp.dateOfBirth, today));
  const record: CareReviewRecord = fields;
  const id = db.transaction((tx) => {
    let reviewId = careReviewId;
    if (reviewId === undefined) {
      reviewId = insertedId(tx.insert(careReviews).values({ ...record, youngPersonId, externalRef: randomUUID() }).run());
    } else {
      const result = tx.update(careReviews).set(record).where(and(eq(careReviews.id, reviewId), eq(careReviews.youngPersonId, youngPersonId))).run();
      if (result.changes === 0) throw new UserError('not_found', 'That care review could not be found.');
    }
    // The next review agreed at the meeting becomes the young person's next review date.
    if (fields.nextReviewDate) tx.update(youngPeople).set({ nextReviewDate: fields.nextReviewDate }).where(eq(youngPeople.id, youngPersonId)).run();
    return reviewId;
  });
  return toCareReview(storedOrFail(db.select().from(careReviews).where(eq(careReviews.id, id)).get(), 'care review'));
}

/**
 * The young people whose reviews the scheme follows: those matched today, or with a recorded
 * review date; with their IV and their latest two reviews' dates. nextReview needs no more:
 * the latest review, and whether one or more of them fell on or after the looked-after date
 * (if the one before the latest is earlier than that date, so is every older one).
 */
function followedPeople(db: Db, today: string) {
  const people = prepared(
    db,
    `WITH active AS (SELECT r.young_person_id AS id, v.first_name || ' ' || v.last_name AS volunteer
        FROM matches m JOIN referrals r ON r.id = m.referral_id JOIN volunteers v ON v.id = m.volunteer_id WHERE ${ACTIVE_MATCH})
      SELECT y.id, y.first_name AS firstName, y.last_name AS lastName, y.next_review_date AS nextReviewDate, y.looked_after_date AS lookedAfterDate,
        (SELECT a.volunteer FROM active a WHERE a.id = y.id) AS volunteerName,
        (SELECT c.date FROM care_reviews c WHERE c.young_person_id = y.id ORDER BY c.date DESC LIMIT 1) AS latestReview,
        (SELECT c.date FROM care_reviews c WHERE c.young_person_id = y.id ORDER BY c.date DESC LIMIT 1 OFFSET 1) AS reviewBefore
      FROM young_people y WHERE y.next_review_date IS NOT NULL OR y.id IN (SELECT id FROM active)`,
  ).all({ today }) as { id: number; firstName: string; lastName: string; nextReviewDate: string | null; lookedAfterDate: string | null; volunteerName: string | null; latestReview: string | null; reviewBefore: string | null }[];
  const holidays = schemeBankHolidays(db);
  return people.map(({ latestReview, reviewBefore, ...p }) => {
    const reviews = [latestReview, reviewBefore].flatMap((date) => (date ? [{ date }] : []));
    return { ...p, name: `${p.firstName} ${p.lastName}`, next: nextReviewOf(p, reviews, today, holidays) };
  });
}

/** Each followed young person's next review with its update's state: what the calendar and Today show. */
export function upcomingReviews(db: Db, today: string) {
  const { reviewUpdateDaysBefore } = getCaseSettings(db);
  const updates = new Map(db.select().from(careReviewUpdates).all().map((u) => [`${u.youngPersonId}/${u.reviewDate}`, u]));
  return followedPeople(db, today).map((p) => {
    if (!p.next) return { person: p, entry: null };
    const u = updates.get(`${p.id}/${p.next.date}`);
    const entry: CalendarEntry = {
      youngPersonId: p.id,
      youngPersonName: p.name,
      reviewDate: p.next.date,
      basis: p.next.basis,
      updateDue: addDays(p.next.date, -reviewUpdateDaysBefore),
      volunteerName: p.volunteerName,
      update: u ? { preparedDate: u.preparedDate, sentDate: u.sentDate } : null,
    };
    return { person: p, entry };
  });
}

export function careReviewCalendar(db: Db, today: string): CareReviewCalendar {
  const from = startOfWeek(today);
  const to = addMonths(today, 3);
  const weeks: CareReviewCalendar['weeks'] = [];
  for (let week = from; week <= to; week = addDays(week, 7)) weeks.push({ weekStart: week, entries: [] });
  const toRecord: CalendarEntry[] = [];
  const notKnown: CareReviewCalendar['notKnown'] = [];
  const byDate = (a: CalendarEntry, b: CalendarEntry) => a.reviewDate.localeCompare(b.reviewDate) || a.youngPersonName.localeCompare(b.youngPersonName);
  for (const { person: p, entry } of upcomingReviews(db, today)) {
    if (!entry) {
      if (p.volunteerName) notKnown.push({ youngPersonId: p.id, youngPersonName: p.name });
      continue;
    }
    if (entry.reviewDate < today) toRecord.push(entry);
    else if (entry.reviewDate <= to) weeks[Math.floor((Date.parse(entry.reviewDate) - Date.parse(from)) / (7 * 86_400_000))]?.entries.push(entry);
  }
  for (const w of weeks) w.entries.sort(byDate);
  return { from, to, weeks, toRecord: toRecord.sort(byDate), notKnown: notKnown.sort((a, b) => a.youngPersonName.localeCompare(b.youngPersonName)) };
}

/** Everything the update for one review holds, read live from the visits and contacts. */
export function careReviewUpdate(db: Db, youngPersonId: number, reviewDate: string, today: string): CareReviewUpdate {
  const yp = person(db, youngPersonId);
  const reviews = careReviewsOf(db, youngPersonId);
  const matchRows = db
    .select({ id: matches.id, startDate: matches.startDate, endDate: matches.endDate, first: volunteers.firstName, last: volunteers.lastName })
    .from(matches)
    .innerJoin(referrals, eq(matches.referralId, referrals.id))
    .innerJoin(volunteers, eq(matches.volunteerId, volunteers.id))
    .where(eq(referrals.youngPersonId, youngPersonId))
    .orderBy(asc(matches.startDate), asc(matches.id))
    .all();
  const window = updateWindow(reviewDate, reviews.map((r) => r.date), matchRows);
  if (!window) throw new UserError('conflict', `${yp.name} had no match with an Independent Visitor in the time this update would cover, so there is nothing to report for the review on ${formatUkDate(reviewDate)}.`);
  const inWindow = matchRows.filter((m) => matchInWindow(m, window));
  const nameOf = new Map(inWindow.map((m) => [m.id, `${m.first} ${m.last}`]));
  const ids = inWindow.map((m) => m.id);
  const inRange = (column: typeof visits.date | typeof contacts.date) => and(gte(column, window.from), lte(column, window.to));
  const visitRows = db.select().from(visits).where(and(inArray(visits.matchId, ids), inRange(visits.date))).orderBy(asc(visits.date), asc(visits.id)).all();
  const contactRows = db.select().from(contacts).where(and(inArray(contacts.matchId, ids), inRange(contacts.date))).orderBy(asc(contacts.date), asc(contacts.id)).all();
  const { visitOverdueWeeks } = getCaseSettings(db);
  const firstStart = inWindow.map((m) => m.startDate!).sort()[0];
  const gapStart = firstStart > window.from ? firstStart : window.from;
  const gapEnd = window.to < today ? window.to : today;
  const draftRow = db.select().from(careReviewUpdates).where(and(eq(careReviewUpdates.youngPersonId, youngPersonId), eq(careReviewUpdates.reviewDate, reviewDate))).get();
  const { externalRef: _r, id: _id, youngPersonId: _y, ...draft } = draftRow ?? ({} as NonNullable<typeof draftRow>);
  const data: Omit<CareReviewUpdate, 'content'> = {
    youngPersonId,
    youngPersonName: yp.name,
    dateOfBirth: yp.dateOfBirth,
    reviewDate,
    window,
    matches: inWindow.map((m) => ({ id: m.id, volunteerName: nameOf.get(m.id)!, startDate: m.startDate!, endDate: m.endDate })),
    visits: visitRows.map((v) => ({ date: v.date, activity: v.activity, durationMinutes: v.durationMinutes, volunteerName: nameOf.get(v.matchId)! })),
    gaps: gapStart <= gapEnd ? visitGaps(gapStart, gapEnd, visitRows.map((v) => v.date), visitOverdueWeeks * 7) : [],
    contacts: contactRows.map((c) => ({ date: c.date, kind: c.kind as ContactKind, withWhom: c.withWhom, note: c.note, volunteerName: nameOf.get(c.matchId)! })),
    previousReview: reviews.find((r) => r.date < reviewDate) ?? null,
    draft: draftRow ? draft : null,
  };
  return { ...data, content: careReviewUpdateContent({ ...data, schemeName: getScheme(db).name, printedDate: today, visitOverdueWeeks }) };
}

export function saveCareReviewUpdate(db: Db, { youngPersonId, reviewDate, ...fields }: ParsedInput<'saveCareReviewUpdate'>, today: string): CareReviewUpdate {
  // Refuses, before writing, an update for a time with no match.
  careReviewUpdate(db, youngPersonId, reviewDate, today);
  const key = and(eq(careReviewUpdates.youngPersonId, youngPersonId), eq(careReviewUpdates.reviewDate, reviewDate));
  db.transaction((tx) => {
    const existing = tx.select({ id: careReviewUpdates.id }).from(careReviewUpdates).where(key).get();
    if (existing) tx.update(careReviewUpdates).set({ ...fields, preparedDate: today }).where(eq(careReviewUpdates.id, existing.id)).run();
    else tx.insert(careReviewUpdates).values({ ...fields, youngPersonId, reviewDate, preparedDate: today, externalRef: randomUUID() }).run();
  });
  return careReviewUpdate(db, youngPersonId, reviewDate, today);
}

export function markCareReviewUpdateSent(db: Db, { youngPersonId, reviewDate, sentDate }: ParsedInput<'markCareReviewUpdateSent'>, today: string): CareReviewUpdate {
  const key = and(eq(careReviewUpdates.youngPersonId, youngPersonId), eq(careReviewUpdates.reviewDate, reviewDate));
  const draft = db.select().from(careReviewUpdates).where(key).get();
  if (!draft) throw new UserError('conflict', 'Save the update before marking it sent.');
  fieldErrors({ sentDate: careReviewUpdateProblems({ ...draft, sentDate }, today).sentDate ?? null });
  db.update(careReviewUpdates).set({ sentDate }).where(eq(careReviewUpdates.id, draft.id)).run();
  return careReviewUpdate(db, youngPersonId, reviewDate, today);
}

export async function careReviewUpdateDocument(db: Db, youngPersonId: number, reviewDate: string, today: string) {
  const update = careReviewUpdate(db, youngPersonId, reviewDate, today);
  const docx = await wordDocument(update.content);
  // Initials, not the name: file names show up in folders and recent-file lists.
  return { fileName: documentFileName('Care review update', initials(person(db, youngPersonId)), reviewDate), base64: docx.toString('base64') };
}

export function contactsOf(db: Db, matchId: number): Contact[] {
  return db
    .select()
    .from(contacts)
    .where(eq(contacts.matchId, matchId))
    .orderBy(asc(contacts.date), asc(contacts.id))
    .all()
    .map(({ externalRef: _r, kind, ...c }) => ({ ...c, kind: kind as ContactKind }));
}

export function logContact(db: Db, { matchId, ...contact }: ParsedInput<'logContact'>, today: string): Contact {
  const match = db.select({ startDate: matches.startDate, endDate: matches.endDate }).from(matches).where(eq(matches.id, matchId)).get();
  if (!match) throw new UserError('not_found', 'That match could not be found.');
  fieldErrors(contactProblems(contact, match, today));
  const id = insertedId(db.insert(contacts).values({ ...contact, matchId, externalRef: randomUUID() }).run());
  return storedOrFail(contactsOf(db, matchId).find((c) => c.id === id), 'contact');
}

