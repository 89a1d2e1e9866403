/**
 * Junk at the door: fast-check throws arbitrary values at every IPC call through
 * `dispatch`, on a real encrypted database, unlocked, locked and not yet set up. Every
 * call must answer (never throw) with `{ ok: true }` or a typed error whose code is one
 * of ErrorCode and whose message is plain, non-empty and never repeats what was sent. A
 * call that fails writes nothing: the tables, SQLite's own change counter and the key
 * file are unchanged, and while locked or not set up every file is byte-identical.
 *
 * Values are junk of every kind (fc.anything, control characters, lone surrogates, huge
 * strings, NaN, Infinity, 1e308...) and objects with the call's own keys holding nearly
 * right or wrong values, so the checks past the schema are reached too. Strings carry
 * the marker ECHO so any echo of input in an error is caught.
 */
import { tablesWithRows } from '../helpers/tables';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import type { Session } from '../../electron/core/session';
import { callNames, contract, type CallName } from '../../shared/contract';
import type { ErrorCode, Result } from '../../shared/result';
import { RECOVERY_ALPHABET, groupRecoveryKey } from '../../shared/recoveryKey';
import { newSession, PASSPHRASE, tempDir, unlockedSession } from '../helpers/session';
import { CALL_KINDS } from '../fixtures/writingCalls';

/** Every ErrorCode; `satisfies` makes this list fail to compile when the union grows. */
const ERROR_CODES = new Set(
  Object.keys({
    invalid_input: 1,
    wrong_passphrase: 1,
    wrong_recovery_key: 1,
    locked: 1,
    already_set_up: 1,
    not_set_up: 1,
    not_found: 1,
    conflict: 1,
    newer_database: 1,
    damaged: 1,
    storage: 1,
    key_file_missing: 1,
    unsafe_folder: 1,
    internal: 1,
  } satisfies Record<ErrorCode, 1>),
);

/** Calls that may write records when they succeed (every call is classed in CALL_KINDS). Any other call must never change the data. */
const DATA_WRITERS = new Set<CallName>(callNames.filter((name) => CALL_KINDS[name] === 'write'));
/** Calls that may rewrite the key file when they succeed. */
const KEY_WRITERS = new Set<CallName>(callNames.filter((name) => CALL_KINDS[name] === 'key'));

const RUNS_UNLOCKED = 150;
/**
 * Calls that copy the whole database, or open every backup, each time junk happens to be
 * valid (their input is an empty object, so about half of it is). Fewer runs still throw
 * every kind of junk. The database stays small here (about 650 KB by then, measured), and
 * a valid backUpNow takes about 50 ms alone, but each makes its copy durable with four
 * fsyncs, and checkBackups commits what it found: under a full parallel run a disk busy
 * with other test files stalls fsync for seconds (one checkBackups run measured 12.4 s
 * beside the full-disk test, 60–85 ms alone). So these two get a longer timeout; how fast
 * backups are is measured by the bench (tests/bench/backups.ts), not here.
 */
const RUNS_FOR: Partial<Record<CallName, number>> = { backUpNow: 15, checkBackups: 15 };
const FSYNC_BOUND: ReadonlySet<CallName> = new Set(['backUpNow', 'checkBackups']);
const RUNS_LOCKED = 40;

// ---- Arbitraries -------------------------------------------------------------------

const MARK = 'ECHO';
const JS_WORDS = new Set(['null', 'undefined', 'NaN', 'Infinity', 'true', 'false', '__proto__', 'constructor', 'toString', 'prototype']);
const marker = fc.integer({ min: 0, max: 2 ** 31 }).map((n) => `${MARK}${n.toString(36)}`);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const controlChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\u200b', '\u202e'),
);
const nastyUnit = fc.oneof(
  loneSurrogate,
  controlChar,
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom("'", '"', '\\', '%', '_', '`', ';', '--', '/*', '<script>', '${x}', '🧑‍🦰', 'é', 'ﷺ', ' '),
);
const hugeString = fc
  .tuple(fc.constantFrom(13, 101, 201, 255, 301, 1025, 10_001, 100_001, 1_000_001), fc.constantFrom('a', 'é', '😀', '\u0000', ' ', '\ud800', MARK))
  .map(([n, c]) => c.repeat(n));
const nastyString = fc.oneof(
  fc.string({ unit: nastyUnit, maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  fc.tuple(fc.string({ unit: nastyUnit, maxLength: 4 }), marker, fc.string({ unit: nastyUnit, maxLength: 4 })).map(([a, m, b]) => a + m + b),
  hugeString,
  fc.constantFrom('', ' ', '   ', '\t\n', '0', '-1', '[]', '{}', ...JS_WORDS),
  fc.constantFrom('2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '1899-12-31', '2201-01-01', '9999-12-31', '2024-1-1', '0000-00-00', '31/12/2011', '2024-01-01T00:00:00Z', ' 2024-01-01'),
);
const nastyNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 2 ** 31, 2 ** 32, 1.5, 0.1, 12, 60, 61, 500, 501, 100_001),
  fc.double(),
  fc.integer(),
);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withBoxedValues: true,
    withObjectString: true,
    stringUnit: 'binary',
    maxDepth: 3,
  }),
  nastyString,
  nastyNumber,
  fc.constantFrom(null, undefined, true, false, [], {}, [null], { valueOf: 1 }),
  fc.array(nastyString, { maxLength: 3 }),
  fc.dictionary(nastyString, nastyString, { maxKeys: 3 }),
);

const isoDate = fc.date({ min: new Date('1890-01-01T00:00:00Z'), max: new Date('2210-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const recentIsoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const wellFormedRecoveryKey = fc.array(fc.constantFrom(...RECOVERY_ALPHABET), { minLength: 32, maxLength: 32 }).map((chars) => groupRecoveryKey(chars.join('')));
const plainText = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom("O'Brien", 'Zoë', '李', 'Anne-Marie'));
const textWithMarker = fc.tuple(plainText, marker).map(([t, m]) => `${t} ${m}`);

/** An interchange file as text: sometimes valid, often subtly not. Ids are fixed; names carry markers. */
const importText = fc
  .record(
    {
      format: fc.constantFrom('iv-desk/1', 'iv-desk/1', 'iv-desk/2', MARK),
      scheme: fc.record({ name: fc.oneof(textWithMarker, nastyString), mileageRatePence: fc.oneof(fc.integer({ min: -1, max: 600 }), nastyNumber) }, { requiredKeys: [] }),
      volunteers: fc.array(
        fc.record(
          {
            id: fc.constantFrom('v1', 'v2', 'v3'),
            firstName: fc.oneof(textWithMarker, nastyString),
            lastName: fc.oneof(textWithMarker, nastyString),
            enquiryDate: fc.oneof(recentIsoDate, nastyString),
            dateOfBirth: fc.oneof(recentIsoDate, fc.constant(null), nastyString),
            address: fc.oneof(textWithMarker, nastyString),
          },
          { requiredKeys: ['id'] },
        ),
        { maxLength: 3 },
      ),
      youngPeople: fc.array(
        fc.record({ id: fc.constantFrom('y1', 'y2'), firstName: textWithMarker, lastName: textWithMarker, dateOfBirth: fc.oneof(recentIsoDate, nastyString) }, { requiredKeys: ['id'] }),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ['format'] },
  )
  .map((document) => JSON.stringify(document));

/** A nearly right value for a field of this name, so checks past the schema get reached. */
function plausible(key: string): fc.Arbitrary<unknown> {
  if (key === 'id') return fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 2 ** 31 }), nastyNumber);
  if (/date|Date/.test(key)) return fc.oneof(recentIsoDate, isoDate, fc.constant(''), fc.constant(null), nastyString);
  if (key === 'email') return fc.oneof(fc.emailAddress(), fc.constant(''), fc.constant(null), textWithMarker, nastyString);
  if (/[pP]assphrase/.test(key)) return fc.oneof(fc.string({ minLength: 12, maxLength: 40 }), textWithMarker, fc.string({ unit: nastyUnit, minLength: 12, maxLength: 30 }), nastyString);
  if (key === 'recoveryKey') return fc.oneof(wellFormedRecoveryKey, nastyString);
  if (key === 'text') return fc.oneof(importText, fc.json(), nastyString);
  if (key === 'search') return fc.oneof(plainText, textWithMarker, nastyString);
  if (['mileageRatePence', 'financialYearStartMonth', 'idleLockMinutes', 'childrenInCareCount'].includes(key)) {
    return fc.oneof(fc.integer({ min: -10, max: 600 }), nastyNumber);
  }
  return fc.oneof(plainText, textWithMarker, fc.constant(null), nastyString);
}

/** A value that passes the schema for a field of this name (the rules beyond it may still refuse it). */
function valid(key: string): fc.Arbitrary<unknown> {
  if (key === 'id') return fc.integer({ min: 1, max: 6 });
  if (/date|Date/.test(key)) return recentIsoDate;
  if (key === 'email') return fc.oneof(fc.emailAddress().filter((e) => e.length <= 254), fc.constant(null));
  if (/[pP]assphrase/.test(key)) return fc.string({ minLength: 12, maxLength: 40 });
  if (key === 'recoveryKey') return wellFormedRecoveryKey;
  if (key === 'text') return importText;
  if (key === 'search') return fc.oneof(plainText, textWithMarker);
  if (key === 'mileageRatePence') return fc.integer({ min: 0, max: 500 });
  if (key === 'financialYearStartMonth') return fc.integer({ min: 1, max: 12 });
  if (key === 'idleLockMinutes') return fc.integer({ min: 1, max: 60 });
  if (key === 'childrenInCareCount') return fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constant(null));
  if (key === 'postcode') return fc.constantFrom('LL65 1AA', 'SW1A 1AA', null);
  return fc.oneof(fc.string({ minLength: 1, maxLength: 10 }).filter((t) => t.trim().length > 0), textWithMarker);
}

function keysOf(name: CallName): string[] {
  const schema = contract[name].input as z.ZodType;
  if (!(schema instanceof z.ZodObject)) throw new Error(`${name}: expected an object schema`);
  return Object.keys(schema.shape);
}

/** Inputs for one call: plain junk, or its own keys with nearly right or wrong values, sometimes plus a stray key. */
function inputFor(name: CallName): fc.Arbitrary<unknown> {
  const keys = keysOf(name);
  const fields = fc.record(
    Object.fromEntries(keys.map((key) => [key, fc.oneof({ weight: 3, arbitrary: plausible(key) }, { weight: 1, arbitrary: junk })])),
    { requiredKeys: [] },
  );
  const stray = fc.option(fc.tuple(fc.oneof(marker, fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')), junk), { freq: 4 });
  const shaped = fc.tuple(fields, stray).map(([object, extra]) => (extra ? { ...object, [extra[0]]: extra[1] } : object));
  // Nearly valid: every key present, most with a good value, so the rules past the schema run too.
  const nearlyValid = fc.record(
    Object.fromEntries(
      keys.map((key) => [key, fc.oneof({ weight: 8, arbitrary: valid(key) }, { weight: 1, arbitrary: plausible(key) }, { weight: 1, arbitrary: junk })]),
    ),
  );
  return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 2, arbitrary: nearlyValid }, { weight: 1, arbitrary: junk });
}

// ---- Checks ------------------------------------------------------------------------

/** String values (not keys) in the input, for the echo check. */
function stringsIn(value: unknown, depth = 0, out: string[] = []): string[] {
  if (depth > 6) return out;
  if (typeof value === 'string') out.push(value);
  else if (value instanceof Map) [...value.entries()].forEach(([k, v]) => (stringsIn(k, depth + 1, out), stringsIn(v, depth + 1, out)));
  else if (value instanceof Set || Array.isArray(value)) [...value].forEach((v) => stringsIn(v, depth + 1, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, depth + 1, out));
  return out;
}

function expectTypedResult(result: unknown, input: unknown): asserts result is Result<unknown> {
  expect(result).toBeTypeOf('object');
  const r = result as Result<unknown>;
  if (r.ok === true) {
    expect(Object.keys(r).sort()).toEqual(['ok', 'value']);
    return;
  }
  expect(r.ok).toBe(false);
  expect(Object.keys(r).sort()).toEqual(['error', 'ok']);
  const { code, message, fields, ...rest } = r.error;
  expect(rest).toEqual({});
  expect(ERROR_CODES.has(code), `unknown error code ${code}`).toBe(true);
  // An unexpected exception shows as 'internal': junk must be refused, not crash a handler.
  expect(code, `an unexpected failure: ${message}`).not.toBe('internal');
  expect(message).toBeTypeOf('string');
  expect(message.trim().length).toBeGreaterThan(0);
  const texts = [message];
  if (fields !== undefined) {
    expect(fields).toBeTypeOf('object');
    for (const [key, text] of Object.entries(fields)) {
      expect(typeof text === 'string' && text.trim().length > 0, `field ${key}`).toBe(true);
      texts.push(text);
      expect(key).not.toContain(MARK);
    }
  }
  for (const text of texts) {
    // Plain words: no input echoed, no internals.
    expect(text).not.toContain(MARK);
    expect(text).not.toMatch(/SQLITE|sqlite|ZodError|TypeError|\[object |\bat .+:\d+:\d+/);
    for (const sent of stringsIn(input)) {
      // Random text long enough not to occur in a message by chance (the JavaScript words
      // among the junk, such as "undefined", do occur in zod's type messages).
      if (sent.length >= 8 && new Set(sent).size >= 5 && !JS_WORDS.has(sent)) expect(text, 'the error repeats what was sent').not.toContain(sent);
    }
  }
}

function tableContents(session: Session): string {
  const sqlite = session.connection.sqlite;
  const hash = createHash('sha256');
  // Every table the schema has, so a table added later is covered without listing it here.
  const tables = tablesWithRows(sqlite);
  expect(tables).toContain('volunteer_references');
  for (const table of tables) hash.update(table).update(JSON.stringify(sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()));
  return hash.digest('hex');
}

/** SQLite's count of rows changed on this connection: any write at all moves it. */
function totalChanges(session: Session): number {
  return session.connection.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
}

function folderSnapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort()
      .map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
  );
}

async function call(session: Session, name: string, input: unknown): Promise<Result<unknown>> {
  let result: unknown;
  let thrown: unknown = null;
  try {
    result = await dispatch(session, name, input);
  } catch (error) {
    thrown = error ?? 'undefined';
  }
  expect(thrown, `dispatch(${name}) threw`).toBeNull();
  expectTypedResult(result, input);
  return result;
}

// ---- Tests -------------------------------------------------------------------------

describe('junk thrown at every IPC call', () => {
  let unlocked: Awaited<ReturnType<typeof unlockedSession>>;
  const dirs: string[] = [];

  beforeAll(async () => {
    unlocked = await unlockedSession();
    for (let n = 1; n <= 3; n++) {
      const v = await dispatch(unlocked.session, 'createVolunteer', { firstName: `Volunteer${n}`, lastName: 'Seed', enquiryDate: '2024-01-15' });
      expect(v.ok).toBe(true);
    }
    for (let n = 1; n <= 2; n++) {
      const y = await dispatch(unlocked.session, 'createYoungPerson', { firstName: `Young${n}`, lastName: 'Seed', dateOfBirth: '2012-03-27' });
      expect(y.ok).toBe(true);
    }
  });
  afterAll(() => {
    unlocked?.cleanup();
    dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('covers every call in the contract', () => {
    expect(callNames.length).toBeGreaterThan(0);
    for (const name of callNames) expect(keysOf(name)).toBeInstanceOf(Array);
  });

  describe('while unlocked: a typed answer, and a failed call writes nothing', () => {
    for (const name of callNames) {
      it(name, { timeout: FSYNC_BOUND.has(name) ? 360_000 : 120_000 }, async () => {
        const { session } = unlocked;
        let succeeded = 0;
        await fc.assert(
          fc.asyncProperty(inputFor(name), async (input) => {
            const contentBefore = tableContents(session);
            const changesBefore = totalChanges(session);
            const keyBefore = readFileSync(session.files.keyFile);

            const result = await call(session, name, input);
            if (result.ok) succeeded++;

            const stillOpen = session.info().state === 'unlocked';
            if (!result.ok) expect(stillOpen, 'a failed call must not lock or unlock').toBe(true);
            if (!result.ok || !DATA_WRITERS.has(name)) {
              if (stillOpen) expect(totalChanges(session), 'SQLite counted a write').toBe(changesBefore);
              if (!stillOpen) await session.unlock(PASSPHRASE); // a successful lock
              expect(tableContents(session), 'the records changed').toBe(contentBefore);
            }
            if (!result.ok || !KEY_WRITERS.has(name)) expect(readFileSync(session.files.keyFile).equals(keyBefore), 'the key file changed').toBe(true);
            if (session.info().state !== 'unlocked') await session.unlock(PASSPHRASE);
          }),
          { numRuns: RUNS_FOR[name] ?? RUNS_UNLOCKED },
        );
        expect(session.connection.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        // Reported, not asserted: how often junk happened to be a valid request.
        if (succeeded > 0) console.log(`${name}: ${succeeded} of ${RUNS_FOR[name] ?? RUNS_UNLOCKED} junk inputs were valid requests and succeeded`);
      });
    }
  });

  describe('while locked: a typed answer, and every file stays byte-identical', () => {
    let dir: string;
    let session: Session;
    beforeAll(async () => {
      const set = await unlockedSession();
      dir = set.dir;
      dirs.push(dir);
      await dispatch(set.session, 'createVolunteer', { firstName: 'Locked', lastName: 'Away', enquiryDate: '2024-01-15' });
      set.session.lock();
      session = newSession(dir);
    });

    for (const name of callNames) {
      it(name, { timeout: 120_000 }, async () => {
        const before = folderSnapshot(dir);
        await fc.assert(
          fc.asyncProperty(inputFor(name), async (input) => {
            const result = await call(session, name, input);
            // Without the passphrase nothing can open it; the calls that succeed only report or re-lock.
            if (result.ok) expect(['sessionStatus', 'lock']).toContain(name);
            expect(session.info().state).toBe('locked');
            expect(folderSnapshot(dir)).toEqual(before);
          }),
          { numRuns: RUNS_LOCKED },
        );
      });
    }
  });

  describe('before setup: a typed answer, and nothing is written unless setup succeeds', () => {
    for (const name of callNames) {
      it(name, { timeout: 120_000 }, async () => {
        let dir = tempDir('ivdesk-nosetup-');
        dirs.push(dir);
        let session = newSession(dir);
        await fc.assert(
          fc.asyncProperty(inputFor(name), async (input) => {
            const result = await call(session, name, input);
            if (result.ok && name === 'setUp') {
              // Junk that happened to be a valid setup: a real, working setup.
              expect(session.info().state).toBe('unlocked');
              session.lock();
              dir = tempDir('ivdesk-nosetup-');
              dirs.push(dir);
              session = newSession(dir);
              return;
            }
            if (result.ok) expect(['sessionStatus', 'lock']).toContain(name);
            expect(session.info().state).toBe('setup_needed');
            expect(readdirSync(dir)).toEqual([]);
          }),
          { numRuns: RUNS_LOCKED },
        );
      });
    }
  });

  it('unknown call names are refused with a typed error that does not repeat the name', async () => {
    const { session } = unlocked;
    const known = new Set<string>(callNames);
    const names = fc.oneof(
      nastyString,
      marker,
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'then', 'prototype', 'SETUP', 'setUp ', 'getscheme', 'handlers', 'dispatch'),
    );
    await fc.assert(
      fc.asyncProperty(names.filter((n) => !known.has(n)), junk, async (name, input) => {
        const contentBefore = tableContents(session);
        const changesBefore = totalChanges(session);
        const result = await call(session, name, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        if (!result.ok) expect(result.error.message).not.toContain(name.length >= 3 ? name : '\u0000never');
        expect(totalChanges(session)).toBe(changesBefore);
        expect(tableContents(session)).toBe(contentBefore);
        expect(session.info().state).toBe('unlocked');
      }),
      { numRuns: 200 },
    );
  });

  it('inputs that are not objects are refused by every call as invalid input, writing nothing', async () => {
    const { session } = unlocked;
    const notObjects: unknown[] = [0, -1, Number.NaN, Infinity, 1e308, '', 'ECHOnotanobject', '{}', true, false, 10n, Symbol('x'), [], [{}], [1, 2], () => 1];
    for (const name of callNames) {
      for (const input of notObjects) {
        const contentBefore = tableContents(session);
        const changesBefore = totalChanges(session);
        const result = await call(session, name, input);
        expect(result, `${name}(${String(input)})`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        expect(totalChanges(session)).toBe(changesBefore);
        expect(tableContents(session)).toBe(contentBefore);
        expect(session.info().state).toBe('unlocked');
      }
    }
  });

  it('an import larger than the limit is refused before it is read', async () => {
    const { session } = unlocked;
    const huge = `{"format":"iv-desk/1","x":"${'a'.repeat(50_000_001)}"}`;
    for (const name of ['previewImport', 'importData']) {
      const changesBefore = totalChanges(session);
      const result = await dispatch(session, name, { text: huge });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'The file is too large to import' } });
      expect(totalChanges(session)).toBe(changesBefore);
    }
  });
});
