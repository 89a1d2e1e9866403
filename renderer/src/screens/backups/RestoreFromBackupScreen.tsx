import { useState, type FormEvent } from 'react';
import { api } from '../../api';
import { useForm, errorsFrom, type Errors } from '../../form';
import { Field } from '../../components/Field';
import { Radios } from '../../components/Radios';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { StrengthMeter } from '../../components/StrengthMeter';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/passphrase';
import { recoveryFormErrors } from '../../recoveryForm';

const LABELS = { path: 'The backup file', passphrase: 'The backup’s passphrase', recoveryKey: 'The recovery key', newPassphrase: 'A new passphrase', confirm: 'Type the new passphrase again' };

/**
 * A new computer: restore the records from a backup file (with its .key file beside it),
 * opened with the passphrase that was current when it was made, or with the recovery key
 * and a new passphrase. Nothing is written until the backup has opened and passed its check.
 */
export function RestoreFromBackupScreen({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const form = useForm({ path: '', how: 'passphrase', passphrase: '', recoveryKey: '', newPassphrase: '', confirm: '' });
  const [busy, setBusy] = useState(false);
  const chooseBackupFile = api.chooseBackupFile;
  const { values } = form;

  async function choose() {
    const result = await chooseBackupFile!();
    if (result.ok && result.value.path) form.set('path')(result.value.path);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Errors = values.how === 'recovery' ? recoveryFormErrors(values) : {};
    if (!values.path.trim()) errors.path = 'Enter the backup file';
    if (values.how === 'passphrase' && !values.passphrase) errors.passphrase = 'Enter the backup’s passphrase';
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    setBusy(true);
    const path = values.path.trim();
    const result = await api.restoreFromBackupFile(
      values.how === 'passphrase' ? { path, passphrase: values.passphrase } : { path, recoveryKey: values.recoveryKey.trim(), newPassphrase: values.newPassphrase },
    );
    setBusy(false);
    if (result.ok) return onDone();
    form.setErrors(errorsFrom(result.error));
  }

  return (
    <main className="narrow" id="main">
      <PageHeading caption="Welcome to IV Desk">Restore from a backup</PageHeading>
      <p>
        If your scheme’s records were on another computer, restore them here from a backup: a file named like <code>iv-desk-2026-12-01T09-30-00.000Z-daily.db</code>, with its{' '}
        <code>.key</code> file beside it, for example on your USB stick.
      </p>
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={submit} noValidate>
        <Field
          name="path"
          label={LABELS.path}
          hint={`The whole path, for example E:\\IV Desk backups\\iv-desk-2026-12-01T09-30-00.000Z-daily.db${chooseBackupFile ? '' : '. Type or paste the path.'}`}
          value={values.path}
          onChange={form.set('path')}
          error={form.errors.path}
          autoComplete="off"
          spellCheck={false}
        />
        {chooseBackupFile && (
          <p>
            <button type="button" className="button button--secondary" onClick={choose}>
              Choose backup…
            </button>
          </p>
        )}
        <Radios
          name="how"
          legend="How will you open it?"
          value={values.how}
          onChange={form.set('how')}
          options={[
            ['passphrase', 'With the passphrase that was in use when the backup was made'],
            ['recovery', 'With the recovery key, and choose a new passphrase'],
          ]}
        />
        {values.how === 'passphrase' ? (
          <Field name="passphrase" type="password" label={LABELS.passphrase} value={values.passphrase} onChange={form.set('passphrase')} error={form.errors.passphrase} autoComplete="current-password" />
        ) : (
          <>
            <Field name="recoveryKey" label={LABELS.recoveryKey} hint="Eight groups of four letters and numbers, as you wrote it down at setup." value={values.recoveryKey} onChange={form.set('recoveryKey')} error={form.errors.recoveryKey} autoComplete="off" spellCheck={false} />
            <Field
              name="newPassphrase"
              type="password"
              label={LABELS.newPassphrase}
              hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. You will use it to unlock IV Desk from now on.`}
              value={values.newPassphrase}
              onChange={form.set('newPassphrase')}
              error={form.errors.newPassphrase}
              autoComplete="new-password"
            />
            <StrengthMeter passphrase={values.newPassphrase} fieldError={form.errors.newPassphrase} />
            <Field name="confirm" type="password" label={LABELS.confirm} value={values.confirm} onChange={form.set('confirm')} error={form.errors.confirm} autoComplete="new-password" />
          </>
        )}
        <div className="button-group">
          <button className="button" type="submit" disabled={busy}>
            {busy ? 'Restoring…' : 'Restore and unlock'}
          </button>
          <button className="button button--secondary" type="button" onClick={onCancel} disabled={busy}>
            Back to setting up
          </button>
        </div>
      </form>
    </main>
  );
}
