import { useMemo, useState } from 'react';
import type { Flash } from '../flash';
import { SuccessBanner } from './Notice';
import { SavedBanner } from './SavedBanner';
import { UndoMessage } from './UndoMessage';

/**
 * The message a page was sent with (see flash.ts). One with an "Undo" takes focus, as
 * the page it came from has gone, so the Undo is the next Tab away.
 */
export function FlashBanner({ flash }: { flash: Flash | null }) {
  const [shown, setShown] = useState(flash);
  const notice = useMemo(() => {
    const undo = shown?.undo;
    if (!shown || !undo) return null;
    const after = (message: string) => {
      setShown({ message, undo: null });
      undo.after(message);
    };
    return { text: <UndoMessage message={shown.message} undo={{ ...undo, after }} />, n: 0 };
  }, [shown]);
  if (!shown) return null;
  return notice ? <SavedBanner notice={notice} /> : <SuccessBanner>{shown.message}</SuccessBanner>;
}
