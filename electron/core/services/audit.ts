/**
 * Reading the histories: one record's (with the records that belong to it), the Audit
 * screen's filtered list, and a safeguarding concern's own. Newest first, a page at a time.
 */
import type Database from 'better-sqlite3';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open';
import * as schema from '../db/schema';
import type { HistoryEntry, HistoryPage, ParsedInput } from '../../../shared/contract';
import { HISTORY_PAGE_SIZE } from '../../../shared/contract/audit';
import { actionLabel, changedFields, formatTimestamp, recordKindLabel, recordName, restoreNote, ukDayStart, type StoredRow } from '../../../shared/audit/format';
import { addDays } from '../../../shared/dates';
import type { StoredHistoryRow } from '../audit/hash';

/** The yes/no columns, from the schema, so their 1 and 0 read as Yes and No. */
const BOOLEAN_COLUMNS: ReadonlySet<string> = new Set(
  Object.values(schema as Record<string, unknown>)
    .flatMap((table) => getTableConfig(table as Parameters<typeof getTableConfig>[0]).columns)
    .filter((column) => column.columnType === 'SQLiteBoolean')
    .map((column) => column.name),
);

function parseRow(json: string | null): StoredRow | null {
  return json ? (JSON.parse(json) as StoredRow) : null;
}

export function describeEntry(entry: StoredHistoryRow): HistoryEntry {
  const before = parseRow(entry.before);
  const after = parseRow(entry.after);
  const isBackup = entry.record_kind === 'backup';
  return {
    id: entry.id,
    when: formatTimestamp(entry.at),
    actor: entry.actor,
    action: entry.action,
    actionLabel: actionLabel(entry.action),
    recordKind: entry.record_kind,
    recordLabel: recordKindLabel(entry.record_kind),
    recordId: entry.record_id,
    recordName: isBackup ? null : recordName(entry.record_kind, after ?? before),
    ownerKind: entry.owner_kind,
    ownerId: entry.owner_id,
    changes: isBackup ? [] : changedFields(entry.record_kind, before, after, BOOLEAN_COLUMNS),
    redacted: entry.redacted === 1,
    note: isBackup ? restoreNote(after) : null,
  };
}

function pageOf(sqlite: Database.Database, table: 'audit_log' | 'safeguarding_history', where: string, params: unknown[], page: number): HistoryPage {
  const total = sqlite.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get(...params) as number;
  const pageCount = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const shown = Math.min(page, pageCount);
  const rows = sqlite
    .prepare(`SELECT * FROM ${table} WHERE ${where} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...params, HISTORY_PAGE_SIZE, (shown - 1) * HISTORY_PAGE_SIZE) as StoredHistoryRow[];
  return { entries: rows.map(describeEntry), page: shown, pageCount, total };
}

const OWNED = '(record_kind = ? AND record_id = ?) OR (owner_kind = ? AND owner_id = ?)';

/** A person's or match's history, and that of every record belonging to them. */
export function recordHistory(db: Db, input: ParsedInput<'recordHistory'>): HistoryPage {
  return pageOf(db.$client, 'audit_log', OWNED, [input.kind, input.id, input.kind, input.id], input.page);
}

/** Everything recorded about one person and their matches, oldest first, for a subject-access export. */
export function fullHistory(db: Db, kind: 'volunteers' | 'young_people', id: number): HistoryEntry[] {
  const theirMatches =
    kind === 'volunteers' ? 'SELECT id FROM matches WHERE volunteer_id = ?' : 'SELECT m.id FROM matches m JOIN referrals r ON r.id = m.referral_id WHERE r.young_person_id = ?';
  const rows = db.$client
    .prepare(
      `SELECT * FROM audit_log WHERE ${OWNED} OR (record_kind = 'matches' AND record_id IN (${theirMatches})) OR (owner_kind = 'matches' AND owner_id IN (${theirMatches})) ORDER BY id`,
    )
    .all(kind, id, kind, id, id, id) as StoredHistoryRow[];
  return rows.map(describeEntry);
}

/** The whole history of every safeguarding concern that has ever named the person, oldest first, for a subject-access export. */
export function concernsHistoryFor(db: Db, kind: 'volunteers' | 'young_people', id: number): HistoryEntry[] {
  const column = kind === 'volunteers' ? 'volunteer_id' : 'young_person_id';
  const rows = db.$client
    .prepare(
      `SELECT * FROM safeguarding_history WHERE record_id IN (SELECT record_id FROM safeguarding_history WHERE json_extract(before, '$.${column}') = ? OR json_extract(after, '$.${column}') = ?) ORDER BY id`,
    )
    .all(id, id) as StoredHistoryRow[];
  return rows.map(describeEntry);
}

/** The Audit screen's list. Entries are stamped in UTC; a day in the filters is a UK day. */
export function auditTrail(db: Db, filters: ParsedInput<'auditTrail'>): HistoryPage {
  const where: string[] = ['1 = 1'];
  const params: unknown[] = [];
  if (filters.from) {
    where.push('at >= ?');
    params.push(ukDayStart(filters.from));
  }
  if (filters.to) {
    where.push('at < ?');
    params.push(ukDayStart(addDays(filters.to, 1)));
  }
  if (filters.recordKind) {
    where.push('record_kind = ?');
    params.push(filters.recordKind);
  }
  if (filters.recordId) {
    where.push('record_id = ?');
    params.push(filters.recordId);
  }
  if (filters.action) {
    where.push('action = ?');
    params.push(filters.action);
  }
  return pageOf(db.$client, 'audit_log', where.join(' AND '), params, filters.page);
}

export function safeguardingConcernHistory(db: Db, input: ParsedInput<'safeguardingConcernHistory'>): HistoryPage {
  return pageOf(db.$client, 'safeguarding_history', 'record_id = ?', [input.id], input.page);
}
