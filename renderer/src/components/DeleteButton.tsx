import { useRef, useState, type ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';
import { api } from '../api';
import { confirmationSentence, UNDO_HINT, type DeletableKind, type Dependants } from '../../../shared/deletion/rules';
import { sentenceStart } from '../../../shared/words';
import type { DeletedRecord } from '../../../shared/contract';

interface Props {
  kind: DeletableKind;
  id: number;
  /** The button's words; `hidden` adds words for screen readers only ("the visit of 01/11/2026"). */
  label?: string;
  hidden?: string;
  className?: string;
  /** After the deletion, with the message and the undo's token. */
  onDeleted: (deleted: DeletedRecord) => void;
}

/**
 * "Delete…": asks core once what would go with the record, then asks for confirmation in
 * a modal dialog (focus stays inside, Escape cancels, Cancel has focus first so Enter
 * never deletes by accident). A refusal is shown in the same dialog with only a Close.
 */
export function DeleteButton({ kind, id, label = 'Delete…', hidden, className = 'link-button', onDeleted }: Props) {
  const [preview, setPreview] = useState<Dependants | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function open() {
    setBusy(true);
    setError(null);
    const result = await api.deletionPreview({ kind, id });
    setBusy(false);
    if (result.ok) setPreview(result.value);
    else setError(result.error.message);
  }

  return (
    <>
      <button type="button" className={className} onClick={open} disabled={busy}>
        {label}
        {hidden && <span className="visually-hidden"> {hidden}</span>}
      </button>
      {error && (
        <span className="error-message" role="alert">
          {' '}
          {error}
        </span>
      )}
      {preview && <DeleteDialog preview={preview} onClose={() => setPreview(null)} onDeleted={onDeleted} />}
    </>
  );
}

function DeleteDialog({ preview, onClose, onDeleted }: { preview: Dependants; onClose: () => void; onDeleted: (deleted: DeletedRecord) => void }) {
  // The first button would be Delete: start on the safe choice.
  const cancel = useRef<HTMLButtonElement>(null);
  const ref = useModalDialog(cancel);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    const result = await api.deleteRecord({ kind: preview.kind, id: preview.id });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onClose();
    onDeleted(result.value);
  }

  const titleId = `delete-title-${preview.kind}-${preview.id}`;
  const refused = preview.refusal !== null;
  let body: ReactNode;
  if (refused) body = <p>{preview.refusal}</p>;
  else {
    body = (
      <>
        <p>{confirmationSentence(preview)}</p>
        {preview.goesWith.length > 0 && (
          <ul className="list list--bullet delete-dialog__list" aria-label="Also deleted">
            {preview.goesWith.map((g) => (
              <li key={g.kind}>{g.label}</li>
            ))}
          </ul>
        )}
        {preview.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        <p className="secondary">Delete only what was entered by mistake. {UNDO_HINT} After that it is gone.</p>
      </>
    );
  }
  return (
    <dialog ref={ref} className="advance delete-dialog" aria-labelledby={titleId} onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id={titleId} className="advance__title">
        {refused ? `${sentenceStart(preview.record)} cannot be deleted` : `Delete ${preview.record}?`}
      </h2>
      {body}
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <div className="button-group">
        {!refused && (
          <button type="button" className="button button--warning" onClick={confirm} disabled={busy}>
            {busy ? 'Deleting…' : 'Delete'}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onClose} ref={cancel}>
          {refused ? 'Close' : 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}
