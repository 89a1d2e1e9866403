/**
 * Power-cut safety of backups and restores: a child process makes backups (or restores)
 * in a loop and is killed with SIGKILL at a random moment, 50 times each. After every
 * kill the live data and every backup under its final name must open with the key, pass
 * integrity_check and hold what they held. Where each kill landed is read from the files
 * it left (a temporary backup file; the restore journal and its phase).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { makeBackup } from '../../electron/core/backup/make';
import { listBackups } from '../../electron/core/backup/list';
import { journalPath } from '../../electron/core/backup/journal';
import { backupsDir, TEMP_MARK } from '../../electron/core/backup/names';
import { parseKeyFile, unlockWithPassphrase } from '../../electron/core/crypto/keyFile';
import { MIGRATIONS_DIR, PASSPHRASE, TEST_SCRYPT, newSession, tempDir } from '../helpers/session';

const ROUNDS = 50;
const CHILD = resolve(import.meta.dirname, 'fixtures/killBackup.ts');
const ROOT = resolve(import.meta.dirname, '../..');

function runAndKill(args: string[], killAfterMs: number, phaseAtKill: (pid: number) => string): Promise<{ signal: NodeJS.Signals | null; done: number; phase: string; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, KILL_WRITER_MIGRATIONS: MIGRATIONS_DIR, KILL_WRITER_SCRYPT: JSON.stringify(TEST_SCRYPT), KILL_WRITER_PASSPHRASE: PASSPHRASE };
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((done, reject) => {
    let out = '';
    let phase = 'before ready';
    let finished = 0;
    const watchdog = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the child did not become ready: ${out}`));
    }, 30_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      finished = (out.match(/^done /gm) ?? []).length;
      if (/^fail /m.test(out)) reject(new Error(out));
      if (/^ready$/m.test(out) && phase === 'before ready') {
        phase = 'ready';
        clearTimeout(watchdog);
        setTimeout(() => {
          child.kill('SIGKILL');
          // The child is stopped now, so the files show where it was.
          phase = phaseAtKill(child.pid ?? 0);
        }, killAfterMs);
      }
    });
    child.on('close', (_code, signal) => done({ signal, done: finished, phase, out }));
  });
}

async function seed(dir: string, names: string[]): Promise<void> {
  const session = newSession(dir);
  if (session.isSetUp) await session.unlock(PASSPHRASE);
  else await session.setUp({ schemeName: 'Kill Scheme', localAuthority: null, passphrase: PASSPHRASE });
  for (const firstName of names) await dispatch(session, 'createVolunteer', { firstName, lastName: 'Kill', address: 'y'.repeat(300), enquiryDate: '2024-01-15' });
  session.lock();
}

async function dataKey(dir: string): Promise<Buffer> {
  return unlockWithPassphrase(parseKeyFile(readFileSync(join(dir, 'iv-desk.key'), 'utf8')), PASSPHRASE);
}

function volunteerNames(sqlite: import('better-sqlite3').Database, schema = 'main'): string {
  return (sqlite.prepare(`SELECT first_name AS n FROM ${schema}.volunteers ORDER BY id`).all() as { n: string }[]).map((r) => r.n).join(',');
}

/** Opens the live data and every backup; returns the live data's volunteers. */
async function checkAll(dir: string, allowed: Set<string>, context: string): Promise<string> {
  const session = newSession(dir);
  expect(existsSync(journalPath(session.files)), `${context}: the restore journal is still there`).toBe(false);
  await session.unlock(PASSPHRASE);
  try {
    const sqlite = session.connection.sqlite;
    expect(sqlite.pragma('integrity_check', { simple: true }), context).toBe('ok');
    const live = volunteerNames(sqlite);
    expect(allowed.has(live), `${context}: the live data holds ${live}`).toBe(true);
    const key = await dataKey(dir);
    const backups = listBackups(dir, key);
    expect(backups.length, context).toBeGreaterThan(0);
    for (const backup of backups) {
      expect(backup.status, `${context}: ${backup.name} ${backup.problem ?? ''}`).toBe('good');
    }
    // The newest backup holds one of the known states.
    sqlite.prepare('ATTACH DATABASE ? AS newest').run(backups[0].path);
    expect(allowed.has(volunteerNames(sqlite, 'newest')), `${context}: the newest backup`).toBe(true);
    sqlite.exec('DETACH DATABASE newest');
    key.fill(0);
    return live;
  } finally {
    session.lock();
  }
}

function tally(phases: string[]): string {
  const counts = new Map<string, number>();
  for (const p of phases) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].map(([p, n]) => `${n} ${p}`).join(', ');
}

describe('killing the app during backups and restores (SIGKILL at random moments)', () => {
  const root = tempDir('ivdesk-backup-kill-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(`survives ${ROUNDS} kills during backup and ${ROUNDS} during restore`, { timeout: 300_000 }, async () => {
    const seed32 = Number(process.env.KILL_TEST_SEED ?? randomBytes(4).readUInt32LE());
    let state = seed32;
    const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
    const started = performance.now();

    // Backups: the data never changes, so every backup holds the same volunteers.
    const dir = join(root, 'backup');
    await seed(dir, ['A1', 'A2', 'A3']);
    const backupPhases: string[] = [];
    let backupsDone = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const killAfterMs = Math.floor(random() * 400);
      const result = await runAndKill([dir, 'backup'], killAfterMs, (pid) => {
        const left = readdirSync(backupsDir(dir));
        if (left.some((n) => n.endsWith(`.db${TEMP_MARK}${pid}`))) return 'while writing or checking the copy';
        if (left.some((n) => n.endsWith(`.key${TEMP_MARK}${pid}`))) return 'while writing its key file';
        return 'between copies (rename, rotation)';
      });
      expect(result.signal, result.out).toBe('SIGKILL');
      backupsDone += result.done;
      backupPhases.push(result.phase);
      await checkAll(dir, new Set(['A1,A2,A3']), `seed ${seed32}, backup round ${round}, kill after ${killAfterMs} ms`);
    }

    // Restores: two fixed backups, A (3 volunteers) and B (5), restored in turn.
    const rdir = join(root, 'restore');
    const fixed = join(root, 'fixed');
    mkdirSync(fixed);
    await seed(rdir, ['A1', 'A2', 'A3']);
    const fixedBackup = async () => {
      const s = newSession(rdir);
      await s.unlock(PASSPHRASE);
      const made = makeBackup({ sqlite: s.connection.sqlite, files: s.files }, { reason: 'manual', to: fixed });
      s.lock();
      return made.path;
    };
    const a = await fixedBackup();
    await seed(rdir, ['B4', 'B5']);
    const b = await fixedBackup();
    const restorePhases: string[] = [];
    let restoresDone = 0;
    const states = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const killAfterMs = Math.floor(random() * 600);
      const result = await runAndKill([rdir, 'restore', a, b], killAfterMs, () => {
        if (!existsSync(journalPath({ dir: rdir, database: '', keyFile: '' }))) return 'outside the file swap (safety copy, unlock)';
        try {
          return `journal phase ${(JSON.parse(readFileSync(journalPath({ dir: rdir, database: '', keyFile: '' }), 'utf8')) as { phase: string }).phase}`;
        } catch {
          return 'journal being written';
        }
      });
      expect(result.signal, result.out).toBe('SIGKILL');
      restoresDone += result.done;
      restorePhases.push(result.phase);
      states.add(await checkAll(rdir, new Set(['A1,A2,A3', 'A1,A2,A3,B4,B5']), `seed ${seed32}, restore round ${round}, kill after ${killAfterMs} ms`));
    }

    console.log(
      `backup kill test (seed ${seed32}) in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
        `${ROUNDS} kills during backup (${backupsDone} backups completed): ${tally(backupPhases)}; ` +
        `${ROUNDS} kills during restore (${restoresDone} restores completed): ${tally(restorePhases)}; live data seen in ${states.size} states`,
    );
    expect(backupsDone).toBeGreaterThan(0);
    expect(restoresDone).toBeGreaterThan(0);
  });
});
