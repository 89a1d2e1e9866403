import { api } from '../../api';
import { readDate, dateText, DATE_HINT } from '../../form';
import { Field } from '../../components/Field';
import { SectionForm } from './SectionForm';
import { useSectionForm } from './useSectionForm';
import type { Volunteer } from '../../../../shared/contract';

type Period = Volunteer['inactivePeriods'][number];

interface Props {
  volunteer: Volunteer;
  /** The period being changed or ended, or undefined to add one. */
  period?: Period;
  saved: (v: Volunteer, message: string) => void;
  onCancel: () => void;
}

export function InactivePeriodForm({ volunteer, period, saved, onCancel }: Props) {
  const form = useSectionForm(
    { from: dateText(period?.from), to: dateText(period?.to), reason: period?.reason ?? '', expectedReturn: dateText(period?.expectedReturn) },
    `inactive-${period?.id ?? 'new'}-`,
  );
  return (
    <div className="inset">
      <h3>{period ? `Change the inactive period from ${dateText(period.from)}` : 'Add an inactive period'}</h3>
      <SectionForm
        {...form}
        fields={['from', 'to', 'reason', 'expectedReturn']}
        submitLabel={period ? 'Save inactive period' : 'Add inactive period'}
        onCancel={onCancel}
        focusFirst
        onSubmit={(e) =>
          form.submit(
            e,
            (values, errors) => {
              const from = readDate(values.from, 'from', errors, 'Inactive from');
              if (!values.from.trim()) errors.from = 'Enter the date they became inactive';
              const to = readDate(values.to, 'to', errors, 'Active again from');
              const expectedReturn = readDate(values.expectedReturn, 'expectedReturn', errors, 'Expected return');
              return () =>
                api.saveInactivePeriod({ volunteerId: volunteer.id, ...(period ? { periodId: period.id } : {}), from: from ?? '', to, reason: values.reason, expectedReturn });
            },
            (v) => saved(v, period ? 'Inactive period saved.' : 'Inactive period added.'),
          )
        }
      >
        <Field {...form.field('from', 'Inactive from')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <Field {...form.field('reason', 'Reason (optional)')} hint="For example: illness, caring for a relative, a new job" />
        <Field {...form.field('expectedReturn', 'Expected return (optional)')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <Field {...form.field('to', 'Active again from (optional)')} hint={`Leave empty while they are still inactive. ${DATE_HINT}`} width="date" inputMode="numeric" />
      </SectionForm>
    </div>
  );
}
