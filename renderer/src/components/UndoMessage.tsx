import { useState, type ReactNode } from 'react';
import { api } from '../api';
import { UNDO_HINT, type DeletableKind } from '../../../shared/deletion/rules';
import type { Result } from '../../../shared/result';

/** What "Undo" does after a save or a delete, and what follows once it has. */
export interface Undo {
  /** Puts back what was deleted, or deletes what was just created; answers with what to say. */
  run: () => Promise<Result<{ message: string }>>;
  /** After a successful undo, with its message: reload, or go back to the record put back. */
  after: (message: string) => void;
}

/** Undo of a deletion: core puts back every row it kept in memory. */
export const undoDeletion = (token: string, after: Undo['after']): Undo => ({ run: () => api.undoDelete({ token }), after });

/** Undo of a record just created: it is deleted through the same path as any deletion. */
export const undoCreation = (kind: DeletableKind, id: number, after: Undo['after']): Undo => ({ run: () => api.deleteRecord({ kind, id }), after });

/** A message with an "Undo" button, offered for as long as the message is on the page. */
export function UndoMessage({ message, undo }: { message: ReactNode; undo: Undo | null }) {
  const [offered, setOffered] = useState(undo !== null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    if (!undo) return;
    setBusy(true);
    const result = await undo.run();
    setBusy(false);
    setOffered(false);
    if (result.ok) undo.after(result.value.message);
    else setError(result.error.message);
  }

  return (
    <>
      {message}
      {offered && (
        <span className="undo">
          {' '}
          <button type="button" className="button button--secondary undo__button" onClick={run} disabled={busy}>
            {busy ? 'Undoing…' : 'Undo'}
          </button>
          <span className="undo__hint"> {UNDO_HINT}</span>
        </span>
      )}
      {error && (
        <span className="error-message undo__error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}
