import { useEffect, useRef } from 'react';

/** Opens a native dialog as modal once it is on the page (focus stays inside, Escape closes, the page behind is hidden from screen readers) and closes it on the way out. */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return ref;
}
