import { useState, type FormEvent } from 'react';
import { api } from '../../api';
import { useForm, errorsFrom, type Errors } from '../../form';
import { Field } from '../../components/Field';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SuccessBanner } from '../../components/Notice';
import { StrengthMeter } from '../../components/StrengthMeter';
import { passphraseProblem } from '../../../../shared/passphrase';

const LABELS = { currentPassphrase: 'Current passphrase', newPassphrase: 'New passphrase', confirm: 'Type the new passphrase again' };

export function ChangePassphraseForm() {
  const form = useForm({ currentPassphrase: '', newPassphrase: '', confirm: '' });
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const v = form.values;
    const errors: Errors = {};
    if (!v.currentPassphrase) errors.currentPassphrase = 'Enter your current passphrase';
    const problem = passphraseProblem(v.newPassphrase);
    if (problem) errors.newPassphrase = problem;
    else if (v.confirm !== v.newPassphrase) errors.confirm = 'The two new passphrases are different';
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    const result = await api.changePassphrase({ currentPassphrase: v.currentPassphrase, newPassphrase: v.newPassphrase });
    if (!result.ok) return form.setErrors(errorsFrom(result.error));
    form.setValues({ currentPassphrase: '', newPassphrase: '', confirm: '' });
    setSaved(true);
  }

  const field = (name: keyof typeof LABELS) => ({ name, label: LABELS[name], value: form.values[name], onChange: form.set(name), error: form.errors[name], type: 'password' });
  return (
    <section aria-labelledby="passphrase-heading" className="section">
      <h2 id="passphrase-heading">Change passphrase</h2>
      <p>Your recovery key stays the same.</p>
      {saved && <SuccessBanner>Passphrase changed. Use the new one next time you unlock.</SuccessBanner>}
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={submit} noValidate>
        <Field {...field('currentPassphrase')} width="half" autoComplete="current-password" />
        <Field {...field('newPassphrase')} width="half" autoComplete="new-password" />
        <StrengthMeter passphrase={form.values.newPassphrase} fieldError={form.errors.newPassphrase} />
        <Field {...field('confirm')} width="half" autoComplete="new-password" />
        <button className="button button--secondary" type="submit">
          Change passphrase
        </button>
      </form>
    </section>
  );
}
