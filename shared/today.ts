/** An item on the Today screen: something due or overdue, and where to act on it. */
export type Urgency = 'overdue' | 'due_soon';

/** The records a snooze or dismissal is shown on. */
export type DecisionRecordKind = 'volunteer' | 'young_person' | 'match';

export interface TodayItem {
  /** Stable across days for the same thing to do (see itemKey): what a snooze or dismissal is stored against. */
  key: string;
  kind: string;
  urgency: Urgency;
  dueDate: string;
  /** Who or what it is about, e.g. the volunteer's name. */
  subject: string;
  message: string;
  /** The app route to act on it, e.g. /volunteers/12. */
  link: string;
  /** The record whose page shows a snooze or dismissal; null for items that cannot be put off (safeguarding, backups). */
  record: { kind: DecisionRecordKind; id: number } | null;
}

const TABLES: Record<DecisionRecordKind, string> = { volunteer: 'volunteers', young_person: 'young_people', match: 'matches' };

/**
 * `visit_overdue:matches:12`, `reference_outstanding:volunteers:4:31`: the kind, the
 * table and id of the record, and what within it (a reference's id, a review's date)
 * when one record can owe the same kind of thing more than once.
 */
export function itemKey(kind: string, record: { kind: DecisionRecordKind; id: number }, detail?: string | number): string {
  return [kind, TABLES[record.kind], record.id, ...(detail === undefined ? [] : [detail])].join(':');
}

/** An item about a record, with its key: what every reminder rule builds. */
export function recordItem(fields: Omit<TodayItem, 'key' | 'record'>, record: { kind: DecisionRecordKind; id: number }, detail?: string | number): TodayItem {
  return { ...fields, key: itemKey(fields.kind, record, detail), record };
}

export function urgencyOf(dueDate: string, today: string, dueSoonUntil: string): Urgency | null {
  if (dueDate <= today) return 'overdue';
  if (dueDate <= dueSoonUntil) return 'due_soon';
  return null;
}

/** Most overdue first (the earliest due date), then by subject, so the list reads the same every time. */
export function sortTodayItems(items: TodayItem[]): TodayItem[] {
  return [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.subject.localeCompare(b.subject) || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
}
