import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT, errorsFrom, useForm, type Errors, happenedDateDefault } from '../../form';
import { Field } from '../../components/Field';
import { TextAreaField } from '../../components/TextAreaField';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { focusSoon } from '../../components/InlineForm';
import { pounds } from '../../../../shared/csv';
import { DURATION_HINT } from '../../../../shared/duration';
import { transportCostPence } from '../../../../shared/matching/record';
import { visitTotals } from '../../../../shared/matching/expenses';
import { pageCount, pageOf, showingWords } from '../../../../shared/lists/paging';
import { Pager } from '../../components/Pager';
import { SortableHeader, type Sort } from '../../components/SortableHeader';
import type { Visit } from '../../../../shared/contract';
import { Section, type SectionProps } from './parts';
import { DeleteButton } from '../../components/DeleteButton';
import { stayAfterDeleting, undoableCreation } from '../../afterDeleting';
import { durationText, milesText, money, rateText, readDuration, readMiles, readPounds } from './format';
import { TableScroll } from '../../components/TableScroll';

const FIELDS = ['date', 'activity', 'durationMinutes', 'activityCostPence', 'miles', 'notes'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

const blank = (): Values => ({ date: happenedDateDefault(), activity: '', durationMinutes: '', activityCostPence: '', miles: '', notes: '' });
const valuesOf = (v: Visit): Values => ({
  date: dateText(v.date),
  activity: v.activity ?? '',
  durationMinutes: durationText(v.durationMinutes),
  activityCostPence: v.activityCostPence === null ? '' : pounds(v.activityCostPence),
  miles: v.miles === null ? '' : String(v.miles),
  notes: v.notes ?? '',
});

/** The transport cost as the coordinator types the miles; nothing when the miles are not (yet) a number. */
function liveTransport(milesText: string, ratePence: number): string | null {
  const errors: Errors = {};
  const miles = readMiles(milesText, 'miles', errors);
  if (miles === null || errors.miles) return null;
  return `Transport: ${money(transportCostPence(miles, ratePence))} (${milesText.trim()} ${miles === 1 ? 'mile' : 'miles'} at ${rateText(ratePence)})`;
}

/** Quick entry of a visit: always open, so a month's visits go in one after another. Also changes a visit. */
function VisitForm({ props, ratePence, editing, onDone }: { props: SectionProps; ratePence: number; editing: Visit | null; onDone: () => void }) {
  const { match, saved } = props;
  const prefix = 'visit-';
  const form = useForm<Values>(editing ? valuesOf(editing) : blank());
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const { setValues, setErrors } = form;
  useEffect(() => {
    setValues(editing ? valuesOf(editing) : blank());
    setErrors({});
    if (editing) ref.current?.querySelector('input')?.focus();
  }, [editing, setValues, setErrors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const v = form.values;
    const errors: Errors = {};
    const date = readDate(v.date, 'date', errors, 'The date of the visit');
    if (!v.date.trim()) errors.date = 'Enter the date of the visit';
    const durationMinutes = readDuration(v.durationMinutes, 'durationMinutes', errors);
    const activityCostPence = readPounds(v.activityCostPence, 'activityCostPence', errors, 'activity cost');
    const miles = readMiles(v.miles, 'miles', errors);
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    setBusy(true);
    const result = await api.saveVisit({ matchId: match.id, visitId: editing?.id, date: date!, activity: v.activity, durationMinutes, activityCostPence, miles, notes: v.notes });
    setBusy(false);
    if (!result.ok) return form.setErrors(errorsFrom(result.error));
    const transport = miles === null ? 'no mileage claimed' : `transport ${money(transportCostPence(miles, ratePence))} (${milesText(miles)} ${miles === 1 ? 'mile' : 'miles'} at ${rateText(ratePence)})`;
    const message = `Visit on ${dateText(date)} ${editing ? 'changed' : 'saved'}: ${transport}.`;
    const created = editing ? undefined : result.value.visits.find((x) => !match.visits.some((old) => old.id === x.id));
    saved(result.value, created ? undoableCreation(message, 'visit', created.id, { reload: () => api.getMatch({ id: match.id }), show: saved }) : message);
    form.setValues(blank());
    onDone();
  }

  const field = (key: keyof Values, label: string) => ({ name: `${prefix}${key}`, label, value: form.values[key], onChange: form.set(key), error: form.errors[key] });
  const transport = liveTransport(form.values.miles, ratePence);
  const title = editing ? `Change the visit of ${dateText(editing.date)}` : 'Record a visit';
  return (
    <form className="section-form inline-form visit-form" onSubmit={submit} noValidate aria-label={title} ref={ref}>
      <h3 className="inline-form__title">{title}</h3>
      <FormErrorSummary errors={form.errors} fields={FIELDS} prefix={prefix} />
      <div className="visit-form__row">
        <Field {...field('date', 'Date')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <Field {...field('activity', 'Activity')} hint="For example, bowling" autoComplete="off" />
      </div>
      <div className="visit-form__row">
        <Field {...field('durationMinutes', 'Duration')} hint={DURATION_HINT} width="short" autoComplete="off" />
        <Field {...field('activityCostPence', 'Activity cost in pounds')} hint="For example, 35.50" width="short" inputMode="decimal" prefix="£" />
        <Field {...field('miles', 'Miles driven')} hint={`Paid at ${rateText(ratePence)}`} width="short" inputMode="decimal" />
      </div>
      <p className="visit-form__transport" aria-live="polite">
        {transport ?? <span className="secondary">The transport cost is worked out from the miles at {rateText(ratePence)}.</span>}
      </p>
      <TextAreaField {...field('notes', 'Short notes (optional)')} hint="What you did and anything to follow up. Safeguarding concerns go in the safeguarding log." rows={2} />
      <div className="button-group">
        <button className="button" type="submit" disabled={busy}>
          {busy ? 'Saving…' : editing ? 'Save the changes' : 'Save the visit'}
        </button>
        {editing && (
          <button className="button button--secondary" type="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

type Column = 'date' | 'activity' | 'transport';

/** A year of monthly visits to a page: a long match's history stays short on its page. */
const VISITS_PAGE = 12;

function sortedVisits(visits: Visit[], { by, direction }: Sort<Column>): Visit[] {
  const key = (v: Visit) => (by === 'activity' ? (v.activityCostPence ?? 0) : by === 'transport' ? (v.transportCostPence ?? 0) : 0);
  const sign = direction === 'asc' ? 1 : -1;
  // getMatch sends the visits oldest first: that is the date order, and the order among equal amounts.
  return visits.map((v, i) => [v, i] as const).sort(([a, i], [b, j]) => sign * (key(a) - key(b) || i - j)).map(([v]) => v);
}

/** Visits: quick entry, then the history, newest first unless sorted otherwise, a page at a time, with totals. */
export function VisitsSection({ ratePence, ...props }: SectionProps & { ratePence: number }) {
  const { match } = props;
  const [editing, setEditing] = useState<Visit | null>(null);
  const [sort, setSort] = useState<Sort<Column>>({ by: 'date', direction: 'desc' });
  const [page, setPage] = useState(1);
  const list = pageOf(sortedVisits(match.visits, sort), page, VISITS_PAGE);
  const visits = list.rows;
  const totals = visitTotals(match.visits);
  const minutes = match.visits.reduce((n, v) => n + (v.durationMinutes ?? 0), 0);
  const canRecord = !!match.startDate;
  const firstName = match.youngPersonName.split(' ')[0];
  const onSort = (next: Sort<Column>) => (setSort(next), setPage(1));
  return (
    <Section name="visits" title={`Visits (${match.visits.length})`} notice={props.notice}>
      {!canRecord && <p className="secondary">Record the introduction meeting first: visits start after it.</p>}
      {canRecord && (match.stage !== 'ended' || editing) && (
        <VisitForm
          props={props}
          ratePence={ratePence}
          editing={editing}
          onDone={() => {
            const id = editing ? `visit-${editing.id}-change` : null;
            setEditing(null);
            if (id) focusSoon(id);
          }}
        />
      )}
      {canRecord && match.stage === 'ended' && !editing && <p className="secondary">The match has ended: only visits up to {dateText(match.endDate)} can be changed.</p>}
      {visits.length === 0 ? (
        canRecord && <p className="secondary">No visits recorded yet. Visits are expected about monthly.</p>
      ) : (
        <TableScroll label={`Visits by ${match.volunteerName} to ${firstName}`}>
          <table className="table visits-table">
            <caption className="visits-table__caption">
              Visits by {match.volunteerName} to {firstName}
              {sort.by === 'date' ? (sort.direction === 'desc' ? ', newest first' : ', oldest first') : ''}
            </caption>
            <thead>
              <tr>
                <SortableHeader column="date" label="Date" sort={sort} onSort={onSort} />
                <th scope="col">Activity</th>
                <th scope="col" className="num">
                  Duration
                </th>
                <SortableHeader column="activity" label="Activity (£)" sort={sort} onSort={onSort} />
                <th scope="col" className="num">
                  Miles
                </th>
                <SortableHeader column="transport" label="Transport (£)" sort={sort} onSort={onSort} />
                <th scope="col">Notes</th>
                <th scope="col">
                  <span className="visually-hidden">Change or delete</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {visits.map((v) => (
                <tr key={v.id} className={editing?.id === v.id ? 'visits-table__row--editing' : undefined}>
                  <td className="nowrap">{dateText(v.date)}</td>
                  <td>{v.activity}</td>
                  <td className="num nowrap">{durationText(v.durationMinutes)}</td>
                  <td className="num">{v.activityCostPence === null ? '' : pounds(v.activityCostPence)}</td>
                  <td className="num">{milesText(v.miles)}</td>
                  <td className="num">{v.transportCostPence === null ? '' : pounds(v.transportCostPence)}</td>
                  <td className="visits-table__notes">{v.notes}</td>
                  <td>
                    <span className="row-actions">
                      <button type="button" className="link-button" id={`visit-${v.id}-change`} onClick={() => setEditing(v)}>
                        Change<span className="visually-hidden"> the visit of {dateText(v.date)}</span>
                      </button>
                      <DeleteButton kind="visit" id={v.id} hidden={`the visit of ${dateText(v.date)}`} onDeleted={(d) => stayAfterDeleting(d, { reload: () => api.getMatch({ id: match.id }), show: props.saved })} />
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  Total, {totals.visits} {totals.visits === 1 ? 'visit' : 'visits'}
                </th>
                <td className="num nowrap">{durationText(minutes)}</td>
                <td className="num">{pounds(totals.activityPence)}</td>
                <td className="num">{milesText(totals.miles)}</td>
                <td className="num">{pounds(totals.transportPence)}</td>
                <td colSpan={2} className="visits-table__grand">
                  {money(totals.totalPence)} in all
                </td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
      {list.total > list.pageSize && <p className="count">{showingWords(list)}</p>}
      <Pager page={list.page} pages={pageCount(list.total, list.pageSize)} go={setPage} label="Pages of the visits" />
    </Section>
  );
}
