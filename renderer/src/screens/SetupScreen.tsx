import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useForm, errorsFrom, type Errors } from '../form';
import { Field } from '../components/Field';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { StrengthMeter } from '../components/StrengthMeter';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../../shared/passphrase';
import { RecoveryKeyScreen } from './RecoveryKeyScreen';
import { Warnings } from '../components/Warnings';
import { RestoreFromBackupScreen } from './backups/RestoreFromBackupScreen';

const LABELS = { schemeName: 'Scheme name', localAuthority: 'Local authority', passphrase: 'Passphrase', confirm: 'Type the passphrase again' };

/** First run: name the scheme, choose a passphrase, then record the recovery key. */
export function SetupScreen({ onDone, warnings = [] }: { onDone: () => void; warnings?: string[] }) {
  const form = useForm({ schemeName: '', localAuthority: '', passphrase: '', confirm: '' });
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState(false);

  if (recoveryKey) return <RecoveryKeyScreen recoveryKey={recoveryKey} onConfirmed={onDone} />;
  if (restoring) return <RestoreFromBackupScreen onDone={onDone} onCancel={() => setRestoring(false)} />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { values } = form;
    const errors: Errors = {};
    if (!values.schemeName.trim()) errors.schemeName = 'Enter the scheme name';
    const problem = passphraseProblem(values.passphrase);
    if (problem) errors.passphrase = problem;
    else if (values.confirm !== values.passphrase) errors.confirm = 'The two passphrases are different';
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    setBusy(true);
    const result = await api.setUp({ schemeName: values.schemeName, localAuthority: values.localAuthority, passphrase: values.passphrase });
    setBusy(false);
    if (result.ok) setRecoveryKey(result.value.recoveryKey);
    else form.setErrors(errorsFrom(result.error));
  }

  return (
    <main className="narrow" id="main">
      <Warnings warnings={warnings} />
      <PageHeading caption="Welcome to IV Desk">Set up your scheme</PageHeading>
      <p>IV Desk keeps your scheme&apos;s records encrypted on this computer. You will need the passphrase you choose here every time you open it.</p>
      <p>
        Moving from another computer, or replacing one that was lost?{' '}
        <button type="button" className="link-button" onClick={() => setRestoring(true)}>
          Restore from a backup
        </button>{' '}
        instead of setting up.
      </p>
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={submit} noValidate>
        <Field name="schemeName" label={LABELS.schemeName} hint="For example, Durham Independent Visitor Service" value={form.values.schemeName} onChange={form.set('schemeName')} error={form.errors.schemeName} autoComplete="organization" />
        <Field name="localAuthority" label={`${LABELS.localAuthority} (optional)`} value={form.values.localAuthority} onChange={form.set('localAuthority')} error={form.errors.localAuthority} width="half" />
        <Field
          name="passphrase"
          type="password"
          label={LABELS.passphrase}
          hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. Three or four unrelated words are strong and easy to remember.`}
          value={form.values.passphrase}
          onChange={form.set('passphrase')}
          error={form.errors.passphrase}
          autoComplete="new-password"
        />
        <StrengthMeter passphrase={form.values.passphrase} fieldError={form.errors.passphrase} />
        <Field name="confirm" type="password" label={LABELS.confirm} value={form.values.confirm} onChange={form.set('confirm')} error={form.errors.confirm} autoComplete="new-password" />
        <button className="button" type="submit" disabled={busy}>
          {busy ? 'Setting up…' : 'Set up IV Desk'}
        </button>
      </form>
    </main>
  );
}
