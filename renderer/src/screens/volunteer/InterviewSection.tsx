import { useState } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT } from '../../form';
import { Field } from '../../components/Field';
import { Radios } from '../../components/Radios';
import { TextAreaField } from '../../components/TextAreaField';
import { SummaryList } from '../../components/SummaryList';
import { ProfileSection, focusSoon, type SectionProps } from './section';
import { SectionForm } from './SectionForm';
import { useSectionForm } from './useSectionForm';

const PREFIX = 'interview-';
const OUTCOMES: [string, string][] = [
  ['proceed', 'Go ahead with recruitment'],
  ['not_proceed', 'Do not go ahead'],
];
const outcomeText = (o: string | null) => OUTCOMES.find(([v]) => v === o)?.[1] ?? '';

function InterviewForm({ volunteer, saved, onCancel }: Pick<SectionProps, 'volunteer' | 'saved'> & { onCancel?: () => void }) {
  const form = useSectionForm(
    {
      interviewDate: dateText(volunteer.interviewDate),
      interviewPanel: volunteer.interviewPanel ?? '',
      interviewOutcome: volunteer.interviewOutcome ?? '',
      interviewNotes: volunteer.interviewNotes ?? '',
    },
    PREFIX,
  );
  return (
    <SectionForm
      {...form}
      fields={['interviewDate', 'interviewPanel', 'interviewOutcome', 'interviewNotes']}
      submitLabel="Save interview"
      onCancel={onCancel}
      focusFirst={!!onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (values, errors) => {
            const interviewDate = readDate(values.interviewDate, 'interviewDate', errors, 'Interview date');
            if (!values.interviewDate.trim()) errors.interviewDate = 'Enter the date of the interview';
            if (!values.interviewOutcome) errors.interviewOutcome = 'Choose the outcome of the interview';
            return () =>
              api.recordInterview({
                id: volunteer.id,
                interviewDate: interviewDate ?? '',
                interviewPanel: values.interviewPanel,
                interviewOutcome: values.interviewOutcome as 'proceed' | 'not_proceed',
                interviewNotes: values.interviewNotes,
              });
          },
          (v) => saved(v, `Interview saved: ${dateText(v.interviewDate)}, ${outcomeText(v.interviewOutcome).toLowerCase()}.`),
        )
      }
    >
      <Field {...form.field('interviewDate', 'Interview date')} hint={DATE_HINT} width="date" inputMode="numeric" />
      <Field {...form.field('interviewPanel', 'Interview panel (optional)')} hint="Who interviewed them" width="half" />
      <Radios {...form.radios('interviewOutcome', 'Outcome of the interview')} options={OUTCOMES} />
      <TextAreaField {...form.field('interviewNotes', 'Notes (optional)')} hint="A short summary of the decision. Keep to what the scheme needs." rows={3} />
    </SectionForm>
  );
}

export function InterviewSection(props: SectionProps) {
  const { volunteer, notice } = props;
  const [editing, setEditing] = useState(false);
  const recorded = !!volunteer.interviewDate;
  return (
    <ProfileSection name="interview" title="Interview" notice={notice}>
      {!volunteer.applicationDate && !recorded ? (
        <p className="secondary">Record the application first: the interview comes after it.</p>
      ) : (
        <>
          {recorded && !editing && (
            <>
              <SummaryList
                rows={[
                  ['Date', dateText(volunteer.interviewDate)],
                  ['Panel', volunteer.interviewPanel],
                  ['Outcome', outcomeText(volunteer.interviewOutcome)],
                  ['Notes', volunteer.interviewNotes && <span className="pre-line">{volunteer.interviewNotes}</span>],
                ]}
              />
              <button type="button" className="button button--secondary" id={`${PREFIX}change`} onClick={() => setEditing(true)}>
                Change interview
              </button>
            </>
          )}
          {(!recorded || editing) && (
            <InterviewForm
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
        </>
      )}
    </ProfileSection>
  );
}
