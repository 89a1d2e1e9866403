import type { Errors } from './form';
import { passphraseProblem } from '../../shared/passphrase';
import { isWellFormedRecoveryKey } from '../../shared/recoveryKey';

/** The checks before a recovery key and a new passphrase are sent: on the unlock screen, and when restoring a backup with the recovery key. */
export function recoveryFormErrors(values: { recoveryKey: string; newPassphrase: string; confirm: string }): Errors {
  const errors: Errors = {};
  if (!isWellFormedRecoveryKey(values.recoveryKey)) errors.recoveryKey = 'Enter the 32-character recovery key, in 8 groups of 4';
  const problem = passphraseProblem(values.newPassphrase);
  if (problem) errors.newPassphrase = problem;
  else if (values.confirm !== values.newPassphrase) errors.confirm = 'The two passphrases are different';
  return errors;
}
