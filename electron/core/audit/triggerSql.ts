/**
 * The audit triggers, generated from the drizzle schema so that a migration which changes a
 * table's columns can regenerate them (`npm run audit:triggers` prints the SQL). Every
 * record table gets AFTER INSERT / UPDATE / DELETE triggers that write the whole row as
 * JSON into its history (the safeguarding log into its own), chained by hash; an update
 * that changes nothing writes nothing. Under withAuditAction(db, 'erasure') the entries
 * carry no personal data, and BEFORE triggers first redact the earlier entries: the erased
 * fields of an updated row, everything about a deleted one.
 */
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../db/schema';
import { GENESIS_HASH } from './hash';

type HistoryTable = 'audit_log' | 'safeguarding_history';

/**
 * Tables that are not records: the settings row, the histories themselves, and the
 * spreadsheet import's bookkeeping (which records an import added, the saved column
 * mappings), whose every row would otherwise double the history of a large import.
 */
export const NOT_RECORDS = new Set(['scheme', 'audit_log', 'safeguarding_history', 'sheet_import_records', 'sheet_mappings']);

/** The person or match each kind of record belongs to, so its history shows there too. */
export const RECORD_OWNERS: Readonly<Record<string, { kind: string; column: string }>> = {
  volunteer_references: { kind: 'volunteers', column: 'volunteer_id' },
  volunteer_training: { kind: 'volunteers', column: 'volunteer_id' },
  volunteer_inactive_periods: { kind: 'volunteers', column: 'volunteer_id' },
  supervisions: { kind: 'volunteers', column: 'volunteer_id' },
  referrals: { kind: 'young_people', column: 'young_person_id' },
  consents: { kind: 'young_people', column: 'young_person_id' },
  care_reviews: { kind: 'young_people', column: 'young_person_id' },
  care_review_updates: { kind: 'young_people', column: 'young_person_id' },
  visits: { kind: 'matches', column: 'match_id' },
  contacts: { kind: 'matches', column: 'match_id' },
  feedback: { kind: 'matches', column: 'match_id' },
};

/** The people a safeguarding concern can name: erasing one of them redacts those concerns' history. */
const PEOPLE_IN_CONCERNS: Readonly<Record<string, string>> = { volunteers: 'volunteer_id', young_people: 'young_person_id' };

export interface RecordTable {
  name: string;
  columns: string[];
}

/** Every record table in the schema with its columns, in schema order. */
export function recordTables(): RecordTable[] {
  return Object.values(schema as Record<string, unknown>)
    .filter((value): value is SQLiteTable => is(value, SQLiteTable))
    .map((table) => getTableConfig(table))
    .filter((config) => !NOT_RECORDS.has(config.name))
    .map((config) => ({ name: config.name, columns: config.columns.map((column) => column.name) }));
}

export const historyTableOf = (table: string): HistoryTable => (table === 'safeguarding_concerns' ? 'safeguarding_history' : 'audit_log');

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const ERASING = `iv_audit_action() IS 'erasure'`;

/** SQLite allows 127 arguments to a function, so json_object takes at most 63 columns. */
const MAX_JSON_COLUMNS = 63;

function rowJson(row: 'OLD' | 'NEW', columns: string[]): string {
  if (columns.length > MAX_JSON_COLUMNS) throw new Error(`A table has ${columns.length} columns; json_object takes at most ${MAX_JSON_COLUMNS}: split the row into two objects with json_patch.`);
  // Merging onto {} drops the empty (null) fields: the rows are mostly empty, and the entries less than half the size.
  const data = `json_patch('{}', json_object(${columns.map((column) => `${quote(column)}, ${row}."${column}"`).join(', ')}))`;
  return `CASE WHEN ${ERASING} THEN NULL ELSE ${data} END`;
}

export interface EntryExpressions {
  action: string;
  kind: string;
  id: string;
  ownerKind: string;
  ownerId: string;
  before: string;
  after: string;
}

/**
 * One INSERT of a chained entry, from SQL expressions: the triggers pass OLD./NEW. columns,
 * recordAuditEntry passes parameters. `hash` chains the previous entry's hash with this one's
 * content hash. Triggers cannot use WITH, hence the nested selects.
 */
export function entryInsertSql(history: HistoryTable, e: EntryExpressions): string {
  return `INSERT INTO ${history} (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM ${history} ORDER BY id DESC LIMIT 1), '${GENESIS_HASH}') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      ${e.action} AS action, ${e.kind} AS record_kind, ${e.id} AS record_id, ${e.ownerKind} AS owner_kind, ${e.ownerId} AS owner_id,
      ${e.before} AS before, ${e.after} AS after) AS entry)`;
}

function redactSql(history: HistoryTable, condition: string): string {
  return `UPDATE ${history} SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND (${condition})`;
}

/**
 * Erasing some fields of a record (a disclosure note past its time, say) removes just those
 * fields from every earlier entry about it, leaving the rest of its history readable.
 */
function eraseFieldsStatement(table: RecordTable, history: HistoryTable): string {
  const paths = table.columns.map((column) => `CASE WHEN OLD."${column}" IS NOT NEW."${column}" THEN '$.${column}' ELSE '$.${UNCHANGED}' END`).join(', ');
  return `UPDATE ${history} SET before = json_remove(before, ${paths}), after = json_remove(after, ${paths}), redacted = 1 WHERE record_kind = ${quote(table.name)} AND record_id = OLD.id`;
}

/** A key no row has, for the fields an erasure leaves alone. */
const UNCHANGED = '__unchanged__';

/** Erasing a whole record blanks every earlier entry about it and the records that belong to it. */
function eraseStatements(table: RecordTable, history: HistoryTable): string[] {
  const kind = quote(table.name);
  const statements = [redactSql(history, `(record_kind = ${kind} AND record_id = OLD.id) OR (owner_kind = ${kind} AND owner_id = OLD.id)`)];
  const column = PEOPLE_IN_CONCERNS[table.name];
  if (column) statements.push(redactSql('safeguarding_history', `json_extract(before, '$.${column}') = OLD.id OR json_extract(after, '$.${column}') = OLD.id`));
  return statements;
}

const trigger = (name: string, timing: string, table: string, when: string | null, statements: string[]) =>
  `CREATE TRIGGER \`${name}\` ${timing} ON \`${table}\`${when ? ` WHEN ${when}` : ''} BEGIN\n  ${statements.join(';\n  ')};\nEND`;

/** The CREATE TRIGGER statements for one record table. */
export function tableTriggers(table: RecordTable): { name: string; sql: string }[] {
  const history = historyTableOf(table.name);
  const owner = RECORD_OWNERS[table.name];
  const entry = (row: 'OLD' | 'NEW', action: string, before: string, after: string) =>
    entryInsertSql(history, {
      action: `coalesce(iv_audit_action(), '${action}')`,
      kind: quote(table.name),
      id: `${row}.id`,
      ownerKind: owner ? quote(owner.kind) : 'NULL',
      ownerId: owner ? `${row}."${owner.column}"` : 'NULL',
      before,
      after,
    });
  const changed = table.columns.map((column) => `OLD."${column}" IS NOT NEW."${column}"`).join(' OR ');
  const erase = eraseStatements(table, history);
  const named = (suffix: string) => `audit_${table.name}_${suffix}`;
  return [
    { name: named('insert'), sql: trigger(named('insert'), 'AFTER INSERT', table.name, null, [entry('NEW', 'create', 'NULL', rowJson('NEW', table.columns))]) },
    { name: named('update'), sql: trigger(named('update'), 'AFTER UPDATE', table.name, changed, [entry('NEW', 'update', rowJson('OLD', table.columns), rowJson('NEW', table.columns))]) },
    { name: named('delete'), sql: trigger(named('delete'), 'AFTER DELETE', table.name, null, [entry('OLD', 'delete', rowJson('OLD', table.columns), 'NULL')]) },
    { name: named('erase_update'), sql: trigger(named('erase_update'), 'BEFORE UPDATE', table.name, `${ERASING} AND (${changed})`, [eraseFieldsStatement(table, history)]) },
    { name: named('erase_delete'), sql: trigger(named('erase_delete'), 'BEFORE DELETE', table.name, ERASING, erase) },
  ];
}

/**
 * The histories only ever grow: an entry may be redacted (some or all of its data removed,
 * and marked so), never otherwise edited or removed. Anyone able to drop these triggers can still tamper,
 * which is what the hash chain and verify are for.
 */
function appendOnlyTriggers(history: HistoryTable): { name: string; sql: string }[] {
  const unchanged = ['id', 'at', 'actor', 'action', 'record_kind', 'record_id', 'owner_kind', 'owner_id', 'content_hash', 'prev_hash', 'hash']
    .map((column) => `NEW.${column} IS OLD.${column}`)
    .join(' AND ');
  const isRedaction = `${unchanged} AND NEW.redacted = 1`;
  return [
    { name: `${history}_no_update`, sql: trigger(`${history}_no_update`, 'BEFORE UPDATE', history, `NOT (${isRedaction})`, [`SELECT RAISE(ABORT, 'The history of changes cannot be edited')`]) },
    { name: `${history}_no_delete`, sql: trigger(`${history}_no_delete`, 'BEFORE DELETE', history, null, [`SELECT RAISE(ABORT, 'The history of changes cannot be deleted')`]) },
  ];
}

/** Every audit trigger for the current schema, each a separate statement. */
export function allTriggers(): { name: string; sql: string }[] {
  return [...appendOnlyTriggers('audit_log'), ...appendOnlyTriggers('safeguarding_history'), ...recordTables().flatMap(tableTriggers)];
}

/** The SQL for a migration: drop each trigger if present, then create it, with drizzle's breakpoints. */
export function migrationTriggerSql(): string {
  return allTriggers()
    .flatMap((t) => [`DROP TRIGGER IF EXISTS \`${t.name}\`;`, `${t.sql};`])
    .join('--> statement-breakpoint\n');
}
