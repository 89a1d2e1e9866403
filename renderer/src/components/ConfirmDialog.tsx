/**
 * Asking before a step that cannot be taken back. The native modal dialog keeps focus
 * inside it, closes on Escape (as Cancel) and hides the page from screen readers meanwhile;
 * Cancel has the focus first, so a stray Enter changes nothing.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';

export interface ConfirmOptions {
  title: string;
  /** What follows from the step, in plain words. */
  body: ReactNode;
  confirmLabel: string;
}

function ConfirmDialog({ title, body, confirmLabel, onClose }: ConfirmOptions & { onClose: (confirmed: boolean) => void }) {
  // The first button is the one that acts; Cancel is the safe place to start.
  const cancel = useRef<HTMLButtonElement>(null);
  const ref = useModalDialog(cancel);
  const id = useId();
  return (
    <dialog ref={ref} className="advance confirm" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} onCancel={(e) => (e.preventDefault(), onClose(false))}>
      <h2 id={`${id}-title`} className="advance__title">
        {title}
      </h2>
      <div id={`${id}-body`} className="confirm__body">
        {body}
      </div>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={() => onClose(true)}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onClose(false)} ref={cancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

/** `ask` opens the dialog and settles true on confirm, false on Cancel or Escape; render `dialog` where the screen is. */
export function useConfirm() {
  const [pending, setPending] = useState<{ options: ConfirmOptions; resolve: (confirmed: boolean) => void } | null>(null);
  const ask = (options: ConfirmOptions) => new Promise<boolean>((resolve) => setPending({ options, resolve }));
  const dialog = pending && (
    <ConfirmDialog
      {...pending.options}
      onClose={(confirmed) => {
        pending.resolve(confirmed);
        setPending(null);
      }}
    />
  );
  return { ask, dialog };
}
