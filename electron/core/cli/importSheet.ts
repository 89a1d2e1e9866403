/**
 * iv-desk import-sheet: a spreadsheet through the same preview and import as the app's
 * screen. Every problem goes to stderr naming its row and column, with a non-zero exit,
 * and then nothing is written; --dry-run never writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Session } from '../session';
import type { ParsedArgs } from './args';
import { UserError } from '../errors';
import { SHEET_KINDS } from '../../../shared/sheets/fields';
import { sheetMappingInput } from '../../../shared/contract/sheets';
import { zodFailure } from '../handlers';
import { planSheet } from '../sheets/plan';
import { writeSheetImport } from '../sheets/write';
import { backupBeforeSheetImport } from '../backup/hooks';
import { decodeUtf8 } from '../../../shared/utf8';
import { countsWords } from '../../../shared/sheets/stored';
import { progressWords } from '../../../shared/progress';
import { PROGRESS_STEP } from '../progress';
import type { ReportProgress } from '../../../shared/contract/progress';

/** A mapping file may leave out the value mappings and the date order. */
const mappingFile = sheetMappingInput.extend({ values: sheetMappingInput.shape.values.default({}), dateOrder: sheetMappingInput.shape.dateOrder.default('dmy') });

function readMapping(path: string) {
  if (!existsSync(path)) throw new UserError('invalid_input', `There is no mapping file at ${path}. Nothing was imported.`);
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(readFileSync(path))?.replace(/^\uFEFF/, '') ?? '');
  } catch {
    throw new UserError('invalid_input', `The mapping file ${path} is not valid JSON. Nothing was imported.`);
  }
  const parsed = mappingFile.safeParse(json);
  if (!parsed.success) throw new UserError('invalid_input', `The mapping file ${path} is not a mapping: ${zodFailure(parsed.error).message}. It looks like {"columns": {"Surname": "lastName", "Notes": null}, "values": {"enquirySource": {"facebook": "social_media"}}, "dateOrder": "dmy"}. Nothing was imported.`);
  return parsed.data;
}

export async function importSheet(session: Session, path: string | undefined, args: ParsedArgs): Promise<number> {
  if (!path) throw new UserError('invalid_input', 'Say which spreadsheet to import: iv-desk import-sheet FILE --kind volunteers');
  if (!existsSync(path)) throw new UserError('invalid_input', `There is no file at ${path}`);
  const kind = args.options.kind;
  const kinds = SHEET_KINDS as readonly string[];
  if (typeof kind !== 'string' || !kinds.includes(kind)) throw new UserError('invalid_input', `Say what the sheet holds with --kind, one of: ${kinds.join(', ')}.`);
  const sheet = typeof args.options.sheet === 'string' ? args.options.sheet : undefined;
  const mapping = typeof args.options.mapping === 'string' ? readMapping(args.options.mapping) : undefined;
  const json = args.options.json === true;
  const fileName = path.split(/[\\/]/).pop()!;
  // On a terminal, a long stage says every fifth report and its last; a short one says nothing, as it takes no time.
  const progress: ReportProgress = (p) => {
    if (p.done >= PROGRESS_STEP && (p.done % (5 * PROGRESS_STEP) === 0 || p.done === p.total)) process.stderr.write(`${progressWords(p)}…\n`);
  };
  const dryRun = args.options['dry-run'] === true;
  const plan = await planSheet(session.db, readFileSync(path), { fileName, kind: kind as (typeof SHEET_KINDS)[number], sheet, mapping }, session.today(), progress, dryRun ? 'preview' : 'import');
  const { preview } = plan;
  for (const note of [...preview.notes, ...preview.dateNotes]) process.stderr.write(`iv-desk: note: ${note}\n`);
  for (const d of preview.duplicates) process.stderr.write(`iv-desk: note: Row ${d.row} (${d.name}) was skipped: it looks like ${d.existing.join('; ')}\n`);
  if (preview.moreDuplicates) process.stderr.write(`iv-desk: note: and ${preview.moreDuplicates.toLocaleString('en-GB')} more rows were skipped as likely duplicates\n`);
  if (dryRun && json) {
    process.stdout.write(JSON.stringify({ sheet: preview.sheet, headerRow: preview.headerRow, mapping: preview.mapping, counts: preview.counts, problems: preview.problems, moreProblems: preview.moreProblems, notes: preview.notes, dateNotes: preview.dateNotes, duplicates: preview.duplicates, moreDuplicates: preview.moreDuplicates }, null, 2) + '\n');
  }
  if (preview.problems.length) {
    for (const problem of preview.problems) process.stderr.write(`iv-desk: ${problem}\n`);
    if (preview.moreProblems) process.stderr.write(`iv-desk: and ${preview.moreProblems.toLocaleString('en-GB')} more problems like these\n`);
    process.stderr.write('iv-desk: Nothing was imported.\n');
    return 1;
  }
  const counted = countsWords(preview.counts) || 'nothing';
  if (dryRun) {
    if (!json) process.stdout.write(`The sheet is ready to import: ${counted}. Nothing was written (--dry-run).\n`);
    return 0;
  }
  const importId = writeSheetImport(session.db, plan, new Date().toISOString(), () => backupBeforeSheetImport(session), progress);
  if (json) process.stdout.write(JSON.stringify({ importId, imported: preview.counts }) + '\n');
  else process.stdout.write(`Imported ${counted} from ${fileName}. It can be undone as a whole from the Spreadsheet import screen's history.\n`);
  return 0;
}
