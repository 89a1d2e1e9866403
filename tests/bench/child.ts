/**
 * A bench measure in a child process of its own, so its peak memory (max RSS) is its own:
 * the session unlocked from the arguments (mode, data folder, file, passphrase), and the
 * result printed as one JSON line with the process's peak memory beside its starting one.
 */
import { Session } from '../../electron/core/session';
import { findMigrationsDir } from '../../electron/core/files';
import { BENCH_TODAY } from './generate';

export interface ChildMeasure {
  ms: number;
  peakMb: number;
  startMb: number;
}

export async function childSession() {
  const [mode, dataDir, file, passphrase] = process.argv.slice(2);
  const session = new Session({ dataDir, migrationsDir: findMigrationsDir(), today: () => BENCH_TODAY });
  await session.unlock(passphrase);
  return { mode, file, session, startMb: process.memoryUsage().rss / 2 ** 20 };
}

/** Prints the measure, and closes the database without locking: the backup a lock makes is no part of it, and the parent reads the data next. */
export function childDone<T extends object>(session: Session, ms: number, startMb: number, extra: T): void {
  session.connection.sqlite.close();
  process.stdout.write(`${JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, startMb, ...extra })}\n`);
}
