/**
 * One spreadsheet run in a process of its own, so its peak memory (max RSS) is its own:
 * `preview` and `import` go through core's dispatch as the app's calls do (the file in
 * base64); `read` is the floor of the preview, the file read by papaparse or exceljs
 * with no mapping or checks; `insert` the floor of the import, those rows written by one
 * prepared insert in one transaction. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/core/handlers';
import { readSheetFile } from '../../electron/core/sheets/read';
import { TRACKER_HEADERS, TRACKER_VALUES } from './sheetFiles';
import { matchHeaders } from '../../shared/sheets/headers';
import type { SheetRow } from '../../shared/sheets/table';
import { childDone, childSession, type ChildMeasure } from './child';

export interface SheetChildResult extends ChildMeasure {
  /** Rows read (preview, read) or volunteers written (import, insert). */
  rows: number;
}

const INSERT = `INSERT INTO volunteers (external_ref, first_name, last_name, date_of_birth, gender, email, phone, address, postcode, area, enquiry_date)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

async function main() {
  const { mode, file, session, startMb } = await childSession();
  const started = performance.now();
  const bytes = readFileSync(file);
  const fileName = file.split('/').pop()!;
  let rows = 0;
  if (mode === 'preview' || mode === 'import') {
    // The mapping the screen finds for the tracker, with its one value mapped by hand, as the coordinator would: one call, measured alone.
    const fields = matchHeaders('volunteers', TRACKER_HEADERS);
    const mapping = { columns: Object.fromEntries(TRACKER_HEADERS.map((h, i) => [h, fields[i]])), values: TRACKER_VALUES, dateOrder: 'dmy' };
    const result = await dispatch(session, mode === 'preview' ? 'sheetPreview' : 'sheetImport', { base64: bytes.toString('base64'), fileName, kind: 'volunteers', mapping });
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value as { rowsRead?: number; counts: Record<string, number>; problems?: string[] };
    if (value.problems?.length) throw new Error(`The preview found problems: ${value.problems.slice(0, 3).join('; ')}`);
    rows = mode === 'preview' ? value.rowsRead! : Number(session.connection.sqlite.prepare('SELECT count(*) FROM volunteers').pluck().get());
    return childDone(session, performance.now() - started, startMb, { rows });
  }
  const all: SheetRow[] = [];
  await readSheetFile(bytes, undefined, (row) => void (mode === 'insert' ? all.push(row) : (rows += 1)));
  if (mode === 'insert') {
    const sqlite = session.connection.sqlite;
    const insert = sqlite.prepare(INSERT);
    // The CSV's dates as the tracker writes them (dd/mm/yyyy); the workbook's date cells come as ISO dates already.
    const iso = (cell: unknown) => (typeof cell === 'string' && /^\d\d\/\d\d\/\d{4}$/.test(cell) ? `${cell.slice(6)}-${cell.slice(3, 5)}-${cell.slice(0, 2)}` : cell);
    sqlite.transaction(() => {
      for (const { number, cells: c } of all.slice(1)) if (c[0]) insert.run(`floor-${number}`, c[0], c[1], iso(c[2]), c[3] || null, c[4], c[5], c[6], c[7], c[8], iso(c[11]));
    })();
    rows = Number(sqlite.prepare('SELECT count(*) FROM volunteers').pluck().get());
  }
  childDone(session, performance.now() - started, startMb, { rows });
}

void main();
