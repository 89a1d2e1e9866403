/**
 * iv-desk import-sheet, run as a child process against a temporary data folder: a dry
 * run writes nothing and says in JSON what would come in; problems go to stderr by row and
 * header with a non-zero exit and nothing written; a good sheet imports after its backup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TSX, MAIN, CLI_PASSPHRASE as PASSPHRASE, type Run } from '../helpers/cli';
import { volunteerTracker, trackerWith, passwordXlsx } from '../fixtures/sheets/build';


let home: string;
let dataDir: string;

function cli(args: string[]): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IV_DESK_')));
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [TSX, MAIN, ...args, '--data-dir', dataDir],
      { cwd: ROOT, env: { ...base, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), IV_DESK_PASSPHRASE: PASSPHRASE }, timeout: 60_000 },
      (error, stdout, stderr) => done({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

const volunteerCount = async () => (JSON.parse((await cli(['status'])).stdout) as { volunteers: number }).volunteers;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'ivdesk-cli-sheets-'));
  dataDir = join(home, 'data');
  writeFileSync(join(home, 'tracker.xlsx'), await volunteerTracker());
  writeFileSync(join(home, 'bad.xlsx'), await trackerWith([['Dana', 'Reed', '31/02/2009', '01/03/2024', 'Website']]));
  writeFileSync(join(home, 'locked.xlsx'), passwordXlsx());
  writeFileSync(join(home, 'mapping.json'), JSON.stringify({ columns: { 'How did you hear about us': null } }));
  const init = await cli(['init', '--scheme-name', 'Sheets Scheme']);
  expect(init.code, init.stderr).toBe(0);
}, 60_000);

afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('iv-desk import-sheet', () => {
  it('--dry-run --json prints the mapping, counts and problems, and writes nothing', async () => {
    const run = await cli(['import-sheet', join(home, 'tracker.xlsx'), '--kind', 'volunteers', '--sheet', 'Volunteers', '--mapping', join(home, 'mapping.json'), '--dry-run', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { mapping: { columns: Record<string, string | null> }; counts: Record<string, number>; problems: string[] };
    expect(out.counts).toEqual({ volunteers: 3 });
    expect(out.problems).toEqual([]);
    expect(out.mapping.columns).toMatchObject({ Surname: 'lastName', 'D.O.B.': 'dateOfBirth', 'How did you hear about us': null });
    expect(run.stderr).toContain('iv-desk: note: Row 9 looks like a totals row, so it was left out');
    expect(await volunteerCount()).toBe(0);
  }, 60_000);

  it('says each problem on stderr by row and header, exits non-zero, and writes nothing', async () => {
    const run = await cli(['import-sheet', join(home, 'bad.xlsx'), '--kind', 'volunteers']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('iv-desk: Row 2, Date of birth: 31/02/2009 is not a real date\n');
    expect(run.stderr).toContain('iv-desk: Nothing was imported.');
    expect(run.stdout).toBe('');
    const locked = await cli(['import-sheet', join(home, 'locked.xlsx'), '--kind', 'volunteers']);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/^iv-desk: This workbook is protected with a password/);
    const unknown = await cli(['import-sheet', join(home, 'tracker.xlsx'), '--kind', 'donors']);
    expect(unknown.stderr).toBe('iv-desk: Say what the sheet holds with --kind, one of: volunteers, young-people, matches, visits, supervisions, care-reviews.\n');
    expect(await volunteerCount()).toBe(0);
  }, 60_000);

  it('imports a good sheet after a backup labelled before spreadsheet import', async () => {
    const run = await cli(['import-sheet', join(home, 'tracker.xlsx'), '--kind', 'volunteers', '--sheet', 'Volunteers', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: { volunteers: 3 } });
    expect(await volunteerCount()).toBe(3);
    expect(readdirSync(join(dataDir, 'Backups')).some((n) => /-before_sheet_import\.db$/.test(n))).toBe(true);
  }, 60_000);
});
