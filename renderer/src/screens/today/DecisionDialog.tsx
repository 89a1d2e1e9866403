import { useState, type FormEvent } from 'react';
import { useModalDialog } from '../../components/useModalDialog';
import { api } from '../../api';
import { Field } from '../../components/Field';
import { TextAreaField } from '../../components/TextAreaField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { dateText, errorsFrom, readDate, type Errors } from '../../form';
import { addDays } from '../../../../shared/dates';
import { snoozeDateProblem } from '../../../../shared/today/decisions';
import type { TodayItem } from '../../../../shared/today';

export type DecisionKind = 'snooze' | 'dismiss';

const LABELS = { until: 'Snooze until', reason: 'Reason' };

/** Asks for the date and reason of a snooze, or the reason a dismissed item is not needed; core checks both again. */
export function DecisionDialog({ item, kind, today, onClose, onDone }: { item: TodayItem; kind: DecisionKind; today: string; onClose: () => void; onDone: (message: string) => void }) {
  const ref = useModalDialog();
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const snooze = kind === 'snooze';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    const iso = snooze ? readDate(until, 'until', found, LABELS.until) : null;
    if (snooze && !until.trim()) found.until = 'Enter the date to snooze until';
    const dateProblem = snooze && iso ? snoozeDateProblem(iso, today) : null;
    if (dateProblem) found.until = dateProblem;
    if (!reason.trim()) found.reason = snooze ? 'Enter why you are snoozing it' : 'Enter why it is not needed';
    setErrors(found);
    // The error summary takes the focus and links to each field.
    if (Object.keys(found).length) return;
    setBusy(true);
    const result = snooze ? await api.snoozeTodayItem({ key: item.key, until: iso!, reason }) : await api.dismissTodayItem({ key: item.key, reason });
    setBusy(false);
    if (!result.ok) return setErrors(errorsFrom(result.error));
    onDone(snooze ? `Snoozed until ${dateText(iso)}: ${item.subject}. It comes back on Today that day.` : `Dismissed: ${item.subject}.`);
  }

  const titleId = `decision-title-${kind}`;
  return (
    <dialog ref={ref} className="advance" aria-labelledby={titleId} onCancel={(e) => (e.preventDefault(), onClose())}>
      <form onSubmit={submit} noValidate>
        <span className="caption">{item.subject}</span>
        <h2 id={titleId} className="advance__title">
          {snooze ? 'Snooze until a date' : 'Dismiss as not needed'}
        </h2>
        <p>{item.message}</p>
        <ErrorSummary errors={errors} labels={LABELS} />
        {snooze && (
          <Field
            name="until"
            label={LABELS.until}
            hint={`It comes back on Today on this date. For example, ${dateText(addDays(today, 7))}`}
            value={until}
            onChange={setUntil}
            error={errors.until}
            width="date"
            inputMode="numeric"
            autoComplete="off"
            autoFocus
          />
        )}
        <TextAreaField
          name="reason"
          label={LABELS.reason}
          hint={snooze ? 'Shown on the record, for example “carer away until then”.' : 'Shown on the record, for example “answered by phone”.'}
          value={reason}
          onChange={setReason}
          error={errors.reason}
          rows={2}
        />
        <div className="button-group">
          <button className="button" type="submit" disabled={busy}>
            {snooze ? 'Snooze' : 'Dismiss'}
          </button>
          <button className="button button--secondary" type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
