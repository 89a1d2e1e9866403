import { api } from '../../api';
import { readDate, dateText, DATE_HINT } from '../../form';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { Radios } from '../../components/Radios';
import { CheckboxField } from '../../components/CheckboxField';
import { TextAreaField } from '../../components/TextAreaField';
import { SectionForm } from './SectionForm';
import { useSectionForm } from './useSectionForm';
import { monthsInWords } from './section';
import { DBS_LEVEL_LABELS, DBS_OUTCOME_LABELS, type DbsLevel, type DbsOutcome } from '../../../../shared/volunteers/record';
import type { Volunteer } from '../../../../shared/contract';

const PREFIX = 'dbs-';
const DISCLOSED = 'information_disclosed_risk_assessed';
const LEVELS = Object.entries(DBS_LEVEL_LABELS) as [string, string][];
const OUTCOMES = Object.entries(DBS_OUTCOME_LABELS) as [string, string][];
const FIELDS = ['certificateNumber', 'issueDate', 'level', 'outcome', 'checkedBy', 'checkedDate', 'updateService', 'updateServiceCheckedDate', 'disclosureNote', 'disclosureDecisionDate'];

interface Props {
  volunteer: Volunteer;
  noteMonths: number;
  saved: (v: Volunteer, message: string) => void;
  onCancel?: () => void;
}

/** Only the fields the data rules allow: never the certificate’s content. */
export function DbsForm({ volunteer, noteMonths, saved, onCancel }: Props) {
  const d = volunteer.dbs;
  const form = useSectionForm(
    {
      certificateNumber: d?.certificateNumber ?? '',
      issueDate: dateText(d?.issueDate),
      level: d?.level ?? (d ? '' : 'enhanced_barred_children'),
      outcome: d?.outcome ?? '',
      checkedBy: d?.checkedBy ?? '',
      checkedDate: dateText(d?.checkedDate),
      updateService: d?.updateService ? 'yes' : '',
      updateServiceCheckedDate: dateText(d?.updateServiceCheckedDate),
      disclosureNote: d?.disclosureNote ?? '',
      disclosureDecisionDate: dateText(d?.disclosureDecisionDate),
    },
    PREFIX,
  );
  const disclosed = form.values.outcome === DISCLOSED;
  const onUpdateService = form.values.updateService === 'yes';
  return (
    <SectionForm
      {...form}
      fields={FIELDS}
      submitLabel="Save DBS check"
      onCancel={onCancel}
      focusFirst={!!onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (values, errors) => {
            const date = (key: keyof typeof values, label: string) => readDate(values[key], key, errors, label);
            const input = {
              id: volunteer.id,
              certificateNumber: values.certificateNumber,
              issueDate: date('issueDate', 'Issue date'),
              level: (values.level || null) as DbsLevel | null,
              outcome: (values.outcome || null) as DbsOutcome | null,
              checkedBy: values.checkedBy,
              checkedDate: date('checkedDate', 'Date checked'),
              updateService: values.updateService === 'yes',
              updateServiceCheckedDate: values.updateService === 'yes' ? date('updateServiceCheckedDate', 'Date of the last status check') : null,
              // A note is kept only about disclosed information; with another outcome it goes.
              disclosureNote: values.outcome === DISCLOSED ? values.disclosureNote : null,
              disclosureDecisionDate: values.outcome === DISCLOSED ? date('disclosureDecisionDate', 'Date of the decision') : null,
            };
            return () => api.saveDbs(input);
          },
          (v) => saved(v, 'DBS check saved.'),
        )
      }
    >
      <Field {...form.field('certificateNumber', 'Certificate number (optional)')} hint="The 12-digit number printed on the certificate" width="half" autoComplete="off" inputMode="numeric" />
      <Field {...form.field('issueDate', 'Issue date (optional)')} hint={DATE_HINT} width="date" inputMode="numeric" />
      <SelectField {...form.field('level', 'Level of check')} options={LEVELS} emptyLabel="Not recorded" />
      <Radios {...form.radios('outcome', 'Outcome')} options={OUTCOMES} hint="Leave unanswered until you have seen the certificate" />
      {disclosed && (
        <div className="conditional">
          <TextAreaField
            {...form.field('disclosureNote', 'Note about the disclosed information (optional)')}
            hint={`Only what the risk assessment decided, never the certificate’s content. The note is deleted automatically ${monthsInWords(noteMonths)} after the decision.`}
            rows={3}
          />
          <Field {...form.field('disclosureDecisionDate', 'Date of the decision')} hint={DATE_HINT} width="date" inputMode="numeric" />
        </div>
      )}
      <Field {...form.field('checkedBy', 'Checked by (optional)')} hint="Who saw the original certificate" width="half" />
      <Field {...form.field('checkedDate', 'Date checked (optional)')} hint={DATE_HINT} width="date" inputMode="numeric" />
      <CheckboxField
        name={`${PREFIX}updateService`}
        label="The volunteer is on the DBS Update Service"
        hint="Then a yearly status check replaces the full re-check every three years"
        checked={onUpdateService}
        error={form.errors.updateService}
        onChange={(on) => form.set('updateService')(on ? 'yes' : '')}
      />
      {onUpdateService && (
        <div className="conditional">
          <Field {...form.field('updateServiceCheckedDate', 'Date of the last status check (optional)')} hint={DATE_HINT} width="date" inputMode="numeric" />
        </div>
      )}
    </SectionForm>
  );
}
