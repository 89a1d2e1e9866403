/**
 * The Audit screen: every change to the records (the safeguarding log keeps its own
 * history), newest first, 50 a page, filtered by dates, kind of record, one record and
 * kind of change. #/audit/<kind>/<id> shows one record's changes.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { useForm, readDate, DATE_HINT, errorsFrom, type Errors } from '../../form';
import { PageHeading } from '../../components/PageHeading';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { HistoryList, HistoryPager } from '../../components/HistoryList';
import { ACTION_LABELS, RECORD_KIND_LABELS } from '../../../../shared/audit/labels';
import type { CallInput, HistoryEntry, HistoryPage } from '../../../../shared/contract';

type Filters = CallInput<'auditTrail'>;

const LABELS = { from: 'From', to: 'To', recordKind: 'Kind of record', action: 'Kind of change' };
const KIND_OPTIONS = Object.entries(RECORD_KIND_LABELS).filter(([kind]) => kind !== 'safeguarding_concerns') as [string, string][];
const ACTION_OPTIONS = Object.entries(ACTION_LABELS) as [string, string][];

/** Where a record's own page is: a person or a match, or the one it belongs to. */
const PAGES: Record<string, string> = { volunteers: 'volunteers', young_people: 'young-people', matches: 'matches' };

function EntryLinks({ entry, filteredToRecord }: { entry: HistoryEntry; filteredToRecord: boolean }) {
  const own = PAGES[entry.recordKind] && entry.recordId !== null ? `#/${PAGES[entry.recordKind]}/${entry.recordId}` : null;
  const owner = entry.ownerKind && PAGES[entry.ownerKind] && entry.ownerId !== null ? `#/${PAGES[entry.ownerKind]}/${entry.ownerId}` : null;
  const page = own ?? owner;
  const about = `${entry.recordLabel.toLowerCase()}${entry.recordName ? ` ${entry.recordName}` : ''}`;
  const links = [
    !filteredToRecord && entry.recordId !== null && entry.recordKind !== 'backup' && (
      <a key="only" href={`#/audit/${entry.recordKind}/${entry.recordId}`}>
        Only the changes to this {entry.recordLabel.toLowerCase()}
        <span className="visually-hidden"> ({about})</span>
      </a>
    ),
    page && !entry.redacted && entry.action !== 'erasure' && entry.action !== 'delete' && (
      <a key="page" href={page}>
        Open the {own ? entry.recordLabel.toLowerCase() : RECORD_KIND_LABELS[entry.ownerKind as keyof typeof RECORD_KIND_LABELS].toLowerCase()}’s page
        <span className="visually-hidden"> ({about})</span>
      </a>
    ),
  ].filter(Boolean);
  return links.length ? <p className="button-group history__links">{links}</p> : null;
}

export function AuditScreen({ recordKind, recordId }: { recordKind: string | null; recordId: number | null }) {
  const form = useForm({ from: '', to: '', recordKind: recordKind ?? '', action: '' });
  const [filters, setFilters] = useState<Filters>({ recordKind, recordId, page: 1 });
  const [page, setPage] = useState<HistoryPage | null>(null);
  const { setErrors } = form;

  useEffect(() => {
    api.auditTrail(filters).then((result) => {
      if (!result.ok) return setErrors(errorsFrom(result.error));
      setPage(result.value);
    });
  }, [filters, setErrors]);

  function apply(event: FormEvent) {
    event.preventDefault();
    const v = form.values;
    const errors: Errors = {};
    const from = readDate(v.from, 'from', errors, LABELS.from);
    const to = readDate(v.to, 'to', errors, LABELS.to);
    if (from && to && from > to) errors.to = 'The "to" date must be the same as or after the "from" date';
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    setFilters({ from, to, recordKind: v.recordKind || null, recordId: v.recordKind === recordKind ? recordId : null, action: v.action || null, page: 1 });
  }

  const field = (name: keyof typeof LABELS) => ({ name, label: LABELS[name], value: form.values[name], onChange: form.set(name), error: form.errors[name] });
  const oneRecord = filters.recordId !== null && filters.recordId !== undefined;
  return (
    <>
      <PageHeading caption="Records">Audit</PageHeading>
      <p>
        Every change to the records: when it was made, by whom, and the values before and after. Changes to the safeguarding log are kept in the log’s own history, on each concern.
      </p>
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form className="list-filters" onSubmit={apply} noValidate aria-label="Filter the changes">
        <Field {...field('from')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <Field {...field('to')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <SelectField {...field('recordKind')} options={KIND_OPTIONS} emptyLabel="Any record" />
        <SelectField {...field('action')} options={ACTION_OPTIONS} emptyLabel="Any change" />
        <div className="field list-filters__submit">
          <button type="submit" className="button">
            Show the changes
          </button>
        </div>
      </form>
      {oneRecord && (
        <p>
          Showing the changes to one {RECORD_KIND_LABELS[filters.recordKind as keyof typeof RECORD_KIND_LABELS]?.toLowerCase() ?? 'record'}. <a href="#/audit">Show the changes to every record</a>
        </p>
      )}
      {!page ? (
        <p className="loading">Loading…</p>
      ) : (
        <>
          <p role="status" className="secondary">
            {page.total === 0 ? 'No changes match.' : `${page.total} ${page.total === 1 ? 'change' : 'changes'}, newest first.`}
          </p>
          {page.total > 0 && <HistoryList page={page} extra={(entry) => <EntryLinks entry={entry} filteredToRecord={oneRecord} />} headingLevel={2} />}
          <HistoryPager
            page={page}
            onPage={(n) => {
              setFilters({ ...filters, page: n });
              window.scrollTo(0, 0);
            }}
          />
        </>
      )}
    </>
  );
}
