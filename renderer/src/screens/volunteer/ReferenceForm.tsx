import { api } from '../../api';
import { readDate, dateText, DATE_HINT } from '../../form';
import { Field } from '../../components/Field';
import { Radios } from '../../components/Radios';
import { SectionForm } from './SectionForm';
import { useSectionForm } from './useSectionForm';
import type { Volunteer } from '../../../../shared/contract';

type Reference = Volunteer['references'][number];

const SATISFACTORY: [string, string][] = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['', 'Not yet known'],
];

interface Props {
  volunteer: Volunteer;
  /** The reference being changed, or undefined to add one. */
  reference?: Reference;
  number: number;
  saved: (v: Volunteer, message: string) => void;
  onCancel: () => void;
}

/** Adds or changes one reference: who, when requested, when received, satisfactory or not. */
export function ReferenceForm({ volunteer, reference, number, saved, onCancel }: Props) {
  const prefix = `reference-${reference?.id ?? 'new'}-`;
  const form = useSectionForm(
    {
      name: reference?.name ?? '',
      relationship: reference?.relationship ?? '',
      requestedDate: dateText(reference?.requestedDate),
      receivedDate: dateText(reference?.receivedDate),
      satisfactory: reference?.satisfactory === true ? 'yes' : reference?.satisfactory === false ? 'no' : '',
    },
    prefix,
  );
  return (
    <div className="inset">
      <h3>{reference ? `Change reference ${number}` : `Add reference ${number}`}</h3>
      <SectionForm
        {...form}
        fields={['name', 'relationship', 'requestedDate', 'receivedDate', 'satisfactory']}
        submitLabel={reference ? 'Save reference' : 'Add reference'}
        onCancel={onCancel}
        focusFirst
        onSubmit={(e) =>
          form.submit(
            e,
            (values, errors) => {
              const requestedDate = readDate(values.requestedDate, 'requestedDate', errors, 'Date requested');
              const receivedDate = readDate(values.receivedDate, 'receivedDate', errors, 'Date received');
              if (values.satisfactory && !values.receivedDate.trim()) errors.receivedDate = 'Give the date the reference was received';
              return () =>
                api.saveReference({
                  volunteerId: volunteer.id,
                  ...(reference ? { referenceId: reference.id } : {}),
                  name: values.name,
                  relationship: values.relationship,
                  requestedDate,
                  receivedDate,
                  satisfactory: values.satisfactory === 'yes' ? true : values.satisfactory === 'no' ? false : null,
                });
            },
            (v) => saved(v, reference ? `Reference ${number} saved.` : `Reference ${number} added.`),
          )
        }
      >
        <Field {...form.field('name', 'Referee’s name (optional)')} width="half" autoComplete="off" />
        <Field {...form.field('relationship', 'Relationship to the volunteer (optional)')} hint="For example: employer, teacher, faith leader" width="half" />
        <Field {...form.field('requestedDate', 'Date requested (optional)')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <Field {...form.field('receivedDate', 'Date received (optional)')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <Radios {...form.radios('satisfactory', 'Is the reference satisfactory?')} options={SATISFACTORY} inline />
      </SectionForm>
    </div>
  );
}
