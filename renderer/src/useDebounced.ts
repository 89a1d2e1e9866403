import { useEffect, useRef, useState } from 'react';

/** Long enough for a name to be typed before asking core, short enough to feel immediate. */
export const TYPING_PAUSE_MS = 250;

/** The value once it has stopped changing for the pause: a burst of typing becomes one change. */
export function useDebounced<T>(value: T, delayMs = TYPING_PAUSE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The answer to what is typed, asked once the typing pauses; nothing for blank words. An
 * answer is dropped when other words have been typed since it was asked, even before
 * they settle, so a slow answer never replaces a newer one or shows late.
 */
export function useTypedSearch<T>(words: string, ask: (words: string) => Promise<T>, delayMs = TYPING_PAUSE_MS): { words: string; answer: T } | null {
  const typed = words.trim();
  const settled = useDebounced(typed, delayMs);
  const latest = useRef({ typed, ask });
  useEffect(() => {
    latest.current = { typed, ask };
  });
  const [found, setFound] = useState<{ words: string; answer: T } | null>(null);
  // Emptied, the box starts afresh: words typed next never see the answer to the old ones.
  if (!typed && found) setFound(null);
  useEffect(() => {
    if (!settled) return;
    let current = true;
    void latest.current.ask(settled).then((answer) => {
      if (current && latest.current.typed === settled) setFound({ words: settled, answer });
    });
    return () => {
      current = false;
    };
  }, [settled]);
  return found;
}
