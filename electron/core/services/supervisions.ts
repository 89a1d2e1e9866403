/**
 * Supervisions of volunteers: one-to-one and group records, the open actions that come
 * back next time, and the schedule that drives the Supervisions screen and Today.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { matches, referrals, supervisions, volunteers, youngPeople } from '../db/schema';
import type { DiscussableMatch, ParsedInput, Supervision, SupervisionDue, SupervisionForm, SupervisionSummary, SupervisionsView } from '../../../shared/contract';
import { type SupervisionAction, type SupervisionKind, type YesNoUnsure } from '../../../shared/supervision/record';
import { supervisionSchedule, type LastSupervision } from '../../../shared/supervision/schedule';
import { urgencyOf } from '../../../shared/today';
import { addDays, formatUkDate } from '../../../shared/dates';
import { documentFileName, initials } from '../documents/fileName';
import { wordDocument } from '../documents/word';
import { getScheme } from './scheme';
import { supervisionRecordContent } from '../../../shared/documents/supervisionRecord';
import type { DocumentContent } from '../../../shared/documents/blocks';
import { fieldErrors, UserError } from '../errors';
import { getCaseSettings } from './settings';
import { prepared } from '../db/statements';
import { ACTIVE_MATCH } from '../db/activeMatch';
import { inactivePeriodsOf } from './volunteerRecords';
import { supervisionProblems, type SupervisionFields } from '../../../shared/supervision/rules';
import { notInFutureProblem } from '../../../shared/people';
import { insertedId } from '../db/write';
import { idsFromJson } from './jsonList';

type Row = typeof supervisions.$inferSelect;

function actionsFromJson(json: string): SupervisionAction[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as SupervisionAction[]) : [];
  } catch {
    return [];
  }
}

function toSupervision(row: Row, volunteerName: string): Supervision {
  return {
    id: row.id,
    volunteerId: row.volunteerId,
    volunteerName,
    groupRef: row.groupRef,
    date: row.date,
    kind: row.kind as SupervisionKind | null,
    matchesDiscussed: idsFromJson(row.matchesDiscussed),
    relationships: row.relationships,
    feedbackPassedOn: row.feedbackPassedOn,
    boundaries: row.boundaries,
    wellbeing: row.wellbeing,
    expenses: row.expenses,
    trainingNeeds: row.trainingNeeds,
    renewals: row.renewals,
    topics: row.topics,
    concerns: row.concerns,
    positiveImpact: row.positiveImpact as YesNoUnsure | null,
    enjoying: row.enjoying as YesNoUnsure | null,
    actionItems: actionsFromJson(row.actionItems),
    actions: row.actions,
    nextDueDate: row.nextDueDate,
  };
}

function volunteerRow(db: Db, id: number) {
  const row = db.select({ id: volunteers.id, firstName: volunteers.firstName, lastName: volunteers.lastName, approvedDate: volunteers.approvedDate, leftDate: volunteers.leftDate }).from(volunteers).where(eq(volunteers.id, id)).get();
  if (!row) throw new UserError('not_found', 'That volunteer could not be found.');
  return { ...row, name: `${row.firstName} ${row.lastName}` };
}

export function getSupervision(db: Db, id: number): Supervision {
  const row = db.select({ s: supervisions, first: volunteers.firstName, last: volunteers.lastName }).from(supervisions).innerJoin(volunteers, eq(supervisions.volunteerId, volunteers.id)).where(eq(supervisions.id, id)).get();
  if (!row) throw new UserError('not_found', 'That supervision could not be found.');
  return toSupervision(row.s, `${row.first} ${row.last}`);
}

/** The volunteer's matches that have started, the young person by initials only. */
export function discussableMatches(db: Db, volunteerId: number, today: string): DiscussableMatch[] {
  return db
    .select({ id: matches.id, startDate: matches.startDate, endDate: matches.endDate, first: youngPeople.firstName, last: youngPeople.lastName })
    .from(matches)
    .innerJoin(referrals, eq(matches.referralId, referrals.id))
    .innerJoin(youngPeople, eq(referrals.youngPersonId, youngPeople.id))
    .where(and(eq(matches.volunteerId, volunteerId), sql`${matches.startDate} IS NOT NULL`))
    .orderBy(desc(matches.startDate), asc(matches.id))
    .all()
    .map((m) => ({
      id: m.id,
      label: `${initials({ firstName: m.first, lastName: m.last })} (matched from ${formatUkDate(m.startDate)}${m.endDate ? `, ended ${formatUkDate(m.endDate)}` : ''})`,
      current: !m.endDate || m.endDate > today,
    }));
}

/** The latest supervision before a date (and not the one being edited). */
function previousSupervision(db: Db, volunteerId: number, before: string, except?: number): Row | undefined {
  return db
    .select()
    .from(supervisions)
    .where(and(eq(supervisions.volunteerId, volunteerId), lt(supervisions.date, before), except ? ne(supervisions.id, except) : undefined))
    .orderBy(desc(supervisions.date), desc(supervisions.id))
    .limit(1)
    .get();
}

/**
 * Each covered volunteer's schedule, read only for the volunteers with a match running
 * today (the schedule covers no one else): one query for them with their first match and
 * latest supervision, one for their inactive periods.
 */
export function supervisionsDue(db: Db, today: string, volunteerId?: number): SupervisionDue[] {
  const { supervisionWeeks, supervisionNoticeDays } = getCaseSettings(db);
  const horizon = addDays(today, supervisionNoticeDays);
  const people = prepared(
    db,
    `SELECT v.id, v.first_name || ' ' || v.last_name AS name, v.approved_date AS approvedDate, v.left_date AS leftDate,
        (SELECT min(m.start_date) FROM matches m WHERE m.volunteer_id = v.id AND m.start_date <= @today) AS firstStart,
        s.date AS lastDate, s.next_due_date AS nextDueDate
      FROM volunteers v
        LEFT JOIN supervisions s ON s.id = (SELECT x.id FROM supervisions x WHERE x.volunteer_id = v.id AND x.date <= @today ORDER BY x.date DESC, x.id LIMIT 1)
      WHERE v.id IN (SELECT m.volunteer_id FROM matches m WHERE ${ACTIVE_MATCH} AND coalesce(m.volunteer_id = @one, 1))`,
  ).all({ today, one: volunteerId ?? null }) as { id: number; name: string; approvedDate: string | null; leftDate: string | null; firstStart: string; lastDate: string | null; nextDueDate: string | null }[];
  const periods = inactivePeriodsOf(db, people.map((v) => v.id));
  const due: SupervisionDue[] = [];
  for (const v of people) {
    const last: LastSupervision | null = v.lastDate ? { date: v.lastDate, nextDueDate: v.nextDueDate } : null;
    const schedule = supervisionSchedule({ ...v, inactivePeriods: periods(v.id) }, v.firstStart, true, last, supervisionWeeks, today);
    if (!schedule) continue;
    due.push({
      volunteerId: v.id,
      volunteerName: v.name,
      lastDate: v.lastDate,
      dueDate: schedule.dueDate,
      basis: schedule.basis,
      urgency: schedule.dueDate ? urgencyOf(schedule.dueDate, today, horizon) : null,
    });
  }
  const rank = (d: SupervisionDue) => (d.urgency === 'overdue' ? 0 : d.urgency === 'due_soon' ? 1 : d.dueDate ? 2 : 3);
  return due.sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.volunteerName.localeCompare(b.volunteerName));
}

const PAGE_SIZE = 50;

export function supervisionHistory(db: Db, volunteerId: number | undefined, page: number, pageSize = PAGE_SIZE) {
  const where = volunteerId ? eq(supervisions.volunteerId, volunteerId) : undefined;
  const total = db.select({ n: count() }).from(supervisions).where(where).get()?.n ?? 0;
  const rows: SupervisionSummary[] = db
    .select({ s: supervisions, first: volunteers.firstName, last: volunteers.lastName })
    .from(supervisions)
    .innerJoin(volunteers, eq(supervisions.volunteerId, volunteers.id))
    .where(where)
    .orderBy(desc(supervisions.date), desc(supervisions.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
    .map(({ s, first, last }) => ({
      id: s.id,
      volunteerId: s.volunteerId,
      volunteerName: `${first} ${last}`,
      date: s.date,
      kind: s.kind as SupervisionKind | null,
      positiveImpact: s.positiveImpact as YesNoUnsure | null,
      enjoying: s.enjoying as YesNoUnsure | null,
      openActions: actionsFromJson(s.actionItems).filter((a) => a.status === 'open').length,
      nextDueDate: s.nextDueDate,
    }));
  return { rows, total, page, pageSize };
}

export function supervisionsView(db: Db, { volunteerId, page }: ParsedInput<'supervisionsView'>, today: string): SupervisionsView {
  return { volunteerName: volunteerId === undefined ? null : volunteerRow(db, volunteerId).name, due: supervisionsDue(db, today, volunteerId), history: supervisionHistory(db, volunteerId, page) };
}

export function supervisionForm(db: Db, input: ParsedInput<'supervisionForm'>, today: string): SupervisionForm {
  const supervision = input.supervisionId ? getSupervision(db, input.supervisionId) : null;
  const volunteerId = input.volunteerId ?? supervision!.volunteerId;
  const volunteer = volunteerRow(db, volunteerId);
  if (supervision && supervision.volunteerId !== volunteerId) throw new UserError('not_found', 'That supervision could not be found.');
  const previous = supervision ? null : previousSupervision(db, volunteerId, addDays(today, 1));
  const { supervisionWeeks } = getCaseSettings(db);
  return {
    volunteerId,
    volunteerName: volunteer.name,
    approvedDate: volunteer.approvedDate,
    leftDate: volunteer.leftDate,
    matches: discussableMatches(db, volunteerId, today),
    previous: previous
      ? {
          id: previous.id,
          date: previous.date,
          openActions: actionsFromJson(previous.actionItems)
            .map((a, index) => ({ index, action: a.action, who: a.who, byWhen: a.byWhen, status: a.status }))
            .filter((a) => a.status === 'open')
            .map(({ status: _s, ...a }) => a),
        }
      : null,
    suggestedNextDue: addDays(today, supervisionWeeks * 7),
    supervision,
  };
}

export function saveSupervision(db: Db, { supervisionId, volunteerId, previousActions, ...fields }: ParsedInput<'saveSupervision'>, today: string): Supervision {
  const volunteer = volunteerRow(db, volunteerId);
  const existing = supervisionId ? getSupervision(db, supervisionId) : null;
  if (existing && existing.volunteerId !== volunteerId) throw new UserError('not_found', 'That supervision could not be found.');
  const ownMatches = new Set(discussableMatches(db, volunteerId, today).map((m) => m.id));
  fieldErrors(supervisionProblems({ ...fields, actions: existing?.actions ?? null }, { volunteerName: volunteer.name, approvedDate: volunteer.approvedDate, leftDate: volunteer.leftDate, ownMatches }, today));
  // Open actions of the previous supervision come back: carried forward (copied here) or closed there.
  const previous = existing ? undefined : previousSupervision(db, volunteerId, addDays(fields.date, 1));
  const previousItems = previous ? actionsFromJson(previous.actionItems) : [];
  for (const p of previousActions) {
    if (previousItems[p.index]?.status !== 'open') fieldErrors({ previousActions: 'An action from the last supervision has changed since this form opened: open the form again' });
  }
  const carried = previousActions.filter((p) => p.outcome === 'carry_forward').map((p) => ({ ...previousItems[p.index], status: 'open' as const }));
  const values = { ...fields, actionItems: JSON.stringify([...carried, ...fields.actionItems]), matchesDiscussed: JSON.stringify(fields.matchesDiscussed) };
  const id = db.transaction((tx) => {
    if (previous && previousActions.length) {
      const updated = previousItems.map((a, i) => {
        const choice = previousActions.find((p) => p.index === i);
        return choice ? { ...a, status: choice.outcome === 'done' ? ('done' as const) : ('carried_forward' as const) } : a;
      });
      tx.update(supervisions).set({ actionItems: JSON.stringify(updated) }).where(eq(supervisions.id, previous.id)).run();
    }
    if (existing) {
      tx.update(supervisions).set(values).where(eq(supervisions.id, existing.id)).run();
      return existing.id;
    }
    return insertedId(tx.insert(supervisions).values({ ...values, volunteerId, externalRef: randomUUID() }).run());
  });
  return getSupervision(db, id);
}

/** One group session: a supervision for each volunteer who attended, each open to its own notes afterwards. */
export function recordGroupSupervision(db: Db, { date, topics, volunteerIds }: ParsedInput<'recordGroupSupervision'>, today: string): { ids: number[] } {
  const unique = [...new Set(volunteerIds)];
  const people = db.select({ id: volunteers.id, firstName: volunteers.firstName, lastName: volunteers.lastName, approvedDate: volunteers.approvedDate, leftDate: volunteers.leftDate }).from(volunteers).where(inArray(volunteers.id, unique)).all();
  if (people.length !== unique.length) throw new UserError('not_found', 'One of the volunteers chosen could not be found.');
  fieldErrors({ date: notInFutureProblem(date, 'The date of the session', today) });
  const none = { relationships: null, feedbackPassedOn: null, boundaries: null, wellbeing: null, expenses: null, trainingNeeds: null, renewals: null, concerns: null };
  const record: SupervisionFields<number> = { ...none, date, topics, nextDueDate: null, actions: null, matchesDiscussed: [], actionItems: [] };
  for (const p of people) {
    const context = { volunteerName: `${p.firstName} ${p.lastName}`, approvedDate: p.approvedDate, leftDate: p.leftDate, ownMatches: new Set<number>() };
    fieldErrors({ volunteerIds: supervisionProblems(record, context, today).date ?? null });
  }
  const groupRef = randomUUID();
  db.transaction((tx) => {
    for (const volunteerId of unique) tx.insert(supervisions).values({ externalRef: randomUUID(), volunteerId, date, kind: 'group', groupRef, topics }).run();
  });
  const ids = db.select({ id: supervisions.id }).from(supervisions).where(eq(supervisions.groupRef, groupRef)).orderBy(asc(supervisions.id)).all().map((r) => r.id);
  if (ids.length !== unique.length) throw new UserError('internal', 'The group session was not saved. Please try again.');
  return { ids };
}

function recordContent(db: Db, supervision: Supervision, today: string): DocumentContent {
  const matchLabels = discussableMatches(db, supervision.volunteerId, today)
    .filter((m) => supervision.matchesDiscussed.includes(m.id))
    .map((m) => m.label);
  return supervisionRecordContent({ schemeName: getScheme(db).name, supervision, matchLabels, printedDate: today });
}

/** The record as blocks: the printable page and the Word file are both made from these. */
export function supervisionRecord(db: Db, id: number, today: string): DocumentContent {
  return recordContent(db, getSupervision(db, id), today);
}

export async function supervisionRecordDocument(db: Db, id: number, today: string) {
  const supervision = getSupervision(db, id);
  const volunteer = volunteerRow(db, supervision.volunteerId);
  const docx = await wordDocument(recordContent(db, supervision, today));
  // Initials, not the name: file names show up in folders and recent-file lists.
  return { fileName: documentFileName('Supervision record', initials(volunteer), supervision.date), base64: docx.toString('base64') };
}
