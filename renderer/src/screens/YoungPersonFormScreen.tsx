import { api } from '../api';
import { useRecordForm } from '../useRecordForm';
import { readDate, dateText, DATE_HINT, type Errors } from '../form';
import { Field } from '../components/Field';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { ageOn, parseUkDate, todayIso } from '../../../shared/dates';
import type { YoungPerson, YoungPersonInput } from '../../../shared/contract';

const LABELS = { firstName: 'First name', lastName: 'Last name', dateOfBirth: 'Date of birth', gender: 'Gender' };
type Values = Record<keyof typeof LABELS, string>;
const EMPTY: Values = { firstName: '', lastName: '', dateOfBirth: '', gender: '' };

const toValues = (y: YoungPerson): Values => ({ firstName: y.firstName, lastName: y.lastName, dateOfBirth: dateText(y.dateOfBirth), gender: y.gender ?? '' });

function toInput(values: Values, errors: Errors): YoungPersonInput {
  const dateOfBirth = readDate(values.dateOfBirth, 'dateOfBirth', errors, LABELS.dateOfBirth);
  if (!values.dateOfBirth.trim()) errors.dateOfBirth = 'Enter the date of birth';
  return { ...values, dateOfBirth: dateOfBirth ?? '' };
}

const save = (id: number | null, input: YoungPersonInput) => (id === null ? api.createYoungPerson(input) : api.updateYoungPerson({ ...input, id }));
const load = (id: number) => api.getYoungPerson({ id });

/** The age the typed date of birth gives, shown as the coordinator types. */
function AgeHint({ dateOfBirth }: { dateOfBirth: string }) {
  const iso = parseUkDate(dateOfBirth);
  const today = todayIso();
  if (!iso || iso > today) return null;
  const age = ageOn(iso, today);
  return (
    <p className="age" aria-live="polite">
      Age today: <strong>{age}</strong>
    </p>
  );
}

export function YoungPersonFormScreen({ id }: { id: number | null }) {
  const form = useRecordForm({
    id,
    empty: EMPTY,
    load,
    toValues,
    toInput,
    save,
    listPath: '/young-people',
    savedMessage: (y) => `Saved ${y.firstName} ${y.lastName}.`,
  });
  const field = (name: keyof Values) => ({ name, label: name === 'gender' ? `${LABELS[name]} (optional)` : LABELS[name], value: form.values[name], onChange: form.set(name), error: form.errors[name] });
  if (!form.loaded) return <p className="loading">Loading…</p>;
  return (
    <>
      <a className="back-link" href="#/young-people">
        Back to young people
      </a>
      <PageHeading caption="Young people">{id === null ? 'Add a young person' : `${form.values.firstName} ${form.values.lastName}`}</PageHeading>
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={form.submit} noValidate>
        <Field {...field('firstName')} width="half" autoComplete="off" />
        <Field {...field('lastName')} width="half" autoComplete="off" />
        <Field {...field('dateOfBirth')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <AgeHint dateOfBirth={form.values.dateOfBirth} />
        <Field {...field('gender')} hint="As the young person describes it" width="half" />
        <button className="button" type="submit" disabled={form.busy}>
          {form.busy ? 'Saving…' : id === null ? 'Add young person' : 'Save changes'}
        </button>
      </form>
    </>
  );
}
