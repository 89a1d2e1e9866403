/**
 * A spreadsheet import written all or nothing, after a backup; each record it added
 * listed, so the import can be undone as a whole while nothing has touched its records
 * since; and the mapping kept for the next file with the same headers.
 */
import { desc, eq } from 'drizzle-orm';
import { getTableName } from 'drizzle-orm';
import type { Db } from '../db/open';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { sheetImports, sheetImportRecords, sheetMappings, volunteers, youngPeople, matches, visits, supervisions, careReviews } from '../db/schema';
import { insertedId } from '../db/write';
import { inserter, type Insert } from '../interchange/inserter';
import { insertVolunteer, volunteerFromInterchange } from '../interchange/volunteers';
import { insertCases } from '../interchange/cases';
import { insertMatches } from '../interchange/matches';
import { insertSupervisions } from '../interchange/supervisions';
import { insertCareReviews } from '../interchange/careReviews';
import { withAuditAction } from '../audit/context';
import { UserError } from '../errors';
import type { InterchangeDocument, ListName, RecordOf } from '../../../shared/interchange/format';
import type { SheetImportEntry } from '../../../shared/contract';
import type { SheetKind } from '../../../shared/sheets/fields';
import { SHEET_KIND_LABELS } from '../../../shared/sheets/fields';
import type { SheetPlan } from './plan';
import { LIST_OF_KIND } from '../../../shared/sheets/records';
import { LIST_LABELS } from '../../../shared/interchange/listLabels';
import { stageCounter } from '../progress';
import type { ReportProgress } from '../../../shared/contract/progress';

/** The table each kind's own records go to, whose rows the writing counts. */
const TABLE_OF_KIND: Record<SheetKind, SQLiteTable> = { volunteers, 'young-people': youngPeople, matches, visits, supervisions, 'care-reviews': careReviews };

function documentOf(plan: SheetPlan): InterchangeDocument {
  const document: Partial<Record<ListName, unknown[]>> = {};
  for (const { records } of plan.rows) for (const { list, record } of records) (document[list] ??= []).push(record);
  return { format: 'iv-desk/1', ...document } as InterchangeDocument;
}

function insertAll(insert: Insert, kind: SheetKind, document: InterchangeDocument, existing: Map<string, number>): void {
  if (kind === 'volunteers') for (const v of document.volunteers ?? []) insertVolunteer(insert, volunteerFromInterchange(v), v.id);
  if (kind === 'young-people') insertCases(insert, document, new Map());
  if (kind === 'matches' || kind === 'visits') insertMatches(insert, document, existing, existing, existing);
  if (kind === 'supervisions') insertSupervisions(insert, document.supervisions as RecordOf<'supervisions'>[], existing, new Map());
  if (kind === 'care-reviews') insertCareReviews(insert, document, existing);
}

/**
 * Writes a plan that has no problems; `beforeWriting` makes the backup. Returns the import's id.
 * The writing is one transaction, which cannot wait for the event loop: its reports are sent
 * as they come (main's IPC and the harness's stream write them out at once).
 */
export function writeSheetImport(db: Db, plan: SheetPlan, now: string, beforeWriting: () => void, progress?: ReportProgress): number {
  const { preview } = plan;
  if (preview.problems.length) {
    const more = preview.problems.length - 1 + preview.moreProblems;
    throw new UserError('invalid_input', `Nothing was imported: ${preview.problems[0]}${more ? ` (and ${more.toLocaleString('en-GB')} more problem${more === 1 ? '' : 's'})` : ''}`);
  }
  if (plan.rows.length === 0) throw new UserError('invalid_input', 'The sheet has no rows to import (every row was blank, left out, or skipped as a duplicate). Nothing was imported.');
  beforeWriting();
  const document = documentOf(plan);
  const base = inserter(db);
  const added: [string, number][] = [];
  const own = TABLE_OF_KIND[preview.kind];
  const writing = stageCounter(progress, 'writing', preview.counts[LIST_LABELS[LIST_OF_KIND[preview.kind]]] ?? 0);
  const insert: Insert = (table, row) => {
    const id = base(table, row);
    added.push([getTableName(table), id]);
    if (table === own) writing.step();
    return id;
  };
  const record = db.$client.prepare('INSERT INTO sheet_import_records (import_id, record_kind, record_id) VALUES (?, ?, ?)');
  return withAuditAction(db, 'import', () =>
    db.transaction((tx) => {
      insertAll(insert, preview.kind, document, plan.existing);
      const importId = insertedId(tx.insert(sheetImports).values({ importedAt: now, kind: preview.kind, fileName: preview.fileName, sheet: preview.sheet, counts: JSON.stringify(preview.counts) }).run());
      for (const [kind, id] of added) record.run(importId, kind, id);
      writing.end();
      const mapping = JSON.stringify(preview.mapping);
      tx.insert(sheetMappings)
        .values({ kind: preview.kind, headersKey: plan.headersKey, mapping, updatedAt: now })
        .onConflictDoUpdate({ target: [sheetMappings.kind, sheetMappings.headersKey], set: { mapping, updatedAt: now } })
        .run();
      return importId;
    }),
  );
}

export function sheetImportHistory(db: Db): SheetImportEntry[] {
  return db
    .select()
    .from(sheetImports)
    .orderBy(desc(sheetImports.id))
    .all()
    .map((r) => ({ id: r.id, importedAt: r.importedAt, kind: r.kind as SheetKind, fileName: r.fileName, sheet: r.sheet, counts: JSON.parse(r.counts) as Record<string, number>, undoneAt: r.undoneAt }));
}

/**
 * Changes since the import to its records, and records added to them since (a reference,
 * a visit, a review: any the audit trail files under them that the import did not add),
 * as the audit trail holds them.
 */
const TOUCHED = `
  SELECT count(*) AS n FROM audit_log a JOIN sheet_import_records r ON a.record_kind = r.record_kind AND a.record_id = r.record_id
   WHERE r.import_id = ? AND a.action <> 'import'
  UNION ALL
  SELECT count(*) AS n FROM audit_log a JOIN sheet_import_records r ON a.owner_kind = r.record_kind AND a.owner_id = r.record_id
   WHERE r.import_id = ? AND NOT EXISTS (SELECT 1 FROM sheet_import_records own WHERE own.import_id = r.import_id AND own.record_kind = a.record_kind AND own.record_id = a.record_id)`;

const refuseUndo = (why: string) => new UserError('conflict', `This import cannot be undone, because ${why}. Nothing was changed.`);

/** Removes exactly what the import added, newest first, or refuses and changes nothing. */
export function undoSheetImport(db: Db, id: number, now: string): { message: string } {
  const entry = db.select().from(sheetImports).where(eq(sheetImports.id, id)).get();
  if (!entry) throw new UserError('not_found', 'There is no such spreadsheet import.');
  if (entry.undoneAt) throw new UserError('conflict', 'This import has already been undone. Nothing was changed.');
  const touched = (db.$client.prepare(TOUCHED).all(id, id) as { n: number }[]).reduce((sum, r) => sum + r.n, 0);
  if (touched) throw refuseUndo('some of its records have been changed since, or have had records added to them');
  const records = db.select({ kind: sheetImportRecords.recordKind, id: sheetImportRecords.recordId }).from(sheetImportRecords).where(eq(sheetImportRecords.importId, id)).orderBy(desc(sheetImportRecords.id)).all();
  const statements = new Map<string, ReturnType<typeof db.$client.prepare>>();
  try {
    db.transaction((tx) => {
      for (const r of records) {
        const statement = statements.get(r.kind) ?? db.$client.prepare(`DELETE FROM "${r.kind.replace(/"/g, '')}" WHERE id = ?`);
        statements.set(r.kind, statement);
        if (statement.run(r.id).changes !== 1) throw refuseUndo('some of its records have been deleted since');
      }
      tx.update(sheetImports).set({ undoneAt: now }).where(eq(sheetImports.id, id)).run();
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    // Raised inside the audit triggers' cascade, the code can be SQLITE_CONSTRAINT_TRIGGER: the words are the same.
    if (error instanceof Error && /^FOREIGN KEY constraint failed/.test(error.message)) throw refuseUndo('other records have been added to its records since (a match, a visit or a review, for example)');
    throw error;
  }
  const count = records.length;
  return { message: `The import of ${entry.fileName} (${SHEET_KIND_LABELS[entry.kind as SheetKind].split(' (')[0].toLowerCase()}) was undone: ${count.toLocaleString('en-GB')} record${count === 1 ? '' : 's'} removed.` };
}
