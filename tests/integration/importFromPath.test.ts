/**
 * The Settings screen's import in the desktop app: the file chosen in the open dialog goes to
 * core as a path, which reads it as it imports, so a file beyond the 50 MB the text route
 * takes is previewed and imported; a path with no file behind it is refused in plain words
 * and changes nothing. Real encrypted databases, through the same door as the screens.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ok, refused, sessionsFor } from '../helpers/calls';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { exportDocument } from '../../electron/core/interchange/exportDocument';
import { unlockedSession } from '../helpers/session';
import type { ImportPreview } from '../../shared/contract';

const RICH = readFileSync(resolve(import.meta.dirname, '../fixtures/interchange/rich.json'), 'utf8');
const TODAY = '2025-06-01';
const TEXT_CAP = 50_000_000;
const dir = mkdtempSync(join(tmpdir(), 'ivdesk-import-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const session = sessionsFor(TODAY);

/** The rich file with enough spaces after its opening brace to pass the text route's cap: large, yet quick to read. */
function largeFile(): string {
  const path = join(dir, 'large-scheme.json');
  writeFileSync(path, `{${' '.repeat(TEXT_CAP + 1)}${RICH.trimStart().slice(1)}`);
  return path;
}

describe('the Settings import from a chosen file', () => {
  it('previews and imports a file larger than the text route allows, exactly as the same records from text', async () => {
    const path = largeFile();
    expect(statSync(path).size).toBeGreaterThan(TEXT_CAP);
    const s = await session();
    const expected = await unlockedSession({ today: () => TODAY });
    try {
      const counts = importDocument(expected.session.db, RICH, TODAY);
      const preview = await ok<ImportPreview>(s, 'previewImport', { path });
      expect(preview).toEqual({ valid: true, schemeName: expect.any(String), counts, errors: [] });
      expect(await ok(s, 'importData', { path })).toEqual(counts);
      const exported = (db: typeof s.db) => ({ ...exportDocument(db), exportedAt: null });
      expect(exported(s.db)).toEqual(exported(expected.session.db));
    } finally {
      expected.cleanup();
    }
  });

  it('refuses a path with no file, a folder, a partial path or no file at all, in plain words, changing nothing', async () => {
    const s = await session();
    const missing = join(dir, 'not-there.json');
    for (const name of ['previewImport', 'importData']) {
      expect(await refused(s, name, { path: missing })).toBe(`There is no file at ${missing}`);
      expect(await refused(s, name, { path: dir })).toBe(`${dir} is a folder, not a file: choose the file to import.`);
      expect(await refused(s, name, { path: 'large-scheme.json' })).toBe('Give the whole path to the file to import.');
      expect(await refused(s, name, { path: '  ' })).toMatch(/Choose the file to import/);
      expect(await refused(s, name, {})).toMatch(/Choose the file to import/);
      expect(await refused(s, name, { path: missing, text: '{}' })).toMatch(/Choose the file to import/);
    }
  });

  it('still refuses text past the cap, as text travels and is held whole', async () => {
    const s = await session();
    expect(await refused(s, 'previewImport', { text: `{${' '.repeat(TEXT_CAP + 1)}}` })).toBe('The file is too large to import');
  });
});
