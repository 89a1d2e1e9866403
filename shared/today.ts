/** An item on the Today screen: something due or overdue, and where to act on it. */
export type Urgency = 'overdue' | 'due_soon';

export interface TodayItem {
  kind: string;
  urgency: Urgency;
  dueDate: string;
  /** Who or what it is about, e.g. the volunteer's name. */
  subject: string;
  message: string;
  /** The app route to act on it, e.g. /volunteers/12. */
  link: string;
}

export function urgencyOf(dueDate: string, today: string, dueSoonUntil: string): Urgency | null {
  if (dueDate <= today) return 'overdue';
  if (dueDate <= dueSoonUntil) return 'due_soon';
  return null;
}

/** Overdue first, then by due date, then by subject, so the list reads the same every time. */
export function sortTodayItems(items: TodayItem[]): TodayItem[] {
  const rank = (u: Urgency) => (u === 'overdue' ? 0 : 1);
  return [...items].sort(
    (a, b) => rank(a.urgency) - rank(b.urgency) || a.dueDate.localeCompare(b.dueDate) || a.subject.localeCompare(b.subject) || a.kind.localeCompare(b.kind),
  );
}
