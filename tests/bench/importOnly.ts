/**
 * `npm run bench:import`: the bench's import lines alone (the app's import beside its
 * raw prepared-insert floor, each in a process of its own, with time and peak memory),
 * at 1x and 4x the seeded scheme or at the scales given (`npm run bench:import -- 4`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from '../../electron/core/session';
import { findMigrationsDir } from '../../electron/core/files';
import { BENCH_TODAY, generateScheme } from './generate';
import { importAgainstFloor } from './import';

const PASSPHRASE = 'benchmark passphrase words';

async function main() {
  const scales = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const scale of scales.length ? scales : [1, 4]) {
    const dir = mkdtempSync(join(tmpdir(), 'iv-desk-bench-import-'));
    try {
      const text = JSON.stringify(generateScheme(undefined, scale));
      console.log(`\n=== ${scale}x the seeded scheme: ${(text.length / 1e6).toFixed(1)} MB of JSON ===`);
      const session = new Session({ dataDir: join(dir, 'encrypted'), migrationsDir: findMigrationsDir(), scrypt: { N: 2 ** 10, r: 8, p: 1 }, today: () => BENCH_TODAY });
      await session.setUp({ schemeName: 'Bench', localAuthority: null, passphrase: PASSPHRASE });
      session.lock();
      await importAgainstFloor(session, dir, text, PASSPHRASE);
      session.lock();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

void main();
