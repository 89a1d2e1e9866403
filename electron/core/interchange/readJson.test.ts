import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTopLevel, type ImportSource } from './readJson';

const dir = mkdtempSync(join(tmpdir(), 'iv-desk-readjson-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileOf(name: string, bytes: string | Uint8Array): ImportSource {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path };
}

/** What the reader hands on, as lines. */
function read(source: ImportSource, isList = (key: string) => key === 'volunteers' || key === 'visits') {
  const events: unknown[] = [];
  const outcome = readTopLevel(source, isList, {
    field: (key, value) => events.push({ field: key, value }),
    listStart: (key) => events.push({ list: key }),
    item: (value) => events.push({ item: value }),
    listEnd: () => events.push('end'),
  });
  return { outcome, events };
}

describe('readTopLevel', () => {
  it('hands on each list item as it completes, and the fields beside the lists whole', () => {
    const text = JSON.stringify({ format: 'iv-desk/1', scheme: { name: 'S', nested: { a: [1] } }, volunteers: [{ id: 'a', tags: ['x'] }, 2], other: [1, { b: 2 }], visits: {}, n: null });
    expect(read(text)).toEqual({
      outcome: 'read',
      events: [
        { field: 'format', value: 'iv-desk/1' },
        { field: 'scheme', value: { name: 'S', nested: { a: [1] } } },
        { list: 'volunteers' },
        { item: { id: 'a', tags: ['x'] } },
        { item: 2 },
        'end',
        { field: 'other', value: [1, { b: 2 }] },
        // A list given as something other than a list is a field, for the checks to name.
        { field: 'visits', value: {} },
        { field: 'n', value: null },
      ],
    });
  });

  it('keeps a field called "__proto__" as a field, not a prototype', () => {
    const { events } = read('{"scheme":{"__proto__":{"polluted":true}}}');
    const scheme = (events[0] as { value: Record<string, unknown> }).value;
    expect(Object.keys(scheme)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([[''], ['   '], ['{"format":"iv-desk/1",}'], ['{"volunteers":[1,]}'], ['{"a":1'], ['{"a":1} x'], ['{"a" 1}'], ['Name,Date\nAlex,01/02/2003']])('%j is not JSON', (text) => {
    expect(read(text).outcome).toBe('not_json');
  });

  it.each([['[1, 2]'], ['"iv-desk/1"'], ['42'], ['null']])('%j is JSON, but not an object', (text) => {
    expect(read(text)).toEqual({ outcome: 'not_object', events: [] });
  });

  it('reads a byte order mark as nothing', () => {
    expect(read('\uFEFF{"format":"iv-desk/1"}').outcome).toBe('read');
    expect(read(fileOf('bom.json', '\uFEFF{"format":"iv-desk/1"}')).outcome).toBe('read');
  });

  it('reads a file from disk in pieces, a character split between two pieces included', () => {
    // Past the first megabyte, so "é" (two bytes) straddles the pieces the file is read in.
    const padding = 'x'.repeat((1 << 20) - '{"volunteers":[{"id":"'.length - 1);
    const text = `{"volunteers":[{"id":"${padding}é"},{"id":"Siobhán"}]}`;
    const { outcome, events } = read(fileOf('split.json', text));
    expect(outcome).toBe('read');
    expect(events).toEqual([{ list: 'volunteers' }, { item: { id: `${padding}é` } }, { item: { id: 'Siobhán' } }, 'end']);
  });

  it('refuses a file that is not UTF-8 (Windows-1252 "Siobhán"), rather than reading replacement characters', () => {
    const latin1 = Buffer.from('{"volunteers":[{"id":"Siobh\xe1n"}]}', 'latin1');
    expect(read(fileOf('latin1.json', latin1)).outcome).toBe('not_utf8');
  });

  it("passes on the caller's own error (a full disk while writing), not calling the file bad", () => {
    const full = new Error('database or disk is full');
    const failing = () =>
      readTopLevel('{"volunteers":[{"id":"a"}]}', () => true, {
        field: () => undefined,
        listStart: () => undefined,
        item: () => {
          throw full;
        },
        listEnd: () => undefined,
      });
    expect(failing).toThrow(full);
  });
});
