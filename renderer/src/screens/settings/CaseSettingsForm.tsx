import { useState, type FormEvent } from 'react';
import { api } from '../../api';
import { useForm, errorsFrom, type Errors } from '../../form';
import { Field } from '../../components/Field';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SuccessBanner } from '../../components/Notice';
import { SelectField } from '../../components/SelectField';
import type { CaseSettings } from '../../../../shared/youngPeople/settings';
import { BANK_HOLIDAY_NATION_LABELS, type BankHolidayNation } from '../../../../shared/today/bankHolidays';

type NumberKey = Exclude<keyof CaseSettings, 'bankHolidayNation'>;

const FIELDS: { key: NumberKey; label: string; hint: string; min: number; max: number }[] = [
  { key: 'longWaitWeeks', label: 'Weeks after which a wait is long', hint: 'Longer waits are highlighted on the waiting list and shown on Today. Between 1 and 52.', min: 1, max: 52 },
  { key: 'reviewReminderDays', label: 'Days ahead to show care reviews', hint: 'Today lists a young person’s next care review this many days before it. Up to 90.', min: 0, max: 90 },
  { key: 'birthdayNoticeDays', label: 'Days ahead to show 18th and 25th birthdays', hint: 'At 18 a care-leaver decision is due; at 25 the service ends. Up to 365.', min: 0, max: 365 },
  { key: 'visitOverdueWeeks', label: 'Weeks without a visit before one is overdue', hint: 'Visits are expected monthly. Between 1 and 26.', min: 1, max: 26 },
  { key: 'feedbackVisitMonths', label: 'Months matched before the feedback visit', hint: 'When you visit the young person to ask how it is going. Between 1 and 36.', min: 1, max: 36 },
  { key: 'reviewUpdateDaysBefore', label: 'Days before a care review that its update is due', hint: 'Today reminds you to write the care-review update this many days before the review. Up to 60.', min: 0, max: 60 },
  { key: 'supervisionWeeks', label: 'Weeks between supervisions', hint: 'Each matched volunteer is due supervision this long after the last one, or after their first match. Usually 12; some schemes use 6 to 8. Between 2 and 26.', min: 2, max: 26 },
  { key: 'supervisionNoticeDays', label: 'Days ahead to show supervisions', hint: 'Today lists a supervision this many days before it is due. Up to 60.', min: 0, max: 60 },
  { key: 'proposalIntroductionWeeks', label: 'Weeks from a proposal to its introduction', hint: 'A proposed match with no introduction after this long shows on Today. Between 1 and 26.', min: 1, max: 26 },
];
const NATION_LABEL = 'Bank holidays of';
const LABELS = { ...Object.fromEntries(FIELDS.map((f) => [f.key, f.label])), bankHolidayNation: NATION_LABEL };
type Values = Record<keyof CaseSettings, string>;

/** Settings → Young people: when a wait counts as long, and when Today reminds about reviews, birthdays, visits and supervisions. */
export function CaseSettingsForm({ settings }: { settings: CaseSettings }) {
  const form = useForm<Values>({ ...Object.fromEntries(FIELDS.map((f) => [f.key, String(settings[f.key])])), bankHolidayNation: settings.bankHolidayNation } as Values);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const errors: Errors = {};
    const numbers = { bankHolidayNation: form.values.bankHolidayNation as BankHolidayNation } as CaseSettings;
    for (const f of FIELDS) {
      const text = form.values[f.key].trim();
      const what = f.label.toLowerCase();
      if (!text) errors[f.key] = `Enter the ${what}`;
      else if (!/^\d+$/.test(text)) errors[f.key] = `Enter the ${what} as a whole number, like ${f.min || 14}`;
      else if (Number(text) < f.min || Number(text) > f.max) errors[f.key] = `Enter between ${f.min} and ${f.max} for the ${what}`;
      numbers[f.key] = Number(text);
    }
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    setBusy(true);
    const result = await api.updateCaseSettings(numbers);
    setBusy(false);
    if (!result.ok) return form.setErrors(errorsFrom(result.error));
    setSaved(true);
  }

  return (
    <section aria-labelledby="case-settings-heading" className="section">
      <h2 id="case-settings-heading">Young people, the waiting list, matches and supervision</h2>
      {saved && <SuccessBanner>Young people settings saved.</SuccessBanner>}
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={submit} noValidate>
        {FIELDS.map((f) => (
          <Field key={f.key} name={f.key} label={f.label} hint={f.hint} value={form.values[f.key]} onChange={form.set(f.key)} error={form.errors[f.key]} width="short" inputMode="numeric" />
        ))}
        <SelectField
          name="bankHolidayNation"
          label={NATION_LABEL}
          hint="Working days skip these bank holidays: answering an enquiry, and the first care review 20 working days after a child becomes looked after."
          value={form.values.bankHolidayNation}
          onChange={form.set('bankHolidayNation')}
          options={Object.entries(BANK_HOLIDAY_NATION_LABELS)}
          error={form.errors.bankHolidayNation}
        />
        <button className="button" type="submit" disabled={busy}>
          Save young people settings
        </button>
      </form>
    </section>
  );
}
