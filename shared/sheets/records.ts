/**
 * A sheet row as interchange records (../interchange.md): each mapped cell read by its
 * field's type into the record's field, every problem named by the row as the
 * spreadsheet numbers it and the column by its own header. The interchange validation
 * and the screens' rules then judge the records as they judge a JSON import.
 */
import { fieldOf, SHEET_FIELDS, type SheetField, type SheetKind } from './fields';
import { readSheetDate, type DateOrder } from './dates';
import { cellText, readChoice, readList, readMinutes, readNumber, readPence, readYesNo, type Reading, type SheetCell } from './values';
import type { SheetRow } from './table';
import type { ListName } from '../interchange/format';
import { withRecruitmentChecks } from './volunteerChecks';

/** What the coordinator chose: each column's field by its header (null: left out), their own value mappings, and the date order. */
export interface SheetMapping {
  columns: Record<string, string | null>;
  /** Field key, then a cell's folded words, then the stored value. */
  values: Record<string, Record<string, string>>;
  dateOrder: DateOrder;
}

export interface ColumnPlan {
  column: number;
  header: string;
  field: SheetField;
}

/**
 * The columns that go somewhere, from the headers and the mapping (a header the mapping
 * leaves out goes nowhere; so does a training module the scheme's settings do not list).
 */
export function columnPlan(kind: SheetKind, headers: readonly string[], fields: readonly (string | null)[], modules: readonly string[] = []): ColumnPlan[] {
  return headers.flatMap((header, column) => {
    const field = fields[column] ? fieldOf(kind, fields[column], modules) : undefined;
    return field ? [{ column, header, field }] : [];
  });
}

/** The fields a kind needs that no column gives: the whole sheet is refused for each. */
export function missingColumns(kind: SheetKind, plan: readonly ColumnPlan[]): string[] {
  const given = new Set(plan.map((p) => p.field.key));
  return SHEET_FIELDS[kind].filter((f) => f.required && !given.has(f.key)).map((f) => `No column gives the ${f.label.toLowerCase()}, which every row needs: choose the column it is in`);
}

export const rowProblem = (row: number, header: string, message: string) => `Row ${row}, ${header}: ${/^(is|must|has|refers) /.test(message) ? `this ${message}` : message}`;

export interface RowValues {
  /** Interchange fields, nested at the dots ("dbs.issueDate"); "referral" holds the row's referral. */
  fields: Record<string, unknown>;
  /** The people a row names by name or id, for the caller to find. */
  names: { volunteer?: string; youngPerson?: string };
  problems: string[];
}

function read(field: SheetField, cell: SheetCell, mapping: SheetMapping): Reading<unknown> {
  switch (field.type) {
    case 'date': {
      const r = readSheetDate(cell, mapping.dateOrder);
      return r.ok ? { ok: true, value: r.date } : r;
    }
    case 'yesno':
      return readYesNo(cell);
    case 'choice':
      return readChoice(cell, field, mapping.values[field.key]);
    case 'number':
      return readNumber(cell, field.key === 'miles' || field.key === 'maxTravelMiles' ? 'mile' : '');
    case 'money':
      return readPence(cell);
    case 'duration':
      return readMinutes(cell);
    case 'list': {
      const list = readList(cell);
      return { ok: true, value: list.length ? list : null };
    }
    default: {
      const text = cellText(cell);
      return { ok: true, value: text || null };
    }
  }
}

/** Nested at the first dot only: a training module's name may hold dots of its own. */
function place(fields: Record<string, unknown>, key: string, value: unknown): void {
  const dot = key.indexOf('.');
  const [head, tail] = dot < 0 ? [key, ''] : [key.slice(0, dot), key.slice(dot + 1)];
  if (!tail) fields[head] = value;
  else ((fields[head] ??= {}) as Record<string, unknown>)[tail] = value;
}

export function readRow(plan: readonly ColumnPlan[], row: SheetRow, mapping: SheetMapping): RowValues {
  const fields: Record<string, unknown> = {};
  const names: RowValues['names'] = {};
  const problems: string[] = [];
  for (const { column, header, field } of plan) {
    const cell = row.cells[column] ?? null;
    if (field.type === 'volunteer' || field.type === 'youngPerson') {
      const text = cellText(cell);
      if (text) names[field.type] = text;
      else problems.push(rowProblem(row.number, header, `the ${field.type === 'volunteer' ? 'volunteer' : 'young person'} is missing`));
      continue;
    }
    const reading = read(field, cell, mapping);
    if (!reading.ok) problems.push(rowProblem(row.number, header, reading.message));
    else if (reading.value !== null) place(fields, field.key, reading.value);
    else if (field.required) problems.push(rowProblem(row.number, header, `the ${field.label.toLowerCase()} is missing`));
  }
  return { fields, names, problems };
}

/** The list each kind's rows go to. */
export const LIST_OF_KIND: Record<SheetKind, ListName> = {
  volunteers: 'volunteers',
  'young-people': 'youngPeople',
  matches: 'matches',
  visits: 'visits',
  supervisions: 'supervisions',
  'care-reviews': 'careReviews',
};

/** The existing records a row's names were found to be, by their ids in the interchange format. */
export interface Links {
  volunteerId?: string;
  youngPersonId?: string;
  referralId?: string;
  matchId?: string;
}

export interface SheetRecord {
  list: ListName;
  record: Record<string, unknown> & { id: string };
}

/**
 * A young person's row brings a referral too when any referral cell is filled; it awaits a
 * decision unless the sheet says otherwise. A volunteer's brings their references and the
 * training of the scheme's `modules` it dates.
 */
export function recordsOfRow(kind: SheetKind, id: string, fields: Record<string, unknown>, links: Links, modules: readonly string[] = []): SheetRecord[] {
  const { referral, ...own } = fields as { referral?: Record<string, unknown> };
  const list = LIST_OF_KIND[kind];
  switch (kind) {
    case 'young-people':
      return [
        { list, record: { id, ...own } },
        ...(referral ? [{ list: 'referrals' as const, record: { id: `${id}-referral`, youngPersonId: id, outcome: 'pending', ...referral } }] : []),
      ];
    case 'matches':
      return [{ list, record: { id, referralId: links.referralId, volunteerId: links.volunteerId, ...own } }];
    case 'visits':
      return [{ list, record: { id, matchId: links.matchId, ...own } }];
    case 'supervisions':
      return [{ list, record: { id, volunteerId: links.volunteerId, ...own } }];
    case 'care-reviews':
      return [{ list, record: { id, youngPersonId: links.youngPersonId, ...own } }];
    case 'volunteers':
      return [{ list, record: { id, ...withRecruitmentChecks(own, modules) } }];
  }
}
