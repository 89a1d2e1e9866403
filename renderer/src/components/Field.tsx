import type { InputHTMLAttributes } from 'react';
import { FieldFrame, describedBy } from './FieldFrame';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  width?: 'full' | 'half' | 'date' | 'short';
}

/** A labelled input with hint and error, in the GOV.UK manner: label above, error above the input. */
export function Field({ name, label, hint, value, error, onChange, width = 'full', ...rest }: FieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      <input
        id={`field-${name}`}
        name={name}
        className={`input input--${width}`}
        value={value}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        {...rest}
      />
    </FieldFrame>
  );
}
