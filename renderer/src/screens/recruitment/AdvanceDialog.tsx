import { useState, type FormEvent } from 'react';
import { useModalDialog } from '../../components/useModalDialog';
import { api } from '../../api';
import { Field } from '../../components/Field';
import { readDate, dateText } from '../../form';
import { todayIso } from '../../../../shared/dates';

export type Advance = 'application' | 'approval';

interface Props {
  volunteer: { id: number; name: string };
  advance: Advance;
  onClose: () => void;
  /** Called after a successful save, with what to tell the coordinator. */
  onDone: (message: string) => void;
  /** Called when core refused approval, so the board can reload what it shows. */
  onRefused: () => void;
}

const WORDS = {
  application: { title: 'Record an application', label: 'Date of application', button: 'Record application', field: 'applicationDate' },
  approval: { title: 'Approve a volunteer', label: 'Date of approval', button: 'Approve', field: 'approvedDate' },
} as const;

/**
 * A small modal form that asks for the one date a stage needs. The native dialog keeps
 * focus inside it, closes on Escape and hides the board from screen readers meanwhile.
 */
export function AdvanceDialog({ volunteer, advance, onClose, onDone, onRefused }: Props) {
  const words = WORDS[advance];
  const ref = useModalDialog();
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [missing, setMissing] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const iso = readDate(date, 'date', errors, words.label);
    if (!date.trim()) errors.date = `Enter the ${words.label.toLowerCase()}`;
    setMissing(null);
    if (errors.date) {
      setError(errors.date);
      document.getElementById(`field-${words.field}`)?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    const result = advance === 'application' ? await api.recordApplication({ id: volunteer.id, applicationDate: iso! }) : await api.approveVolunteer({ id: volunteer.id, approvedDate: iso! });
    setBusy(false);
    if (result.ok) {
      onDone(advance === 'application' ? `Application recorded for ${volunteer.name}.` : `${volunteer.name} is approved.`);
      return;
    }
    const message = result.error.fields?.[words.field] ?? result.error.message;
    if (advance === 'approval' && message.startsWith('Cannot approve yet')) {
      // Core names what is missing; the record itself lists it item by item.
      const record = await api.getVolunteer({ id: volunteer.id });
      if (record.ok && record.value.missingForApproval.length) {
        setMissing(record.value.missingForApproval);
        onRefused();
        return;
      }
    }
    setError(message);
    document.getElementById(`field-${words.field}`)?.focus();
  }

  const titleId = `advance-title-${volunteer.id}`;
  return (
    <dialog ref={ref} className="advance" aria-labelledby={titleId} onCancel={(e) => (e.preventDefault(), onClose())}>
      <form onSubmit={submit} noValidate>
        <span className="caption">{volunteer.name}</span>
        <h2 id={titleId} className="advance__title">
          {words.title}
        </h2>
        {missing && (
          <div className="error-summary" role="alert" aria-labelledby={`${titleId}-refused`}>
            <h3 id={`${titleId}-refused`}>{volunteer.name} cannot be approved yet</h3>
            <p>Still needed:</p>
            <ul>
              {missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
            <p>
              <a href={`#/volunteers/${volunteer.id}`}>Open {volunteer.name}’s record</a> to complete these.
            </p>
          </div>
        )}
        {advance === 'approval' && !missing && <p>Approval makes {volunteer.name} an approved, active Independent Visitor.</p>}
        <Field
          name={words.field}
          label={words.label}
          hint={`For example, ${dateText(todayIso())} for today`}
          value={date}
          onChange={setDate}
          error={error}
          width="date"
          inputMode="numeric"
          autoComplete="off"
          autoFocus
        />
        <div className="button-group">
          <button className="button" type="submit" disabled={busy}>
            {words.button}
          </button>
          <button className="button button--secondary" type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
