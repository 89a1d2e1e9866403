import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens a native dialog as modal once it is on the page (focus stays inside, Escape closes,
 * the page behind is hidden from screen readers) and closes it on the way out. showModal
 * focuses the first control; `firstFocus` moves it elsewhere, e.g. to Cancel when the first
 * button is the one that acts.
 */
export function useModalDialog(firstFocus?: RefObject<HTMLElement | null>) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    firstFocus?.current?.focus();
    return () => dialog?.close();
    // A ref object stays the same, so this runs once, on the way in.
  }, [firstFocus]);
  return ref;
}
