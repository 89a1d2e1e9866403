/**
 * The real `iv-desk` command line, run as a child process against a temporary data
 * folder. It uses the real scrypt cost, so each command that opens the database takes
 * about half a second more; the cases below are grouped to keep the number of runs down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MIGRATIONS_DIR } from '../helpers/session';
import { knownSchemaVersion } from '../../electron/core/db/open';
import { validateDocument } from '../../shared/interchange/validate';
import { EXPECTED_FIGURES, EXPECTED_STATUSES, PERIOD, recruitmentDocument } from '../fixtures/recruitment';
import { reviewsScheme } from '../fixtures/reviews';
import { docxText } from '../helpers/word';
import { ROOT, TSX, MAIN, CLI_PASSPHRASE, type Run } from '../helpers/cli';
import { Session } from '../../electron/core/session';
import { dispatch } from '../../electron/core/handlers';

const SMALL = resolve(ROOT, 'tests/fixtures/interchange/valid-small.json');
const PASSPHRASE = CLI_PASSPHRASE;
const KEY = /^ {4}((?:[0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4})$/m;

let home: string;
let dataDir: string;
const runs: Run[] = [];

/** Runs the CLI with only the environment it is given: no IV_DESK_* from the caller's shell. */
function cli(args: string[], env: Record<string, string | undefined> = { IV_DESK_PASSPHRASE: PASSPHRASE }): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IV_DESK_')));
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [TSX, MAIN, ...args],
      // HOME and XDG_CONFIG_HOME point into the temp folder, so a mistake cannot reach a real data folder.
      { cwd: ROOT, env: { ...base, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const run = { code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr };
        runs.push(run);
        done(run);
      },
    );
    child.stdin?.end();
  });
}

const withData = (...args: string[]) => [...args, '--data-dir', dataDir];

/** A failure the coordinator can read: non-zero exit, one plain line, no stack trace. */
function expectPlainFailure(run: Run, message: RegExp) {
  expect(run.code, run.stderr).not.toBe(0);
  expect(run.code).not.toBeNull();
  expect(run.stderr).toMatch(/^iv-desk: /);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/Error:|node:internal|\.ts:\d+/);
  expect(run.stdout).toBe('');
}

async function status(): Promise<unknown> {
  const run = await cli(withData('status'));
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

/** Status with the counts expected and every other kind of record the CLI counts at 0. */
async function expectStatus(expected: Record<string, unknown>, got?: unknown) {
  const actual = (got ?? (await status())) as Record<string, unknown>;
  expect(actual).toEqual({ ...Object.fromEntries(Object.keys(actual).map((k) => [k, 0])), ...expected });
}

/** domain.md's "Figures as data" keys: the CLI may give fewer while records are missing, never another. */
const DOMAIN_FIGURE_KEYS = [
  'period',
  'referralsReceived',
  'referralsDeclinedOrDisengaged',
  'matchesMade',
  'matchesConcluded',
  'matchesConcludedByReason',
  'activeMatchesAtEnd',
  'waitingAtEnd',
  'waitingWeeksMean',
  'waitingWeeksMedian',
  'enquiries',
  'enquiriesBySource',
  'applications',
  'volunteersRecruited',
  'volunteersActiveAtEnd',
  'volunteersInactiveAtEnd',
  'volunteersLeft',
  'volunteersLeftByReason',
  'volunteersEverApproved',
  'careReviewsAttended',
  'supervisionsHeld',
  'childrenInCare',
  'satisfaction',
  'costs',
];
const volunteerFigures = (figures: Record<string, unknown>) => Object.fromEntries(Object.keys(EXPECTED_FIGURES).map((k) => [k, figures[k]]));

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'ivdesk-cli-'));
  dataDir = join(home, 'data');
});

afterAll(() => {
  // Whatever happened, no command printed the passphrase.
  for (const run of runs) {
    expect(run.stdout).not.toContain(PASSPHRASE);
    expect(run.stderr).not.toContain(PASSPHRASE);
    expect(run.stdout + run.stderr).not.toContain('hunter2');
  }
  rmSync(home, { recursive: true, force: true });
});

describe('iv-desk', () => {
  let recoveryKey: string;

  it('init creates the encrypted database and prints a recovery key in 8 groups of 4', async () => {
    const run = await cli(withData('init', '--scheme-name', 'CLI Test Scheme', '--local-authority', 'Testshire'));
    expect(run.code, run.stderr).toBe(0);
    const match = KEY.exec(run.stdout);
    expect(match, run.stdout).not.toBeNull();
    recoveryKey = match![1];
    expect(recoveryKey.split('-')).toHaveLength(8);
    expect(recoveryKey.split('-').every((group) => group.length === 4)).toBe(true);
    expect(run.stdout).toContain('shown once');
    expect(existsSync(join(dataDir, 'iv-desk.key'))).toBe(true);
    expect(existsSync(join(dataDir, 'iv-desk.db'))).toBe(true);
    // The key file is readable by its owner only and holds no recovery key.
    expect(statSync(join(dataDir, 'iv-desk.key')).mode & 0o077).toBe(0);
    expect(readFileSync(join(dataDir, 'iv-desk.key'), 'utf8')).not.toContain(recoveryKey);
    // The database file does not start with SQLite's plain header.
    expect(readFileSync(join(dataDir, 'iv-desk.db')).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });

  it('init a second time refuses and leaves the key file alone', async () => {
    const keyFile = readFileSync(join(dataDir, 'iv-desk.key'));
    const run = await cli(withData('init', '--scheme-name', 'Again'));
    expectPlainFailure(run, /already set up/);
    expect(readFileSync(join(dataDir, 'iv-desk.key')).equals(keyFile)).toBe(true);
  });

  it('verify reports a healthy SQLCipher database at the current schema version', async () => {
    const run = await cli(withData('verify'));
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      ok: true,
      integrity: 'ok',
      cipher: 'sqlcipher',
      plaintextHeader: false,
      problems: [],
      schemaVersion: knownSchemaVersion(MIGRATIONS_DIR),
      appSchemaVersion: knownSchemaVersion(MIGRATIONS_DIR),
    });
    expect(report.schemaVersion).toBeGreaterThan(0);
  });

  it('status counts the records (IV_DESK_DATA_DIR works as well as --data-dir)', async () => {
    const run = await cli(['status'], { IV_DESK_PASSPHRASE: PASSPHRASE, IV_DESK_DATA_DIR: dataDir });
    expect(run.code, run.stderr).toBe(0);
    await expectStatus({ scheme: 'CLI Test Scheme', volunteers: 0 }, JSON.parse(run.stdout));
  });

  it('import FILE adds the records, and status then counts them', async () => {
    const run = await cli(withData('import', SMALL));
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ imported: { volunteers: 5, youngPeople: 2 } });
    await expectStatus({ scheme: 'Northshire Independent Visitors', volunteers: 5, youngPeople: 2 });
  });

  it('import of a bad file fails in plain English, naming list, index and field, and changes nothing', async () => {
    const bad = join(home, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'iv-desk/1',
        scheme: { name: 'Should Not Appear' },
        volunteers: [{ id: 'ok-1', firstName: 'Fine', lastName: 'Person', enquiryDate: '2024-05-05' }],
        youngPeople: [{ id: 'yp-9', firstName: 'Sam', lastName: 'Lee', dateOfBirth: '2012-01-01' }],
        referrals: [{ id: 'ref-1', youngPersonId: 'yp-missing', date: '2024-05-01', outcome: 'pending' }],
      }),
    );
    const run = await cli(withData('import', bad));
    expectPlainFailure(run, /was not imported/);
    expect(run.stderr).toContain('referrals[0]');
    expect(run.stderr).toContain('id "ref-1"');
    expect(run.stderr).toContain('field "youngPersonId"');
    await expectStatus({ scheme: 'Northshire Independent Visitors', volunteers: 5, youngPeople: 2 });
  });

  it('import of a file that is not UTF-8 (Windows-1252 "Siobhán") is refused, not read with replacement characters', async () => {
    const latin1 = join(home, 'latin1.json');
    writeFileSync(latin1, Buffer.from('{"format":"iv-desk/1","volunteers":[{"id":"x","firstName":"Siobh\xe1n","lastName":"Kelly","enquiryDate":"2024-05-05"}]}', 'latin1'));
    expectPlainFailure(await cli(withData('import', latin1)), /not UTF-8 text, so nothing was imported/);
    await expectStatus({ scheme: 'Northshire Independent Visitors', volunteers: 5, youngPeople: 2 });
  });

  it('export FILE writes a valid interchange document, readable by its owner only', async () => {
    const out = join(home, 'export.json');
    const run = await cli(withData('export', out));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/not encrypted/);
    expect(statSync(out).mode & 0o077).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateDocument(exported).ok).toBe(true);
    const { exportedAt, ...rest } = exported;
    expect(Date.parse(exportedAt)).not.toBeNaN();
    const { exportedAt: _at, ...original } = JSON.parse(readFileSync(SMALL, 'utf8'));
    // The file that went in, with the lists it had nothing in left out and each volunteer's capacity at its default of 1.
    const filled = Object.fromEntries(Object.entries(rest).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
    expect(filled).toEqual({ ...original, volunteers: original.volunteers.map((v: object) => ({ ...v, capacity: 1 })) });
  });

  it("report figures prints domain.md's keys, the volunteer figures counting both ends of the period", async () => {
    const run = await cli(withData('report', 'figures', '--from', '2024-04-01', '--to', '2025-03-31', '--json'));
    expect(run.code, run.stderr).toBe(0);
    const figures = JSON.parse(run.stdout);
    // Keys whose records this version does not hold yet are absent, not 0 or null; no key is outside domain.md's list.
    expect(Object.keys(figures).filter((k) => !DOMAIN_FIGURE_KEYS.includes(k))).toEqual([]);
    expect(figures.period).toStrictEqual({ from: '2024-04-01', to: '2025-03-31' });
    // valid-small.json has enquiries on 2024-03-31 (out), 2024-04-01, 2024-10-10, 2025-03-31 (in) and 2025-04-01 (out), none with a source, and nothing past the enquiry.
    expect(volunteerFigures(figures)).toStrictEqual({
      enquiries: 3,
      enquiriesBySource: { not_recorded: 3 },
      applications: 0,
      volunteersRecruited: 0,
      volunteersActiveAtEnd: 0,
      volunteersInactiveAtEnd: 0,
      volunteersLeft: 0,
      volunteersLeftByReason: {},
      volunteersEverApproved: 0,
    });
  });

  it('volunteers list --json lists every volunteer with the status derived from their dates', async () => {
    const run = await cli(withData('volunteers', 'list', '--json'));
    expect(run.code, run.stderr).toBe(0);
    const listed = JSON.parse(run.stdout) as { firstName: string; lastName: string; status: string; enquiryDate: string }[];
    expect(listed.map((v) => [v.firstName, v.lastName, v.status, v.enquiryDate])).toEqual([
      ['Cara', 'Doyle', 'enquiry', '2024-10-10'],
      ['Amira', 'Khan', 'enquiry', '2024-03-31'],
      ['Ewa', 'Nowak', 'enquiry', '2025-04-01'],
      ['Ben', 'Okafor', 'enquiry', '2024-04-01'],
      ['Dev', 'Patel', 'enquiry', '2025-03-31'],
    ]);
    expect(Object.keys(listed[0]).sort()).toEqual(['approvedDate', 'area', 'dbsCheckDue', 'email', 'enquiryDate', 'firstName', 'id', 'interests', 'lastName', 'phone', 'status']);
  });

  it('a wrong passphrase fails in plain English without a stack trace or the passphrase', async () => {
    const run = await cli(withData('status'), { IV_DESK_PASSPHRASE: 'hunter2 hunter2 hunter2' });
    expectPlainFailure(run, /passphrase is not right/);
  });

  it('the passphrase is not accepted as an argument', async () => {
    const [withEnv, withoutEnv, inline] = await Promise.all([
      // Even with the right passphrase in the environment, the option is refused, not ignored.
      cli(withData('status', '--passphrase', 'hunter2 hunter2 hunter2')),
      cli(withData('status', '--passphrase', PASSPHRASE), {}),
      cli(withData('status', `--passphrase=${PASSPHRASE}`), {}),
    ]);
    for (const run of [withEnv, withoutEnv, inline]) expectPlainFailure(run, /never given on the command line.*IV_DESK_PASSPHRASE/);
  });

  it('with no passphrase at all (and no terminal to ask in), says how to give one', async () => {
    const run = await cli(withData('status'), {});
    expectPlainFailure(run, /No passphrase given\. Set IV_DESK_PASSPHRASE/);
  });

  it('a data folder with no IV Desk data gets a plain message', async () => {
    const missing = join(home, 'no-such-folder');
    const run = await cli(['status', '--data-dir', missing]);
    expectPlainFailure(run, /No IV Desk data in .*no-such-folder\. Run "iv-desk init" first\./);
    expect(existsSync(missing)).toBe(false);
  });

  it('bad report dates get plain messages', async () => {
    const [impossible, backwards, missingTo, badFormat] = await Promise.all([
      cli(withData('report', 'figures', '--from', '2024-02-30', '--to', '2024-03-31', '--json')),
      cli(withData('report', 'figures', '--from', '2025-04-01', '--to', '2025-03-31', '--json')),
      cli(withData('report', 'figures', '--from', '2024-04-01', '--json')),
      cli(withData('report', 'figures', '--from', '01/04/2024', '--to', '31/03/2025', '--json')),
    ]);
    expectPlainFailure(impossible, /real dates in the form YYYY-MM-DD/);
    expectPlainFailure(backwards, /start of the period must be on or before its end/);
    expectPlainFailure(missingTo, /--to is required/);
    expectPlainFailure(badFormat, /real dates in the form YYYY-MM-DD/);
  });

  it('typos and unknown commands get plain messages, not the default data folder', async () => {
    const [typo, unknown] = await Promise.all([cli(['status', '--datadir', dataDir]), cli(withData('statsu'))]);
    expectPlainFailure(typo, /There is no option --datadir/);
    expectPlainFailure(unknown, /Unknown command "statsu"/);
    expect(existsSync(join(home, '.config', 'IV Desk'))).toBe(false);
  });
});

describe('iv-desk with volunteers in every state of recruitment', () => {
  let dir: string;
  const inDir = (...args: string[]) => [...args, '--data-dir', dir];

  beforeAll(async () => {
    dir = join(home, 'recruitment');
    const file = join(home, 'recruitment.json');
    writeFileSync(file, JSON.stringify(recruitmentDocument()));
    const init = await cli(inDir('init', '--scheme-name', 'Recruitment'));
    expect(init.code, init.stderr).toBe(0);
    const imported = await cli(inDir('import', file));
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ imported: { volunteers: 22 } });
  });

  it('report figures gives the hand-worked volunteer figures for financial year 2025/26', async () => {
    const run = await cli(inDir('report', 'figures', '--from', PERIOD.from, '--to', PERIOD.to, '--json'));
    expect(run.code, run.stderr).toBe(0);
    const figures = JSON.parse(run.stdout);
    expect(figures.period).toEqual(PERIOD);
    expect(volunteerFigures(figures)).toStrictEqual(EXPECTED_FIGURES);
  });

  it('volunteers list --json, and with --status, filtered to each status', async () => {
    // Every status is settled by 01/04/2026, so today's date does not change them.
    const all = await cli(inDir('volunteers', 'list', '--json'));
    expect(all.code, all.stderr).toBe(0);
    const listed = JSON.parse(all.stdout) as { firstName: string; status: string }[];
    expect(listed).toHaveLength(22);
    const byStatus: Record<string, string[]> = {};
    for (const v of listed) (byStatus[v.status] ??= []).push(v.firstName);
    expect(byStatus).toEqual(EXPECTED_STATUSES);

    const [active, left] = await Promise.all([cli(inDir('volunteers', 'list', '--json', '--status', 'active')), cli(inDir('volunteers', 'list', '--status', 'left', '--json'))]);
    expect(active.code, active.stderr).toBe(0);
    expect((JSON.parse(active.stdout) as { firstName: string }[]).map((v) => v.firstName)).toEqual(EXPECTED_STATUSES.active);
    expect((JSON.parse(left.stdout) as { firstName: string }[]).map((v) => v.firstName)).toEqual(EXPECTED_STATUSES.left);
  });

  it('an unknown status or volunteers command gets a plain message', async () => {
    const [status, command] = await Promise.all([cli(inDir('volunteers', 'list', '--json', '--status', 'retired')), cli(inDir('volunteers', 'delete', '--json'))]);
    expectPlainFailure(status, /Unknown status "retired"\. Use one of: enquiry, interview, references, dbs, training, approval, active, inactive, left, withdrawn, rejected\./);
    expectPlainFailure(command, /Unknown volunteers command "delete"/);
  });
});

describe('iv-desk document', () => {
  let dir: string;
  const inDir = (...args: string[]) => [...args, '--data-dir', dir];

  beforeAll(async () => {
    dir = join(home, 'documents');
    const file = join(home, 'reviews.json');
    writeFileSync(file, JSON.stringify(reviewsScheme()));
    expect((await cli(inDir('init', '--scheme-name', 'Documents'))).code).toBe(0);
    const imported = await cli(inDir('import', file));
    expect(imported.code, imported.stderr).toBe(0);
  });

  it('writes the supervision record and the care-review update the screens give', async () => {
    const [record, update] = [join(home, 'record.docx'), join(home, 'update.docx')];
    const [r, u] = await Promise.all([
      cli(inDir('document', 'supervision-record', '--id', 'sup-ben', '--out', record)),
      cli(inDir('document', 'care-review-update', '--young-person', 'y1', '--review-date', '2026-11-30', '--out', update)),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(u.code, u.stderr).toBe(0);
    expect(docxText(readFileSync(record))).toContain('Ben Cole');
    const text = docxText(readFileSync(update));
    expect(text).toContain('Kayden Marsh');
    expect(text).toContain('Bowling');
    expect(statSync(update).mode & 0o777).toBe(0o600);
  });

  it('writes the annual report, with the self-assessment and sections as saved in the app for the financial year holding --to', async () => {
    const app = new Session({ dataDir: dir, migrationsDir: MIGRATIONS_DIR });
    await app.unlock(PASSPHRASE);
    expect((await dispatch(app, 'saveStandardAssessment', { year: 2025, standard: 9, rating: 'met', narrative: 'Every match is discussed at supervision.' })).ok).toBe(true);
    expect((await dispatch(app, 'saveReportNarrative', { year: 2025, section: 'achievements', text: 'Two new volunteers from the autumn campaign.' })).ok).toBe(true);
    app.lock();
    const out = join(home, 'annual.docx');
    const made = await cli(inDir('report', 'annual', '--from', '2025-04-01', '--to', '2026-03-31', '--out', out));
    expect(made.code, made.stderr).toBe(0);
    const text = docxText(readFileSync(out));
    for (const part of ['Period: 2025/26 (01/04/2025 to 31/03/2026)', 'Standard 9: Relationships monitored', 'Rating: Met', 'Every match is discussed at supervision.', 'Achievements', 'Two new volunteers from the autumn campaign.', 'Standard 14:']) expect(text).toContain(part);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const refused = join(home, 'annual-refused.docx');
    const [backwards, badDate, notWord] = await Promise.all([
      cli(inDir('report', 'annual', '--from', '2026-04-01', '--to', '2026-03-31', '--out', refused)),
      cli(inDir('report', 'annual', '--from', '2025-04-01', '--to', '2026-02-30', '--out', refused)),
      cli(inDir('report', 'annual', '--from', '2025-04-01', '--to', '2026-03-31', '--out', join(home, 'annual.pdf'))),
    ]);
    expectPlainFailure(backwards, /The start of the period must be on or before its end/);
    expectPlainFailure(badDate, /real dates in the form YYYY-MM-DD/);
    expectPlainFailure(notWord, /must end in \.docx/);
    expect(existsSync(refused)).toBe(false);
  });

  it('an unknown id, a bad date or a time with no match is refused, and no file is written', async () => {
    const out = join(home, 'refused.docx');
    const runs = await Promise.all([
      cli(inDir('document', 'supervision-record', '--id', 'nope', '--out', out)),
      cli(inDir('document', 'care-review-update', '--young-person', 'nobody', '--review-date', '2026-11-30', '--out', out)),
      cli(inDir('document', 'care-review-update', '--young-person', 'y1', '--review-date', '2026-02-30', '--out', out)),
      cli(inDir('document', 'care-review-update', '--young-person', 'y1', '--review-date', '2025-01-01', '--out', out)),
      cli(inDir('document', 'minutes', '--out', out)),
    ]);
    expectPlainFailure(runs[0], /There is no supervision with the id "nope"/);
    expectPlainFailure(runs[1], /There is no young person with the id "nobody"/);
    expectPlainFailure(runs[2], /--review-date as a real date/);
    expectPlainFailure(runs[3], /had no match with an Independent Visitor/);
    expectPlainFailure(runs[4], /Unknown document "minutes"/);
    expect(existsSync(out)).toBe(false);
  });
});
