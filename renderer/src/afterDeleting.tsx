/**
 * What a screen does after a deletion or a save that can be undone: go to the list with
 * the message (the record's own page has gone), or stay and show it in place.
 */
import type { ReactNode } from 'react';
import { setFlash } from './flash';
import { navigate } from './route';
import { UndoMessage, undoCreation, undoDeletion } from './components/UndoMessage';
import type { DeletableKind } from '../../shared/deletion/rules';
import type { DeletedRecord } from '../../shared/contract';
import type { Result } from '../../shared/result';

/** Leaves for the list; an undo brings the coordinator back to the record, put back, with the message saying so. */
export function leaveAfterDeleting(deleted: DeletedRecord, listPath: string, recordPath: string): void {
  setFlash(
    deleted.message,
    undoDeletion(deleted.token, (message) => {
      setFlash(message);
      navigate(recordPath);
    }),
  );
  navigate(listPath);
}

/** Reloads what the page shows from core, then shows it with the message. */
type Say<T> = { reload: () => Promise<Result<T>>; show: (value: T, message: ReactNode) => void };

const reloadAndShow =
  <T,>({ reload, show }: Say<T>) =>
  async (message: ReactNode) => {
    const result = await reload();
    if (result.ok) show(result.value, message);
  };

/** Stays on the page: reloads it and shows the deletion's message with its Undo. */
export function stayAfterDeleting<T>(deleted: DeletedRecord, say: Say<T>): Promise<void> {
  const again = reloadAndShow(say);
  return again(<UndoMessage message={deleted.message} undo={undoDeletion(deleted.token, again)} />);
}

/** The message after creating a record, with an Undo that deletes it again and reloads the page. */
export function undoableCreation<T>(message: ReactNode, kind: DeletableKind, id: number, say: Say<T>): ReactNode {
  return <UndoMessage message={message} undo={undoCreation(kind, id, reloadAndShow(say))} />;
}
