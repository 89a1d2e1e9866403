import { useState } from 'react';
import { parseUkDate, formatUkDate, todayIso } from '../../shared/dates';
import type { AppError } from '../../shared/result';

export type Errors = Record<string, string>;

/** Form values are the strings in the inputs; conversion happens on submit. */
export function useForm<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const set = (name: keyof T) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  return { values, setValues, errors, setErrors, set };
}

export const DATE_HINT = 'For example, 27/03/2012';

/**
 * Reads dd/mm/yyyy fields into ISO dates. Problems are added to `errors`; an empty
 * field becomes null.
 */
export function readDate(text: string, field: string, errors: Errors, label: string): string | null {
  if (!text.trim()) return null;
  const iso = parseUkDate(text);
  if (!iso) errors[field] = `${label} must be a real date, like 27/03/2012`;
  return iso;
}

export const dateText = (iso: string | null | undefined) => formatUkDate(iso);

/**
 * The one rule for a new record's date box. It starts at today only when the form records
 * something that has already happened by the time anyone writes it down (a visit, a
 * contact, feedback, a supervision held, a complaint received, a concern raised), where
 * today is the likeliest answer. A step or decision that may not have happened yet (an
 * approval, a proposal, an ending, a withdrawal, an outcome, an update sent) starts empty,
 * so such a date is saved only because someone typed it. Those forms use ''.
 */
export const happenedDateDefault = () => formatUkDate(todayIso());

/** Field errors from core, or the general message under 'form'. */
export function errorsFrom(error: AppError): Errors {
  return error.fields && Object.keys(error.fields).length ? error.fields : { form: error.message };
}
