/**
 * The import against its floor (hand-written prepared inserts, rawImport.ts), each in a
 * child process of its own so its peak memory (max RSS) is its own. Both write the same
 * file into a new encrypted database; their exports are compared.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from '../../electron/core/session';
import { findMigrationsDir } from '../../electron/core/files';
import { exportDocument } from '../../electron/core/interchange/exportDocument';
import { BENCH_TODAY } from './generate';
import type { ChildResult } from './importChild';

const CHILD = join(import.meta.dirname, 'importChild.ts');
const SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

function importInChild(mode: 'app' | 'floor', dataDir: string, file: string, passphrase: string): ChildResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, mode, dataDir, file, passphrase], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`The ${mode} import failed (exit ${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildResult;
}

const exported = (session: Session) => JSON.stringify(exportDocument(session.db, { now: new Date(0) }));

const line = (label: string, r: ChildResult) =>
  console.log(`${label.padEnd(44)} ${(r.ms / 1000).toFixed(1).padStart(7)} s    peak ${r.peakMb.toFixed(0)} MB (${r.startMb.toFixed(0)} MB before reading the file)`);

/** Imports the file into the locked `session`'s database and leaves the session unlocked. */
export async function importAgainstFloor(session: Session, dir: string, text: string, passphrase: string): Promise<void> {
  const file = join(dir, 'scheme.json');
  writeFileSync(file, text);
  const floorSession = new Session({ dataDir: join(dir, 'floor'), migrationsDir: findMigrationsDir(), scrypt: SCRYPT, today: () => BENCH_TODAY });
  await floorSession.setUp({ schemeName: 'Floor', localAuthority: null, passphrase });
  floorSession.lock();
  const app = importInChild('app', session.files.dir, file, passphrase);
  line('import (one run, file to commit)', app);
  const floor = importInChild('floor', floorSession.files.dir, file, passphrase);
  line('  raw prepared-insert floor', floor);
  await session.unlock(passphrase);
  await floorSession.unlock(passphrase);
  const same = exported(session) === exported(floorSession);
  floorSession.lock();
  console.log(`${''.padEnd(44)} ratio x${(app.ms / floor.ms).toFixed(1)}${same ? '   answers equal' : '   ANSWERS DIFFER'}`);
}
