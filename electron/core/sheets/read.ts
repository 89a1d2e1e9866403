/**
 * Reading a spreadsheet file row by row: CSV through papaparse (in whichever encoding
 * Excel wrote it), XLSX through exceljs's streaming reader, so a 50,000-row sheet is never
 * held as a whole. Anything else is refused in plain words.
 */
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { decodeUtf8 } from '../../../shared/utf8';
import type { SheetRow } from '../../../shared/sheets/table';
import type { SheetCell } from '../../../shared/sheets/values';
import { UserError } from '../errors';
import { stageCounter, type StageCounter } from '../progress';
import type { ReportProgress } from '../../../shared/contract/progress';

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const refuse = (message: string) => new UserError('invalid_input', `${message} Nothing was imported.`);

/** An Office file with a password is an OLE container holding an "EncryptedPackage" stream. */
function isEncryptedOffice(bytes: Buffer): boolean {
  return bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

export type CsvEncoding = 'UTF-8' | 'UTF-16' | 'Windows-1252';

/** A byte order mark says it; text that is valid UTF-8 is UTF-8; anything else from Excel on Windows is Windows-1252. */
export function decodeCsv(bytes: Buffer): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeUtf8(bytes.subarray(3)) ?? new TextDecoder('windows-1252').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes.includes(0)) throw refuse('This file is not a spreadsheet IV Desk can read: save it from Excel as "Excel Workbook (.xlsx)" or "CSV", and try again.');
  const utf8 = decodeUtf8(bytes);
  return utf8 === null ? { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' } : { text: utf8, encoding: 'UTF-8' };
}

export interface ReadResult {
  /** The workbook's sheets, in order (a CSV file has none). */
  sheets: string[];
  sheet: string | null;
  encoding: CsvEncoding | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** exceljs gives dates as UTC instants of the day: the calendar date is the UTC date. */
function cellValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
  if ('result' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  return null;
}

/** The reader's own parts, which it fills in as it meets them in the file. */
interface Parts {
  sharedStrings?: unknown[];
  workbookRels?: unknown[];
  styles?: unknown;
  model?: { sheets?: unknown[] };
  properties?: unknown;
}
type Reader = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookReader>;

const reader = (bytes: Buffer, worksheets: 'emit' | 'ignore'): Reader =>
  new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets, entries: 'ignore' });

/**
 * exceljs's streaming reader copies each sheet that comes in the file before its shared
 * strings (as Excel itself writes them) to a temporary file, unencrypted. So the workbook
 * is read twice: first for its shared strings, styles, sheet names and date system alone, sheets skipped;
 * then, with those given, each sheet streams as it comes and nothing touches the disk.
 */
async function xlsxParts(bytes: Buffer): Promise<Parts> {
  const first = reader(bytes, 'ignore') as unknown as Parts & AsyncIterable<unknown>;
  // Present already, so no sheet waits for them in a temporary file: the reader fills them in as it meets them.
  first.sharedStrings = [];
  first.workbookRels = [];
  first.model = { sheets: [] };
  for await (const _ of first) void _;
  return { sharedStrings: first.sharedStrings, workbookRels: first.workbookRels, styles: first.styles, model: first.model, properties: first.properties };
}

async function readXlsx(bytes: Buffer, wanted: string | undefined, onRow: (row: SheetRow) => void, counter: StageCounter): Promise<ReadResult> {
  const sheets: string[] = [];
  let chosen: string | null = null;
  try {
    const second = Object.assign(reader(bytes, 'emit'), await xlsxParts(bytes));
    for await (const worksheet of second) {
      const name = (worksheet as unknown as { name: string }).name;
      sheets.push(name);
      const take = chosen === null && (wanted === undefined || wanted === name);
      if (take) chosen = name;
      for await (const row of worksheet) {
        if (!take) continue;
        const cells: SheetCell[] = [];
        (row as ExcelJS.Row).eachCell({ includeEmpty: false }, (cell, column) => {
          cells[column - 1] = cellValue(cell.value);
        });
        onRow({ number: (row as ExcelJS.Row).number, cells: Array.from(cells, (c) => c ?? null) });
        await counter.stepAndYield();
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw refuse('This file could not be read as an Excel workbook: it may be damaged, or not a spreadsheet. Save it again from Excel as "Excel Workbook (.xlsx)" and try again.');
  }
  if (sheets.length === 0) throw refuse('This file is not a spreadsheet IV Desk can read: it holds no sheets.');
  if (chosen === null) throw refuse(`The workbook has no sheet called "${wanted}". Its sheets are: ${sheets.map((s) => `"${s}"`).join(', ')}.`);
  return { sheets, sheet: chosen, encoding: null };
}

/** Its lines: about its rows, give or take a cell with a line break in it. */
function lineCount(text: string): number {
  let lines = text.length && !text.endsWith('\n') ? 1 : 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return lines;
}

async function readCsv(bytes: Buffer, onRow: (row: SheetRow) => void, progress: ReportProgress | undefined): Promise<ReadResult> {
  const { text, encoding } = decodeCsv(bytes);
  const counter = stageCounter(progress, 'reading', progress && lineCount(text), true);
  let number = 0;
  await new Promise<void>((done, fail) =>
    Papa.parse<string[]>(text, {
      skipEmptyLines: false,
      step: (result, parser) => {
        try {
          number += 1;
          onRow({ number, cells: result.data.map((c) => c.trim()) });
        } catch (error) {
          parser.abort();
          return fail(error);
        }
        // Paused for a turn of the event loop at each report, so the report leaves while the rest is read.
        if (counter.step()) {
          parser.pause();
          setImmediate(() => parser.resume());
        }
      },
      complete: () => done(),
    }),
  );
  counter.end();
  return { sheets: [], sheet: null, encoding };
}

/** Calls `onRow` for each row, in order, as it is read, reporting the rows read; refuses what is not a spreadsheet. */
export async function readSheetFile(bytes: Buffer, sheet: string | undefined, onRow: (row: SheetRow) => void, progress?: ReportProgress): Promise<ReadResult> {
  if (bytes.length === 0) throw refuse('The file is empty.');
  if (startsWith(bytes, OLE)) {
    if (isEncryptedOffice(bytes)) throw refuse('This workbook is protected with a password, so IV Desk cannot read it. Open it in Excel, remove the password (File, Info, Protect Workbook), save it and try again.');
    throw refuse('This is an old Excel file (.xls), which IV Desk does not read. Open it in Excel and save it as "Excel Workbook (.xlsx)" or "CSV", then try again.');
  }
  if (startsWith(bytes, ZIP)) {
    // A workbook says nothing of its rows before they come: the count goes without a total.
    const counter = stageCounter(progress, 'reading');
    const result = await readXlsx(bytes, sheet, onRow, counter);
    counter.end();
    return result;
  }
  if (sheet !== undefined) throw refuse('A CSV file has no sheets to choose from: leave the sheet out.');
  return readCsv(bytes, onRow, progress);
}
