import { Field } from '../../components/Field';
import { DATE_HINT, type Errors } from '../../form';
import type { ActionStatus } from '../../../../shared/supervision/record';

export interface ActionRow {
  key: number;
  action: string;
  who: string;
  byWhen: string;
  status: ActionStatus;
}

let nextKey = 1;
export const blankAction = (): ActionRow => ({ key: nextKey++, action: '', who: '', byWhen: '', status: 'open' });
export const actionRow = (a: { action: string; who: string | null; byWhen: string | null; status: ActionStatus }, byWhen: string): ActionRow => ({ key: nextKey++, action: a.action, who: a.who ?? '', byWhen, status: a.status });

/** The field names of the action rows, as core names them, for the error summary's links. */
export const actionFieldNames = (rows: ActionRow[]) => rows.flatMap((_, i) => [`actionItems.${i}.action`, `actionItems.${i}.who`, `actionItems.${i}.byWhen`]);

/** The actions agreed: one row each (what, who, by when), with Add another and Remove. */
export function ActionRows({ rows, setRows, errors }: { rows: ActionRow[]; setRows: (rows: ActionRow[]) => void; errors: Errors }) {
  const change = (i: number, key: 'action' | 'who' | 'byWhen') => (value: string) => setRows(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const remove = (i: number) => {
    setRows(rows.filter((_, j) => j !== i));
    setTimeout(() => document.getElementById(rows.length > 1 ? `field-actionItems.${Math.max(0, i - 1)}.action` : 'action-add')?.focus());
  };
  const add = () => {
    setRows([...rows, blankAction()]);
    setTimeout(() => document.getElementById(`field-actionItems.${rows.length}.action`)?.focus());
  };
  return (
    <fieldset className="fieldset supervision-actions">
      <legend>New actions</legend>
      <div className="hint">What was agreed, who will do it and by when ({DATE_HINT.replace('For example', 'for example')}). Leave a row empty if nothing more was agreed.</div>
      {rows.map((r, i) => (
        <div className="supervision-actions__row" key={r.key} role="group" aria-label={`Action ${i + 1}`}>
          <Field name={`actionItems.${i}.action`} label={`Action ${i + 1}`} value={r.action} onChange={change(i, 'action')} error={errors[`actionItems.${i}.action`]} autoComplete="off" />
          <Field name={`actionItems.${i}.who`} label="Who" value={r.who} onChange={change(i, 'who')} error={errors[`actionItems.${i}.who`]} width="short" autoComplete="off" />
          <Field name={`actionItems.${i}.byWhen`} label="By when" value={r.byWhen} onChange={change(i, 'byWhen')} error={errors[`actionItems.${i}.byWhen`]} width="date" inputMode="numeric" />
          <button type="button" className="link-button supervision-actions__remove" onClick={() => remove(i)}>
            Remove<span className="visually-hidden"> action {i + 1}</span>
          </button>
        </div>
      ))}
      <button type="button" className="button button--secondary" id="action-add" onClick={add}>
        Add another action
      </button>
    </fieldset>
  );
}
