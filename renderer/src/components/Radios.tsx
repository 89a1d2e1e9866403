import { HintAndError, describedBy } from './FieldFrame';

interface Props {
  name: string;
  legend: string;
  hint?: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  /** value -> label, in the order shown. */
  options: [string, string][];
  /** Side by side, for two or three short choices such as Yes / No. */
  inline?: boolean;
}

/**
 * Radios in a fieldset whose legend asks the question. The first radio carries the
 * field's id, so an error summary link lands on the group.
 */
export function Radios({ name, legend, hint, value, error, onChange, options, inline }: Props) {
  const id = `field-${name}`;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="radios-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="label">{legend}</legend>
        <HintAndError name={name} hint={hint} error={error} />
        <div className={`radios${inline ? ' radios--inline' : ''}`}>
          {options.map(([v, label], i) => {
            const optionId = i === 0 ? id : `${id}-${i}`;
            return (
              <div className="radios__item" key={v}>
                <input className="radios__input" type="radio" id={optionId} name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
                <label className="radios__label" htmlFor={optionId}>
                  {label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
