import { FieldFrame, describedBy, type FieldProps } from './FieldFrame';

interface Props extends FieldProps {
  /** value -> label, in the order shown. */
  options: [string, string][];
  /** The label of the empty choice; leave out to have none. */
  emptyLabel?: string;
}

/** A labelled select with hint and error, laid out like Field. */
export function SelectField({ name, label, hint, value, error, onChange, options, emptyLabel }: Props) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      <select id={`field-${name}`} name={name} className="select" value={value} aria-describedby={describedBy(name, hint, error)} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.target.value)}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
