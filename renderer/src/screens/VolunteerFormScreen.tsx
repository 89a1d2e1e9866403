import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api';
import { useForm, readDate, dateText, errorsFrom, DATE_HINT, type Errors } from '../form';
import { navigate } from '../route';
import { setFlash } from '../flash';
import { Field } from '../components/Field';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { DuplicateWarning } from '../components/DuplicateWarning';
import { ENQUIRY_SOURCE_LABELS } from '../../../shared/volunteers/record';
import type { DuplicateCandidate, Volunteer, VolunteerInput } from '../../../shared/contract';

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
  enquirySource: 'Where the enquiry came from',
  enquiryRespondedDate: 'Date the enquiry was answered',
  interests: 'Interests',
  languages: 'Languages',
  availability: 'Availability',
  maxTravelMiles: 'Maximum travel, in miles',
  preferences: 'Preferences',
};
type Values = Record<keyof typeof LABELS, string>;
const REQUIRED = new Set<keyof Values>(['firstName', 'lastName', 'enquiryDate']);

const EMPTY: Values = Object.fromEntries(Object.keys(LABELS).map((k) => [k, ''])) as Values;
const SOURCES = Object.entries(ENQUIRY_SOURCE_LABELS) as [string, string][];

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
    enquirySource: v.enquirySource ?? '',
    enquiryRespondedDate: dateText(v.enquiryRespondedDate),
    interests: v.interests.join(', '),
    languages: v.languages.join(', '),
    availability: v.availability ?? '',
    maxTravelMiles: v.maxTravelMiles === null ? '' : String(v.maxTravelMiles),
    preferences: v.preferences ?? '',
  };
}

/** "Art, football , " -> ["Art", "football"]. */
const listOf = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function toInput(values: Values, errors: Errors): VolunteerInput {
  const enquiryDate = readDate(values.enquiryDate, 'enquiryDate', errors, LABELS.enquiryDate);
  if (!values.enquiryDate.trim()) errors.enquiryDate = 'Enter the date of first enquiry';
  const miles = values.maxTravelMiles.trim();
  if (miles && !/^\d+(\.\d+)?$/.test(miles)) errors.maxTravelMiles = 'Enter the maximum travel as a number of miles, like 10';
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    dateOfBirth: readDate(values.dateOfBirth, 'dateOfBirth', errors, LABELS.dateOfBirth),
    gender: values.gender,
    email: values.email,
    phone: values.phone,
    address: values.address,
    postcode: values.postcode,
    area: values.area,
    enquiryDate: enquiryDate ?? '',
    enquirySource: (values.enquirySource || null) as VolunteerInput['enquirySource'],
    enquiryRespondedDate: readDate(values.enquiryRespondedDate, 'enquiryRespondedDate', errors, LABELS.enquiryRespondedDate),
    interests: listOf(values.interests),
    languages: listOf(values.languages),
    availability: values.availability,
    maxTravelMiles: miles && !errors.maxTravelMiles ? Number(miles) : null,
    preferences: values.preferences,
  };
}

/** Core names a list item's problem "interests.2"; the form has one field for the list. */
function fieldErrors(errors: Errors): Errors {
  const out: Errors = {};
  for (const [key, message] of Object.entries(errors)) {
    const field = key.split('.')[0];
    if (!out[field]) out[field] = message;
  }
  return out;
}

/** The fields a duplicate is judged on: name, date of birth, email. */
const identity = (i: Pick<VolunteerInput, 'firstName' | 'lastName' | 'dateOfBirth' | 'email'>) =>
  [i.firstName.trim().toLowerCase(), i.lastName.trim().toLowerCase(), i.dateOfBirth ?? '', (i.email ?? '').trim().toLowerCase()].join('|');

export function VolunteerFormScreen({ id }: { id: number | null }) {
  const form = useForm<Values>(EMPTY);
  const { setValues, setErrors } = form;
  const [loaded, setLoaded] = useState<Volunteer | null>(null);
  const [busy, setBusy] = useState(false);
  const [duplicates, setDuplicates] = useState<{ candidates: DuplicateCandidate[]; input: VolunteerInput } | null>(null);

  useEffect(() => {
    if (id === null) return;
    api.getVolunteer({ id }).then((result) => {
      if (result.ok) {
        setLoaded(result.value);
        setValues(toValues(result.value));
      } else setErrors({ form: result.error.message });
    });
  }, [id, setValues, setErrors]);

  async function save(input: VolunteerInput) {
    setBusy(true);
    const result = id === null ? await api.createVolunteer(input) : await api.updateVolunteer({ ...input, id });
    setBusy(false);
    if (!result.ok) {
      setDuplicates(null);
      return setErrors(fieldErrors(errorsFrom(result.error)));
    }
    const v = result.value;
    setFlash(id === null ? `Added ${v.firstName} ${v.lastName}.` : `Saved ${v.firstName} ${v.lastName}’s details.`);
    navigate(`/volunteers/${v.id}`);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Errors = {};
    const input = toInput(form.values, errors);
    setErrors(errors);
    if (Object.keys(errors).length) return;
    // A likely duplicate is checked before anything is saved: always for a new
    // volunteer, and on a change of name, date of birth or email.
    if (id === null || (loaded && identity(loaded) !== identity(input))) {
      setBusy(true);
      const found = await api.findDuplicateVolunteers({
        firstName: input.firstName,
        lastName: input.lastName,
        dateOfBirth: input.dateOfBirth,
        email: input.email,
        ...(id === null ? {} : { excludeId: id }),
      });
      setBusy(false);
      if (!found.ok) return setErrors({ form: found.error.message });
      if (found.value.length) return setDuplicates({ candidates: found.value, input });
    }
    await save(input);
  }

  if (id !== null && !loaded && !form.errors.form) return <p className="loading">Loading…</p>;
  const name = loaded ? `${loaded.firstName} ${loaded.lastName}` : '';
  const back = id === null ? { href: '#/volunteers', text: 'Back to volunteers' } : { href: `#/volunteers/${id}`, text: `Back to ${name || 'the volunteer'}` };
  const field = (key: keyof Values) => ({
    name: key,
    label: REQUIRED.has(key) ? LABELS[key] : `${LABELS[key]} (optional)`,
    value: form.values[key],
    onChange: form.set(key),
    error: form.errors[key],
  });

  if (duplicates) {
    return (
      <DuplicateWarning
        noun="volunteer"
        profiles="#/volunteers/"
        caption="Volunteers"
        heading={id === null ? 'Add a volunteer' : name}
        found={duplicates}
        busy={busy}
        onSaveAnyway={save}
        onCancel={() => setDuplicates(null)}
      />
    );
  }

  return (
    <>
      <a className="back-link" href={back.href}>
        {back.text}
      </a>
      <PageHeading caption={id === null ? 'Volunteers' : 'Change details'}>{id === null ? 'Add a volunteer' : name}</PageHeading>
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={submit} noValidate className="form-narrow">
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
          <legend>Enquiry</legend>
          <Field {...field('enquiryDate')} hint={DATE_HINT} width="date" inputMode="numeric" />
          <SelectField {...field('enquirySource')} options={SOURCES} emptyLabel="Not recorded" hint="How they heard about the scheme" />
          <Field {...field('enquiryRespondedDate')} hint={`When you first replied to them. ${DATE_HINT}`} width="date" inputMode="numeric" />
        </fieldset>
        <fieldset className="fieldset">
          <legend>For matching</legend>
          <Field {...field('interests')} hint="Separate each with a comma, for example: football, art, cooking" />
          <Field {...field('languages')} hint="Separate each with a comma, for example: English, Polish" />
          <Field {...field('availability')} hint="For example: weekends, or weekday evenings after 5pm" />
          <Field {...field('maxTravelMiles')} hint="How far they are willing to travel to visits" width="short" inputMode="decimal" />
          <TextAreaField {...field('preferences')} hint="For example, the age or gender of young person they would prefer, or anything to avoid" rows={3} />
        </fieldset>
        <div className="button-group">
          <button className="button" type="submit" disabled={busy}>
            {busy ? 'Saving…' : id === null ? 'Add volunteer' : 'Save changes'}
          </button>
          <a className="form-cancel" href={back.href}>
            Cancel
          </a>
        </div>
      </form>
    </>
  );
}
