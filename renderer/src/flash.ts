/** A one-time message carried from a saved form (or a deletion) to the page it returns to, with its "Undo" if it has one. */
import type { Undo } from './components/UndoMessage';

export interface Flash {
  message: string;
  undo: Undo | null;
}

let pending: Flash | null = null;

export function setFlash(message: string, undo: Undo | null = null): void {
  pending = { message, undo };
}

export function takeFlash(): Flash | null {
  const flash = pending;
  pending = null;
  return flash;
}
