import { asc } from 'drizzle-orm';
import type { Db } from '../db/open';
import { volunteers, youngPeople } from '../db/schema';
import { getScheme } from '../services/scheme';
import { FORMAT, type InterchangeDocument } from '../../../shared/interchange/format';

/** Drops null fields: the format treats absent and null alike, and absent is shorter. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined)) as T;
}

export function exportDocument(db: Db, now: Date = new Date()): InterchangeDocument {
  return {
    format: FORMAT,
    exportedAt: now.toISOString(),
    scheme: compact(getScheme(db)),
    volunteers: db
      .select()
      .from(volunteers)
      .orderBy(asc(volunteers.id))
      .all()
      .map(({ id: _id, externalRef, ...rest }) => compact({ id: externalRef, ...rest })),
    youngPeople: db
      .select()
      .from(youngPeople)
      .orderBy(asc(youngPeople.id))
      .all()
      .map(({ id: _id, externalRef, ...rest }) => compact({ id: externalRef, ...rest })),
  };
}

export function exportFileName(schemeName: string, today: string): string {
  const safe = schemeName.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'scheme';
  return `iv-desk-${safe}-${today}.json`;
}
