/**
 * Snoozes and dismissals on Today between the interchange format and the database. The
 * database keys each by its item ("reference_outstanding:volunteers:4:31"), which holds
 * database ids; the file names the record by its file id instead, a reference by its
 * place in the volunteer's references and a care review by its date, and import builds
 * the key again from the new ids.
 */
import { asc } from 'drizzle-orm';
import type { Db } from '../db/open';
import { matches, todayDecisions, volunteerReferences, volunteers, youngPeople } from '../db/schema';
import { REFERENCES, type RecordOf } from '../../../shared/interchange/format';
import { itemKey, type DecisionRecordKind } from '../../../shared/today';
import { canDismiss } from '../../../shared/today/decisions';
import { keyDetail, PUT_OFF_KINDS, type PutOffKind } from '../../../shared/today/putOffKinds';
import type { Problems } from '../../../shared/problems';
import { compact, n } from './compact';
import { refMap } from './refs';
import type { Ids } from './cases';
import type { Insert } from './inserter';

type Item = RecordOf<'todayDecisions'>;
const RECORD_FIELD = { volunteer: 'volunteerId', young_person: 'youngPersonId', match: 'matchId' } as const satisfies Record<DecisionRecordKind, keyof Item>;

/** The kind of item decides the record it is about, and what else names it; `referenceCount` is how many references the file gives its volunteer. */
export function todayDecisionProblemsOf(d: Item, referenceCount: number): Problems {
  const wanted = RECORD_FIELD[PUT_OFF_KINDS[d.item].record];
  const problems: Problems = {};
  for (const field of Object.values(RECORD_FIELD)) {
    if (field === wanted && !d[field]) problems[field] = `A "${d.item}" item is about a record in ${REFERENCES.todayDecisions![wanted]}: give its id`;
    if (field !== wanted && d[field]) problems[field] = `A "${d.item}" item is not about a record of this kind`;
  }
  if (d.item === 'reference_outstanding') {
    if (!d.reference) problems.reference = 'Give which of the volunteer’s references it is, counting from 1';
    else if (d.reference > referenceCount) problems.reference = `The volunteer has ${referenceCount} reference${referenceCount === 1 ? '' : 's'} in the file`;
  } else if (d.reference) problems.reference = 'Only a reference to chase names a reference';
  if (d.item === 'care_review' && !d.reviewDate) problems.reviewDate = 'Give the date of the care review';
  if (d.item !== 'care_review' && d.reviewDate) problems.reviewDate = 'Only a care-review update names a review date';
  if (d.action === 'snoozed' && !d.untilDate) problems.untilDate = 'A snooze needs the date it ends';
  if (d.action === 'dismissed' && d.untilDate) problems.untilDate = 'A dismissal has no end date';
  if (d.action === 'dismissed' && !canDismiss({ kind: d.item, record: { kind: PUT_OFF_KINDS[d.item].record, id: 0 } })) problems.action = `A "${d.item}" item can only be snoozed, not dismissed`;
  return problems;
}

/** How many references the file gives a volunteer. */
export const referenceCountOf = (v: RecordOf<'volunteers'> | undefined): number => (v?.references ?? []).length;

/** Writes one decision at a time, its item's key built from the records' new ids. */
export function todayDecisionWriter(db: Db, insert: Insert, ids: { volunteers: Ids; youngPeople: Ids; matches: Ids }): (d: Item) => void {
  const referenceIds = db.$client.prepare('SELECT id FROM volunteer_references WHERE volunteer_id = ? ORDER BY id').pluck();
  return (d) => {
    const recordKind = PUT_OFF_KINDS[d.item].record;
    const recordId = recordKind === 'volunteer' ? ids.volunteers.get(d.volunteerId!)! : recordKind === 'young_person' ? ids.youngPeople.get(d.youngPersonId!)! : ids.matches.get(d.matchId!)!;
    const detail = d.reference ? (referenceIds.all(recordId) as number[])[d.reference - 1] : (d.reviewDate ?? undefined);
    insert(todayDecisions, {
      itemKey: itemKey(d.item, { kind: recordKind, id: recordId }, detail),
      recordKind,
      recordId,
      action: d.action,
      untilDate: n(d.untilDate),
      reason: d.reason,
      decidedAt: d.decidedAt,
    });
  };
}

/**
 * The decisions in the order they were made; `keep` limits them to some records (a
 * person's subject-access export). A decision on a record that no longer exists, or on a
 * reference since removed, hides nothing and is left out.
 */
export function exportTodayDecisions(db: Db, keep: (recordKind: DecisionRecordKind, recordId: number) => boolean = () => true): Item[] {
  const refs: Record<DecisionRecordKind, Map<number, string>> = { volunteer: refMap(db, volunteers), young_person: refMap(db, youngPeople), match: refMap(db, matches) };
  const rows = db.select().from(todayDecisions).orderBy(asc(todayDecisions.id)).all();
  const referencesOf = new Map<number, number[]>();
  if (rows.some((r) => r.itemKey.startsWith('reference_outstanding:'))) {
    for (const r of db.select().from(volunteerReferences).orderBy(asc(volunteerReferences.id)).all()) referencesOf.set(r.volunteerId, [...(referencesOf.get(r.volunteerId) ?? []), r.id]);
  }
  const kept: Item[] = [];
  for (const row of rows) {
    const kind = row.itemKey.split(':')[0] as PutOffKind;
    const recordKind = row.recordKind as DecisionRecordKind;
    const recordRef = refs[recordKind]?.get(row.recordId);
    if (!(kind in PUT_OFF_KINDS) || !recordRef || !keep(recordKind, row.recordId)) continue;
    const detail = keyDetail(row.itemKey);
    let reference: number | null = null;
    if (kind === 'reference_outstanding') {
      reference = (referencesOf.get(row.recordId) ?? []).findIndex((id) => String(id) === detail) + 1;
      if (reference === 0) continue;
    }
    kept.push(
      compact({
        id: `decision-${kept.length + 1}`,
        item: kind,
        [RECORD_FIELD[recordKind]]: recordRef,
        reference,
        reviewDate: kind === 'care_review' ? detail : null,
        action: row.action,
        untilDate: row.untilDate,
        reason: row.reason,
        decidedAt: row.decidedAt,
      }) as Item,
    );
  }
  return kept;
}
