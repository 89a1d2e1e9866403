import type { InputHTMLAttributes } from 'react';
import { FieldFrame, describedBy, type FieldProps } from './FieldFrame';

interface Props extends FieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'name'> {
  width?: 'full' | 'half' | 'date' | 'short';
  /** A unit shown before the box ("£"), as GOV.UK does; the label still names it for screen readers. */
  prefix?: string;
  /** A unit shown after the box ("p a mile"). */
  suffix?: string;
}

/** A labelled input with hint and error, in the GOV.UK manner: label above, error above the input. */
export function Field({ name, label, hint, value, error, onChange, width = 'full', prefix, suffix, ...rest }: Props) {
  const input = (
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
  );
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {prefix || suffix ? (
        <div className="input-wrapper">
          {prefix && (
            <span className="input-wrapper__prefix" aria-hidden="true">
              {prefix}
            </span>
          )}
          {input}
          {suffix && (
            <span className="input-wrapper__suffix" aria-hidden="true">
              {suffix}
            </span>
          )}
        </div>
      ) : (
        input
      )}
    </FieldFrame>
  );
}
