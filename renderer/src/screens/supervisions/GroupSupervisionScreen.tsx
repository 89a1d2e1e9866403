import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT, errorsFrom, type Errors, happenedDateDefault } from '../../form';
import { PageHeading } from '../../components/PageHeading';
import { Field } from '../../components/Field';
import { TextAreaField } from '../../components/TextAreaField';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SavedBanner } from '../../components/SavedBanner';
import { PersonPicker } from '../../components/PersonPicker';

interface Person {
  id: number;
  name: string;
}

/** After saving: one record per volunteer who attended, each to open for their own notes. */
function Made({ date, made }: { date: string; made: { id: number; person: Person }[] }) {
  return (
    <section aria-labelledby="made-heading">
      <SavedBanner notice={{ text: `Group session of ${dateText(date)} recorded: a supervision for each of the ${made.length} volunteers who attended.`, n: 1 }} />
      <h2 id="made-heading">Records made</h2>
      <p>Each volunteer has their own record of the session. Open one to add what was said about their matches, their wellbeing and any actions.</p>
      <ul className="list--bullet">
        {made.map(({ id, person }) => (
          <li key={id}>
            <a href={`#/supervisions/${id}/edit`}>Add notes for {person.name}</a> or <a href={`#/supervisions/${id}`}>see {person.name}’s record</a>
          </li>
        ))}
      </ul>
      <p>
        <a href="#/supervisions">Back to supervisions</a>
      </p>
    </section>
  );
}

/**
 * Who attended: found by name one at a time (a scheme may have hundreds of volunteers),
 * each added to the list below with a way to take them off again.
 */
function Attendees({ attended, setAttended, error }: { attended: Person[]; setAttended: (people: Person[]) => void; error?: string }) {
  // A new picker after each choice, so its box is empty for the next name.
  const [round, setRound] = useState(0);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (round > 0) document.getElementById('field-volunteerIds')?.focus();
  }, [round]);
  function add(person: Person) {
    if (!attended.some((p) => p.id === person.id)) setAttended([...attended, person]);
    setSaid(`${person.name} added: ${attended.length + 1} chosen.`);
    setRound(round + 1);
  }
  function remove(person: Person) {
    setAttended(attended.filter((p) => p.id !== person.id));
    setSaid(`${person.name} taken off the list.`);
    document.getElementById('field-volunteerIds')?.focus();
  }
  return (
    <>
      <PersonPicker
        key={round}
        name="volunteerIds"
        label="Who attended"
        hint="Approved volunteers who have not left. Type part of a name, choose them, then the next."
        kind="volunteer"
        current
        value=""
        error={error}
        onChange={(_value, choice) => choice && add({ id: choice.id, name: choice.name })}
      />
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
      {attended.length > 0 && (
        <ul className="list--bullet" aria-label="Chosen as attending">
          {attended.map((p) => (
            <li key={p.id}>
              {p.name}{' '}
              <button type="button" className="link-button" onClick={() => remove(p)}>
                Remove<span className="visually-hidden"> {p.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A group supervision session: one date and topics, a record for each volunteer who came. */
export function GroupSupervisionScreen() {
  const [date, setDate] = useState(happenedDateDefault());
  const [topics, setTopics] = useState('');
  const [attended, setAttended] = useState<Person[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ date: string; made: { id: number; person: Person }[] } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Errors = {};
    const iso = readDate(date, 'date', problems, 'The date of the session');
    if (!date.trim()) problems.date = 'Enter the date of the session';
    if (attended.length < 2) problems.volunteerIds = 'Choose at least two volunteers who attended';
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    const r = await api.recordGroupSupervision({ date: iso!, topics, volunteerIds: attended.map((p) => p.id) });
    setBusy(false);
    if (!r.ok) return setErrors(errorsFrom(r.error));
    // Core makes the records in the order the volunteers were sent.
    setMade({ date: iso!, made: r.value.ids.map((id, i) => ({ id, person: attended[i] })) });
  }

  return (
    <>
      <a className="back-link" href="#/supervisions">
        Back to supervisions
      </a>
      <PageHeading caption="Supervisions">Record a group session</PageHeading>
      {made ? (
        <Made {...made} />
      ) : (
        <form className="supervision-form" onSubmit={submit} noValidate aria-label="Record a group session">
          <FormErrorSummary errors={errors} fields={['date', 'topics', 'volunteerIds']} level={2} />
          <p className="lede">A group session counts as a supervision for each volunteer who attended. Afterwards you can add notes to each volunteer’s own record.</p>
          <Field name="date" label="Date of the session" hint={DATE_HINT} value={date} onChange={setDate} error={errors.date} width="date" inputMode="numeric" />
          <TextAreaField name="topics" label="Topics" hint="What the group talked about. Nothing about a single young person: that goes in each volunteer’s notes." value={topics} onChange={setTopics} error={errors.topics} rows={4} />
          <Attendees attended={attended} setAttended={setAttended} error={errors.volunteerIds} />
          <div className="button-group">
            <button className="button" type="submit" disabled={busy}>
              {busy ? 'Saving…' : 'Save the session'}
            </button>
            <a className="button button--secondary" href="#/supervisions">
              Cancel
            </a>
          </div>
        </form>
      )}
    </>
  );
}
