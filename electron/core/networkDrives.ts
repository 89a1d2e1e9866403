/**
 * Asks Windows which drive letters are mapped network drives, for the synced-folder
 * check (a live database on a network drive can be damaged). Never holds up starting
 * for long and never fails: after the time limit, or on any error, it answers with none,
 * and the check still catches \\server\share paths by their spelling.
 */
import { execFile } from 'node:child_process';
import { parseNetUse } from '../../shared/networkDrives';

export const NETWORK_DRIVES_TIME_LIMIT_MS = 3000;

export interface NetworkDriveQuery {
  platform?: NodeJS.Platform;
  timeoutMs?: number;
  /** The program and its arguments; `net use` unless a test runs something else. */
  command?: readonly [string, readonly string[]];
}

export function findNetworkDriveLetters(query: NetworkDriveQuery = {}): Promise<string[]> {
  const { platform = process.platform, timeoutMs = NETWORK_DRIVES_TIME_LIMIT_MS, command = ['net', ['use']] } = query;
  if (platform !== 'win32') return Promise.resolve([]);
  return new Promise((resolve) => {
    // A program that ignores being stopped must not hold things up either.
    const giveUp = setTimeout(() => resolve([]), timeoutMs + 500);
    try {
      execFile(command[0], command[1], { timeout: timeoutMs, windowsHide: true, encoding: 'latin1', maxBuffer: 1024 * 1024 }, (error, stdout) => {
        clearTimeout(giveUp);
        resolve(error ? [] : parseNetUse(stdout));
      });
    } catch {
      clearTimeout(giveUp);
      resolve([]);
    }
  });
}
