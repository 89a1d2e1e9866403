import { z } from 'zod';
import { call } from './define';
import { id } from '../fields';
import { SHEET_KINDS, type SheetKind } from '../sheets/fields';
import type { SheetMapping } from '../sheets/records';
import type { DateOrder } from '../sheets/dates';

export interface SheetColumn {
  header: string;
  /** The field the column goes to, or null when it is left out. */
  field: string | null;
  /** Its first few values, as the sheet holds them. */
  samples: string[];
}

/** A value seen in a choice column, and what it will be stored as (null: not yet mapped). */
export interface SheetChoiceValue {
  field: string;
  header: string;
  text: string;
  value: string | null;
  rows: number;
}

export interface SheetDuplicate {
  row: number;
  name: string;
  /** Why it looks like an existing record, in words: "Amara Okafor (the same email address)". */
  existing: string[];
  /** Whether the row will be imported all the same. */
  imported: boolean;
}

export interface SheetPreview {
  fileName: string;
  sheets: string[];
  sheet: string | null;
  encoding: string | null;
  kind: SheetKind;
  headerRow: number | null;
  columns: SheetColumn[];
  values: SheetChoiceValue[];
  /** Date columns that could be read either way, or look read the wrong way. */
  dateNotes: string[];
  mapping: SheetMapping;
  /** Whether the mapping came from the last file with these headers. */
  savedMapping: boolean;
  /** The scheme's training modules, each a field a volunteers sheet can give the completion date of. */
  trainingModules: string[];
  /** Records to add, by the list's name in words. */
  counts: Record<string, number>;
  /** The first rows as they will be stored: each field's label and value in words. */
  rows: { row: number; values: { label: string; text: string }[] }[];
  problems: string[];
  /** More problems than are listed. */
  moreProblems: number;
  /** Rows left out, and why (a totals row, the headers again). */
  notes: string[];
  duplicates: SheetDuplicate[];
  /** More likely duplicates than are listed: they are skipped. */
  moreDuplicates: number;
  rowsRead: number;
}

export interface SheetImportEntry {
  id: number;
  importedAt: string;
  kind: SheetKind;
  fileName: string;
  sheet: string | null;
  counts: Record<string, number>;
  undoneAt: string | null;
}

const dateOrder = z.enum(['dmy', 'mdy'] satisfies DateOrder[]);

export const sheetMappingInput = z
  .object({
    columns: z.record(z.string().max(500), z.string().max(60).nullable()),
    values: z.record(z.string().max(60), z.record(z.string().max(500), z.string().max(60))),
    dateOrder,
  })
  .strict();

/** A file as the renderer sends it: its bytes in base64 (about 50 MB of spreadsheet at most) and its name. */
export const sheetInput = z
  .object({
    base64: z.string().max(70_000_000, { message: 'The file is too large to import (50 MB at most)' }).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'The file could not be read' }),
    fileName: z.string().min(1).max(260),
    kind: z.enum(SHEET_KINDS, { error: 'Choose what the sheet holds' }),
    sheet: z.string().max(200).optional(),
    mapping: sheetMappingInput.optional(),
    /** Rows flagged as likely duplicates to import all the same (the others are skipped). */
    importDuplicates: z.array(z.number().int().positive()).max(100_000).optional(),
  })
  .strict();

export const sheetCalls = {
  sheetPreview: call<SheetPreview>()(sheetInput),
  sheetImport: call<{ importId: number; counts: Record<string, number> }>()(sheetInput),
  sheetImports: call<SheetImportEntry[]>()(z.object({}).strict()),
  undoSheetImport: call<{ message: string }>()(z.object({ id }).strict()),
};
