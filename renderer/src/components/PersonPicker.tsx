import { useEffect, useState, type KeyboardEvent } from 'react';
import { api } from '../api';
import { FieldFrame, describedBy, type FieldProps } from './FieldFrame';
import type { PersonChoice } from '../../../shared/contract';
import { useTypedSearch } from '../useDebounced';


interface Props extends Omit<FieldProps, 'onChange'> {
  /** The choice, with the person's name; '' and no choice when it is cleared. */
  onChange: (value: string, choice?: PersonChoice) => void;
  kind: 'young_person' | 'volunteer';
  /** Only volunteers approved and not yet left. */
  current?: boolean;
  /** The name of the person the form opened with, when the screen has it already (else it is looked up). */
  chosenLabel?: string;
}

/**
 * Choosing a young person or volunteer (who a concern is about, whose supervisions): type
 * part of a name and pick from the few that match (the ARIA combobox pattern: arrow keys
 * move, Enter chooses, Escape closes). The whole list of people is never drawn.
 */
export function PersonPicker({ name, label, hint, value, error, onChange, kind, current, chosenLabel }: Props) {
  const id = `field-${name}`;
  const [text, setText] = useState(chosenLabel ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Once someone is chosen, nothing more is asked until the box is typed in again.
  const found = useTypedSearch(value ? '' : text, (words) => api.personChoices({ kind, search: words, ...(current ? { current } : {}) }));
  const [seen, setSeen] = useState(found);
  if (found !== seen) {
    setSeen(found);
    setActive(-1);
  }
  const choices = found?.answer.ok ? found.answer.value.choices : [];
  const more = !!found?.answer.ok && found.answer.value.more;
  const searched = found?.words ?? '';
  const who = kind === 'volunteer' ? 'volunteer' : 'young person';

  // A person chosen before the form opened (from a supervision): show their name.
  useEffect(() => {
    if (!value || chosenLabel !== undefined) return;
    api.personChoices({ kind, id: Number(value) }).then((r) => {
      // Unless something has been typed meanwhile.
      if (r.ok && r.value.choices[0]) setText((t) => t || r.value.choices[0].label);
    });
    // Only the value the form opened with needs its name looked up; later choices carry theirs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function type(next: string) {
    setText(next);
    setOpen(true);
    if (value) onChange('');
  }

  function choose(choice: PersonChoice) {
    onChange(String(choice.id), choice);
    setText(choice.label);
    setOpen(false);
    setActive(-1);
  }

  function clear() {
    onChange('');
    setText('');
    document.getElementById(id)?.focus();
  }

  function key(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!choices.length) return;
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + choices.length) % choices.length);
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      choose(choices[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  }

  const showing = open && !value && text.trim() !== '' && searched === text.trim();
  const status = value
    ? ''
    : !text.trim()
      ? ''
      : searched !== text.trim()
        ? 'Searching…'
        : found && !found.answer.ok
          ? found.answer.error.message
          : choices.length === 0
            ? `No ${who} found with that name.`
            : `${choices.length}${more ? ' or more' : ''} found${more ? ': type more of the name to narrow them down' : ''}. Use the up and down arrows to choose.`;
  const listId = `${id}-choices`;
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      <div className="person-picker">
        <input
          id={id}
          name={name}
          className="input input--half"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showing && choices.length > 0}
          aria-controls={listId}
          aria-activedescendant={showing && active >= 0 ? `${listId}-${choices[active].id}` : undefined}
          aria-describedby={[describedBy(name, hint, error), `${id}-status`].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          value={text}
          onChange={(e) => type(e.target.value)}
          onKeyDown={key}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul id={listId} role="listbox" aria-label={`Matching ${who}s`} className="person-picker__choices" hidden={!showing || choices.length === 0}>
          {choices.map((c, i) => (
            <li
              key={c.id}
              id={`${listId}-${c.id}`}
              role="option"
              aria-selected={i === active}
              className={`person-picker__choice${i === active ? ' person-picker__choice--active' : ''}`}
              // Keeps the focus in the box, so choosing with the mouse does not close the list first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(c)}
            >
              {c.label}
            </li>
          ))}
        </ul>
        <p id={`${id}-status`} className="person-picker__status secondary" aria-live="polite">
          {status}
        </p>
        {value && (
          <p className="person-picker__chosen">
            Chosen: <strong>{text}</strong>{' '}
            <button type="button" className="link-button" onClick={clear}>
              Clear<span className="visually-hidden"> the {who}</span>
            </button>
          </p>
        )}
      </div>
    </FieldFrame>
  );
}
