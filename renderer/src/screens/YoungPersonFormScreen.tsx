import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api';
import { useForm, readDate, dateText, errorsFrom, DATE_HINT, type Errors } from '../form';
import { navigate } from '../route';
import { setFlash } from '../flash';
import { Field } from '../components/Field';
import { SelectField } from '../components/SelectField';
import { Radios } from '../components/Radios';
import { TextAreaField } from '../components/TextAreaField';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { DuplicateWarning } from '../components/DuplicateWarning';
import { ageOn, parseUkDate, todayIso } from '../../../shared/dates';
import { PLACEMENT_LABELS, FAMILY_CONTACT_LABELS, LEGAL_STATUS_LABELS, type PlacementType, type FamilyContact, type LegalStatus } from '../../../shared/youngPeople/record';
import type { DuplicateCandidate, YoungPerson, YoungPersonInput } from '../../../shared/contract';
import { LIST_LIMITS, TEXT_LIMITS } from '../../../shared/textLimits';

const LABELS = {
  firstName: 'First name',
  lastName: 'Last name',
  dateOfBirth: 'Date of birth',
  gender: 'Gender (optional)',
  placementType: 'Type of placement',
  area: 'Area',
  postcode: 'Postcode',
  localAuthority: 'Responsible local authority',
  socialWorker: 'Social worker',
  iro: 'Independent Reviewing Officer (IRO)',
  familyContact: 'How much contact do they have with their family?',
  interests: 'Interests',
  languages: 'Languages',
  preferences: 'Wishes about their Independent Visitor',
  nextReviewDate: 'Date of the next care review',
  legalStatus: 'Legal status',
  lookedAfterDate: 'Date they became looked after (optional)',
  caseReference: 'The council’s case reference',
  placementContact: 'Placement and carer contact',
  school: 'School or college',
  notes: 'Notes',
};
type Values = Record<keyof typeof LABELS, string>;
const EMPTY: Values = Object.fromEntries(Object.keys(LABELS).map((k) => [k, ''])) as Values;

const toValues = (y: YoungPerson): Values => ({
  firstName: y.firstName,
  lastName: y.lastName,
  dateOfBirth: dateText(y.dateOfBirth),
  gender: y.gender ?? '',
  placementType: y.placementType ?? '',
  area: y.area ?? '',
  postcode: y.postcode ?? '',
  localAuthority: y.localAuthority ?? '',
  socialWorker: y.socialWorker ?? '',
  iro: y.iro ?? '',
  familyContact: y.familyContact ?? '',
  interests: y.interests.join(', '),
  languages: y.languages.join(', '),
  preferences: y.preferences ?? '',
  nextReviewDate: dateText(y.nextReviewDate),
  legalStatus: y.legalStatus ?? '',
  lookedAfterDate: dateText(y.lookedAfterDate),
  caseReference: y.caseReference ?? '',
  placementContact: y.placementContact ?? '',
  school: y.school ?? '',
  notes: y.notes ?? '',
});

/** "football, drawing , music" -> ['football', 'drawing', 'music']; empty items are dropped. */
const commaList = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function toInput(v: Values, errors: Errors): YoungPersonInput {
  const dateOfBirth = readDate(v.dateOfBirth, 'dateOfBirth', errors, LABELS.dateOfBirth);
  if (!v.dateOfBirth.trim()) errors.dateOfBirth = 'Enter the date of birth';
  const nextReviewDate = readDate(v.nextReviewDate, 'nextReviewDate', errors, 'The date of the next care review');
  const lookedAfterDate = readDate(v.lookedAfterDate, 'lookedAfterDate', errors, 'The date they became looked after');
  for (const [field, words] of [
    ['placementContact', 'the placement and carer contact'],
    ['caseReference', 'the council’s case reference'],
    ['school', 'the school or college'],
  ] as const) {
    const max = TEXT_LIMITS.youngPerson[field];
    if (v[field].trim().length > max) errors[field] = `Keep ${words} to ${max} characters or fewer (it has ${v[field].trim().length})`;
  }
  const interests = commaList(v.interests);
  const languages = commaList(v.languages);
  for (const [field, items] of [['interests', interests], ['languages', languages]] as const) {
    const long = items.find((s) => s.length > TEXT_LIMITS.listItem);
    if (long) errors[field] = `Keep each of the ${field} to ${TEXT_LIMITS.listItem} characters or fewer (“${long.slice(0, 20)}…” is longer)`;
    else if (items.length > LIST_LIMITS.listItems) errors[field] = `List ${LIST_LIMITS.listItems} ${field} or fewer`;
  }
  return {
    firstName: v.firstName,
    lastName: v.lastName,
    dateOfBirth: dateOfBirth ?? '',
    gender: v.gender,
    placementType: (v.placementType || null) as PlacementType | null,
    area: v.area,
    postcode: v.postcode,
    localAuthority: v.localAuthority,
    socialWorker: v.socialWorker,
    iro: v.iro,
    familyContact: (v.familyContact || null) as FamilyContact | null,
    interests,
    languages,
    preferences: v.preferences,
    nextReviewDate,
    legalStatus: (v.legalStatus || null) as LegalStatus | null,
    lookedAfterDate,
    caseReference: v.caseReference,
    placementContact: v.placementContact,
    school: v.school,
    notes: v.notes,
  };
}

/** Core's errors for one item of a list ("interests.2") shown on the list's field. */
function foldListErrors(errors: Errors): Errors {
  const out: Errors = {};
  for (const [key, message] of Object.entries(errors)) out[key.replace(/^(interests|languages)\.\d+$/, '$1')] ??= message;
  return out;
}

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

/** The fields a duplicate is judged on (shared/youngPeople/duplicates): name, date of birth, case reference. */
const identity = (i: Pick<YoungPersonInput, 'firstName' | 'lastName' | 'dateOfBirth' | 'caseReference'>) =>
  [i.firstName.trim().toLowerCase(), i.lastName.trim().toLowerCase(), i.dateOfBirth, (i.caseReference ?? '').trim().toLowerCase()].join('|');

/** Adding a young person, or changing their details. Saving goes to their profile. */
export function YoungPersonFormScreen({ id }: { id: number | null }) {
  const form = useForm<Values>(EMPTY);
  const [loaded, setLoaded] = useState(id === null);
  // What the record said when the form opened: a duplicate is asked about again only when it changes.
  const [savedIdentity, setSavedIdentity] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [duplicates, setDuplicates] = useState<{ candidates: DuplicateCandidate[]; input: YoungPersonInput } | null>(null);
  const { setValues, setErrors } = form;

  useEffect(() => {
    if (id === null) return;
    api.getYoungPerson({ id }).then((result) => {
      if (result.ok) {
        setValues(toValues(result.value));
        setSavedIdentity(identity(result.value));
      } else setErrors({ form: result.error.message });
      setLoaded(true);
    });
  }, [id, setValues, setErrors]);

  async function save(input: YoungPersonInput) {
    setBusy(true);
    const result = id === null ? await api.createYoungPerson(input) : await api.updateYoungPerson({ ...input, id });
    setBusy(false);
    if (!result.ok) {
      setDuplicates(null);
      return form.setErrors(foldListErrors(errorsFrom(result.error)));
    }
    const y = result.value;
    setFlash(id === null ? `Added ${y.firstName} ${y.lastName}. Add a referral below when one arrives.` : `Saved ${y.firstName} ${y.lastName}.`);
    navigate(`/young-people/${y.id}`);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Errors = {};
    const input = toInput(form.values, errors);
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    // As on the volunteer form: a likely duplicate is checked before anything is saved,
    // always for a new young person, and on a change of name, date of birth or case reference.
    if (id === null || savedIdentity !== identity(input)) {
      setBusy(true);
      const found = await api.findDuplicateYoungPeople({
        firstName: input.firstName,
        lastName: input.lastName,
        dateOfBirth: input.dateOfBirth,
        caseReference: input.caseReference,
        ...(id === null ? {} : { excludeId: id }),
      });
      setBusy(false);
      if (!found.ok) return form.setErrors({ form: found.error.message });
      if (found.value.length) return setDuplicates({ candidates: found.value, input });
    }
    await save(input);
  }

  const field = (name: keyof Values) => ({ name, label: LABELS[name], value: form.values[name], onChange: form.set(name), error: form.errors[name] });
  if (!loaded) return <p className="loading">Loading…</p>;
  const back = id === null ? { href: '#/young-people', text: 'Back to young people' } : { href: `#/young-people/${id}`, text: 'Back to their record' };
  const heading = id === null ? 'Add a young person' : `${form.values.firstName} ${form.values.lastName}`;
  if (duplicates) {
    return (
      <DuplicateWarning
        noun="young person"
        profiles="#/young-people/"
        caption="Young people"
        heading={heading}
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
      <PageHeading caption="Young people">{heading}</PageHeading>
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={submit} noValidate className="form-narrow">
        <Field {...field('firstName')} width="half" autoComplete="off" />
        <Field {...field('lastName')} width="half" autoComplete="off" />
        <Field {...field('dateOfBirth')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <AgeHint dateOfBirth={form.values.dateOfBirth} />
        <Field {...field('gender')} hint="As the young person describes it" width="half" />

        <h2>Where they live</h2>
        <SelectField {...field('placementType')} options={Object.entries(PLACEMENT_LABELS)} emptyLabel="Not recorded" />
        <Field {...field('area')} hint="The town or district, used to find a volunteer nearby" width="half" />
        <Field {...field('postcode')} width="short" autoComplete="off" />
        <Field {...field('localAuthority')} hint="The council that looks after them, if not this one" width="half" />
        <Field {...field('placementContact')} hint="The foster carer, residential key worker or support worker, and a phone number or email" />
        <Field {...field('school')} hint="Where they study, if anywhere" width="half" />

        <h2>Their care</h2>
        <SelectField {...field('legalStatus')} options={Object.entries(LEGAL_STATUS_LABELS)} emptyLabel="Not recorded" />
        <Field
          {...field('lookedAfterDate')}
          hint={`${DATE_HINT}. Without a recorded review date, the care review calendar follows reg 33 from it: the first review within 20 working days, the second 3 months later, then every 6 months.`}
          width="date"
          inputMode="numeric"
        />
        <Field {...field('caseReference')} hint="The number or code the council uses for their case, to quote when you contact them" width="half" autoComplete="off" />

        <h2>Professionals</h2>
        <Field {...field('socialWorker')} hint="Name, and a phone number or email if useful" />
        <Field {...field('iro')} hint="Chairs their care reviews; often the person who refers" />
        <Field {...field('nextReviewDate')} hint={`${DATE_HINT}. Today shows a reminder as it approaches.`} width="date" inputMode="numeric" />

        <h2>About them</h2>
        <Radios
          {...field('familyContact')}
          legend={LABELS.familyContact}
          hint="Little or no family contact is one reason a young person may have an Independent Visitor"
          options={[...Object.entries(FAMILY_CONTACT_LABELS), ['', 'Not known']] as [string, string][]}
          inline
        />
        <Field {...field('interests')} hint="Separate them with commas, for example: football, drawing, animals" />
        <Field {...field('languages')} hint="Separate them with commas, for example: English, Arabic" width="half" />
        <TextAreaField {...field('preferences')} hint="In their own words where possible: the kind of person, what they would like to do together" />
        <TextAreaField {...field('notes')} hint="Ordinary case notes. Record safeguarding concerns in the safeguarding log, not here." />

        <button className="button" type="submit" disabled={busy}>
          {busy ? 'Saving…' : id === null ? 'Add young person' : 'Save changes'}
        </button>
      </form>
    </>
  );
}
