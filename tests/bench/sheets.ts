/**
 * `npm run bench:sheets [ROWS]`: a 50,000-row volunteer tracker (ROWS to change it), as
 * CSV and as XLSX, previewed and imported by the app's own calls, each run in a child
 * process of its own (sheetsChild.ts) so its time and peak memory are its own, beside
 * its floor: the file read by the parser alone for the preview, and the rows written by
 * one prepared insert for the import; then the CSV preview of a fifth of the rows, whose
 * peak shows how the preview's memory grows with the sheet. Separate from `npm run bench`:
 * an import of 50,000 rows takes minutes on a shared machine. Prints figures; never fails on time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from '../../electron/core/session';
import { findMigrationsDir } from '../../electron/core/files';
import { writeTrackerFiles } from './sheetFiles';
import { BENCH_TODAY } from './generate';
import type { SheetChildResult } from './sheetsChild';

const CHILD = join(import.meta.dirname, 'sheetsChild.ts');
const PASSPHRASE = 'benchmark passphrase words';

async function newDatabase(dir: string): Promise<string> {
  const session = new Session({ dataDir: dir, migrationsDir: findMigrationsDir(), scrypt: { N: 2 ** 10, r: 8, p: 1 }, today: () => BENCH_TODAY });
  await session.setUp({ schemeName: 'Bench', localAuthority: null, passphrase: PASSPHRASE });
  session.lock();
  return dir;
}

function inChild(mode: 'preview' | 'import' | 'read' | 'insert', dataDir: string, file: string): SheetChildResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, mode, dataDir, file, PASSPHRASE], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`The ${mode} run failed (exit ${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as SheetChildResult;
}

const line = (label: string, r: SheetChildResult) =>
  console.log(`${label.padEnd(40)} ${(r.ms / 1000).toFixed(1).padStart(6)} s   peak ${r.peakMb.toFixed(0).padStart(4)} MB (+${(r.peakMb - r.startMb).toFixed(0)} MB over the unlocked session)   ${r.rows.toLocaleString('en-GB')} rows`);

async function main() {
  const rows = Number(process.argv[2] ?? 50_000);
  const dir = mkdtempSync(join(tmpdir(), 'iv-desk-bench-sheets-'));
  try {
    const [csv, xlsx] = [join(dir, 'tracker.csv'), join(dir, 'tracker.xlsx')];
    await writeTrackerFiles(rows, csv, xlsx);
    console.log(`${rows.toLocaleString('en-GB')}-row volunteer tracker: CSV ${(statSync(csv).size / 1e6).toFixed(1)} MB, XLSX ${(statSync(xlsx).size / 1e6).toFixed(1)} MB`);
    for (const [format, file] of [['CSV', csv], ['XLSX', xlsx]] as const) {
      const preview = inChild('preview', await newDatabase(join(dir, `${format}-preview`)), file);
      line(`${format} preview`, preview);
      const read = inChild('read', await newDatabase(join(dir, `${format}-read`)), file);
      line('  floor: the parser alone', read);
      console.log(`${''.padEnd(40)} ratio x${(preview.ms / read.ms).toFixed(1)}${preview.rows === read.rows ? '   rows equal' : '   ROWS DIFFER'}`);
      const imported = inChild('import', await newDatabase(join(dir, `${format}-import`)), file);
      line(`${format} import`, imported);
      const insert = inChild('insert', await newDatabase(join(dir, `${format}-insert`)), file);
      line('  floor: parser and one prepared insert', insert);
      console.log(`${''.padEnd(40)} ratio x${(imported.ms / insert.ms).toFixed(1)}${imported.rows === insert.rows ? '   volunteers equal' : '   VOLUNTEERS DIFFER'}`);
    }
    // Bounded memory: a preview's peak should hardly grow with the rows, since it keeps only what it shows.
    const [fifthCsv, fifthXlsx] = [join(dir, 'fifth.csv'), join(dir, 'fifth.xlsx')];
    await writeTrackerFiles(Math.round(rows / 5), fifthCsv, fifthXlsx);
    line(`CSV preview, a fifth of the rows`, inChild('preview', await newDatabase(join(dir, 'fifth-preview')), fifthCsv));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
