import { useCallback, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Field } from './Field';
import { ErrorSummary } from './ErrorSummary';
import { useForm, readDate, dateText, DATE_HINT, errorsFrom, type Errors } from '../form';
import type { Result } from '../../../shared/result';
import type { PeriodCalendar } from '../../../shared/contract/period';
import { dayMonthYear } from '../screens/recruitment/format';

const LABELS = { from: 'From', to: 'To' };

export interface QuickPeriod {
  label: string;
  from: string;
  to: string;
}

type Period = { from: string; to: string };

/**
 * Figures for a period the coordinator picks: the dates as typed, the latest answer, and
 * whether one is on its way. `open` asks for this financial year so far, and the answer's
 * calendar (kept through a refused period) gives the quick choices, so the screen needs
 * one call.
 */
export function usePeriodFigures<T extends { calendar: PeriodCalendar }>(load: (period: Partial<Period>) => Promise<Result<T>>, periodOf: (figures: T) => Period) {
  const form = useForm({ from: '', to: '' });
  const [figures, setFigures] = useState<T | null>(null);
  const [calendar, setCalendar] = useState<PeriodCalendar | null>(null);
  const [busy, setBusy] = useState(false);
  const { setValues, setErrors } = form;

  // Only the latest request may show its answer: the first load can arrive after a quick choice.
  const latest = useRef(0);
  const show = useCallback(
    async (period: Partial<Period>) => {
      const request = ++latest.current;
      setBusy(true);
      const result = await load(period);
      if (request !== latest.current) return;
      setBusy(false);
      if (result.ok) {
        setFigures(result.value);
        setCalendar(result.value.calendar);
        setErrors({});
        if (!period.from) {
          const shown = periodOf(result.value);
          setValues({ from: dateText(shown.from), to: dateText(shown.to) });
        }
      } else {
        setFigures(null);
        setErrors(errorsFrom(result.error));
      }
    },
    [load, periodOf, setErrors, setValues],
  );

  const choose = useCallback(
    (from: string, to: string) => {
      setValues({ from: dateText(from), to: dateText(to) });
      void show({ from, to });
    },
    [setValues, show],
  );
  const open = useCallback(() => void show({}), [show]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Errors = {};
    const from = readDate(form.values.from, 'from', errors, 'The start of the period');
    const to = readDate(form.values.to, 'to', errors, 'The end of the period');
    if (!form.values.from.trim()) errors.from = 'Enter the start of the period';
    if (!form.values.to.trim()) errors.to = 'Enter the end of the period';
    if (from && to && from > to) errors.to = 'The end of the period must be on or after its start';
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    void show({ from: from!, to: to! });
  }

  return { form, figures, calendar, busy, choose, open, submit };
}

/** The period form: two dates (both included) and quick choices, with an error summary above. */
type PickerState = Pick<ReturnType<typeof usePeriodFigures<{ calendar: PeriodCalendar }>>, 'form' | 'busy' | 'choose' | 'submit'>;

export function PeriodPicker({ picker, choices, submitLabel, children }: { picker: PickerState; choices: QuickPeriod[]; submitLabel: string; children?: ReactNode }) {
  const { form, busy, choose, submit } = picker;
  return (
    <>
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={submit} noValidate className="period no-print">
        <fieldset className="fieldset">
          <legend>Period</legend>
          <p className="hint">Both dates are included. Figures “as at” are for the last day of the period.</p>
          <div className="period__dates">
            <Field name="from" label={LABELS.from} hint={DATE_HINT} value={form.values.from} onChange={form.set('from')} error={form.errors.from} width="date" inputMode="numeric" />
            <Field name="to" label={LABELS.to} hint={DATE_HINT} value={form.values.to} onChange={form.set('to')} error={form.errors.to} width="date" inputMode="numeric" />
          </div>
        </fieldset>
        <div className="button-group">
          <button type="submit" className="button" disabled={busy}>
            {submitLabel}
          </button>
          {choices.map((c) => (
            <button key={c.label} type="button" className="button button--secondary" onClick={() => choose(c.from, c.to)}>
              {c.label}
            </button>
          ))}
        </div>
        {children}
      </form>
    </>
  );
}

/** Where the financial year starts, and where to change it. */
export function FinancialYearNote({ start }: { start: string }) {
  return (
    <p className="hint">
      The financial year runs from {dayMonthYear(start).replace(/ \d{4}$/, '')}; change this in <a href="#/settings">Settings</a>.
    </p>
  );
}
