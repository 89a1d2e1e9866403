// Every text field of every record kind in the interchange format is capped at the
// length the screens' form allows (shared/textLimits.ts), and every list a form bounds is
// bounded the same. Driven by the format's own schemas, so a new uncapped field fails here.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LISTS, LIST_NAMES, schemeRecord, type ListName } from './format';
import { LIMITS, validateDocument } from './validate';
import { LIST_LIMITS, TEXT_LIMITS } from '../textLimits';
import allLists from '../../tests/fixtures/interchange/all-lists.json';

interface Leaf {
  path: (string | number)[];
  maxLength?: number;
}

type JsonSchema = { type?: string | string[]; maxLength?: number; enum?: unknown[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] };

/** The string fields under a schema, each with its path (0 for a list's entries) and cap. */
function stringLeaves(schema: JsonSchema, path: (string | number)[] = []): Leaf[] {
  if (schema.anyOf) return schema.anyOf.flatMap((option) => stringLeaves(option, path));
  if (schema.properties) return Object.entries(schema.properties).flatMap(([key, value]) => stringLeaves(value, [...path, key]));
  if (schema.items) return stringLeaves(schema.items, [...path, 0]);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes('string') || schema.enum) return [];
  return [{ path, ...(schema.maxLength === undefined ? {} : { maxLength: schema.maxLength }) }];
}

const leavesOf = (schema: z.ZodType) => stringLeaves(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema);

/** Ids, references and dates are not free text: their own rules bound them. */
const NOT_TEXT = /^(id|.+Id|date|.+Date|.+At|dateOfBirth|from|to|byWhen|expectedReturn|matchesDiscussed)$/;
/** The scheme's settings are checked by the settings forms' own schemas, with those forms' words. */
const SETTINGS = new Set(['recruitmentSettings', 'caseSettings']);
const nameOf = (path: (string | number)[]) => path.filter((key) => typeof key === 'string').at(-1) as string;

const withValueAt = (item: unknown, path: (string | number)[], value: string) => {
  const copy = structuredClone(item) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (node[key] === undefined || node[key] === null) throw new Error(`all-lists.json has no ${path.join('.')}: add it so every field is covered`);
    node = node[key] as Record<string | number, unknown>;
  }
  node[path.at(-1)!] = value;
  return copy;
};

const KINDS: [string, z.ZodType][] = [['scheme', schemeRecord], ...LIST_NAMES.map((list) => [list, LISTS[list]] as [string, z.ZodType])];

describe('text caps in the interchange format', () => {
  it.each(KINDS)('%s: every text field has a cap', (_kind, schema) => {
    const uncapped = leavesOf(schema).filter((leaf) => leaf.maxLength === undefined && !NOT_TEXT.test(nameOf(leaf.path)));
    expect(uncapped.map((leaf) => leaf.path.join('.'))).toEqual([]);
  });

  it.each(KINDS)('%s: a field at its cap is taken, one character more is refused, naming the record and field', (kind, schema) => {
    const fixture = allLists as unknown as Record<string, unknown>;
    const leaves = leavesOf(schema).filter((leaf): leaf is Required<Leaf> => leaf.maxLength !== undefined && !SETTINGS.has(String(leaf.path[0])));
    for (const { path, maxLength } of leaves) {
      const place = kind === 'scheme' ? 'scheme' : `${kind}[0]`;
      const original = kind === 'scheme' ? fixture.scheme : (fixture[kind] as unknown[])[0];
      const document = (value: string) => ({ ...fixture, [kind]: kind === 'scheme' ? withValueAt(original, path, value) : [withValueAt(original, path, value), ...(fixture[kind] as unknown[]).slice(1)] });
      const atCap = validateDocument(document('x'.repeat(maxLength)));
      expect(atCap.ok ? [] : atCap.errors, `${place} ${path.join('.')} at ${maxLength}`).toEqual([]);
      const over = validateDocument(document('x'.repeat(maxLength + 1)));
      const id = kind === 'scheme' ? '' : ` (id "${(original as { id: string }).id}")`;
      // A field whose form allows as much as any text may hold is refused by the file's size checks, which come first.
      const expected =
        maxLength >= LIMITS.textLength
          ? `${place}, field "${path.join('.')}" is longer than ${LIMITS.textLength.toLocaleString('en-GB')} characters`
          : `${place}${id}, field "${path.join('.')}" is longer than the ${maxLength.toLocaleString('en-GB')} characters IV Desk's form allows`;
      expect(over.ok ? [] : over.errors).toEqual([expected]);
    }
  });

  it('covers many fields in all', () => {
    expect(KINDS.flatMap(([, schema]) => leavesOf(schema).filter((leaf) => leaf.maxLength !== undefined)).length).toBeGreaterThan(60);
  });

  it('uses the forms’ limits: a sample of fields against shared/textLimits.ts', () => {
    const capOf = (schema: z.ZodType, path: string) => leavesOf(schema).find((leaf) => leaf.path.join('.') === path)?.maxLength;
    expect(capOf(LISTS.volunteers, 'phone')).toBe(TEXT_LIMITS.volunteer.phone);
    expect(capOf(LISTS.volunteers, 'email')).toBe(TEXT_LIMITS.email);
    expect(capOf(LISTS.volunteers, 'languages.0')).toBe(TEXT_LIMITS.listItem);
    expect(capOf(LISTS.volunteers, 'dbs.certificateNumber')).toBe(TEXT_LIMITS.volunteer.dbsCertificateNumber);
    expect(capOf(LISTS.youngPeople, 'notes')).toBe(TEXT_LIMITS.youngPerson.notes);
    expect(capOf(LISTS.supervisions, 'actionItems.0.action')).toBe(TEXT_LIMITS.supervision.action);
    expect(capOf(LISTS.consents, 'formVersion')).toBe(TEXT_LIMITS.consent.formVersion);
    expect(capOf(schemeRecord, 'name')).toBe(TEXT_LIMITS.scheme.name);
  });
});

describe('list lengths in the interchange format', () => {
  const volunteer = (allLists.volunteers as unknown[])[0] as Record<string, unknown>;
  const supervision = (allLists.supervisions as unknown[])[0] as Record<string, unknown>;
  const documentWith = (list: ListName, item: Record<string, unknown>) => ({ ...allLists, [list]: [item, ...(allLists[list] as unknown[]).slice(1)] });

  it.each([
    ['volunteers', volunteer, 'languages', LIST_LIMITS.listItems, (n: number) => Array.from({ length: n }, (_, i) => `Language ${i}`)],
    ['volunteers', volunteer, 'interests', LIST_LIMITS.listItems, (n: number) => Array.from({ length: n }, (_, i) => `Interest ${i}`)],
    ['supervisions', supervision, 'actionItems', LIST_LIMITS.supervisionActions, (n: number) => Array.from({ length: n }, (_, i) => ({ action: `Action ${i}` }))],
  ] as const)('%s: %s takes as many entries as the form allows, and refuses one more', (list, item, field, max, entries) => {
    const atMost = validateDocument(documentWith(list, { ...item, [field]: entries(max) }));
    expect(atMost.ok ? [] : atMost.errors).toEqual([]);
    const over = validateDocument(documentWith(list, { ...item, [field]: entries(max + 1) }));
    expect(over.ok ? [] : over.errors).toEqual([`${list}[0] (id "${String(item.id)}"), field "${field}" has more than the ${max} entries IV Desk's form allows`]);
  });

  it('supervisions: more matches discussed than the form allows is refused', () => {
    const matchesDiscussed = Array.from({ length: LIST_LIMITS.matchesDiscussed + 1 }, () => supervision.matchesDiscussed as string[]).flat();
    const over = validateDocument(documentWith('supervisions', { ...supervision, matchesDiscussed }));
    expect(over.ok ? [] : over.errors).toContain(
      `supervisions[0] (id "${String(supervision.id)}"), field "matchesDiscussed" has more than the ${LIST_LIMITS.matchesDiscussed} entries IV Desk's form allows`,
    );
  });
});
