import { useEffect, useRef } from 'react';
import type { DuplicateCandidate } from '../../../../shared/contract';

interface Props {
  /** The name as typed on the form. */
  name: string;
  candidates: DuplicateCandidate[];
  busy: boolean;
  onSaveAnyway: () => void;
  onCancel: () => void;
}

/** Shown before a likely duplicate is saved; nothing is saved until the coordinator says so. */
export function DuplicateWarning({ name, candidates, busy, onSaveAnyway, onCancel }: Props) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const one = candidates.length === 1;
  return (
    <section className="duplicate-warning" aria-labelledby="duplicate-title" tabIndex={-1} ref={ref}>
      <h2 id="duplicate-title">You may already have this volunteer</h2>
      <p>
        Nothing has been saved yet. {name} has details in common with {one ? 'a volunteer' : 'volunteers'} already recorded:
      </p>
      <ul className="duplicate-warning__list">
        {candidates.map((c) => (
          <li key={c.id}>
            <a href={`#/volunteers/${c.id}`}>{c.name}</a>: {c.reason}
          </li>
        ))}
      </ul>
      <p className="hint">If you open {one ? 'that record' : 'one of these records'}, what you typed here is not kept.</p>
      <div className="button-group">
        <button type="button" className="button" onClick={onSaveAnyway} disabled={busy}>
          {busy ? 'Saving…' : 'Save anyway'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </section>
  );
}
