import { useState, type ReactNode } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT, happenedDateDefault } from '../../form';
import { Field } from '../../components/Field';
import { Radios } from '../../components/Radios';
import { TextAreaField } from '../../components/TextAreaField';
import { InlineForm, useInlineForm, focusSoon } from '../../components/InlineForm';
import { CONTACT_KIND_LABELS, type ContactKind } from '../../../../shared/careReviews/record';
import { CONTACT_NOTE_MAX } from '../../../../shared/careReviews/rules';
import type { ContactRecord } from '../../../../shared/careReviews/record';
import { Section, type SectionProps } from './parts';
import { DeleteButton } from '../../components/DeleteButton';
import { stayAfterDeleting, undoableCreation } from '../../afterDeleting';
import type { Contact, Match } from '../../../../shared/contract';

/** Contacts as a table: on the match page (with `action`, a button for each row) and in the care-review update. */
export function ContactsTable<T extends ContactRecord>({ contacts, caption, action }: { contacts: T[]; caption: string; action?: (contact: T) => ReactNode }) {
  return (
    <table className="table cr-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Kind</th>
          <th scope="col">With</th>
          <th scope="col">Note</th>
          {action && (
            <th scope="col">
              <span className="visually-hidden">Delete</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {contacts.map((c, i) => (
          <tr key={i}>
            <td className="nowrap">{dateText(c.date)}</td>
            <td>{CONTACT_KIND_LABELS[c.kind]}</td>
            <td>{c.withWhom}</td>
            <td className="pre-line">{c.note}</td>
            {action && <td>{action(c)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ContactForm({ match, saved, onCancel }: SectionProps & { onCancel: () => void }) {
  const prefix = 'contact-';
  const form = useInlineForm({ date: happenedDateDefault(), kind: 'call', withWhom: '', note: '' }, prefix);
  const { label: _label, ...kind } = form.field('kind', '');
  const left = CONTACT_NOTE_MAX - form.values.note.length;
  return (
    <InlineForm
      errors={form.errors}
      prefix={prefix}
      fields={['date', 'kind', 'withWhom', 'note']}
      busy={form.busy}
      label="Log a contact"
      title="Log a contact"
      submitLabel="Save the contact"
      onCancel={onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (v, errors) => {
            const date = readDate(v.date, 'date', errors, 'The date of the contact');
            if (!v.date.trim()) errors.date = 'Enter the date of the contact';
            if (v.note.length > CONTACT_NOTE_MAX) errors.note = `Keep the note to ${CONTACT_NOTE_MAX} characters or fewer`;
            return async () => {
              const logged = await api.logContact({ matchId: match.id, date: date ?? '', kind: v.kind as ContactKind, withWhom: v.withWhom, note: v.note });
              if (!logged.ok) return logged;
              // One reload of the match after the save, so the list and counts come from core.
              const reloaded = await api.getMatch({ id: match.id });
              return reloaded.ok ? { ok: true as const, value: { match: reloaded.value, contact: logged.value } } : reloaded;
            };
          },
          ({ match: m, contact }: { match: Match; contact: Contact }) =>
            saved(m, undoableCreation(`${CONTACT_KIND_LABELS[contact.kind]} on ${dateText(contact.date)} logged.`, 'contact', contact.id, { reload: () => api.getMatch({ id: match.id }), show: saved })),
        )
      }
    >
      <Field {...form.field('date', 'Date of the contact')} hint={DATE_HINT} width="date" inputMode="numeric" />
      <Radios {...kind} legend="What kind of contact was it?" options={Object.entries(CONTACT_KIND_LABELS)} inline />
      <Field {...form.field('withWhom', 'Who was it with? (optional)')} hint="For example, the young person, or their carer" width="half" autoComplete="off" />
      <TextAreaField {...form.field('note', 'A short note (optional)')} hint={`Up to ${CONTACT_NOTE_MAX} characters. Safeguarding concerns go in the safeguarding log.`} rows={2} />
      <p className={`cr-count${left < 0 ? ' cr-count--over' : ''}`} aria-live="polite">
        {left >= 0 ? `${left} characters left` : `${-left} characters too many`}
      </p>
    </InlineForm>
  );
}

/** Calls, messages and meetings between visits, briefly: they go into the care-review update. */
export function ContactsSection(props: SectionProps) {
  const { match } = props;
  const [open, setOpen] = useState(false);
  const newestFirst = [...match.contacts].reverse();
  return (
    <Section name="contacts" title={`Contacts between visits (${match.contacts.length})`} notice={props.notice}>
      {newestFirst.length === 0 ? (
        <p className="secondary">No contacts logged. Log calls and messages between visits briefly: they are counted in the care-review update.</p>
      ) : (
        <ContactsTable
          contacts={newestFirst}
          caption="Contacts between visits, newest first"
          action={(c) => <DeleteButton kind="contact" id={c.id} hidden={`the contact of ${dateText(c.date)}`} onDeleted={(d) => stayAfterDeleting(d, { reload: () => api.getMatch({ id: match.id }), show: props.saved })} />}
        />
      )}
      {match.stage !== 'ended' &&
        (open ? (
          <ContactForm
            {...props}
            saved={(m, text) => {
              setOpen(false);
              props.saved(m, text);
            }}
            onCancel={() => (setOpen(false), focusSoon('contact-open'))}
          />
        ) : (
          <button type="button" className="button button--secondary" id="contact-open" onClick={() => setOpen(true)}>
            Log a contact
          </button>
        ))}
    </Section>
  );
}
