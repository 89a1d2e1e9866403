/** Real encrypted databases in temporary folders, for tests. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Session } from '../../electron/core/session';

export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../../migrations');
export const PASSPHRASE = 'correct horse battery staple';
/** Cheap scrypt so tests stay quick; the cost is stored in the key file, so this is a real setup. */
export const TEST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

export function tempDir(prefix = 'ivdesk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function newSession(dataDir = tempDir(), today?: () => string): Session {
  return new Session({ dataDir, migrationsDir: MIGRATIONS_DIR, scrypt: TEST_SCRYPT, ...(today ? { today } : {}) });
}

/** A set-up, unlocked session, and a function that locks it and removes its folder. */
export async function unlockedSession(options: { today?: () => string; schemeName?: string } = {}) {
  const dir = tempDir();
  const session = newSession(dir, options.today);
  const { recoveryKey } = await session.setUp({ schemeName: options.schemeName ?? 'Test Scheme', localAuthority: 'Testshire', passphrase: PASSPHRASE });
  const cleanup = () => {
    session.lock();
    rmSync(dir, { recursive: true, force: true });
  };
  return { session, dir, recoveryKey, cleanup };
}

/** Every file in the folder and below it with its size and SHA-256, names sorted, so any change shows; `leaveOut` skips top-level entries (the Backups folder, say). */
export function snapshot(dir: string, leaveOut: string[] = []): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => !leaveOut.includes(name.split(/[\\/]/)[0]) && statSync(join(dir, name)).isFile())
      .sort()
      .map((name) => {
        const bytes = readFileSync(join(dir, name));
        return [name, `${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex')}`];
      }),
  );
}
