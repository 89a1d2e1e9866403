/**
 * The app and CLI commands may open the same data folder at the same moment (a coordinator's
 * scheduled `iv-desk backup` while the app is open; the CLI test runs four commands at once).
 * Opening, saving, backing up and locking in several processes together must never fail, nor
 * delete a file another process is using (the -shm index of the write-ahead log).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableCounts } from '../../electron/core/reports/counts';
import { MIGRATIONS_DIR, PASSPHRASE, TEST_SCRYPT, newSession, tempDir } from '../helpers/session';

const CHILD = resolve(import.meta.dirname, 'fixtures/openLockLoop.ts');
const ROOT = resolve(import.meta.dirname, '../..');
const PROCESSES = 6;
const ROUNDS = 60;

function loop(dataDir: string, name: string): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, OPEN_LOOP_MIGRATIONS: MIGRATIONS_DIR, OPEN_LOOP_SCRYPT: JSON.stringify(TEST_SCRYPT), OPEN_LOOP_PASSPHRASE: PASSPHRASE };
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(ROUNDS), name], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((done) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (out += chunk));
    child.on('close', () => done(out.trim()));
  });
}

describe('several processes opening one data folder', () => {
  it(`${PROCESSES} processes unlocking, saving, backing up and locking ${ROUNDS} times each, all at once`, { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const setUp = newSession(dir);
    await setUp.setUp({ schemeName: 'Shared Scheme', localAuthority: null, passphrase: PASSPHRASE });
    setUp.lock();
    const outputs = await Promise.all(Array.from({ length: PROCESSES }, (_, i) => loop(dir, `P${i}x`)));
    expect(outputs).toEqual(Array.from({ length: PROCESSES }, () => `done ${ROUNDS}`));
    const check = newSession(dir);
    await check.unlock(PASSPHRASE);
    expect(check.connection.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(tableCounts(check.db).volunteers).toBe(PROCESSES * ROUNDS);
    check.lock();
  });
});
