/**
 * Spreadsheet import on a real encrypted database: workbooks and CSV files shaped like
 * coordinators' own go through to the expected records; refused files say why and write
 * nothing; an import undoes as a whole; and what came in exports with every value intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unlockedSession } from '../helpers/session';
import { dispatch } from '../../electron/core/handlers';
import { exportDocument } from '../../electron/core/interchange/exportDocument';
import { tableCounts } from '../../electron/core/reports/counts';
import { listBackups } from '../../electron/core/backup/list';
import type { Session } from '../../electron/core/session';
import type { SheetPreview, SheetImportEntry } from '../../shared/contract';
import { volunteerTracker, referralsCsv1252, trackerWith, oldXls, passwordXlsx, notASpreadsheet, emptyWorkbook, utf8Bom } from '../fixtures/sheets/build';

const TODAY = '2026-11-20';
let session: Session;
let cleanup: () => void;

beforeAll(async () => {
  ({ session, cleanup } = await unlockedSession({ today: () => TODAY }));
});
afterAll(() => cleanup());

const file = (bytes: Buffer, fileName: string) => ({ base64: bytes.toString('base64'), fileName });

async function call<T>(name: string, input: unknown): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function refusal(name: string, input: unknown): Promise<string> {
  const result = await dispatch(session, name, input);
  if (result.ok) throw new Error(`${name} was not refused`);
  return result.error.message;
}

describe('a volunteer tracker workbook', () => {
  it('is previewed with its title, grouped headers, blank rows and totals row understood', async () => {
    const preview = await call<SheetPreview>('sheetPreview', { ...file(await volunteerTracker(), 'tracker.xlsx'), kind: 'volunteers', sheet: 'Volunteers' });
    console.log(JSON.stringify(preview, null, 1));
  });
});
