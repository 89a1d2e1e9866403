/**
 * iv-desk: the headless command line. It uses the same core as the desktop app and, by
 * default, the same data folder.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Session } from '../session';
import { defaultDataDir, findMigrationsDir } from '../files';
import { findNetworkDriveLetters } from '../networkDrives';
import { errorKind, UserError } from '../errors';
import { storageFailure } from '../storageErrors';
import { parseArgs, type ParsedArgs } from './args';
import { readPassphrase } from './passphrase';
import { verifyDatabase, verifyFailure } from './verify';
import { importDocument } from '../interchange/importDocument';
import { importFileAt } from '../interchange/importFile';
import { exportDocument } from '../interchange/exportDocument';
import { reportFigures } from '../reports/figures';
import { annualReportDocument } from '../documents/annualReport';
import { tableCounts } from '../reports/counts';
import { passphraseProblem } from '../../../shared/passphrase';
import { contract } from '../../../shared/contract';
import { STATUS_LABELS } from '../../../shared/volunteers/stage';
import { listVolunteers } from '../services/volunteers';
import { supervisionRecordDocument } from '../services/supervisions';
import { careReviewUpdateDocument } from '../services/careReviews';
import { supervisions, youngPeople } from '../db/schema';
import { isIsoDate } from '../../../shared/dates';
import { eq } from 'drizzle-orm';
import { makeBackup } from '../backup/make';
import { backupBeforeImport } from '../backup/hooks';
import { importSheet } from './importSheet';
import { listBackups } from '../backup/list';
import { readBackupKeyFile, restoreBackup, restoreIntoEmptyFolder, type RestoreResult } from '../backup/restore';
import { unlockWithPassphrase } from '../crypto/keyFile';

const VOLUNTEER_STATUSES = Object.keys(STATUS_LABELS);

const USAGE = `Usage: iv-desk <command> [options]

Commands:
  init --scheme-name NAME [--local-authority LA]   create the encrypted database; prints the recovery key
  verify                                           check integrity, encryption, schema version and the audit trail (JSON)
  status                                           count the records of each kind (JSON)
  import FILE                                      import an interchange file (all or nothing)
  import-sheet FILE --kind KIND [--sheet NAME] [--mapping FILE.json] [--dry-run] [--json]
                                                   import a spreadsheet (.xlsx or .csv), all or nothing; KIND is one of
                                                   volunteers, young-people, matches, visits, supervisions, care-reviews;
                                                   --dry-run writes nothing (with --json: the mapping, counts and problems)
  export FILE [--include-safeguarding]             write an interchange file (not encrypted: keep it safe);
                                                   the safeguarding log only when asked for
  report figures --from YYYY-MM-DD --to YYYY-MM-DD --json   the council's figures for a period
  report annual --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.docx
                                                   the annual report as a Word document, with the standards and
                                                   sections saved for the financial year holding --to
  volunteers list --json [--status S]              volunteers with their derived status (JSON)
  document supervision-record --id ID --out FILE.docx
                                                   a supervision record as a Word document
  document care-review-update --young-person ID --review-date YYYY-MM-DD --out FILE.docx
                                                   the care-review update for a review, as a Word document
                                                   (IDs are the records' ids as an export shows them)
  backup [--to DIR]                                make a verified, encrypted backup; the last line is JSON with its path
  backups --json                                   list the backups with their dates, reasons and record counts (JSON)
  restore BACKUP --yes                             replace the data with a backup, keeping a safety copy of it first;
                                                   also into an empty data folder (a new computer)

Options for every command:
  --data-dir DIR    the data folder (or IV_DESK_DATA_DIR); defaults to the desktop app's folder
The passphrase is read from IV_DESK_PASSPHRASE, or asked for in a terminal.`;

function option(args: ParsedArgs, name: string, required: true): string;
function option(args: ParsedArgs, name: string, required?: false): string | undefined;
function option(args: ParsedArgs, name: string, required = false): string | undefined {
  const value = args.options[name];
  if (typeof value === 'string') return value;
  if (required) throw new UserError('invalid_input', `--${name} is required.\n\n${USAGE}`);
  return undefined;
}

function print(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** On Windows the mapped network drives are asked for first, so the synced-folder check sees them (as the app's does). */
async function newSession(args: ParsedArgs): Promise<Session> {
  return new Session({ dataDir: option(args, 'data-dir') ?? defaultDataDir(), migrationsDir: findMigrationsDir(), networkDriveLetters: await findNetworkDriveLetters() });
}

async function openSession(session: Session): Promise<Session> {
  const before = session.info();
  if (before.state === 'key_file_missing') throw new UserError('key_file_missing', before.problem ?? 'The key file is missing.');
  if (!session.isSetUp) throw new UserError('not_set_up', `No IV Desk data in ${session.files.dir}. Run "iv-desk init" first.`);
  await session.unlock(await readPassphrase('Passphrase: '));
  for (const warning of session.info().warnings) process.stderr.write(`iv-desk: warning: ${warning}\n`);
  return session;
}

/** verify answers in JSON whatever it finds: a database too damaged to open is a finding, not a crash. */
async function runVerify(session: Session): Promise<number> {
  let report;
  try {
    await openSession(session);
    report = verifyDatabase(session, findMigrationsDir());
  } catch (error) {
    if (error instanceof UserError && (error.code === 'wrong_passphrase' || error.code === 'not_set_up')) throw error;
    report = verifyFailure(error);
  } finally {
    session.lock();
  }
  print(report);
  return report.ok ? 0 : 1;
}

const KNOWN_OPTIONS = ['data-dir', 'scheme-name', 'local-authority', 'from', 'to', 'status', 'include-safeguarding', 'json', 'help', 'id', 'young-person', 'review-date', 'out', 'yes', 'kind', 'sheet', 'mapping', 'dry-run'] as const;

/** The record whose id an export shows, or a plain refusal. */
function byExternalRef(session: Session, table: typeof supervisions | typeof youngPeople, ref: string, what: string): number {
  const row = session.db.select({ id: table.id }).from(table).where(eq(table.externalRef, ref)).get();
  if (!row) throw new UserError('not_found', `There is no ${what} with the id "${ref}". Use the id an export shows. No file was written.`);
  return row.id;
}

async function writeDocument(session: Session, kind: string | undefined, args: ParsedArgs) {
  if (kind === 'supervision-record') {
    return supervisionRecordDocument(session.db, byExternalRef(session, supervisions, option(args, 'id', true), 'supervision'), session.today());
  }
  if (kind === 'care-review-update') {
    const youngPersonId = byExternalRef(session, youngPeople, option(args, 'young-person', true), 'young person');
    const reviewDate = option(args, 'review-date', true);
    if (!isIsoDate(reviewDate)) throw new UserError('invalid_input', 'Give --review-date as a real date in the form YYYY-MM-DD.');
    return careReviewUpdateDocument(session.db, youngPersonId, reviewDate, session.today());
  }
  throw new UserError('invalid_input', `Unknown document "${kind ?? ''}". Use supervision-record or care-review-update.`);
}

/** A Word document to the --out file, written only once it is complete: a refusal leaves no file behind. */
async function writeDocx(args: ParsedArgs, make: () => Promise<{ base64: string }>): Promise<void> {
  const out = option(args, 'out', true);
  if (!out.toLowerCase().endsWith('.docx')) throw new UserError('invalid_input', 'The --out file must end in .docx');
  const { base64 } = await make();
  writeFileSync(out, Buffer.from(base64, 'base64'), { mode: 0o600 });
  process.stderr.write(`Wrote ${out}. It holds personal information: keep it on an encrypted drive.\n`);
}

/** The restore command: the passphrase must open the backup before anything is replaced. */
async function restore(args: ParsedArgs, path: string | undefined): Promise<RestoreResult> {
  if (!path) throw new UserError('invalid_input', 'Say which backup to restore: iv-desk restore BACKUP --yes');
  if (args.options.yes !== true) {
    throw new UserError('invalid_input', 'Restoring replaces all the data in the data folder with the backup (a safety copy of the current data is kept first). To go ahead, run the command again with --yes. Nothing was changed.');
  }
  const session = await newSession(args);
  const keyFile = readBackupKeyFile(path);
  const passphrase = await readPassphrase('Passphrase of the backup: ');
  const dataKey = await unlockWithPassphrase(keyFile, passphrase).catch(() => {
    throw new UserError('wrong_passphrase', 'That passphrase does not open this backup. Use the passphrase that was current when the backup was made. Nothing was changed.');
  });
  try {
    if (!session.isSetUp) return restoreIntoEmptyFolder(session.files, path, dataKey);
    await session.unlock(passphrase).catch((error: unknown) => {
      if (error instanceof UserError && error.code === 'wrong_passphrase') {
        throw new UserError('wrong_passphrase', 'That passphrase opens the backup but not the data it would replace, so no safety copy could be made. Nothing was changed.');
      }
      throw error;
    });
    return restoreBackup(session, path, { key: dataKey });
  } finally {
    dataKey.fill(0);
    session.lock();
  }
}

async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, KNOWN_OPTIONS);
  const [command, sub, file] = args.positional;
  if (!command || args.options.help) {
    process.stdout.write(USAGE + '\n');
    return command || args.options.help ? 0 : 2;
  }
  if (command === 'init') {
    const session = await newSession(args);
    const schemeName = option(args, 'scheme-name', true);
    // Before asking for a passphrase: a synced folder or a database without its key file is refused outright.
    session.refuseSetUpHere();
    const passphrase = await readPassphrase('Choose a passphrase (at least 12 characters): ');
    const problem = passphraseProblem(passphrase);
    if (problem) throw new UserError('invalid_input', problem);
    if (!process.env.IV_DESK_PASSPHRASE && (await readPassphrase('Type it again: ')) !== passphrase) {
      throw new UserError('invalid_input', 'The two passphrases are different. Nothing was created.');
    }
    const { recoveryKey } = await session.setUp({ schemeName, localAuthority: option(args, 'local-authority') ?? null, passphrase });
    session.lock();
    process.stdout.write(
      `Created the encrypted IV Desk database in ${session.files.dir}\n\nRecovery key (shown once; print it or write it down and keep it locked away):\n\n    ${recoveryKey}\n\nIf both the passphrase and this key are lost, the data cannot be recovered by anyone.\n`,
    );
    return 0;
  }
  if (command === 'restore') {
    const result = await restore(args, sub);
    process.stderr.write(`Restored ${result.restored}. Unlock with the passphrase that was current when that backup was made.${result.safetyCopy ? ` To undo, restore the safety copy: ${result.safetyCopy}` : ''}\n`);
    process.stdout.write(JSON.stringify(result) + '\n');
    return 0;
  }
  if (command === 'verify') return runVerify(await newSession(args));
  const session = await openSession(await newSession(args));
  try {
    switch (command) {
      case 'backup': {
        const made = makeBackup({ sqlite: session.connection.sqlite, files: session.files }, { reason: 'manual', to: option(args, 'to') });
        process.stdout.write(JSON.stringify(made) + '\n');
        return 0;
      }
      case 'backups':
        print(listBackups(session.files.dir, session.connection.sqlite));
        return 0;
      case 'status':
        print(tableCounts(session.db));
        return 0;
      case 'import': {
        const path = sub;
        if (!path) throw new UserError('invalid_input', 'Say which file to import: iv-desk import FILE');
        const counts = importDocument(session.db, importFileAt(resolve(path)), session.today(), () => backupBeforeImport(session));
        print({ imported: counts });
        return 0;
      }
      case 'import-sheet':
        // Awaited here, so the session is still open while the sheet is read.
        return await importSheet(session, sub, args);
      case 'export': {
        const path = sub;
        if (!path) throw new UserError('invalid_input', 'Say where to write the export: iv-desk export FILE');
        writeFileSync(path, JSON.stringify(exportDocument(session.db, { includeSafeguarding: args.options['include-safeguarding'] === true }), null, 2) + '\n', { mode: 0o600 });
        process.stderr.write(`Exported to ${path}. This file is not encrypted: keep it on an encrypted drive and delete it when done.\n`);
        return 0;
      }
      case 'volunteers': {
        if (sub !== 'list') throw new UserError('invalid_input', `Unknown volunteers command "${sub ?? ''}". Try: iv-desk volunteers list --json`);
        const status = option(args, 'status');
        const parsed = contract.listVolunteers.input.safeParse(status ? { status } : {});
        if (!parsed.success) throw new UserError('invalid_input', `Unknown status "${status}". Use one of: ${VOLUNTEER_STATUSES.join(', ')}.`);
        print(listVolunteers(session.db, parsed.data, session.today()));
        return 0;
      }
      case 'report': {
        void file;
        const period = () => ({ from: option(args, 'from', true), to: option(args, 'to', true) });
        if (sub === 'figures') print(reportFigures(session.db, period()));
        else if (sub === 'annual') await writeDocx(args, () => annualReportDocument(session.db, period(), session.today()));
        else throw new UserError('invalid_input', `Unknown report "${sub ?? ''}". Try: iv-desk report figures --from YYYY-MM-DD --to YYYY-MM-DD --json, or iv-desk report annual --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.docx`);
        return 0;
      }
      case 'document':
        await writeDocx(args, () => writeDocument(session, sub, args));
        return 0;
      default:
        throw new UserError('invalid_input', `Unknown command "${command}".\n\n${USAGE}`);
    }
  } finally {
    session.lock();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const storage = storageFailure(error);
    if (error instanceof UserError) process.stderr.write(`iv-desk: ${error.message}\n`);
    else if (storage) process.stderr.write(`iv-desk: ${storage.message}\n`);
    else if (error instanceof Error && /needs a value$/.test(error.message)) process.stderr.write(`iv-desk: ${error.message}\n`);
    else process.stderr.write(`iv-desk: something went wrong (${errorKind(error)}). Nothing was changed.\n`);
    process.exit(1);
  },
);
