import { asc } from 'drizzle-orm';
import type { Db } from '../db/open';
import { scheme, volunteers, youngPeople } from '../db/schema';
import { getScheme } from '../services/scheme';
import { FORMAT, type InterchangeDocument } from '../../../shared/interchange/format';

import { compact } from './compact';
import { loadVolunteers } from '../services/volunteerRecords';
import { getRecruitmentSettings } from '../services/recruitmentSettings';
import { volunteerToInterchange } from './volunteers';
import { eq } from 'drizzle-orm';

function externalRefs(db: Db, table: typeof volunteers | typeof youngPeople): Map<number, string> {
  return new Map(db.select({ id: table.id, ref: table.externalRef }).from(table).all().map((r) => [r.id, r.ref]));
}

/** Recruitment settings are exported only once the coordinator has changed them from the defaults. */
function storedRecruitmentSettings(db: Db) {
  const row = db.select({ json: scheme.recruitmentSettings }).from(scheme).where(eq(scheme.id, 1)).get();
  return row?.json ? getRecruitmentSettings(db) : null;
}

export function exportDocument(db: Db, now: Date = new Date()): InterchangeDocument {
  return {
    format: FORMAT,
    exportedAt: now.toISOString(),
    scheme: compact({ ...getScheme(db), recruitmentSettings: storedRecruitmentSettings(db) }),
    volunteers: (() => {
      const refs = externalRefs(db, volunteers);
      return loadVolunteers(db).map((v) => volunteerToInterchange(v, refs.get(v.id)!));
    })(),
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
