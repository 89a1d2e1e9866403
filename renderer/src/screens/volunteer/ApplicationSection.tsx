import { useState } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT } from '../../form';
import { Field } from '../../components/Field';
import { ProfileSection, focusSoon, type SectionProps } from './section';
import { SectionForm } from './SectionForm';
import { useSectionForm } from './useSectionForm';

const PREFIX = 'application-';

function ApplicationForm({ volunteer, saved, onCancel }: Pick<SectionProps, 'volunteer' | 'saved'> & { onCancel?: () => void }) {
  const form = useSectionForm({ applicationDate: dateText(volunteer.applicationDate) }, PREFIX);
  const label = 'Date the application was received';
  return (
    <SectionForm
      {...form}
      fields={['applicationDate']}
      submitLabel={volunteer.applicationDate ? 'Save application date' : 'Record application'}
      onCancel={onCancel}
      focusFirst={!!onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (values, errors) => {
            const applicationDate = readDate(values.applicationDate, 'applicationDate', errors, label);
            if (!values.applicationDate.trim()) errors.applicationDate = 'Enter the date the application was received';
            return () => api.recordApplication({ id: volunteer.id, applicationDate: applicationDate ?? '' });
          },
          (v) => saved(v, `Application recorded: received ${dateText(v.applicationDate)}.`),
        )
      }
    >
      <Field {...form.field('applicationDate', label)} hint={DATE_HINT} width="date" inputMode="numeric" />
    </SectionForm>
  );
}

export function ApplicationSection(props: SectionProps) {
  const { volunteer, notice } = props;
  const [editing, setEditing] = useState(false);
  const recorded = !!volunteer.applicationDate;
  return (
    <ProfileSection name="application" title="Application" notice={notice}>
      {recorded && !editing && (
        <>
          <p>Application received on {dateText(volunteer.applicationDate)}.</p>
          <button type="button" className="button button--secondary" id={`${PREFIX}change`} onClick={() => setEditing(true)}>
            Change application date
          </button>
        </>
      )}
      {!recorded && <p className="secondary">No application recorded yet.</p>}
      {(!recorded || editing) && (
        <ApplicationForm
          volunteer={volunteer}
          saved={(v, message) => {
            setEditing(false);
            props.saved(v, message);
          }}
          onCancel={
            recorded
              ? () => {
                  setEditing(false);
                  focusSoon(`${PREFIX}change`);
                }
              : undefined
          }
        />
      )}
    </ProfileSection>
  );
}
