import { useState, type FormEvent } from 'react';
import { api } from '../../api';
import { useForm, errorsFrom, readDate, dateText, DATE_HINT, type Errors } from '../../form';
import { Field } from '../../components/Field';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SuccessBanner } from '../../components/Notice';
import type { Scheme } from '../../../../shared/contract/scheme';
import { IDLE_LOCK_MINUTES } from '../../../../shared/schemeLimits';

const LABELS = {
  name: 'Scheme name',
  localAuthority: 'Local authority (optional)',
  coordinatorName: 'Your name (optional)',
  childrenInCareCount: 'Children in care in the local authority (optional)',
  childrenInCareCountDate: 'Date of that count (optional)',
  mileageRatePence: 'Mileage rate, in pence a mile',
  financialYearStartMonth: 'Financial year starts in',
  idleLockMinutes: 'Lock after this many minutes without use',
};
type Values = Record<keyof typeof LABELS, string>;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function wholeNumber(text: string, field: string, errors: Errors, message: string): number | null {
  if (!text.trim()) return null;
  if (!/^\d+$/.test(text.trim())) {
    errors[field] = message;
    return null;
  }
  return Number(text.trim());
}

export function SchemeDetailsForm({ scheme: s, onSaved }: { scheme: Scheme; onSaved: () => void }) {
  const form = useForm<Values>({
    name: s.name,
    localAuthority: s.localAuthority ?? '',
    coordinatorName: s.coordinatorName ?? '',
    childrenInCareCount: s.childrenInCareCount === null ? '' : String(s.childrenInCareCount),
    childrenInCareCountDate: dateText(s.childrenInCareCountDate),
    mileageRatePence: String(s.mileageRatePence),
    financialYearStartMonth: String(s.financialYearStartMonth),
    idleLockMinutes: String(s.idleLockMinutes),
  });
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const v = form.values;
    const errors: Errors = {};
    const input = {
      name: v.name,
      localAuthority: v.localAuthority,
      coordinatorName: v.coordinatorName,
      childrenInCareCount: wholeNumber(v.childrenInCareCount, 'childrenInCareCount', errors, 'Enter the number of children in care as a whole number, like 120'),
      childrenInCareCountDate: readDate(v.childrenInCareCountDate, 'childrenInCareCountDate', errors, LABELS.childrenInCareCountDate),
      mileageRatePence: wholeNumber(v.mileageRatePence, 'mileageRatePence', errors, 'Enter the mileage rate in whole pence, like 45') ?? 45,
      financialYearStartMonth: Number(v.financialYearStartMonth),
      idleLockMinutes: wholeNumber(v.idleLockMinutes, 'idleLockMinutes', errors, 'Enter a whole number of minutes, like 5') ?? NaN,
    };
    if (!v.idleLockMinutes.trim()) errors.idleLockMinutes = 'Enter a number of minutes';
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    const result = await api.updateScheme(input);
    if (!result.ok) return form.setErrors(errorsFrom(result.error));
    setSaved(true);
    onSaved();
  }

  const field = (name: keyof Values) => ({ name, label: LABELS[name], value: form.values[name], onChange: form.set(name), error: form.errors[name] });
  return (
    <section aria-labelledby="scheme-heading" className="section">
      <h2 id="scheme-heading">Scheme details</h2>
      {saved && <SuccessBanner>Scheme details saved.</SuccessBanner>}
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={submit} noValidate>
        <Field {...field('name')} />
        <Field {...field('localAuthority')} width="half" />
        <Field {...field('coordinatorName')} hint="The coordinator's name: the history of each record says who made each change" width="half" autoComplete="name" />
        <Field {...field('childrenInCareCount')} hint="The council's figure, used for the National IV Network 10% measure" width="short" inputMode="numeric" />
        <Field {...field('childrenInCareCountDate')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <Field {...field('mileageRatePence')} hint="HMRC's rate is 45 pence a mile" width="short" inputMode="numeric" suffix="p a mile" />
        <div className="field">
          <label className="label" htmlFor="field-financialYearStartMonth">
            {LABELS.financialYearStartMonth}
          </label>
          <select id="field-financialYearStartMonth" className="select" value={form.values.financialYearStartMonth} onChange={(e) => form.set('financialYearStartMonth')(e.target.value)}>
            {MONTHS.map((m, i) => (
              <option key={m} value={String(i + 1)}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <Field {...field('idleLockMinutes')} hint={`Between ${IDLE_LOCK_MINUTES.min} and ${IDLE_LOCK_MINUTES.max} minutes. IV Desk also locks when the computer sleeps or its screen locks.`} width="short" inputMode="numeric" />
        <button className="button" type="submit">
          Save scheme details
        </button>
      </form>
    </section>
  );
}
