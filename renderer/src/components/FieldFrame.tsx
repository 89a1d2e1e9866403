import type { ReactNode } from 'react';

/** The ids a field's input points at with aria-describedby. */
/** What a field component takes: its name (the stem of its id), label, hint, value, error and what to do on a change. */
export interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

export function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const id = `field-${name}`;
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** Hint, then error, as GOV.UK places them between the label and the input. */
export function HintAndError({ name, hint, error }: { name: string; hint?: string; error?: string }) {
  const id = `field-${name}`;
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">Error:</span> {error}
        </p>
      )}
    </>
  );
}

/** A field with its label above, then hint and error, then the control. */
export function FieldFrame({ name, label, hint, error, children }: { name: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={`field-${name}`} className="label">
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      {children}
    </div>
  );
}
