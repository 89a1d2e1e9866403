/**
 * The preview of a spreadsheet import, and the records it would add: the sheet read row
 * by row, each row made an interchange record as it comes and judged by the interchange
 * format's schemas and the same rules as a JSON import, then the rules that compare rows
 * with each other. A row's cells are let go once it is a record, and a preview keeps only
 * what it shows (counts, the first rows, problems up to a limit) unless the rules across
 * rows need the records, so a 50,000-row sheet is never held twice. Nothing is written here.
 */
import { randomUUID } from 'node:crypto';
import { setImmediate as turn } from 'node:timers/promises';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { volunteers, youngPeople, sheetMappings } from '../db/schema';
import { fieldOf, type SheetKind } from '../../../shared/sheets/fields';
import { headersKey, matchHeaders } from '../../../shared/sheets/headers';
import { findHeader, classifyRow, leftOutMessage, HEADER_SEARCH_ROWS, type SheetRow } from '../../../shared/sheets/table';
import { dateColumnNote, newDateColumnReading, noteDateCell, type DateColumnReading } from '../../../shared/sheets/dates';
import { cellText, readChoice, valueKey } from '../../../shared/sheets/values';
import { columnPlan, missingColumns, readRow, recordsOfRow, rowProblem, type ColumnPlan, type Links, type RowValues, type SheetMapping, type SheetRecord } from '../../../shared/sheets/records';
import { storedWords } from '../../../shared/sheets/stored';
import { LISTS, type ListName, type RecordOf } from '../../../shared/interchange/format';
import { LIST_LABELS } from '../../../shared/interchange/listLabels';
import { describeIssue } from '../../../shared/interchange/validate';
import type { SheetPreview, SheetDuplicate, ParsedInput } from '../../../shared/contract';
import type { Problems } from '../../../shared/problems';
import { readSheetFile } from './read';
import { matchFinder, personFinder, referralFinder, type Person } from './links';
import { duplicateFinder } from './duplicates';
import { exportVolunteers } from '../interchange/exportDocument';
import { exportCases } from '../interchange/cases';
import { exportMatches, matchProblemsForImport } from '../interchange/matches';
import { volunteerFromInterchange, interchangeVolunteerProblems } from '../interchange/volunteers';
import { youngPersonProblemsForImport, caseProblems } from '../interchange/cases';
import { supervisionProblemsForImport } from '../interchange/supervisions';
import { careReviewProblemsForImport } from '../interchange/careReviews';
import { UserError } from '../errors';
import { getRecruitmentSettings } from '../services/settings';
import { checkFieldsOf } from '../../../shared/sheets/volunteerChecks';
import type { ReportProgress } from '../../../shared/contract/progress';

export type SheetRequest = Omit<ParsedInput<'sheetPreview'>, 'base64'>;

/** What the preview lists at most: the problems, and the rows shown as they will be stored. */
export const PREVIEW = { problems: 1000, rows: 10, samples: 3, values: 100, duplicates: 200 } as const;

/** A row's records, which link to existing records by their ids in the interchange format. */
export interface PlannedRow {
  row: number;
  records: SheetRecord[];
  /** Whether every record passed the interchange schemas (only those go on to the rules across rows). */
  valid: boolean;
}

export interface SheetPlan {
  preview: SheetPreview;
  /** Every row's records for an import; for a preview, only those the rules across rows read. */
  rows: PlannedRow[];
  /** Database ids of the existing records the rows name, by their interchange ids. */
  existing: Map<string, number>;
  headersKey: string;
}

interface Shape {
  headerRow: number;
  headers: string[];
  plan: ColumnPlan[];
  mapping: SheetMapping;
  saved: boolean;
  key: string;
  fields: (string | null)[];
  /** The scheme's training modules, which a volunteers sheet can date. */
  modules: string[];
}

interface ReadRow {
  row: number;
  values: RowValues;
}

function savedMapping(db: Db, kind: SheetKind, key: string): SheetMapping | null {
  const row = db.select({ mapping: sheetMappings.mapping }).from(sheetMappings).where(and(eq(sheetMappings.kind, kind), eq(sheetMappings.headersKey, key))).get();
  if (!row) return null;
  try {
    return JSON.parse(row.mapping) as SheetMapping;
  } catch {
    return null;
  }
}

/** Reads the sheet: finds its headers, then hands each data row, read, to the consumer `onShape` gives for them. */
async function readSheet(db: Db, bytes: Buffer, request: SheetRequest, onShape: (shape: Shape) => (row: ReadRow) => void, progress?: ReportProgress) {
  const head: SheetRow[] = [];
  let consume: ((row: ReadRow) => void) | null = null;
  const notes: string[] = [];
  let rowsRead = 0;
  const state: { shape: Shape | null } = { shape: null };
  const samples: string[][] = [];
  const choiceCounts = new Map<number, Map<string, number>>();
  const dateReadings = new Map<number, DateColumnReading>();

  const begin = () => {
    const found = findHeader(head, request.kind);
    const headerRow = found ?? (head[0] ? { rowNumber: head[0].number, headers: head[0].cells.map(cellText) } : null);
    if (!headerRow) return;
    const key = headersKey(headerRow.headers);
    const saved = request.mapping ? null : savedMapping(db, request.kind, key);
    const modules = request.kind === 'volunteers' ? getRecruitmentSettings(db).trainingModules : [];
    const auto = matchHeaders(request.kind, headerRow.headers, modules);
    const chosen = request.mapping ?? saved;
    // A saved choice of a field the kind no longer has (a training module since taken out of the settings) goes nowhere.
    const known = (key: string | null | undefined) => (key && fieldOf(request.kind, key, modules) ? key : null);
    const fields = headerRow.headers.map((h, i) => known(chosen && Object.hasOwn(chosen.columns, h) ? chosen.columns[h] : auto[i]));
    // A mapping file may spell a value as the sheet does ("Church newsletter"): it is kept by its folded words.
    const values = Object.fromEntries(Object.entries(chosen?.values ?? {}).map(([field, own]) => [field, Object.fromEntries(Object.entries(own).map(([text, value]) => [valueKey(text), value]))]));
    const mapping: SheetMapping = { columns: Object.fromEntries(headerRow.headers.map((h, i) => [h, fields[i]])), values, dateOrder: chosen?.dateOrder ?? 'dmy' };
    state.shape = { headerRow: headerRow.rowNumber, headers: headerRow.headers, plan: columnPlan(request.kind, headerRow.headers, fields, modules), mapping, saved: saved !== null, key, fields, modules };
    consume = onShape(state.shape);
    for (const row of head.filter((r) => r.number > headerRow.rowNumber)) take(row);
  };

  const take = (row: SheetRow) => {
    const s = state.shape!;
    const kind = classifyRow(row.cells, s.headers);
    if (kind === 'blank') return;
    if (kind !== 'data') return void notes.push(leftOutMessage(row.number, kind));
    row.cells.forEach((cell, column) => {
      const text = cellText(cell);
      if (!text) return;
      const list = (samples[column] ??= []);
      if (list.length < PREVIEW.samples) list.push(text);
    });
    for (const { column, field } of s.plan) {
      const cell = row.cells[column] ?? null;
      if (field.type === 'choice' && cellText(cell)) {
        const counts = choiceCounts.get(column) ?? new Map<string, number>();
        choiceCounts.set(column, counts);
        if (counts.has(cellText(cell)) || counts.size < PREVIEW.values) counts.set(cellText(cell), (counts.get(cellText(cell)) ?? 0) + 1);
      }
      if (field.type === 'date') {
        const reading = dateReadings.get(column) ?? newDateColumnReading();
        dateReadings.set(column, reading);
        noteDateCell(reading, cell);
      }
    }
    consume!({ row: row.number, values: readRow(s.plan, row, s.mapping) });
  };

  const result = await readSheetFile(
    bytes,
    request.sheet,
    (row) => {
      rowsRead += 1;
      if (state.shape) return take(row);
      if (row.cells.some((c) => cellText(c))) head.push(row);
      if (head.length >= HEADER_SEARCH_ROWS) begin();
    },
    progress,
  );
  if (!state.shape) begin();
  const s = state.shape;
  if (!s) throw new UserError('invalid_input', `${result.sheet ? `The sheet "${result.sheet}"` : 'The file'} is empty, so there is nothing to import. Nothing was imported.`);
  const columns = s.headers.map((header, column) => ({ header, field: s.fields[column], samples: samples[column] ?? [] }));
  const values = s.plan.flatMap(({ column, header, field }) =>
    [...(choiceCounts.get(column) ?? [])].map(([text, rows]) => {
      const reading = readChoice(text, field, s.mapping.values[field.key]);
      return { field: field.key, header, text, rows, value: reading.ok ? reading.value : null };
    }),
  );
  const dateNotes = s.plan.flatMap(({ column, header }) => {
    const reading = dateReadings.get(column);
    const note = reading ? dateColumnNote(header, reading, s.mapping.dateOrder) : null;
    return note ? [note] : [];
  });
  return { result, shape: s, notes, columns, values, dateNotes, rowsRead };
}

/** Where a rule's field is in the sheet: its column's header, or the field's own label. */
function headerFinder(kind: SheetKind, plan: readonly ColumnPlan[], modules: readonly string[]) {
  const byKey = new Map(plan.map((p) => [p.field.key, p.header]));
  const linkField: Record<string, string> = { volunteerId: 'volunteer', youngPersonId: 'youngPerson', referralId: 'youngPerson', matchId: 'volunteer' };
  return (list: ListName, path: string, record: Partial<SheetRecord['record']> = {}) => {
    const field = path.split('.').slice(0, 2).join('.');
    const key = list === 'referrals' && !linkField[field] ? `referral.${field}` : (linkField[field] ?? field);
    // A reference's or a training module's place in the record's list is found in its own columns.
    const keys = [...(list === 'volunteers' ? checkFieldsOf(path, record) : []), key, key.split('.').slice(0, 2).join('.')];
    return keys.map((k) => byKey.get(k)).find(Boolean) ?? keys.map((k) => fieldOf(kind, k, modules)?.label).find(Boolean) ?? field;
  };
}

/** What the plan is for: a preview keeps only what it shows; an import keeps every record to write. */
export type PlanPurpose = 'preview' | 'import';

/** The kinds with rules that compare a sheet's rows with each other or with the records they name. */
const ACROSS_ROWS: ReadonlySet<SheetKind> = new Set(['young-people', 'matches', 'visits', 'supervisions', 'care-reviews']);

export async function planSheet(db: Db, bytes: Buffer, request: SheetRequest, today: string, progress?: ReportProgress, purpose: PlanPurpose = 'import'): Promise<SheetPlan> {
  const { kind } = request;
  const problems: string[] = [];
  let moreProblems = 0;
  let moreDuplicates = 0;
  const problem = (message: string) => (problems.length < PREVIEW.problems ? problems.push(message) : (moreProblems += 1));

  const findVolunteer = personFinder(db, volunteers, 'volunteer');
  const findYoungPerson = personFinder(db, youngPeople, 'young person');
  const findReferral = referralFinder(db);
  const findMatch = matchFinder(db);
  const isDuplicate = duplicateFinder(db, kind);
  const existing = new Map<string, number>();
  const used = { volunteers: new Set<number>(), youngPeople: new Set<number>(), matches: new Set<number>() };
  // A new id of its own for each import: the sheet's rows are new records, never ones imported before.
  const batch = randomUUID();
  const kept: PlannedRow[] = [];
  const keep = purpose === 'import' || ACROSS_ROWS.has(kind);
  const shown: SheetPreview['rows'] = [];
  const counts: Record<string, number> = {};
  const duplicates: SheetDuplicate[] = [];
  const importAnyway = new Set(request.importDuplicates ?? []);
  const needs = { matches: ['volunteerId', 'referralId'], visits: ['matchId'], supervisions: ['volunteerId'], 'care-reviews': ['youngPersonId'] } as Partial<Record<SheetKind, (keyof Links)[]>>;
  let headerOf: HeaderOf = (_, field) => field;

  const onShape = (shape: Shape) => {
    missingColumns(kind, shape.plan).forEach(problem);
    headerOf = headerFinder(kind, shape.plan, shape.modules);
    const nameHeader = (type: 'volunteer' | 'youngPerson') => shape.plan.find((p) => p.field.type === type)?.header ?? type;
    return ({ row, values: rowValues }: ReadRow) => {
      rowValues.problems.forEach(problem);
      const links: Links = {};
      const found = <T extends { id: number; ref: string }>(type: 'volunteer' | 'youngPerson', reading: { ok: true; value: T } | { ok: false; message: string }): T | null => {
        if (!reading.ok) return (problem(rowProblem(row, nameHeader(type), reading.message)), null);
        existing.set(reading.value.ref, reading.value.id);
        return reading.value;
      };
      let volunteer: Person | null = null;
      let youngPerson: Person | null = null;
      if (rowValues.names.volunteer) volunteer = found('volunteer', findVolunteer(rowValues.names.volunteer));
      if (rowValues.names.youngPerson) youngPerson = found('youngPerson', findYoungPerson(rowValues.names.youngPerson));
      if (volunteer) [links.volunteerId, used.volunteers] = [volunteer.ref, used.volunteers.add(volunteer.id)];
      if (youngPerson) [links.youngPersonId, used.youngPeople] = [youngPerson.ref, used.youngPeople.add(youngPerson.id)];
      const fields = rowValues.fields as Record<string, string | undefined>;
      if (kind === 'matches' && youngPerson) {
        const referral = found('youngPerson', findReferral(youngPerson, fields.proposedDate));
        if (referral) links.referralId = referral.ref;
      }
      if (kind === 'visits' && volunteer && youngPerson) {
        const match = found('volunteer', findMatch(volunteer, youngPerson, fields.date));
        if (match) [links.matchId, used.matches] = [match.ref, used.matches.add(match.id)];
      }
      // A row with a cell that could not be read is not judged further: its problems are said once.
      if (rowValues.problems.length || (needs[kind] ?? []).some((link) => !links[link])) return;
      const records = recordsOfRow(kind, `sheet-${batch}-${row}`, rowValues.fields, links, shape.modules);
      const same = isDuplicate(records[0].record, existing);
      if (same) {
        const imported = importAnyway.has(row);
        if (duplicates.length < PREVIEW.duplicates) duplicates.push({ row, ...same, imported });
        else moreDuplicates += 1;
        if (!imported) return;
      }
      const valid = recordProblems(kind, row, records, today, headerOf, problem);
      for (const { list } of records) counts[LIST_LABELS[list]] = (counts[LIST_LABELS[list]] ?? 0) + 1;
      if (shown.length < PREVIEW.rows) {
        const named = [volunteer && { label: 'Volunteer', text: volunteer.name }, youngPerson && { label: 'Young person', text: youngPerson.name }].filter((w) => !!w);
        shown.push({ row, values: [...named, ...records.flatMap((r) => storedWords(kind, r.record, r.list === 'referrals' ? 'referral.' : ''))] });
      }
      if (keep) kept.push({ row, records, valid });
    };
  };

  const { result, shape, notes, columns, values, dateNotes, rowsRead } = await readSheet(db, bytes, request, onShape, progress);
  if (ACROSS_ROWS.has(kind)) {
    // The rules across rows run as one: the report comes before and after, with a turn of the event loop for the first to leave.
    progress?.({ stage: 'checking', done: 0, total: kept.length });
    await turn();
    for (const message of rulesAcrossRows(db, kind, kept, used, today, headerOf)) problem(message);
    progress?.({ stage: 'checking', done: kept.length, total: kept.length });
  }
  return {
    preview: {
      fileName: request.fileName,
      sheets: result.sheets,
      sheet: result.sheet,
      encoding: result.encoding,
      kind,
      headerRow: shape.headerRow,
      columns,
      values,
      dateNotes,
      mapping: shape.mapping,
      savedMapping: shape.saved,
      trainingModules: shape.modules,
      counts,
      rows: shown,
      problems,
      moreProblems,
      notes,
      duplicates,
      moreDuplicates,
      rowsRead,
    },
    rows: kept,
    existing,
    headersKey: shape.key,
  };
}

type HeaderOf = (list: ListName, path: string, record?: SheetRecord['record']) => string;

/**
 * A row's records against the interchange schemas, then a person against the same rules
 * as a JSON import, each problem put at its row and column. True when every record passed
 * the schemas, so the rules across rows may read them.
 */
function recordProblems(kind: SheetKind, row: number, records: SheetRecord[], today: string, headerOf: HeaderOf, problem: (message: string) => void): boolean {
  let valid = true;
  for (const { list, record } of records) {
    const parsed = LISTS[list].safeParse(record);
    if (parsed.success) continue;
    valid = false;
    for (const issue of parsed.error.issues) problem(rowProblem(row, headerOf(list, issue.path.join('.'), record), describeIssue(issue, record)));
  }
  if (!valid) return false;
  const own = records[0].record;
  if (kind === 'volunteers') reportAt(row, 'volunteers', interchangeVolunteerProblems(volunteerFromInterchange(own as RecordOf<'volunteers'>), today), headerOf, problem, own);
  if (kind === 'young-people') reportAt(row, 'youngPeople', youngPersonProblemsForImport(own as RecordOf<'youngPeople'>, today), headerOf, problem);
  return true;
}

function reportAt(row: number, list: ListName, problems: Problems, headerOf: HeaderOf, problem: (message: string) => void, record?: SheetRecord['record']): void {
  // One "Training completed" cell dates several modules: its problem is said once.
  const said = new Set<string>();
  for (const [field, message] of Object.entries(problems)) if (message) said.add(rowProblem(row, headerOf(list, field, record), message));
  said.forEach(problem);
}

/** The rules that read the rows together, or with the records they name: a referral's, a match's, a visit's, a supervision's, a review's. */
function rulesAcrossRows(db: Db, kind: SheetKind, planned: PlannedRow[], used: { volunteers: Set<number>; youngPeople: Set<number>; matches: Set<number> }, today: string, headerOf: HeaderOf): string[] {
  const out: string[] = [];
  const report = (row: number, list: ListName, problems: Problems) => reportAt(row, list, problems, headerOf, (message) => out.push(message));
  const valid = planned.filter((p) => p.valid).flatMap(({ row, records }) => records.map((r) => ({ row, ...r })));
  const of = <K extends ListName>(list: K) => valid.filter((v) => v.list === list) as unknown as { row: number; record: RecordOf<K> }[];
  if (kind === 'young-people') {
    const referralRows = of('referrals');
    caseProblems({ youngPeople: of('youngPeople').map((p) => p.record), referrals: referralRows.map((r) => r.record) }, today).referrals.forEach((p, i) => report(referralRows[i].row, 'referrals', p));
  }
  const context = () => {
    const volunteerIds = new Set(used.volunteers);
    const youngPersonIds = new Set(used.youngPeople);
    // A visit's match brings its volunteer and young person, which its rules read.
    const matchContext = exportMatches(db, (m, youngPersonId) => {
      if (!used.matches.has(m.id)) return false;
      volunteerIds.add(m.volunteerId);
      youngPersonIds.add(youngPersonId);
      return true;
    });
    const cases = exportCases(db, { includeSafeguarding: false, filter: { youngPersonIds, volunteerIds: new Set() } });
    return { volunteers: exportVolunteers(db, volunteerIds), youngPeople: cases.youngPeople, referrals: cases.referrals, matches: matchContext.matches };
  };
  if (kind === 'matches' || kind === 'visits') {
    const ctx = context();
    const list = kind === 'matches' ? 'matches' : 'visits';
    const rows = of(list);
    const checks = matchProblemsForImport(kind === 'matches' ? { ...ctx, matches: rows.map((r) => r.record as RecordOf<'matches'>) } : { ...ctx, visits: rows.map((r) => r.record as RecordOf<'visits'>) }, today);
    const found = kind === 'matches' ? checks.matches : checks.visits;
    found.forEach((p, i) => report(rows[i].row, list, p));
  }
  if (kind === 'supervisions') {
    const rows = of('supervisions');
    supervisionProblemsForImport({ volunteers: context().volunteers, supervisions: rows.map((r) => r.record) }, today).forEach((p, i) => report(rows[i].row, 'supervisions', p));
  }
  if (kind === 'care-reviews') {
    const rows = of('careReviews');
    careReviewProblemsForImport({ youngPeople: context().youngPeople, careReviews: rows.map((r) => r.record) }, today).careReviews.forEach((p, i) => report(rows[i].row, 'careReviews', p));
  }
  return out;
}

