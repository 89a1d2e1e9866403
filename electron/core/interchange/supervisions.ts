/** Supervisions between the interchange format and the database, and the rules an imported one must meet. */
import { asc } from 'drizzle-orm';
import type { Db } from '../db/open';
import { supervisions, volunteers, matches } from '../db/schema';
import type { RecordOf } from '../../../shared/interchange/format';
import { supervisionProblems } from '../../../shared/supervision/rules';
import type { SupervisionAction } from '../../../shared/supervision/record';
import { formatUkDate } from '../../../shared/dates';
import type { Problems } from '../../../shared/problems';
import { compact, n } from './compact';
import { refMap } from './refs';
import type { Ids } from './cases';
import type { Insert } from './inserter';

type Item = RecordOf<'supervisions'>;
type Doc = { volunteers?: RecordOf<'volunteers'>[]; matches?: RecordOf<'matches'>[]; supervisions?: Item[] };

function fields(s: Item) {
  return {
    date: s.date,
    relationships: n(s.relationships),
    feedbackPassedOn: n(s.feedbackPassedOn),
    boundaries: n(s.boundaries),
    wellbeing: n(s.wellbeing),
    expenses: n(s.expenses),
    trainingNeeds: n(s.trainingNeeds),
    renewals: n(s.renewals),
    topics: n(s.topics),
    concerns: n(s.concerns),
    actions: n(s.actions),
    nextDueDate: n(s.nextDueDate),
  };
}

const actionItems = (s: Item): SupervisionAction[] => (s.actionItems ?? []).map((a) => ({ action: a.action, who: n(a.who), byWhen: n(a.byWhen), status: a.status ?? 'open' }));

/**
 * The form's rules for one supervision, and the records of one group session held on one
 * day: `groupDates` holds each session's date as its first record gave it, and learns it
 * from this one when it is the first.
 */
export function supervisionProblemsOf(s: Item, v: RecordOf<'volunteers'>, ownMatches: ReadonlySet<string>, groupDates: Map<string, string>, today: string): Problems {
  const problems = supervisionProblems(
    { ...fields(s), matchesDiscussed: s.matchesDiscussed ?? [], actionItems: actionItems(s) },
    { volunteerName: `${v.firstName} ${v.lastName}`.trim(), approvedDate: n(v.approvedDate), leftDate: n(v.leftDate), ownMatches },
    today,
  );
  if (s.groupId && !groupDates.has(s.groupId)) groupDates.set(s.groupId, s.date);
  const first = s.groupId ? groupDates.get(s.groupId)! : s.date;
  if (first !== s.date) problems.groupId ??= `The records of one group session share its date (${formatUkDate(first)})`;
  if (s.groupId && s.kind && s.kind !== 'group') problems.kind ??= 'A record of a group session is of the kind "group"';
  return problems;
}

/** The form's rules for each supervision of a document. */
export function supervisionProblemsForImport(document: Doc, today: string): Problems[] {
  const volunteer = new Map((document.volunteers ?? []).map((v) => [v.id, v]));
  const matchesOf = new Map<string, Set<string>>();
  for (const m of document.matches ?? []) matchesOf.set(m.volunteerId, (matchesOf.get(m.volunteerId) ?? new Set()).add(m.id));
  const groupDates = new Map<string, string>();
  return (document.supervisions ?? []).map((s) => supervisionProblemsOf(s, volunteer.get(s.volunteerId)!, matchesOf.get(s.volunteerId) ?? new Set<string>(), groupDates, today));
}

export function insertSupervision(insert: Insert, s: Item, volunteerIds: Ids, matchIds: Ids): void {
  insert(supervisions, {
    externalRef: s.id,
    volunteerId: volunteerIds.get(s.volunteerId)!,
    ...fields(s),
    kind: n(s.kind),
    groupRef: n(s.groupId),
    matchesDiscussed: JSON.stringify((s.matchesDiscussed ?? []).map((m) => matchIds.get(m)!)),
    positiveImpact: n(s.positiveImpact),
    enjoying: n(s.enjoying),
    actionItems: JSON.stringify(actionItems(s)),
  });
}

export function insertSupervisions(insert: Insert, items: Item[], volunteerIds: Ids, matchIds: Ids): void {
  for (const s of items) insertSupervision(insert, s, volunteerIds, matchIds);
}

function jsonArray(text: string): unknown[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** `volunteerIds` limits the export to some volunteers' supervisions (subject access). */
export function exportSupervisions(db: Db, volunteerIds?: ReadonlySet<number>): Item[] {
  const volunteerRef = refMap(db, volunteers);
  const matchRef = refMap(db, matches);
  return db
    .select()
    .from(supervisions)
    .orderBy(asc(supervisions.id))
    .all()
    .filter((s) => !volunteerIds || volunteerIds.has(s.volunteerId))
    .map((s) =>
      compact({
        id: s.externalRef,
        volunteerId: volunteerRef.get(s.volunteerId)!,
        date: s.date,
        positiveImpact: s.positiveImpact as Item['positiveImpact'],
        enjoying: s.enjoying as Item['enjoying'],
        topics: s.topics,
        concerns: s.concerns,
        actions: s.actions,
        nextDueDate: s.nextDueDate,
        kind: s.kind as Item['kind'],
        groupId: s.groupRef,
        matchesDiscussed: jsonArray(s.matchesDiscussed).flatMap((id) => (typeof id === 'number' && matchRef.has(id) ? [matchRef.get(id)!] : [])),
        relationships: s.relationships,
        feedbackPassedOn: s.feedbackPassedOn,
        boundaries: s.boundaries,
        wellbeing: s.wellbeing,
        expenses: s.expenses,
        trainingNeeds: s.trainingNeeds,
        renewals: s.renewals,
        actionItems: (jsonArray(s.actionItems) as SupervisionAction[]).map((a) => compact(a)),
      }),
    );
}
