import { z } from 'zod';
import { call } from './define';
import { requiredText, optionalText } from '../fields';
import { TEXT_LIMITS } from '../textLimits';

/** key_file_missing: the folder holds a database but not its key file; `problem` says how to bring it back. */
export type SessionState = 'setup_needed' | 'locked' | 'unlocked' | 'key_file_missing';

export interface SessionInfo {
  state: SessionState;
  /** Known only while unlocked: the scheme's name lives inside the encrypted database. */
  schemeName: string | null;
  idleLockMinutes: number | null;
  /** Plain sentences to show on every screen: a synced or network data folder, a damaged recovery slot. */
  warnings: string[];
  /** Why IV Desk cannot go on from this state, and what to do (key_file_missing). */
  problem: string | null;
}

const empty = z.object({}).strict();
// Passphrases are not trimmed: every character the coordinator typed counts.
const passphrase = z.string({ error: 'Enter your passphrase' }).min(1, { message: 'Enter your passphrase' }).max(1024);

export const sessionCalls = {
  sessionStatus: call<SessionInfo>()(empty),
  setUp: call<{ recoveryKey: string }>()(
    z
      .object({
        schemeName: requiredText('the scheme name', TEXT_LIMITS.scheme.name),
        localAuthority: optionalText(TEXT_LIMITS.scheme.localAuthority),
        passphrase,
      })
      .strict(),
  ),
  unlock: call<SessionInfo>()(z.object({ passphrase }).strict()),
  recover: call<SessionInfo>()(
    z.object({ recoveryKey: z.string().min(1, { message: 'Enter your recovery key' }).max(200), newPassphrase: passphrase }).strict(),
  ),
  lock: call<SessionInfo>()(empty),
  changePassphrase: call<null>()(z.object({ currentPassphrase: passphrase, newPassphrase: passphrase }).strict()),
  /** Replaces a lost or damaged recovery key; the new one is returned once, to be shown and typed back. */
  makeNewRecoveryKey: call<{ recoveryKey: string }>()(z.object({ passphrase }).strict()),
};
