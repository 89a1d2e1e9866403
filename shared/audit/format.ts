/**
 * Turning stored audit entries (whole rows before and after, as JSON) into what a
 * coordinator reads: only the fields that changed, with their names in words and their
 * values as she would write them (dd/mm/yyyy, pounds, yes or no).
 */
import { formatUkDate, isIsoDate } from '../dates';
import { valueLabel } from './values';
import { ACTION_LABELS, RECORD_KIND_LABELS, fieldLabel, type AuditActionKind, type RecordKind } from './labels';

export type StoredRow = Record<string, unknown>;

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Columns that are the record's own machinery, not something the coordinator wrote. */
function isHidden(column: string): boolean {
  return column === 'id' || column === 'external_ref' || column.endsWith('_id');
}

function formatPence(pence: number): string {
  return `£${(pence / 100).toFixed(2)}`;
}

function formatJsonList(text: string): string | null {
  try {
    const list: unknown = JSON.parse(text);
    if (!Array.isArray(list)) return null;
    return list.map((item) => (item !== null && typeof item === 'object' ? Object.values(item as object).map((v) => formatScalar(v)).filter(Boolean).join(', ') : formatScalar(item))).join('; ');
  } catch {
    return null;
  }
}

function formatScalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return isIsoDate(value) ? formatUkDate(value) : value;
  return String(value);
}

/** One stored value of a kind of record as words; '' for nothing. `booleans` names the yes/no columns. */
export function formatValue(kind: string, column: string, value: unknown, booleans: ReadonlySet<string>): string {
  if (value === null || value === undefined || value === '') return '';
  if (booleans.has(column)) return value ? 'Yes' : 'No';
  const label = valueLabel(kind, column, value);
  if (label) return label;
  if (column.endsWith('_pence') && typeof value === 'number') return formatPence(value);
  if (column === 'duration_minutes' && typeof value === 'number') return `${value} minutes`;
  if (typeof value === 'string' && value.startsWith('[')) return formatJsonList(value) ?? value;
  return formatScalar(value);
}

/**
 * The fields that differ between the row before and after. A new record lists what it was
 * given; a deleted one what it held.
 */
export function changedFields(kind: string, before: StoredRow | null, after: StoredRow | null, booleans: ReadonlySet<string>): FieldChange[] {
  const columns = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((column) => !isHidden(column));
  const changes: FieldChange[] = [];
  for (const column of columns) {
    const was = formatValue(kind, column, before?.[column], booleans);
    const now = formatValue(kind, column, after?.[column], booleans);
    if (was !== now) changes.push({ field: column, label: fieldLabel(column), before: was, after: now });
  }
  return changes;
}

const UK_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

const UK_HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hour12: false });

/**
 * The instant a UK calendar day begins, as the UTC timestamp entries are stamped with, so a
 * filter by day means the coordinator's day: in summer it begins at 23:00 UTC the day before.
 * Clocks change at 01:00 UTC, so UK midnight is always either 00:00 or 23:00 UTC.
 */
export function ukDayStart(isoDate: string): string {
  const midnightUtc = new Date(`${isoDate}T00:00:00.000Z`);
  const ukHour = Number(UK_HOUR.format(midnightUtc));
  return new Date(midnightUtc.getTime() - ukHour * 3_600_000).toISOString();
}

/** When an entry was written, as UK time: "01/12/2026 10:55". */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return UK_TIME.format(date).replace(',', '');
}

/** The name a record goes by in a list of changes, from whichever row the entry holds. */
export function recordName(kind: string, row: StoredRow | null): string | null {
  if (!row) return null;
  const name = [row.first_name, row.last_name].filter((part) => typeof part === 'string' && part).join(' ');
  if (name) return name;
  if (kind === 'volunteer_training' && typeof row.module === 'string') return row.module;
  if (typeof row.date === 'string' && isIsoDate(row.date)) return formatUkDate(row.date);
  if (typeof row.review_date === 'string') return `review on ${formatUkDate(row.review_date)}`;
  if (typeof row.from_date === 'string') return `from ${formatUkDate(row.from_date)}`;
  if (typeof row.name === 'string' && row.name) return row.name;
  return null;
}

export const recordKindLabel = (kind: string): string => RECORD_KIND_LABELS[kind as RecordKind] ?? kind;
export const actionLabel = (action: string): string => ACTION_LABELS[action as AuditActionKind] ?? action;

/** What a restore entry says in words. */
export function restoreNote(after: StoredRow | null): string | null {
  if (!after || typeof after.backup !== 'string') return null;
  const safety = typeof after.safetyCopy === 'string' ? ` The data as it was before was kept as ${after.safetyCopy}.` : '';
  const folder = typeof after.folder === 'string' ? ` in ${after.folder}` : '';
  return `Restored from the backup ${after.backup}${folder}.${safety}`;
}
