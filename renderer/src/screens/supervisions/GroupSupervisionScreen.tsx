import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT, errorsFrom, type Errors, happenedDateDefault } from '../../form';
import { PageHeading } from '../../components/PageHeading';
import { Field } from '../../components/Field';
import { TextAreaField } from '../../components/TextAreaField';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SavedBanner } from '../../components/SavedBanner';
import { CheckboxGroup } from './FormParts';

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

/** A group supervision session: one date and topics, a record for each volunteer who came. */
export function GroupSupervisionScreen() {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [date, setDate] = useState(happenedDateDefault());
  const [topics, setTopics] = useState('');
  const [chosen, setChosen] = useState<number[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ date: string; made: { id: number; person: Person }[] } | null>(null);

  useEffect(() => {
    api.listVolunteers({}).then((r) => {
      if (!r.ok) return setErrors({ form: r.error.message });
      setPeople(
        r.value
          .filter((v) => v.status === 'active' || v.status === 'inactive')
          .map((v) => ({ id: v.id, name: `${v.firstName} ${v.lastName}` }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    });
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Errors = {};
    const iso = readDate(date, 'date', problems, 'The date of the session');
    if (!date.trim()) problems.date = 'Enter the date of the session';
    if (chosen.length < 2) problems.volunteerIds = 'Choose at least two volunteers who attended';
    setErrors(problems);
    if (Object.keys(problems).length) return;
    const attended = (people ?? []).filter((p) => chosen.includes(p.id));
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
          {people && people.length === 0 && <p className="secondary">There are no approved volunteers to choose from yet.</p>}
          {people && people.length > 0 && (
            <CheckboxGroup
              name="volunteerIds"
              legend="Who attended"
              hint="Approved volunteers who are active or inactive"
              error={errors.volunteerIds}
              options={people.map((p) => [p.id, p.name])}
              chosen={chosen}
              setChosen={setChosen}
            />
          )}
          <div className="button-group">
            <button className="button" type="submit" disabled={busy || !people}>
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
