import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import type { Errors } from '../../form';

interface Props {
  errors: Errors;
  prefix: string;
  /** The field names with inputs in this form, for the error summary's links. */
  fields: readonly string[];
  busy: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent) => void;
  /** Shown as a secondary button when the form was opened from a summary. */
  onCancel?: () => void;
  /** Put focus on the first input when the form opens. */
  focusFirst?: boolean;
  children: ReactNode;
  label?: string;
}

/** A small GOV.UK-style form inside a profile section: error summary, fields, buttons. */
export function SectionForm({ errors, prefix, fields, busy, submitLabel, onSubmit, onCancel, focusFirst, children, label }: Props) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (focusFirst) ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [focusFirst]);
  return (
    <form className="section-form" onSubmit={onSubmit} noValidate ref={ref} aria-label={label}>
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
