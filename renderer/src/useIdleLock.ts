import { useEffect, useRef } from 'react';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** Calls onIdle once nobody has used the window for `minutes`. */
export function useIdleLock(minutes: number | null, onIdle: () => void): void {
  const last = useRef(0);
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);
  // The idle clock starts at unlock and runs on through a change of the setting, which
  // only changes how long it may run.
  const unlocked = minutes !== null;
  useEffect(() => {
    if (!unlocked) return;
    last.current = Date.now();
    const touch = () => {
      last.current = Date.now();
    };
    ACTIVITY.forEach((e) => window.addEventListener(e, touch, { passive: true }));
    return () => ACTIVITY.forEach((e) => window.removeEventListener(e, touch));
  }, [unlocked]);
  useEffect(() => {
    if (!minutes) return;
    const timer = window.setInterval(() => {
      if (Date.now() - last.current >= minutes * 60_000) callback.current();
    }, 5_000);
    return () => window.clearInterval(timer);
  }, [minutes]);
}
