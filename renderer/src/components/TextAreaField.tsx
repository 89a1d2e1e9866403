import { FieldFrame, describedBy, type FieldProps } from './FieldFrame';

interface Props extends FieldProps {
  rows?: number;
}

/** A labelled textarea with hint and error, laid out like Field. */
export function TextAreaField({ name, label, hint, value, error, onChange, rows = 4 }: Props) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      <textarea
        id={`field-${name}`}
        name={name}
        className="textarea"
        rows={rows}
        value={value}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldFrame>
  );
}
