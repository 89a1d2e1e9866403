import { openSync, readSync, closeSync, existsSync } from 'node:fs';
import type { Session } from '../session';
import { isDamageError, knownSchemaVersion } from '../db/open';
import { UserError } from '../errors';
import { checkChain, type ChainReport } from '../audit/chain';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0');

function startsWithPlainHeader(path: string): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

export interface VerifyReport {
  ok: boolean;
  /** True when the database file is damaged (or does not belong to its key file). */
  damaged: boolean;
  integrity: string;
  cipher: string;
  legacy: number;
  journalMode: string;
  foreignKeys: boolean;
  plaintextHeader: boolean;
  schemaVersion: number;
  appSchemaVersion: number;
  /** The audit trail's hash chain, and the safeguarding log's own; null when not checked. */
  auditTrail: ChainReport | null;
  safeguardingHistory: ChainReport | null;
  problems: string[];
}

/** Checks an unlocked session's database: integrity, cipher settings, schema version and the histories' hash chains. */
export function verifyDatabase(session: Session, migrationsDir: string): VerifyReport {
  try {
    return checkOpenDatabase(session, migrationsDir);
  } catch (error) {
    return verifyFailure(error);
  }
}

/** The report for a database that could not be opened or checked; never throws. */
export function verifyFailure(error: unknown): VerifyReport {
  const damaged = isDamageError(error) || (error instanceof UserError && error.code === 'damaged');
  const problem = error instanceof UserError ? error.message : damaged ? 'The database file is damaged.' : `The check could not finish (${(error as Error)?.name ?? 'error'}).`;
  return {
    ok: false,
    damaged,
    integrity: damaged ? 'damaged' : 'not checked',
    cipher: '',
    legacy: 0,
    journalMode: '',
    foreignKeys: false,
    plaintextHeader: false,
    schemaVersion: 0,
    appSchemaVersion: 0,
    auditTrail: null,
    safeguardingHistory: null,
    problems: [problem],
  };
}

function checkOpenDatabase(session: Session, migrationsDir: string): VerifyReport {
  const { sqlite } = session.connection;
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  const report: VerifyReport = {
    ok: true,
    damaged: false,
    integrity,
    cipher: String(sqlite.pragma('cipher', { simple: true })),
    legacy: Number(sqlite.pragma('legacy', { simple: true })),
    journalMode: String(sqlite.pragma('journal_mode', { simple: true })),
    foreignKeys: sqlite.pragma('foreign_keys', { simple: true }) === 1,
    plaintextHeader: startsWithPlainHeader(session.files.database),
    schemaVersion: Number(sqlite.pragma('user_version', { simple: true })),
    appSchemaVersion: knownSchemaVersion(migrationsDir),
    auditTrail: checkChain(sqlite, 'audit_log'),
    safeguardingHistory: checkChain(sqlite, 'safeguarding_history'),
    problems: [],
  };
  if (report.integrity !== 'ok') {
    report.damaged = true;
    report.problems.push('The integrity check found damage');
  }
  if (report.cipher !== 'sqlcipher' || report.legacy !== 4) report.problems.push('The cipher settings are not SQLCipher 4');
  if (report.plaintextHeader) report.problems.push('The database file is not encrypted');
  if (report.journalMode !== 'wal') report.problems.push('The database is not in WAL mode');
  if (!report.foreignKeys) report.problems.push('Foreign key checks are off');
  if (report.auditTrail?.firstBroken) report.problems.push(`The audit trail has been tampered with: ${report.auditTrail.firstBroken.problem}`);
  if (report.safeguardingHistory?.firstBroken) report.problems.push(`The safeguarding log's history has been tampered with: ${report.safeguardingHistory.firstBroken.problem}`);
  if (report.schemaVersion !== report.appSchemaVersion) report.problems.push('The schema version does not match this version of IV Desk');
  report.ok = report.problems.length === 0;
  return report;
}
