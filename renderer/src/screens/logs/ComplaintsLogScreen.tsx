import { useState } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT, type Errors, happenedDateDefault } from '../../form';
import { PageHeading } from '../../components/PageHeading';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { SummaryList } from '../../components/SummaryList';
import { InlineForm, useInlineForm, focusSoon } from '../../components/InlineForm';
import { SavedBanner } from '../../components/SavedBanner';
import { LogList, useLogPage } from './LogList';
import { COMPLAINANT_LABELS, type Complainant } from '../../../../shared/youngPeople/record';
import type { Complaint } from '../../../../shared/contract';

type Saved = (complaint: Complaint, message: string) => void;
const complainantOptions = Object.entries(COMPLAINANT_LABELS) as [string, string][];

function RecordComplaintForm({ saved, onCancel }: { saved: Saved; onCancel: () => void }) {
  const prefix = 'complaint-new-';
  const form = useInlineForm({ date: happenedDateDefault(), from: '', summary: '' }, prefix);
  return (
    <InlineForm
      errors={form.errors}
      prefix={prefix}
      fields={['date', 'from', 'summary']}
      busy={form.busy}
      label="Record a complaint"
      title="Record a complaint"
      level={2}
      submitLabel="Record the complaint"
      onCancel={onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (v, errors: Errors) => {
            const date = readDate(v.date, 'date', errors, 'The date of the complaint');
            if (!v.date.trim()) errors.date = 'Enter the date of the complaint';
            if (!v.summary.trim()) errors.summary = 'Enter a summary of the complaint';
            return () => api.saveComplaint({ date: date ?? '', from: (v.from || null) as Complainant | null, summary: v.summary, outcome: null, resolvedDate: null });
          },
          (c) => saved(c, `Complaint of ${dateText(c.date)} recorded. Record the outcome when it is resolved.`),
        )
      }
    >
      <Field {...form.field('date', 'Date of the complaint')} hint={DATE_HINT} width="date" inputMode="numeric" />
      <SelectField {...form.field('from', 'Who complained?')} options={complainantOptions} emptyLabel="Not recorded" />
      <TextAreaField {...form.field('summary', 'Summary of the complaint')} hint="What the complaint is about. Keep names to those needed." rows={5} />
    </InlineForm>
  );
}

function UpdateComplaintForm({ complaint: c, saved, onCancel }: { complaint: Complaint; saved: Saved; onCancel: () => void }) {
  const prefix = `complaint-${c.id}-`;
  const form = useInlineForm({ outcome: c.outcome ?? '', resolvedDate: dateText(c.resolvedDate) }, prefix);
  return (
    <InlineForm
      errors={form.errors}
      prefix={prefix}
      fields={['outcome', 'resolvedDate']}
      busy={form.busy}
      label={`Update the complaint of ${dateText(c.date)}`}
      title={`Update the complaint of ${dateText(c.date)}`}
      level={4}
      submitLabel="Save the update"
      onCancel={onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (v, errors) => {
            const resolvedDate = readDate(v.resolvedDate, 'resolvedDate', errors, 'The date it was resolved');
            return () => api.saveComplaint({ complaintId: c.id, date: c.date, from: c.from, summary: c.summary, outcome: v.outcome, resolvedDate });
          },
          (updated) => saved(updated, updated.resolvedDate ? `Complaint of ${dateText(c.date)} resolved.` : `Complaint of ${dateText(c.date)} updated. It is still open.`),
        )
      }
    >
      <TextAreaField {...form.field('outcome', 'Outcome')} hint="What was found and what was done, and whether the person was satisfied" />
      <Field {...form.field('resolvedDate', 'Date resolved')} hint={`${DATE_HINT}. Leave empty while the complaint is open.`} width="date" inputMode="numeric" />
    </InlineForm>
  );
}

function ComplaintEntry({ complaint: c, open, setOpen, saved }: { complaint: Complaint; open: boolean; setOpen: (id: number | null) => void; saved: Saved }) {
  const headingId = `complaint-${c.id}-heading`;
  const buttonId = `complaint-${c.id}-update`;
  return (
    <article className="log-entry" aria-labelledby={headingId}>
      <h3 id={headingId} className="log-entry__heading">
        Complaint of {dateText(c.date)} {c.resolvedDate ? <strong className="tag tag--green">Resolved</strong> : <strong className="tag tag--yellow">Open</strong>}
      </h3>
      <SummaryList
        rows={[
          ['From', c.from ? COMPLAINANT_LABELS[c.from] : null],
          ['Summary', <span className="pre-line">{c.summary}</span>],
          ['Outcome', c.outcome ? <span className="pre-line">{c.outcome}</span> : null],
          ['Resolved', c.resolvedDate ? dateText(c.resolvedDate) : 'Not yet'],
        ]}
      />
      {open ? (
        <UpdateComplaintForm complaint={c} saved={saved} onCancel={() => (setOpen(null), focusSoon(buttonId))} />
      ) : (
        <button type="button" className="button button--secondary" id={buttonId} onClick={() => setOpen(c.id)}>
          Update<span className="visually-hidden"> the complaint of {dateText(c.date)}</span>
        </button>
      )}
    </article>
  );
}

/** The complaints log (National IV Standard 14): who complained, about what, the outcome and when it was resolved. */
export function ComplaintsLogScreen() {
  const { list, failure, query, setQuery, reload } = useLogPage(api.listComplaints);
  const [open, setOpen] = useState<'new' | number | null>(null);
  const [notice, setNotice] = useState<{ text: string; n: number } | null>(null);

  const saved: Saved = (_complaint, message) => {
    setOpen(null);
    void reload();
    setNotice((n) => ({ text: message, n: (n?.n ?? 0) + 1 }));
  };

  return (
    <div className="log-page">
      <a className="back-link" href="#/logs">
        Back to logs
      </a>
      <PageHeading>Complaints log</PageHeading>
      <p className="lede">Every complaint about the service, from young people, volunteers, carers or professionals, with what was done about it.</p>
      <SavedBanner notice={notice} />
      {failure && (
        <p className="error-message" role="alert">
          {failure}
        </p>
      )}
      {open === 'new' ? (
        <RecordComplaintForm saved={saved} onCancel={() => (setOpen(null), focusSoon('complaint-add'))} />
      ) : (
        <button type="button" className="button" id="complaint-add" onClick={() => setOpen('new')}>
          Record a complaint
        </button>
      )}
      {list && (
        <LogList list={list} query={query} setQuery={setQuery} noun="complaint" title="Complaints">
          {list.rows.map((c) => (
            <ComplaintEntry key={c.id} complaint={c} open={open === c.id} setOpen={setOpen} saved={saved} />
          ))}
        </LogList>
      )}
    </div>
  );
}
