import { useState } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT, type Errors, happenedDateDefault } from '../../form';
import { PageHeading } from '../../components/PageHeading';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { PersonPicker } from '../../components/PersonPicker';
import { LogList, useLogPage } from './LogList';
import { TextAreaField } from '../../components/TextAreaField';
import { SummaryList } from '../../components/SummaryList';
import { InlineForm, useInlineForm, focusSoon } from '../../components/InlineForm';
import { SavedBanner } from '../../components/SavedBanner';
import { HistoryDisclosure } from '../../components/HistorySection';
import { REFERRED_TO_LABELS, type ReferredTo } from '../../../../shared/youngPeople/record';
import type { SafeguardingConcern } from '../../../../shared/contract';

type Option = [string, string];
type Saved = (concern: SafeguardingConcern, message: string) => void;

const referredToOptions = Object.entries(REFERRED_TO_LABELS) as Option[];

function aboutText(c: SafeguardingConcern): string {
  return [c.youngPersonName && `${c.youngPersonName} (young person)`, c.volunteerName && `${c.volunteerName} (volunteer)`].filter(Boolean).join(' and ') || 'Not recorded';
}

function referredText(c: SafeguardingConcern): string | null {
  if (!c.referredTo) return null;
  return c.referredDate ? `${REFERRED_TO_LABELS[c.referredTo]} on ${dateText(c.referredDate)}` : REFERRED_TO_LABELS[c.referredTo];
}

/** A new concern: when, about whom, what, and who it was passed to. */
function RecordConcernForm({ volunteerId, saved, onCancel }: { volunteerId: number | null; saved: Saved; onCancel: () => void }) {
  const prefix = 'concern-new-';
  const form = useInlineForm({ date: happenedDateDefault(), youngPersonId: '', volunteerId: volunteerId ? String(volunteerId) : '', summary: '', referredTo: '', referredDate: '' }, prefix);
  return (
    <InlineForm
      errors={form.errors}
      prefix={prefix}
      fields={['date', 'youngPersonId', 'volunteerId', 'summary', 'referredTo', 'referredDate']}
      busy={form.busy}
      label="Record a concern"
      title="Record a concern"
      level={2}
      submitLabel="Record the concern"
      onCancel={onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (v, errors: Errors) => {
            const date = readDate(v.date, 'date', errors, 'The date of the concern');
            if (!v.date.trim()) errors.date = 'Enter the date of the concern';
            const referredDate = readDate(v.referredDate, 'referredDate', errors, 'The date it was referred on');
            if (!v.youngPersonId && !v.volunteerId) errors.youngPersonId = 'Say who the concern is about: a young person, a volunteer or both';
            if (!v.summary.trim()) errors.summary = 'Enter a summary of the concern';
            return () =>
              api.saveSafeguardingConcern({
                date: date ?? '',
                youngPersonId: v.youngPersonId ? Number(v.youngPersonId) : null,
                volunteerId: v.volunteerId ? Number(v.volunteerId) : null,
                summary: v.summary,
                referredTo: (v.referredTo || null) as ReferredTo | null,
                referredDate,
                outcome: null,
                closedDate: null,
              });
          },
          (c) => saved(c, `Concern of ${dateText(c.date)} recorded. It stays open, and shows on Today, until you record a closing date.`),
        )
      }
    >
      <Field {...form.field('date', 'Date of the concern')} hint={DATE_HINT} width="date" inputMode="numeric" />
      <PersonPicker {...form.field('youngPersonId', 'Young person it is about')} kind="young_person" hint="Type part of their name and choose them from the list. Leave empty if the concern is only about a volunteer." />
      <PersonPicker {...form.field('volunteerId', 'Volunteer it is about')} kind="volunteer" hint="Type part of their name and choose them from the list. Leave empty if the concern is only about a young person." />
      <TextAreaField {...form.field('summary', 'Summary of the concern')} hint="What happened or was said, when, and who raised it. Facts, not opinions." rows={5} />
      <SelectField {...form.field('referredTo', 'Referred to')} hint="Allegations against a volunteer go to the LADO" options={referredToOptions} emptyLabel="Not decided yet" />
      <Field {...form.field('referredDate', 'Date it was referred on')} hint={DATE_HINT} width="date" inputMode="numeric" />
    </InlineForm>
  );
}

/** Updating a concern: who it went to, the outcome, and closing it. */
function UpdateConcernForm({ concern: c, saved, onCancel }: { concern: SafeguardingConcern; saved: Saved; onCancel: () => void }) {
  const prefix = `concern-${c.id}-`;
  const form = useInlineForm({ referredTo: c.referredTo ?? '', referredDate: dateText(c.referredDate), outcome: c.outcome ?? '', closedDate: dateText(c.closedDate) }, prefix);
  return (
    <InlineForm
      errors={form.errors}
      prefix={prefix}
      fields={['referredTo', 'referredDate', 'outcome', 'closedDate']}
      busy={form.busy}
      label={`Update the concern of ${dateText(c.date)}`}
      title={`Update the concern of ${dateText(c.date)}`}
      level={4}
      submitLabel="Save the update"
      onCancel={onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (v, errors) => {
            const referredDate = readDate(v.referredDate, 'referredDate', errors, 'The date it was referred on');
            const closedDate = readDate(v.closedDate, 'closedDate', errors, 'The date it closed');
            return () =>
              api.saveSafeguardingConcern({
                concernId: c.id,
                date: c.date,
                youngPersonId: c.youngPersonId,
                volunteerId: c.volunteerId,
                summary: c.summary,
                referredTo: (v.referredTo || null) as ReferredTo | null,
                referredDate,
                outcome: v.outcome,
                closedDate,
              });
          },
          (updated) => saved(updated, updated.closedDate ? `Concern of ${dateText(c.date)} updated and closed.` : `Concern of ${dateText(c.date)} updated. It is still open.`),
        )
      }
    >
      <SelectField {...form.field('referredTo', 'Referred to')} options={referredToOptions} emptyLabel="Not decided yet" />
      <Field {...form.field('referredDate', 'Date it was referred on')} hint={DATE_HINT} width="date" inputMode="numeric" />
      <TextAreaField {...form.field('outcome', 'Outcome')} hint="What was decided or done, and by whom" />
      <Field {...form.field('closedDate', 'Date it closed')} hint={`${DATE_HINT}. Leave empty while the concern is open.`} width="date" inputMode="numeric" />
    </InlineForm>
  );
}

function ConcernEntry({ concern: c, open, setOpen, saved }: { concern: SafeguardingConcern; open: boolean; setOpen: (id: number | null) => void; saved: Saved }) {
  const headingId = `concern-${c.id}-heading`;
  const buttonId = `concern-${c.id}-update`;
  return (
    <article className="log-entry" aria-labelledby={headingId}>
      <h3 id={headingId} className="log-entry__heading">
        Concern of {dateText(c.date)} {c.closedDate ? <strong className="tag tag--grey">Closed</strong> : <strong className="tag tag--red">Open</strong>}
      </h3>
      <SummaryList
        rows={[
          ['About', aboutText(c)],
          ['Summary', <span className="pre-line">{c.summary}</span>],
          ['Referred to', referredText(c)],
          ['Outcome', c.outcome ? <span className="pre-line">{c.outcome}</span> : null],
          ['Closed', c.closedDate ? dateText(c.closedDate) : 'Still open'],
        ]}
      />
      {open ? (
        <UpdateConcernForm concern={c} saved={saved} onCancel={() => (setOpen(null), focusSoon(buttonId))} />
      ) : (
        <button type="button" className="button button--secondary" id={buttonId} onClick={() => setOpen(c.id)}>
          Update<span className="visually-hidden"> the concern of {dateText(c.date)}</span>
        </button>
      )}
      {/* The log keeps its own history: these changes never appear in the general audit trail. */}
      <HistoryDisclosure load={(page) => api.safeguardingConcernHistory({ id: c.id, page })} label={`the history of the concern of ${dateText(c.date)}`} headingLevel={4} />
    </article>
  );
}

/**
 * The safeguarding log: reached only from here, never from a young person's or a
 * volunteer's record, a list or a search.
 */
export function SafeguardingLogScreen({ newForVolunteer = null }: { newForVolunteer?: number | null }) {
  const { list, failure, query, setQuery, reload } = useLogPage(api.listSafeguardingConcerns);
  // Opened from a supervision (#/safeguarding/new/volunteer/<id>): the form is open with the volunteer chosen.
  const [open, setOpen] = useState<'new' | number | null>(newForVolunteer ? 'new' : null);
  const [notice, setNotice] = useState<{ text: string; n: number } | null>(null);

  const saved: Saved = (_concern, message) => {
    setOpen(null);
    void reload();
    setNotice((n) => ({ text: message, n: (n?.n ?? 0) + 1 }));
  };

  return (
    <div className="log-page">
      <a className="back-link" href="#/logs">
        Back to logs
      </a>
      <PageHeading>Safeguarding log</PageHeading>
      <div className="log-notice">
        <p>
          This log is kept apart from ordinary records. Concerns are not shown on young people’s or volunteers’ records, in lists or searches, or in a general export; Today says only that a
          concern is open. A person’s concerns are included in their subject access export.
        </p>
        <p>Record facts. If a child is in immediate danger, call the police on 999 first.</p>
      </div>
      <SavedBanner notice={notice} />
      {failure && (
        <p className="error-message" role="alert">
          {failure}
        </p>
      )}
      {open === 'new' ? (
        <RecordConcernForm volunteerId={newForVolunteer} saved={saved} onCancel={() => (setOpen(null), focusSoon('concern-add'))} />
      ) : (
        <button type="button" className="button" id="concern-add" onClick={() => setOpen('new')}>
          Record a concern
        </button>
      )}
      {list && (
        <LogList list={list} query={query} setQuery={setQuery} noun="concern" title="Concerns">
          {list.rows.map((c) => (
            <ConcernEntry key={c.id} concern={c} open={open === c.id} setOpen={setOpen} saved={saved} />
          ))}
        </LogList>
      )}
    </div>
  );
}
