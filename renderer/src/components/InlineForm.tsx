/** A small form inside a page that holds several: its own error summary, fields and buttons. */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useForm, errorsFrom, type Errors } from '../form';
import { FormErrorSummary } from './FormErrorSummary';
import type { Result } from '../../../shared/result';

/** Moves focus to an element by id once React has drawn it, e.g. back to the button that opened a form. */
export function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus());
}

/**
 * One small form among several on a page. Input ids carry `prefix` so several forms can share the
 * page; errors stay keyed by the field names core uses.
 */
export function useInlineForm<V extends Record<string, string>>(initial: V, prefix: string) {
  const form = useForm<V>(initial);
  const [busy, setBusy] = useState(false);

  const field = (key: keyof V & string, label: string) => ({
    name: `${prefix}${key}`,
    label,
    value: form.values[key],
    onChange: form.set(key),
    error: form.errors[key],
  });

  /**
   * Converts the values (adding problems to `errors`); only when there are none does it call
   * core, and, for a step that cannot be taken back, only once `confirm` has said yes.
   */
  async function submit<R>(event: FormEvent, build: (values: V, errors: Errors) => () => Promise<Result<R>>, done: (value: R) => void, confirm?: () => Promise<boolean>) {
    event.preventDefault();
    const errors: Errors = {};
    const call = build(form.values, errors);
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    if (confirm && !(await confirm())) return;
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) return form.setErrors(errorsFrom(result.error));
    done(result.value);
  }

  return { ...form, busy, prefix, field, submit };
}

interface FormProps {
  errors: Errors;
  prefix: string;
  /** The field names with inputs in this form, for the error summary's links. */
  fields: readonly string[];
  busy: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent) => void;
  onCancel?: () => void;
  /** What the form is for, read out by screen readers. */
  label: string;
  /** A heading shown above the form. */
  title?: string;
  /** The title's heading level: 3 in a section (the default), 2 straight under the page's h1, 4 inside an entry that has an h3. */
  level?: 2 | 3 | 4;
  children: ReactNode;
}

/** A small form inside a section, in a grey panel: error summary, fields, buttons. First input focused on opening. */
export function InlineForm({ errors, prefix, fields, busy, submitLabel, onSubmit, onCancel, label, title, level = 3, children }: FormProps) {
  const Title = (['h2', 'h3', 'h4'] as const)[level - 2];
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return (
    <form className="section-form inline-form" onSubmit={onSubmit} noValidate ref={ref} aria-label={label}>
      {title && <Title className="inline-form__title">{title}</Title>}
      <FormErrorSummary errors={errors} fields={fields} prefix={prefix} />
      {children}
      <div className="button-group">
        <button className="button" type="submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button className="button button--secondary" type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
