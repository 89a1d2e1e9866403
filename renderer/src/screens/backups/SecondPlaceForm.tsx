import { useState, type FormEvent } from 'react';
import { api } from '../../api';
import { useForm, errorsFrom, type Errors } from '../../form';
import { Field } from '../../components/Field';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SuccessBanner } from '../../components/Notice';
import { MAX_WARN_AFTER_DAYS, type BackupSettings } from '../../../../shared/backups/settingsValues';

const LABELS = { secondPlace: 'Folder for the second copy', secondPlaceWarnDays: 'Days after which to warn' };

/**
 * The second place: a folder on an encrypted USB stick or a network share that every
 * backup is also written to, and when Today warns that it has had none. In the desktop
 * app "Choose folder…" opens the system's folder picker; the path can always be typed.
 */
export function SecondPlaceForm({ settings, onSaved }: { settings: BackupSettings; onSaved: () => void }) {
  const form = useForm({ secondPlace: settings.secondPlace ?? '', secondPlaceWarnDays: String(settings.secondPlaceWarnDays) });
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chooseFolder = api.chooseFolder;

  async function choose() {
    const result = await chooseFolder!();
    if (result.ok && result.value.path) form.set('secondPlace')(result.value.path);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const errors: Errors = {};
    const days = form.values.secondPlaceWarnDays.trim();
    if (!/^\d+$/.test(days)) errors.secondPlaceWarnDays = 'Enter the number of days as a whole number, like 7';
    else if (Number(days) < 1 || Number(days) > MAX_WARN_AFTER_DAYS) errors.secondPlaceWarnDays = `Enter between 1 and ${MAX_WARN_AFTER_DAYS} days`;
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    setBusy(true);
    const folder = form.values.secondPlace.trim();
    const result = await api.updateBackupSettings({ secondPlace: folder || null, secondPlaceWarnDays: Number(days) });
    setBusy(false);
    if (!result.ok) return form.setErrors(errorsFrom(result.error));
    setSaved(folder ? `Saved. Every backup will also be written to ${folder}.` : 'Saved. No second place is chosen: Today will remind you.');
    onSaved();
  }

  return (
    <section aria-labelledby="second-place-heading" className="section">
      <h2 id="second-place-heading">The second place</h2>
      <p>
        A copy of every backup also goes to a second place, so your records survive if this computer is lost, stolen or broken. Use an encrypted USB stick (such as one
        protected by BitLocker To Go) or a network share your organisation keeps safe. Each copy is encrypted and opens only with your passphrase or recovery key.
      </p>
      {saved && <SuccessBanner>{saved}</SuccessBanner>}
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={submit} noValidate>
        <Field
          name="secondPlace"
          label={LABELS.secondPlace}
          hint={`The whole path, for example E:\\IV Desk backups. Leave it empty for no second place.${chooseFolder ? '' : ' Type or paste the path.'}`}
          value={form.values.secondPlace}
          onChange={form.set('secondPlace')}
          error={form.errors.secondPlace}
          autoComplete="off"
          spellCheck={false}
        />
        {chooseFolder && (
          <p>
            <button type="button" className="button button--secondary" onClick={choose}>
              Choose folder…
            </button>
          </p>
        )}
        <Field
          name="secondPlaceWarnDays"
          label={LABELS.secondPlaceWarnDays}
          hint="Today warns when the newest backup in the second place is older than this. Between 1 and 90."
          value={form.values.secondPlaceWarnDays}
          onChange={form.set('secondPlaceWarnDays')}
          error={form.errors.secondPlaceWarnDays}
          width="short"
          inputMode="numeric"
        />
        <button className="button" type="submit" disabled={busy}>
          Save the second place
        </button>
      </form>
    </section>
  );
}
