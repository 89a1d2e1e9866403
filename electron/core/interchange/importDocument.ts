/**
 * Import: the file is read list by list, never held whole. It is read once to check every
 * record, then (when nothing is wrong, and after the backup) once more to write it in one
 * transaction, each record checked again as it is written. Any problem means nothing is
 * written.
 */
import type { Db } from '../db/open';
import { scheme } from '../db/schema';
import { DocumentCheck, NOT_AN_OBJECT } from '../../../shared/interchange/validate';
import { LIST_NAMES, type InterchangeDocument, type ListName } from '../../../shared/interchange/format';
import { ListOrder } from '../../../shared/interchange/listOrder';
import { NOT_UTF8 } from '../../../shared/utf8';
import type { ImportPreview } from '../../../shared/contract';
import { withAuditAction } from '../audit/context';
import { inserter, type Insert } from './inserter';
import { listImporter } from './importLists';
import { readTopLevel, type ImportSource, type ReadOutcome } from './readJson';
import { UserError } from '../errors';

export type { ImportSource } from './readJson';

const isListName = (key: string): key is ListName => (LIST_NAMES as string[]).includes(key);

const UNREADABLE: Record<Exclude<ReadOutcome, 'read'>, string> = {
  not_json: 'The file is not valid JSON, so it cannot be an IV Desk interchange file.',
  not_object: NOT_AN_OBJECT,
  not_utf8: NOT_UTF8,
};

function writeScheme(db: Db, s: NonNullable<InterchangeDocument['scheme']>): void {
  db.update(scheme)
    .set({
      name: s.name,
      localAuthority: s.localAuthority ?? null,
      childrenInCareCount: s.childrenInCareCount ?? null,
      childrenInCareCountDate: s.childrenInCareCountDate ?? null,
      mileageRatePence: s.mileageRatePence ?? 45,
      financialYearStartMonth: s.financialYearStartMonth ?? 4,
      idleLockMinutes: s.idleLockMinutes ?? 5,
      recruitmentSettings: s.recruitmentSettings ? JSON.stringify(s.recruitmentSettings) : null,
      caseSettings: s.caseSettings ? JSON.stringify(s.caseSettings) : null,
      reportSettings: s.reportSettings ? JSON.stringify(s.reportSettings) : null,
    })
    .run();
}

/** One reading of the file: every check, and with `insert` every write. */
function readFile(db: Db, source: ImportSource, today: string, insert: Insert | null): ImportPreview {
  const counts: Record<string, number> = {};
  const fail = (errors: string[]): ImportPreview => ({ valid: false, schemeName: null, counts, errors });
  // When writing, a second use of an id is found in the database, where the first is by then.
  const check = new DocumentCheck({ duplicatesFoundElsewhere: insert !== null });
  const take = listImporter(db, today, check.add, insert && { insert, mayWrite: () => !check.failed });
  const order = new ListOrder((list, index, raw) => {
    counts[list] = (counts[list] ?? 0) + 1;
    if (check.full) return;
    const item = check.item(list, index, raw);
    if (item) take(list, index, item);
  });
  const outcome = readTopLevel(source, isListName, {
    field: (key, value) => check.field(key, value),
    listStart: (key) => {
      check.list(key as ListName);
      if (!order.start(key as ListName)) check.add(`The file gives ${key} twice: put all of them in one list`);
    },
    item: (value) => order.item(value),
    listEnd: () => order.end(),
  });
  if (outcome !== 'read') return fail([UNREADABLE[outcome]]);
  order.finish();
  const { errors, shell } = check.finish();
  if (!shell) return fail(errors);
  if (insert && shell.scheme) writeScheme(db, shell.scheme);
  return { valid: true, schemeName: shell.scheme?.name ?? null, counts, errors: [] };
}

/** What the file would add, or every problem found in it (up to 50); writes nothing. */
export function planImport(db: Db, source: ImportSource, today: string): { preview: ImportPreview } {
  return { preview: readFile(db, source, today, null) };
}

function refusal(errors: string[]): UserError {
  return new UserError('invalid_input', `The file was not imported: ${errors[0]}${errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : ''}`);
}

/** `beforeWriting` runs once the file has passed every check, just before it is written (the backup before an import). */
export function importDocument(db: Db, source: ImportSource, today: string, beforeWriting?: () => void): Record<string, number> {
  const { preview } = planImport(db, source, today);
  if (!preview.valid) throw refusal(preview.errors);
  beforeWriting?.();
  const insert = inserter(db);
  // Every record the file brings is recorded in the audit trail as imported.
  withAuditAction(db, 'import', () =>
    db.transaction(() => {
      const written = readFile(db, source, today, insert);
      // Only if the file changed on disk since it was checked: the transaction undoes what was written.
      if (!written.valid) throw refusal(written.errors);
    }),
  );
  return preview.counts;
}
