import { api } from '../api';
import { useRecordForm } from '../useRecordForm';
import { readDate, dateText, DATE_HINT, type Errors } from '../form';
import { Field } from '../components/Field';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import type { Volunteer, VolunteerInput } from '../../../shared/contract';

const LABELS = {
  firstName: 'First name',
  lastName: 'Last name',
  dateOfBirth: 'Date of birth',
  gender: 'Gender',
  email: 'Email address',
  phone: 'Phone number',
  address: 'Address',
  postcode: 'Postcode',
  area: 'Area',
  enquiryDate: 'Date of first enquiry',
};
type Values = Record<keyof typeof LABELS, string>;
const REQUIRED = new Set<keyof Values>(['firstName', 'lastName', 'enquiryDate']);

const EMPTY: Values = { firstName: '', lastName: '', dateOfBirth: '', gender: '', email: '', phone: '', address: '', postcode: '', area: '', enquiryDate: '' };

function toValues(v: Volunteer): Values {
  return {
    firstName: v.firstName,
    lastName: v.lastName,
    dateOfBirth: dateText(v.dateOfBirth),
    gender: v.gender ?? '',
    email: v.email ?? '',
    phone: v.phone ?? '',
    address: v.address ?? '',
    postcode: v.postcode ?? '',
    area: v.area ?? '',
    enquiryDate: dateText(v.enquiryDate),
  };
}

function toInput(values: Values, errors: Errors): VolunteerInput {
  const enquiryDate = readDate(values.enquiryDate, 'enquiryDate', errors, LABELS.enquiryDate);
  if (!values.enquiryDate.trim()) errors.enquiryDate = 'Enter the date of first enquiry';
  return {
    ...values,
    dateOfBirth: readDate(values.dateOfBirth, 'dateOfBirth', errors, LABELS.dateOfBirth),
    enquiryDate: enquiryDate ?? '',
  };
}

const save = (id: number | null, input: VolunteerInput) => (id === null ? api.createVolunteer(input) : api.updateVolunteer({ ...input, id }));
const load = (id: number) => api.getVolunteer({ id });

export function VolunteerFormScreen({ id }: { id: number | null }) {
  const form = useRecordForm({
    id,
    empty: EMPTY,
    load,
    toValues,
    toInput,
    save,
    listPath: '/volunteers',
    savedMessage: (v) => `Saved ${v.firstName} ${v.lastName}.`,
  });
  const field = (name: keyof Values) => ({ name, label: REQUIRED.has(name) ? LABELS[name] : `${LABELS[name]} (optional)`, value: form.values[name], onChange: form.set(name), error: form.errors[name] });
  if (!form.loaded) return <p className="loading">Loading…</p>;
  return (
    <>
      <a className="back-link" href="#/volunteers">
        Back to volunteers
      </a>
      <PageHeading caption="Volunteers">{id === null ? 'Add a volunteer' : `${form.values.firstName} ${form.values.lastName}`}</PageHeading>
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={form.submit} noValidate>
        <fieldset className="fieldset">
          <legend>Name and personal details</legend>
          <Field {...field('firstName')} width="half" autoComplete="off" />
          <Field {...field('lastName')} width="half" autoComplete="off" />
          <Field {...field('dateOfBirth')} hint={DATE_HINT} width="date" inputMode="numeric" />
          <Field {...field('gender')} hint="As the volunteer describes it" width="half" />
        </fieldset>
        <fieldset className="fieldset">
          <legend>Contact details</legend>
          <Field {...field('email')} type="email" width="half" autoComplete="off" spellCheck={false} />
          <Field {...field('phone')} type="tel" width="half" autoComplete="off" />
          <Field {...field('address')} autoComplete="off" />
          <Field {...field('postcode')} width="short" autoComplete="off" />
          <Field {...field('area')} hint="The part of the county they live in, used for matching" width="half" />
        </fieldset>
        <fieldset className="fieldset">
          <legend>Recruitment</legend>
          <Field {...field('enquiryDate')} hint={DATE_HINT} width="date" inputMode="numeric" />
        </fieldset>
        <button className="button" type="submit" disabled={form.busy}>
          {form.busy ? 'Saving…' : id === null ? 'Add volunteer' : 'Save changes'}
        </button>
      </form>
    </>
  );
}
