/**
 * A long sheet's progress, as dispatch hands it to main and the harness: each stage's
 * counts in order, ending at its total, the event loop turning while the rows are read
 * (so a report leaves before the call ends), and nothing in a report but counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { unlockedSession } from '../helpers/session';
import { dispatch } from '../../electron/core/handlers';
import { PROGRESS_STEP } from '../../electron/core/progress';
import type { Session } from '../../electron/core/session';
import type { CallProgress, SheetPreview } from '../../shared/contract';

const TODAY = '2026-11-20';
const ROWS = 3 * PROGRESS_STEP + 250;
let session: Session;
let cleanup: () => void;

beforeAll(async () => {
  ({ session, cleanup } = await unlockedSession({ today: () => TODAY }));
});
afterAll(() => cleanup());

const volunteerRows = (rows: number) => Array.from({ length: rows }, (_, i) => [`Zenobia${i}`, `Quarrington${i}`, `1970-01-${String(1 + (i % 28)).padStart(2, '0')}`, '2024-03-03']);
const csv = (rows: string[][]) => Buffer.from(['First name,Surname,Date of birth,Date of enquiry', ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n', 'utf8');

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Volunteers');
  sheet.addRow(['First name', 'Surname', 'Date of birth', 'Date of enquiry']);
  for (const r of rows) sheet.addRow([r[0], r[1], new Date(`${r[2]}T00:00:00Z`), new Date(`${r[3]}T00:00:00Z`)]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The call's result and its reports, with how often the event loop turned before each. */
async function withProgress<T>(name: string, input: unknown) {
  const reports: { progress: CallProgress; turns: number }[] = [];
  let turns = 0;
  const ticker = setInterval(() => (turns += 1), 0);
  try {
    const result = await dispatch(session, name, input, (progress) => reports.push({ progress, turns }));
    if (!result.ok) throw new Error(result.error.message);
    return { value: result.value as T, reports };
  } finally {
    clearInterval(ticker);
  }
}

const stagesOf = (reports: { progress: CallProgress }[]) => [...new Set(reports.map((r) => r.progress.stage))];

function expectCountingUp(reports: { progress: CallProgress }[], stage: string, total: number) {
  const own = reports.filter((r) => r.progress.stage === stage).map((r) => r.progress);
  expect(own.map((p) => p.done)).toEqual([...own.map((p) => p.done)].sort((a, b) => a - b));
  expect(own.at(-1)).toMatchObject({ done: total, total });
  expect(own.length).toBeGreaterThanOrEqual(Math.floor(total / PROGRESS_STEP));
  return own;
}

describe('progress of a long sheet', () => {
  const rows = volunteerRows(ROWS);
  const input = (bytes: Buffer, fileName: string) => ({ base64: bytes.toString('base64'), fileName, kind: 'volunteers' });

  it('reports reading a CSV against its lines, in order, ending at the rows read, while the event loop turns', async () => {
    const { value, reports } = await withProgress<SheetPreview>('sheetPreview', input(csv(rows), 'long.csv'));
    expect(value.counts).toEqual({ volunteers: ROWS });
    expect(reports.every((r) => r.progress.call === 'sheetPreview')).toBe(true);
    expect(stagesOf(reports)).toEqual(['reading']);
    const reading = expectCountingUp(reports, 'reading', value.rowsRead);
    // The header and the rows, and the line break that ends the file.
    expect(reading[0]).toEqual({ call: 'sheetPreview', stage: 'reading', done: PROGRESS_STEP, total: ROWS + 1, about: true });
    expect(reports.at(-1)!.turns).toBeGreaterThan(reports[0].turns);
  });

  it('reports reading a workbook without a total until its end, then writing each volunteer', async () => {
    const { value, reports } = await withProgress<{ counts: Record<string, number> }>('sheetImport', input(await workbook(rows), 'long.xlsx'));
    expect(value.counts).toEqual({ volunteers: ROWS });
    expect(stagesOf(reports)).toEqual(['reading', 'writing']);
    const reading = expectCountingUp(reports, 'reading', ROWS + 1);
    expect(reading[0]).toEqual({ call: 'sheetImport', stage: 'reading', done: PROGRESS_STEP });
    expectCountingUp(reports, 'writing', ROWS);
    // Counts and fixed words only: no name from the sheet, nothing else.
    expect(JSON.stringify(reports)).not.toMatch(/Zenobia|Quarrington/);
    for (const { progress } of reports) for (const key of Object.keys(progress)) expect(['call', 'stage', 'done', 'total', 'about']).toContain(key);
  });

  it('reports checking young people against each other, between reading and the end', async () => {
    const people = Array.from({ length: 1200 }, (_, i) => `Yara${i},Ellingham${i},${String(1 + (i % 28)).padStart(2, '0')}/05/2012,${String(1 + (i % 28)).padStart(2, '0')}/09/2026`);
    const bytes = Buffer.from(['First name,Surname,Date of birth,Referral date', ...people].join('\r\n'), 'utf8');
    const { value, reports } = await withProgress<SheetPreview>('sheetPreview', { base64: bytes.toString('base64'), fileName: 'young.csv', kind: 'young-people' });
    expect(value.problems).toEqual([]);
    expect(stagesOf(reports)).toEqual(['reading', 'checking']);
    expect(reports.filter((r) => r.progress.stage === 'checking').map((r) => r.progress)).toEqual([
      { call: 'sheetPreview', stage: 'checking', done: 0, total: 1200 },
      { call: 'sheetPreview', stage: 'checking', done: 1200, total: 1200 },
    ]);
  });

  it('reports nothing for a call that is over at once', async () => {
    const { reports } = await withProgress('sheetImports', {});
    expect(reports).toEqual([]);
  });
});
