import { useState, type FormEvent } from 'react';
import { useForm, errorsFrom, type Errors } from '../../form';
import type { Result } from '../../../../shared/result';
import type { Volunteer } from '../../../../shared/contract';

/**
 * One small form on the profile. Its inputs' ids carry `prefix`, so several forms can
 * share the page; errors stay keyed by the field names core uses.
 */
export function useSectionForm<V extends Record<string, string>>(initial: V, prefix: string) {
  const form = useForm<V>(initial);
  const [busy, setBusy] = useState(false);

  const field = (key: keyof V & string, label: string) => ({
    name: `${prefix}${key}`,
    label,
    value: form.values[key],
    onChange: form.set(key),
    error: form.errors[key],
  });
  const radios = (key: keyof V & string, legend: string) => {
    const { label: _label, ...rest } = field(key, legend);
    return { ...rest, legend };
  };

  /**
   * Converts the values (adding problems to `errors`); only when there are none does it
   * make the call. Core's field errors come back keyed as this form's fields.
   */
  async function submit(event: FormEvent, build: (values: V, errors: Errors) => () => Promise<Result<Volunteer>>, done: (v: Volunteer) => void) {
    event.preventDefault();
    const errors: Errors = {};
    const call = build(form.values, errors);
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) return form.setErrors(errorsFrom(result.error));
    done(result.value);
  }

  return { ...form, busy, prefix, field, radios, submit };
}

export type SectionForm = ReturnType<typeof useSectionForm>;
