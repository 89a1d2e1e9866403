import { useState, type FormEvent } from 'react';
import { RecoveryKeyGroups } from '../../components/RecoveryKeyGroups';
import { api } from '../../api';
import { Field } from '../../components/Field';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SuccessBanner, Warning } from '../../components/Notice';
import { lastRecoveryGroup, normaliseRecoveryKey, RECOVERY_GROUPS } from '../../../../shared/recoveryKey';

/** Settings: replace a lost or damaged recovery key. The new key is shown once and its last group typed back. */
export function NewRecoveryKeyForm({ onChanged }: { onChanged: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);

  async function make(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (!passphrase) return setError('Enter your passphrase');
    const result = await api.makeNewRecoveryKey({ passphrase });
    setPassphrase('');
    if (!result.ok) return setError(result.error.message);
    setError('');
    setRecoveryKey(result.value.recoveryKey);
  }

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (!recoveryKey) return;
    if (normaliseRecoveryKey(typed) !== lastRecoveryGroup(recoveryKey)) {
      return setError(typed.trim() ? 'That is not the last group of the new recovery key. Check what you wrote down.' : 'Enter the last group of four characters');
    }
    setRecoveryKey(null);
    setTyped('');
    setError('');
    setDone(true);
    onChanged();
  }

  return (
    <section aria-labelledby="recovery-heading" className="section">
      <h2 id="recovery-heading">Make a new recovery key</h2>
      {done && <SuccessBanner>The new recovery key is in place. The old one no longer works.</SuccessBanner>}
      {recoveryKey ? (
        <>
          <RecoveryKeyGroups recoveryKey={recoveryKey} label="New recovery key" />
          <Warning>It is shown only this once, and the old recovery key has stopped working. Print it or write it down now, and keep it locked away.</Warning>
          <ErrorSummary errors={error ? { lastGroup: error } : {}} labels={{ lastGroup: 'Last group' }} />
          <form onSubmit={confirm} noValidate>
            <Field name="lastGroup" label={`Type the last group (group ${RECOVERY_GROUPS}) of the new recovery key`} value={typed} onChange={setTyped} error={error} width="short" autoComplete="off" spellCheck={false} />
            <button className="button" type="submit">
              I have recorded it
            </button>
          </form>
        </>
      ) : (
        <>
          <p>Do this if the recovery key is lost or IV Desk says its copy is damaged. The old recovery key stops working.</p>
          <ErrorSummary errors={error ? { recoveryPassphrase: error } : {}} labels={{ recoveryPassphrase: 'Passphrase' }} />
          <form onSubmit={make} noValidate>
            <Field name="recoveryPassphrase" type="password" label="Passphrase" value={passphrase} onChange={setPassphrase} error={error} width="half" autoComplete="current-password" />
            <button className="button button--secondary" type="submit">
              Make a new recovery key
            </button>
          </form>
        </>
      )}
    </section>
  );
}
