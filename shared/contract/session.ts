import { z } from 'zod';
import { call } from './define';
import { requiredText, optionalText } from '../fields';

export type SessionState = 'setup_needed' | 'locked' | 'unlocked';

export interface SessionInfo {
  state: SessionState;
  /** Known only while unlocked: the scheme's name lives inside the encrypted database. */
  schemeName: string | null;
  idleLockMinutes: number | null;
}

const empty = z.object({}).strict();
// Passphrases are not trimmed: every character the coordinator typed counts.
const passphrase = z.string({ error: 'Enter your passphrase' }).min(1, { message: 'Enter your passphrase' }).max(1024);

export const sessionCalls = {
  sessionStatus: call<SessionInfo>()(empty),
  setUp: call<{ recoveryKey: string }>()(
    z
      .object({
        schemeName: requiredText('the scheme name'),
        localAuthority: optionalText(100),
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
};
