import { api } from '../../api';
import { readDate, dateText, DATE_HINT } from '../../form';
import { Field } from '../../components/Field';
import { Radios } from '../../components/Radios';
import { TextAreaField } from '../../components/TextAreaField';
import { SectionForm } from './SectionForm';
import { useSectionForm } from './useSectionForm';
import { useConfirm } from '../../components/ConfirmDialog';
import type { Volunteer } from '../../../../shared/contract';

type How = 'withdrawn' | 'rejected' | 'left';
const KINDS: [string, string][] = [
  ['withdrawn', 'They withdrew'],
  ['rejected', 'The scheme did not accept them'],
];
const DONE: Record<How, string> = { withdrawn: 'withdrew', rejected: 'was not accepted', left: 'left the scheme' };

interface Props {
  volunteer: Volunteer;
  saved: (v: Volunteer, message: string) => void;
  onCancel: () => void;
}

/** Before approval: withdrawn or not accepted. After approval: left. Each with a date and reason. */
export function CloseForm({ volunteer, saved, onCancel }: Props) {
  const approved = !!volunteer.approvedDate;
  const form = useSectionForm({ how: approved ? 'left' : '', date: '', reason: '' }, 'close-');
  const dateField = { withdrawn: 'withdrawnDate', rejected: 'rejectedDate', left: 'leftDate' } as const;
  const confirm = useConfirm();
  const name = `${volunteer.firstName} ${volunteer.lastName}`;
  const askToClose = () => {
    const how = form.values.how as How;
    return confirm.ask({
      title: { left: `Record that ${name} left?`, withdrawn: `Record that ${name} withdrew?`, rejected: `Record that ${name} was not accepted?` }[how],
      confirmLabel: { left: 'Record that they left', withdrawn: 'Record that they withdrew', rejected: 'Record that they were not accepted' }[how],
      body: (
        <ul>
          <li>{how === 'left' ? `${name} will no longer be offered for new matches.` : `${name} leaves the recruitment board and cannot be approved or matched.`}</li>
          <li>Their records are kept for the period set under Settings, Keeping records, counted from {form.values.date.trim()}. After that the Retention screen lists them for erasure.</li>
          <li>If this is a mistake, you can reopen their record.</li>
        </ul>
      ),
    });
  };
  return (
    <>
      {confirm.dialog}
      <SectionForm
        {...form}
        fields={['how', 'date', 'reason']}
        submitLabel={approved ? 'Record that they left' : 'Save'}
        onCancel={onCancel}
        focusFirst
        onSubmit={(e) =>
          form.submit(
            e,
            (values, errors) => {
              if (!values.how) errors.how = 'Choose whether they withdrew or were not accepted';
              const date = readDate(values.date, 'date', errors, 'The date');
              if (!values.date.trim()) errors.date = 'Enter the date';
              const how = values.how as How;
              return async () => {
                const result = await api.closeVolunteer({ id: volunteer.id, how, date: date ?? '', reason: values.reason });
                // Core names the date by its record field (leftDate); this form has one date.
                if (!result.ok && result.error.fields?.[dateField[how]]) {
                  const { [dateField[how]]: message, ...rest } = result.error.fields;
                  return { ok: false as const, error: { ...result.error, fields: { ...rest, date: message } } };
                }
                return result;
              };
            },
            (v) => {
              const how = v.leftDate ? 'left' : v.withdrawnDate ? 'withdrawn' : 'rejected';
              const date = v.leftDate ?? v.withdrawnDate ?? v.rejectedDate;
              saved(v, `Recorded: ${v.firstName} ${v.lastName} ${DONE[how]} on ${dateText(date)}.`);
            },
            askToClose,
          )
        }
      >
        {!approved && <Radios {...form.radios('how', 'What happened?')} options={KINDS} />}
        <Field {...form.field('date', approved ? 'Date they left' : 'Date')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <TextAreaField {...form.field('reason', 'Reason (optional)')} hint={approved ? 'For example: moved away, new job, personal circumstances' : 'For example: no longer has the time'} rows={2} />
      </SectionForm>
    </>
  );
}
