/**
 * Validates an interchange document as a whole: shape, dates, enums, unknown fields,
 * unique ids and references. Each problem names the list, the item's index and id, and
 * the field. Pure, so the preview and the import give the same answers.
 */
import type { z } from 'zod';
import { interchangeDocument, LIST_NAMES, REFERENCES, type InterchangeDocument, type ListName } from './format';

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

function describe(issue: z.core.$ZodIssue, raw: unknown): string {
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

export function validateDocument(raw: unknown): Validation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: ['The file is not an IV Desk interchange document (it should be a JSON object).'] };
  }
  if ((raw as { format?: unknown }).format !== 'iv-desk/1') {
    return { ok: false, errors: ['The file is not an IV Desk interchange document: "format" should be "iv-desk/1".'] };
  }
  const parsed = interchangeDocument.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.slice(0, MAX_ERRORS).map((i) => `${where(raw, i.path)} ${describe(i, raw)}`) };
  }
  const document = parsed.data;
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
