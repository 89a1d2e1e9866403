/**
 * Validates an interchange document: shape, dates, enums, unknown fields, unique ids and
 * references. Each problem names the list, the item's index and id, and the field. Pure,
 * so the preview and the import give the same answers. DocumentCheck takes the file an
 * item at a time, as the import reads it; validateDocument checks a document already in
 * memory with it.
 */
import type { z } from 'zod';
import { FORMAT, interchangeDocument, LISTS, LIST_NAMES, REFERENCES, type InterchangeDocument, type ListName, type RecordOf } from './format';

export type Validation = { ok: true; document: InterchangeDocument } | { ok: false; errors: string[] };

const MAX_ERRORS = 50;

/** Where a problem is: the scheme's or the file's field, or a list item by its index and id. */
function where(path: PropertyKey[], item?: unknown): string {
  const [list, index, ...rest] = path;
  if (typeof list !== 'string') return 'the file';
  // The scheme is a single object, not a list: name its field directly.
  if (typeof index !== 'number') return index === undefined ? list : `${list}, field "${path.slice(1).join('.')}"`;
  const id = typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? ` (id "${(item as { id: string }).id}")` : '';
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

export const NOT_AN_OBJECT = 'The file is not an IV Desk interchange document (it should be a JSON object).';
export const WRONG_FORMAT = `The file is not an IV Desk interchange document: "format" should be "${FORMAT}".`;
const TOO_MANY_FIELDS = `The file has more than ${LIMITS.keysPerObject} top-level fields, so it is not an IV Desk interchange file.`;

/** Lists that are too long, objects with too many keys, text that is too long, nesting that is too deep, in one value. */
function boundsProblems(value: unknown, place: string, depth: number, add: (message: string) => void, full: () => boolean): void {
  if (full()) return;
  if (typeof value === 'string') {
    if (value.length > LIMITS.textLength) add(`${place} is longer than ${LIMITS.textLength.toLocaleString('en-GB')} characters`);
  } else if (Array.isArray(value)) {
    if (depth > LIMITS.depth) return add(`${place} is nested too deeply`);
    if (value.length > LIMITS.itemsPerInnerList) return add(`${place} has more than ${LIMITS.itemsPerInnerList} entries`);
    value.forEach((v, i) => boundsProblems(v, `${place}.${i}`, depth + 1, add, full));
  } else if (typeof value === 'object' && value !== null) {
    if (depth > LIMITS.depth) return add(`${place} is nested too deeply`);
    const entries = Object.entries(value);
    if (entries.length > LIMITS.keysPerObject) return add(`${place} has more than ${LIMITS.keysPerObject} fields`);
    for (const [k, v] of entries) boundsProblems(v, `${place}, field "${k}"`, depth + 1, add, full);
  }
}

/**
 * The checks of one file, fed in the order it is read: the fields beside the lists, and
 * each list's items. An item's references are checked against the items already given,
 * so a list must come after the lists it refers to (the reader holds back one that comes
 * early). Stops collecting at MAX_ERRORS problems, so memory stays bounded.
 */
export class DocumentCheck {
  private readonly problems: string[] = [];
  private readonly ids = Object.fromEntries(LIST_NAMES.map((list) => [list, new Set<string>()])) as Record<ListName, Set<string>>;
  /** The file's top level with each list as [], for the shell's schema. */
  private readonly top: Record<string, unknown> = {};
  /** The lists whose ids are held: every list, or only those other lists refer to. */
  private readonly held: ReadonlySet<ListName>;

  /**
   * With `duplicatesFoundElsewhere`, the caller finds a second use of an id itself (the
   * import's writing pass, where the first use is already in the database), so only the
   * ids of lists that other lists refer to are held: the long lists' ids are not.
   */
  constructor({ duplicatesFoundElsewhere = false } = {}) {
    this.held = new Set(duplicatesFoundElsewhere ? LIST_NAMES.flatMap((list) => Object.values(REFERENCES[list] ?? {})) : LIST_NAMES);
  }

  get full(): boolean {
    return this.problems.length >= MAX_ERRORS;
  }

  get failed(): boolean {
    return this.problems.length > 0;
  }

  /** A problem found beyond the format's own rules (the import's rules, a record already stored). */
  add = (message: string): void => {
    if (!this.full) this.problems.push(message);
  };

  /** A top-level field: a list's items come through `item`, anything else (the scheme, a list that is not a list) here. */
  field(key: string, value: unknown): void {
    this.top[key] = value;
  }

  list(list: ListName): void {
    this.top[list] = [];
  }

  /** The item parsed, when it passed every check of the format; null when it did not (its problems are recorded). */
  item<K extends ListName>(list: K, index: number, raw: unknown): RecordOf<K> | null {
    if (index >= LIMITS.itemsPerList) {
      if (index === LIMITS.itemsPerList) this.add(`${list} has more than ${LIMITS.itemsPerList.toLocaleString('en-GB')} entries`);
      return null;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      this.add(`${list}[${index}] must be an object`);
      return null;
    }
    const before = this.problems.length;
    boundsProblems(raw, `${list}[${index}]`, 1, this.add, () => this.full);
    const parsed = this.problems.length === before ? LISTS[list].safeParse(raw) : null;
    if (!parsed?.success) {
      for (const issue of parsed?.error.issues ?? []) {
        this.add(`${where([list, index, ...issue.path], raw)} ${describeIssue(issue, raw)}`);
      }
      // Known, so that a record referring to it is not also said to dangle.
      const id = (raw as { id?: unknown }).id;
      if (typeof id === 'string' && this.held.has(list)) this.ids[list].add(id);
      return null;
    }
    const item = parsed.data as RecordOf<K>;
    if (this.ids[list].has(item.id)) {
      this.add(`${list}[${index}] (id "${item.id}"), field "id": the id is used twice in ${list}`);
      return null;
    }
    if (this.held.has(list)) this.ids[list].add(item.id);
    let dangling = false;
    for (const [field, target] of Object.entries(REFERENCES[list] ?? {}) as [string, ListName][]) {
      const value = (item as Record<string, unknown>)[field];
      // A list of references names the dangling one by its place in the list.
      const values: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [`${field}.${i}`, v]) : [[field, value]];
      for (const [name, v] of values) {
        if (typeof v === 'string' && !this.ids[target].has(v)) {
          this.add(`${list}[${index}] (id "${item.id}"), field "${name}": refers to "${v}", which is not in ${target}`);
          dangling = true;
        }
      }
    }
    return dangling ? null : item;
  }

  /**
   * Once the whole file is read: the format marker, then the fields beside the lists.
   * A wrong marker or too many fields is the one problem told, as the file is then not
   * an interchange file at all.
   */
  finish(): { errors: string[]; shell: Omit<InterchangeDocument, ListName> | null } {
    if (this.top.format !== FORMAT) return { errors: [WRONG_FORMAT], shell: null };
    if (Object.keys(this.top).length > LIMITS.keysPerObject) return { errors: [TOO_MANY_FIELDS], shell: null };
    const errors: string[] = [];
    const add = (message: string) => errors.push(message);
    for (const [key, value] of Object.entries(this.top)) boundsProblems(value, key, 1, add, () => errors.length >= MAX_ERRORS);
    const shell = errors.length ? null : interchangeDocument.safeParse(this.top);
    if (shell && !shell.success) for (const issue of shell.error.issues) errors.push(`${where(issue.path)} ${describeIssue(issue, this.top)}`);
    errors.push(...this.problems);
    return { errors: errors.slice(0, MAX_ERRORS), shell: shell?.success && errors.length === 0 ? shell.data : null };
  }
}

/** A document already in memory, checked list by list in the format's order; the caller's document is left as it was. */
export function validateDocument(raw: unknown): Validation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, errors: [NOT_AN_OBJECT] };
  const record = raw as Record<string, unknown>;
  if (record.format !== FORMAT) return { ok: false, errors: [WRONG_FORMAT] };
  if (Object.keys(record).length > LIMITS.keysPerObject) return { ok: false, errors: [TOO_MANY_FIELDS] };
  const check = new DocumentCheck();
  for (const [key, value] of Object.entries(record)) {
    if ((LIST_NAMES as string[]).includes(key) && Array.isArray(value)) check.list(key as ListName);
    else check.field(key, value);
  }
  const lists: Partial<Record<ListName, unknown[]>> = {};
  for (const list of LIST_NAMES) {
    const items = record[list];
    if (!Array.isArray(items)) continue;
    lists[list] = [];
    for (let index = 0; index < items.length && !check.full; index += 1) lists[list].push(check.item(list, index, items[index]));
  }
  const { errors, shell } = check.finish();
  return shell ? { ok: true, document: { ...shell, ...lists } as InterchangeDocument } : { ok: false, errors };
}
