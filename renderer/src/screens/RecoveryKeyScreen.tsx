import { useState, type FormEvent } from 'react';
import { RecoveryKeyGroups } from '../components/RecoveryKeyGroups';
import { PageHeading } from '../components/PageHeading';
import { ErrorSummary } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { Warning } from '../components/Notice';
import { lastRecoveryGroup, normaliseRecoveryKey, RECOVERY_GROUPS } from '../../../shared/recoveryKey';

/** Shows the recovery key once, then asks for its last group to prove it was recorded. */
export function RecoveryKeyScreen({ recoveryKey, onConfirmed }: { recoveryKey: string; onConfirmed: () => void }) {
  const [step, setStep] = useState<'show' | 'confirm'>('show');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (normaliseRecoveryKey(typed) === lastRecoveryGroup(recoveryKey)) onConfirmed();
    else setError(typed.trim() ? 'That is not the last group of your recovery key. Check what you wrote down.' : 'Enter the last group of four characters');
  }

  if (step === 'show') {
    return (
      <main className="narrow" id="main">
        <PageHeading caption="Step 2 of 3">Your recovery key</PageHeading>
        <p>If you ever forget your passphrase, this key is the only way back into your records.</p>
        <RecoveryKeyGroups recoveryKey={recoveryKey} label="Recovery key" />
        <Warning>It is shown only this once. Print it or write it down now, and keep it locked away, apart from this computer.</Warning>
        <p>If both the passphrase and the recovery key are lost, nobody can open the records again: not you, not IT, not the makers of IV Desk.</p>
        <div className="button-group no-print">
          <button className="button button--secondary" type="button" onClick={() => window.print()}>
            Print the recovery key
          </button>
          <button className="button" type="button" onClick={() => setStep('confirm')}>
            I have recorded it
          </button>
        </div>
      </main>
    );
  }
  return (
    <main className="narrow" id="main">
      <PageHeading caption="Step 3 of 3">Check your recovery key</PageHeading>
      <ErrorSummary errors={error ? { lastGroup: error } : {}} labels={{ lastGroup: 'Last group' }} />
      <form onSubmit={confirm} noValidate>
        <Field
          name="lastGroup"
          label={`Type the last group (group ${RECOVERY_GROUPS}) of your recovery key`}
          hint="Four letters or numbers, from the key you printed or wrote down"
          value={typed}
          onChange={setTyped}
          error={error}
          width="short"
          autoComplete="off"
          spellCheck={false}
        />
        <div className="button-group">
          <button className="button" type="submit">
            Continue
          </button>
          <button className="button button--secondary" type="button" onClick={() => setStep('show')}>
            Show the key again
          </button>
        </div>
      </form>
    </main>
  );
}
