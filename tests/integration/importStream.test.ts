/**
 * The import reads its file list by list: a file whose lists come in another order, a
 * file on disk, and a file that changes between the check and the write, against real
 * encrypted databases.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unlockedSession } from '../helpers/session';
import { importDocument, planImport } from '../../electron/core/interchange/importDocument';
import { exportDocument } from '../../electron/core/interchange/exportDocument';
import { tableCounts } from '../../electron/core/reports/counts';
import type { Db } from '../../electron/core/db/open';

const RICH = readFileSync(resolve(import.meta.dirname, '../fixtures/interchange/rich.json'), 'utf8');
const TODAY = '2025-06-01';
const sessions: (() => void)[] = [];
afterAll(() => sessions.forEach((cleanup) => cleanup()));

async function fresh() {
  const opened = await unlockedSession({ schemeName: 'Before Import' });
  sessions.push(opened.cleanup);
  return opened;
}

const exported = (db: Db) => ({ ...exportDocument(db), exportedAt: null });

/** The same document with its top-level fields in reverse order: the format marker last, every list before the lists it refers to. */
function reversed(text: string): string {
  return JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(text) as Record<string, unknown>).reverse()));
}

describe('the import reads the file list by list', () => {
  it('imports a file whose lists come in another order as it imports the file in order', async () => {
    const inOrder = await fresh();
    const outOfOrder = await fresh();
    const counts = importDocument(inOrder.session.db, RICH, TODAY);
    expect(planImport(outOfOrder.session.db, reversed(RICH), TODAY).preview).toEqual({ valid: true, schemeName: expect.any(String), counts, errors: [] });
    expect(importDocument(outOfOrder.session.db, reversed(RICH), TODAY)).toEqual(counts);
    expect(exported(outOfOrder.session.db)).toEqual(exported(inOrder.session.db));
  });

  it('checks the references of a list that came early once the list it refers to has come', async () => {
    const { session } = await fresh();
    const file = JSON.parse(reversed(RICH)) as { matches: { volunteerId: string }[] };
    file.matches[0].volunteerId = 'nobody';
    const { preview } = planImport(session.db, JSON.stringify(file), TODAY);
    expect(preview.errors).toEqual(['matches[0] (id "m-1"), field "volunteerId": refers to "nobody", which is not in volunteers']);
  });

  it('refuses a file that gives a list twice, writing nothing', async () => {
    const { session } = await fresh();
    const before = tableCounts(session.db);
    const twice = '{"format":"iv-desk/1","volunteers":[{"id":"a","firstName":"A","lastName":"B","enquiryDate":"2025-01-01"}],"volunteers":[]}';
    expect(() => importDocument(session.db, twice, TODAY)).toThrow('The file was not imported: The file gives volunteers twice: put all of them in one list');
    expect(tableCounts(session.db)).toEqual(before);
  });

  it('imports a file from disk as it imports the same text', async () => {
    const fromText = await fresh();
    const fromDisk = await fresh();
    const path = join(fromDisk.dir, 'rich.json');
    writeFileSync(path, RICH);
    expect(planImport(fromDisk.session.db, { path }, TODAY).preview.errors).toEqual([]);
    expect(importDocument(fromDisk.session.db, { path }, TODAY)).toEqual(importDocument(fromText.session.db, RICH, TODAY));
    expect(exported(fromDisk.session.db)).toEqual(exported(fromText.session.db));
  });

  it.each([
    ['a record that breaks a rule', (text: string) => text.replace('"enquiryDate":"2023-11-30"', '"enquiryDate":"2030-01-01"'), /field "enquiryDate": Enquiry date cannot be in the future/],
    ['the end cut off', (text: string) => text.slice(0, -40), /not valid JSON/],
    // The writing pass finds a second use of an id in the database, where the first already is.
    ['a contact\'s id used twice', (text: string) => text.replace('"id":"c-2"', '"id":"c-1"'), /contacts\[1\] \(id "c-1"\), field "id": already in this database/],
  ])('writes nothing when the file changes between the check and the write: %s', async (_name, change, message) => {
    const { session, dir } = await fresh();
    const path = join(dir, 'changing.json');
    const text = JSON.stringify(JSON.parse(RICH));
    writeFileSync(path, text);
    const before = exported(session.db);
    // The backup is taken between the check and the write: the file is changed then.
    expect(() => importDocument(session.db, { path }, TODAY, () => writeFileSync(path, change(text)))).toThrow(message);
    expect(exported(session.db)).toEqual(before);
  });
});
