import { describedBy } from './FieldFrame';

interface Props {
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
  error?: string;
  onChange: (checked: boolean) => void;
}

/** One labelled checkbox, the box before its label. */
export function CheckboxField({ name, label, hint, checked, error, onChange }: Props) {
  const id = `field-${name}`;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      {error && (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">Error:</span> {error}
        </p>
      )}
      <div className="checkbox">
        <input className="checkbox__input" type="checkbox" id={id} name={name} checked={checked} aria-describedby={describedBy(name, hint, error)} onChange={(e) => onChange(e.target.checked)} />
        <label className="checkbox__label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint && (
        <div id={`${id}-hint`} className="hint checkbox__hint">
          {hint}
        </div>
      )}
    </div>
  );
}
