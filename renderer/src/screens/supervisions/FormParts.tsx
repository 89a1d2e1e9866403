/** Parts of the supervision form that are groups of choices: the matches discussed and the last time's open actions. */
import { CheckboxField } from '../../components/CheckboxField';
import { HintAndError, describedBy } from '../../components/FieldFrame';
import { dateText } from '../../form';
import type { DiscussableMatch, SupervisionForm } from '../../../../shared/contract';

export type Outcomes = Record<number, 'carry_forward' | 'done'>;

/** Checkboxes in a fieldset whose legend asks the question; the first carries the group's id so an error summary link lands on it. */
export function CheckboxGroup({ name, legend, hint, error, options, chosen, setChosen }: { name: string; legend: string; hint: string; error?: string; options: [number, string][]; chosen: number[]; setChosen: (ids: number[]) => void }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="radios-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="label">{legend}</legend>
        <HintAndError name={name} hint={hint} error={error} />
        <div className="checkbox-group">
          {options.map(([id, label], i) => (
            <CheckboxField key={id} name={i === 0 ? name : `${name}-${id}`} label={label} checked={chosen.includes(id)} onChange={(on) => setChosen(on ? [...chosen, id] : chosen.filter((x) => x !== id))} />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function MatchesDiscussed({ matches, chosen, setChosen, error }: { matches: DiscussableMatch[]; chosen: number[]; setChosen: (ids: number[]) => void; error?: string }) {
  if (matches.length === 0) return <p className="secondary">No matches have started yet, so there are none to discuss.</p>;
  return (
    <CheckboxGroup
      name="matchesDiscussed"
      legend="Matches discussed"
      hint="Young people are shown by their initials: this record is about the volunteer"
      error={error}
      options={matches.map((m) => [m.id, m.label])}
      chosen={chosen}
      setChosen={setChosen}
    />
  );
}

/** Each action still open from the last supervision: carried forward into this one (the default), or done. */
export function PreviousActions({ previous, outcomes, setOutcomes, error }: { previous: NonNullable<SupervisionForm['previous']>; outcomes: Outcomes; setOutcomes: (o: Outcomes) => void; error?: string }) {
  const name = 'previousActions';
  const hint = 'Carried forward, an action stays open and comes back next time. Done, it is closed on the earlier record.';
  return (
    <div className={`field supervision-previous${error ? ' field--error' : ''}`}>
      <fieldset className="radios-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="label">Open actions from the supervision of {dateText(previous.date)}</legend>
        <HintAndError name={name} hint={hint} error={error} />
        {previous.openActions.map((a, i) => (
          <fieldset className="supervision-previous__action" key={a.index}>
            <legend>
              {a.action}
              {(a.who || a.byWhen) && (
                <span className="secondary">
                  {' '}
                  ({[a.who, a.byWhen && `by ${dateText(a.byWhen)}`].filter(Boolean).join(', ')})
                </span>
              )}
            </legend>
            <div className="radios radios--inline">
              {(
                [
                  ['carry_forward', 'Carry forward'],
                  ['done', 'Done'],
                ] as const
              ).map(([value, label], j) => {
                const id = i === 0 && j === 0 ? `field-${name}` : `field-${name}-${a.index}-${value}`;
                return (
                  <div className="radios__item" key={value}>
                    <input className="radios__input" type="radio" id={id} name={`${name}-${a.index}`} checked={outcomes[a.index] === value} onChange={() => setOutcomes({ ...outcomes, [a.index]: value })} />
                    <label className="radios__label" htmlFor={id}>
                      {label}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </fieldset>
    </div>
  );
}
