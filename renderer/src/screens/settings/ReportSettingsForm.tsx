import { useState, type FormEvent } from 'react';
import { api } from '../../api';
import { useForm, errorsFrom, type Errors } from '../../form';
import { Field } from '../../components/Field';
import { Radios } from '../../components/Radios';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SuccessBanner } from '../../components/Notice';
import { MATCHES_PER_FULL_TIME_COORDINATOR, PROTECTIVE_MARKINGS, type ProtectiveMarking } from '../../../../shared/reports/settingsValues';
import type { ReportSettings } from '../../../../shared/reports/settings';

const LABELS = { coordinatorHoursPerWeek: "The coordinator's hours a week", fullTimeHoursPerWeek: 'Hours in a full-time week', marking: 'Protective marking on the annual report' };
type Values = Record<keyof typeof LABELS, string>;

const HOURS = [
  {
    key: 'coordinatorHoursPerWeek',
    what: "the coordinator's hours a week",
    required: false,
    hint: `Your paid hours for the scheme, like 22.5. The Reports screen uses them to show active matches per full-time coordinator, against the common ceiling of about ${MATCHES_PER_FULL_TIME_COORDINATOR}. Leave empty to leave that figure out.`,
  },
  { key: 'fullTimeHoursPerWeek', what: 'a full-time week', required: true, hint: 'At most councils 37.' },
] as const;

/** Hours as typed ("18.5" or "18,5"); null when the box is empty, NaN when it is not a number. */
function readHours(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
}

function checkHours(value: number | null, { key, what, required }: (typeof HOURS)[number], errors: Errors): void {
  if (value === null) {
    if (required) errors[key] = `Enter ${what}`;
  } else if (Number.isNaN(value)) errors[key] = `Enter ${what} as a number of hours, like 37`;
  else if (value < 0.5 || value > 80) errors[key] = `Enter ${what} as between 0.5 and 80 hours`;
}

/** Settings → Reports: the coordinator's hours (for matches per full-time coordinator) and the annual report's marking. */
export function ReportSettingsForm({ settings }: { settings: ReportSettings }) {
  const form = useForm<Values>({ coordinatorHoursPerWeek: settings.coordinatorHoursPerWeek === null ? '' : String(settings.coordinatorHoursPerWeek), fullTimeHoursPerWeek: String(settings.fullTimeHoursPerWeek), marking: settings.marking });
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const errors: Errors = {};
    const [coordinator, fullTime] = HOURS.map((h) => {
      const hours = readHours(form.values[h.key]);
      checkHours(hours, h, errors);
      return hours;
    });
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    setBusy(true);
    const result = await api.updateReportSettings({ coordinatorHoursPerWeek: coordinator, fullTimeHoursPerWeek: fullTime!, marking: form.values.marking as ProtectiveMarking });
    setBusy(false);
    if (!result.ok) return form.setErrors(errorsFrom(result.error));
    setSaved(true);
  }

  return (
    <section aria-labelledby="report-settings-heading" className="section">
      <h2 id="report-settings-heading">Reports</h2>
      {saved && <SuccessBanner>Report settings saved.</SuccessBanner>}
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={submit} noValidate>
        {HOURS.map((h) => (
          <Field key={h.key} name={h.key} label={LABELS[h.key]} hint={h.hint} value={form.values[h.key]} onChange={form.set(h.key)} error={form.errors[h.key]} width="short" inputMode="decimal" suffix="hours" />
        ))}
        <Radios
          name="marking"
          legend={LABELS.marking}
          hint="Shown in the header and footer of every page of the annual report in Word. OFFICIAL-SENSITIVE suits a report with figures about children in care."
          value={form.values.marking}
          onChange={form.set('marking')}
          options={PROTECTIVE_MARKINGS.map((m) => [m, m])}
        />
        <button className="button" type="submit" disabled={busy}>
          Save report settings
        </button>
      </form>
    </section>
  );
}
