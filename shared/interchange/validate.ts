/**
 * Validates an interchange document as a whole: shape, dates, enums, unknown fields,
 * unique ids and references. Each problem names the list, the item's index and id, and
 * the field. Pure, so the preview and the import give the same answers.
 */
import type { z } from 'zod';
import { interchangeDocument, LISTS, LIST_NAMES, REFERENCES, type InterchangeDocument, type ListName } from './format';

export type Validation = { ok: true; document: InterchangeDocument } | { ok: false; errors: string[] };

const MAX_ERRORS = 50;

function where(raw: unknown, path: PropertyKey[]): string {
  const [list, index, ...rest] = path;
  if (typeof list !== 'string') return 'the file';
  // The scheme is a single object, not a list: name its field directly.
  if (typeof index !== 'number') return index === undefined ? list : `${list}, field "${path.slice(1).join('.')}"`;
  const item = (raw as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
  const id = item && typeof item.id === 'string' ? ` (id "${item.id}")` : '';
  const field = rest.length ? `, field "${rest.join('.')}"` : '';
  return `${list}[${index}]${id}${field}`;
}

/** The value in the raw document at an issue's path (undefined when absent). */
function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** A zod issue in plain words ("must be one of …"); `raw` is the item or document it came from. */
export function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.code === 'unrecognized_keys') return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`;
  if (issue.code === 'invalid_type') {
    // zod does not keep the input in its issues, so look at the document itself.
    const value = valueAt(raw, issue.path);
    if (value === undefined || value === null) return 'is required but missing';
    return `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
  }
  return issue.message;
}

/** What a file may hold at most, checked before any schema so a crafted file is refused in bounded memory. */
export const LIMITS = { itemsPerList: 2_000_000, keysPerObject: 60, itemsPerInnerList: 200, textLength: 10_000, depth: 4 };

/**
 * Walks the parsed file once, stopping at MAX_ERRORS problems: lists that are too long,
 * objects with too many keys, text that is too long, nesting that is too deep.
 */
function boundsProblems(raw: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const add = (message: string) => problems.length < MAX_ERRORS && problems.push(message);
  const walk = (value: unknown, place: string, depth: number): void => {
    if (problems.length >= MAX_ERRORS) return;
    if (typeof value === 'string') {
      if (value.length > LIMITS.textLength) add(`${place} is longer than ${LIMITS.textLength.toLocaleString('en-GB')} characters`);
    } else if (Array.isArray(value)) {
      if (depth > LIMITS.depth) return void add(`${place} is nested too deeply`);
      if (value.length > LIMITS.itemsPerInnerList) return void add(`${place} has more than ${LIMITS.itemsPerInnerList} entries`);
      value.forEach((v, i) => walk(v, `${place}.${i}`, depth + 1));
    } else if (typeof value === 'object' && value !== null) {
      if (depth > LIMITS.depth) return void add(`${place} is nested too deeply`);
      const entries = Object.entries(value);
      if (entries.length > LIMITS.keysPerObject) return void add(`${place} has more than ${LIMITS.keysPerObject} fields`);
      for (const [k, v] of entries) walk(v, `${place}, field "${k}"`, depth + 1);
    }
  };
  const top = Object.entries(raw);
  if (top.length > LIMITS.keysPerObject) return [`The file has more than ${LIMITS.keysPerObject} top-level fields, so it is not an IV Desk interchange file.`];
  for (const [key, value] of top) {
    if (!(LIST_NAMES as string[]).includes(key) || !Array.isArray(value)) {
      walk(value, key, 1);
      continue;
    }
    if (value.length > LIMITS.itemsPerList) add(`${key} has more than ${LIMITS.itemsPerList.toLocaleString('en-GB')} entries`);
    else value.forEach((item, index) => (typeof item === 'object' && item !== null && !Array.isArray(item) ? walk(item, `${key}[${index}]`, 1) : add(`${key}[${index}] must be an object`)));
    if (problems.length >= MAX_ERRORS) break;
  }
  return problems;
}

/**
 * The scheme and each list item on its own, stopping once MAX_ERRORS problems are found,
 * so memory stays bounded. Each item's parsed value takes its place in the list: in the
 * caller's own list when `consume`, so a large file is held once rather than twice.
 */
function parseEach(raw: Record<string, unknown>, consume: boolean): { errors: string[]; document: InterchangeDocument | null } {
  const top: Record<string, unknown> = { ...raw };
  for (const list of LIST_NAMES) if (Array.isArray(top[list])) top[list] = [];
  const shell = interchangeDocument.safeParse(top);
  const errors = shell.success ? [] : shell.error.issues.slice(0, MAX_ERRORS).map((i) => `${where(raw, i.path)} ${describeIssue(i, raw)}`);
  const lists: Partial<Record<ListName, unknown[]>> = {};
  for (const list of LIST_NAMES) {
    const items = raw[list];
    if (!Array.isArray(items)) continue;
    const parsedItems = consume ? items : [...items];
    for (let index = 0; index < items.length && errors.length < MAX_ERRORS; index += 1) {
      const parsed = LISTS[list].safeParse(items[index]);
      if (parsed.success) parsedItems[index] = parsed.data;
      else for (const i of parsed.error.issues) errors.push(`${where(raw, [list, index, ...i.path])} ${describeIssue({ ...i, path: [list, index, ...i.path] }, raw)}`);
    }
    lists[list] = parsedItems;
  }
  if (errors.length || !shell.success) return { errors: errors.slice(0, MAX_ERRORS), document: null };
  return { errors: [], document: { ...shell.data, ...lists } as InterchangeDocument };
}

/** With `consume`, the lists of `raw` are reused for the document (their items replaced by the parsed values): for a caller that parsed the file for this alone. */
export function validateDocument(raw: unknown, { consume = false } = {}): Validation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: ['The file is not an IV Desk interchange document (it should be a JSON object).'] };
  }
  if ((raw as { format?: unknown }).format !== 'iv-desk/1') {
    return { ok: false, errors: ['The file is not an IV Desk interchange document: "format" should be "iv-desk/1".'] };
  }
  const record = raw as Record<string, unknown>;
  const bounds = boundsProblems(record);
  if (bounds.length) return { ok: false, errors: bounds };
  const { errors: problems, document } = parseEach(record, consume);
  if (!document) return { ok: false, errors: problems };
  const errors: string[] = [];
  const ids = {} as Record<ListName, Set<string>>;
  for (const list of LIST_NAMES) {
    ids[list] = new Set();
    (document[list] ?? []).forEach((item, index) => {
      if (ids[list].has(item.id)) errors.push(`${list}[${index}] (id "${item.id}"), field "id": the id is used twice in ${list}`);
      ids[list].add(item.id);
    });
  }
  for (const list of LIST_NAMES) {
    const refs = REFERENCES[list];
    if (!refs) continue;
    (document[list] ?? []).forEach((item, index) => {
      for (const [field, target] of Object.entries(refs)) {
        const value = (item as Record<string, unknown>)[field];
        // A list of references names the dangling one by its place in the list.
        const values: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [`${field}.${i}`, v]) : [[field, value]];
        for (const [name, v] of values) {
          if (typeof v === 'string' && !ids[target].has(v)) {
            errors.push(`${list}[${index}] (id "${item.id}"), field "${name}": refers to "${v}", which is not in ${target}`);
          }
        }
      }
    });
  }
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, document };
}
