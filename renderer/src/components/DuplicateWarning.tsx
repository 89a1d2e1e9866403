import { useEffect, useRef } from 'react';
import type { DuplicateCandidate } from '../../../shared/contract';
import { PageHeading } from './PageHeading';

const PLURAL = { volunteer: 'volunteers', 'young person': 'young people' };

interface Typed {
  firstName: string;
  lastName: string;
}

interface Props<T extends Typed> {
  noun: keyof typeof PLURAL;
  /** Where each record's profile is ("#/volunteers/"), before its id. */
  profiles: string;
  /** The page's heading, as the form's. */
  caption: string;
  heading: string;
  /** The form as typed, and the records it looks like. */
  found: { input: T; candidates: DuplicateCandidate[] };
  busy: boolean;
  onSaveAnyway: (input: T) => void;
  /** Back to the form as it was typed: the warning then puts the focus on its first field. */
  onCancel: () => void;
}

/** Shown before a likely duplicate is saved; nothing is saved until the coordinator says so. */
export function DuplicateWarning<T extends Typed>({ noun, profiles, caption, heading, found, busy, onSaveAnyway, onCancel }: Props<T>) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const { input, candidates } = found;
  const one = candidates.length === 1;
  const name = `${input.firstName.trim()} ${input.lastName.trim()}`;
  const cancel = () => {
    onCancel();
    setTimeout(() => document.getElementById('field-firstName')?.focus());
  };
  return (
    <>
      <PageHeading caption={caption}>{heading}</PageHeading>
      <section className="duplicate-warning" aria-labelledby="duplicate-title" tabIndex={-1} ref={ref}>
        <h2 id="duplicate-title">You may already have this {noun}</h2>
        <p>
          Nothing has been saved yet. {name} has details in common with {one ? `a ${noun}` : PLURAL[noun]} already recorded:
        </p>
        <ul className="duplicate-warning__list">
          {candidates.map((c) => (
            <li key={c.id}>
              <a href={`${profiles}${c.id}`}>{c.name}</a>: {c.reason}
            </li>
          ))}
        </ul>
        <p className="hint">If you open {one ? 'that record' : 'one of these records'}, what you typed here is not kept.</p>
        <div className="button-group">
          <button type="button" className="button" onClick={() => onSaveAnyway(input)} disabled={busy}>
            {busy ? 'Saving…' : 'Save anyway'}
          </button>
          <button type="button" className="button button--secondary" onClick={cancel} disabled={busy}>
            Cancel
          </button>
        </div>
      </section>
    </>
  );
}
