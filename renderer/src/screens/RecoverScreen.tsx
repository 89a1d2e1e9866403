import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useForm, errorsFrom } from '../form';
import { Field } from '../components/Field';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { StrengthMeter } from '../components/StrengthMeter';
import { recoveryFormErrors } from '../recoveryForm';

const LABELS = { recoveryKey: 'Recovery key', newPassphrase: 'New passphrase', confirm: 'Type the new passphrase again' };

/** Unlock with the recovery key; a new passphrase is required in the same step. */
export function RecoverScreen({ onRecovered, onCancel }: { onRecovered: () => void; onCancel: () => void }) {
  const form = useForm({ recoveryKey: '', newPassphrase: '', confirm: '' });
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { values } = form;
    const errors = recoveryFormErrors(values);
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    setBusy(true);
    const result = await api.recover({ recoveryKey: values.recoveryKey, newPassphrase: values.newPassphrase });
    setBusy(false);
    if (result.ok) return onRecovered();
    form.setErrors(result.error.code === 'wrong_recovery_key' ? { recoveryKey: result.error.message } : errorsFrom(result.error));
  }

  return (
    <main className="narrow" id="main">
      <PageHeading caption="Forgot your passphrase">Unlock with your recovery key</PageHeading>
      <p>Use the recovery key you printed or wrote down when IV Desk was set up. You will then choose a new passphrase.</p>
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={submit} noValidate>
        <Field name="recoveryKey" label={LABELS.recoveryKey} hint="For example, K7QF-2M9D-… Dashes and spaces do not matter." value={form.values.recoveryKey} onChange={form.set('recoveryKey')} error={form.errors.recoveryKey} autoComplete="off" spellCheck={false} />
        <Field name="newPassphrase" type="password" label={LABELS.newPassphrase} hint="At least 12 characters" value={form.values.newPassphrase} onChange={form.set('newPassphrase')} error={form.errors.newPassphrase} autoComplete="new-password" />
        <StrengthMeter passphrase={form.values.newPassphrase} fieldError={form.errors.newPassphrase} />
        <Field name="confirm" type="password" label={LABELS.confirm} value={form.values.confirm} onChange={form.set('confirm')} error={form.errors.confirm} autoComplete="new-password" />
        <div className="button-group">
          <button className="button" type="submit" disabled={busy}>
            {busy ? 'Unlocking…' : 'Unlock and save new passphrase'}
          </button>
          <button className="button button--secondary" type="button" onClick={onCancel}>
            Back
          </button>
        </div>
      </form>
    </main>
  );
}
