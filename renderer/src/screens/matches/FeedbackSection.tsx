import { useState } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT, happenedDateDefault } from '../../form';
import { Field } from '../../components/Field';
import { Radios } from '../../components/Radios';
import { TextAreaField } from '../../components/TextAreaField';
import { Warning } from '../../components/Notice';
import { InlineForm, useInlineForm, focusSoon } from '../../components/InlineForm';
import { addMonths, todayIso } from '../../../../shared/dates';
import { FEEDBACK_SOURCE_LABELS, SATISFACTION_LABELS, type FeedbackSource, type Satisfaction } from '../../../../shared/matching/record';
import { Section, YES_NO_UNKNOWN, toBool, yesNo, type SectionProps } from './parts';

function FeedbackForm({ match, saved, onCancel }: SectionProps & { onCancel: () => void }) {
  const prefix = 'feedback-';
  const form = useInlineForm({ date: happenedDateDefault(), source: 'young_person', satisfaction: '', benefited: '', comments: '' }, prefix);
  const radios = (key: 'source' | 'satisfaction' | 'benefited') => {
    const { label: _label, ...rest } = form.field(key, '');
    return rest;
  };
  return (
    <InlineForm
      errors={form.errors}
      prefix={prefix}
      fields={['date', 'source', 'satisfaction', 'benefited', 'comments']}
      busy={form.busy}
      label="Record feedback"
      title="Record feedback"
      submitLabel="Save the feedback"
      onCancel={onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (v, errors) => {
            const date = readDate(v.date, 'date', errors, 'The date of the feedback');
            if (!v.date.trim()) errors.date = 'Enter the date of the feedback';
            return () =>
              api.saveFeedback({
                matchId: match.id,
                date: date ?? '',
                source: v.source as FeedbackSource,
                satisfaction: (v.satisfaction || null) as Satisfaction | null,
                benefited: toBool(v.benefited),
                comments: v.comments,
              });
          },
          (m) => saved(m, `Feedback of ${form.values.date} from the ${FEEDBACK_SOURCE_LABELS[form.values.source as FeedbackSource].toLowerCase()} saved.`),
        )
      }
    >
      <Field {...form.field('date', 'Date of the feedback')} hint={`${DATE_HINT}. Usually the day of the feedback visit.`} width="date" inputMode="numeric" />
      <Radios {...radios('source')} legend="Whose feedback is it?" options={Object.entries(FEEDBACK_SOURCE_LABELS)} inline />
      <Radios {...radios('satisfaction')} legend="How satisfied are they with their Independent Visitor?" options={[...Object.entries(SATISFACTION_LABELS), ['', 'Not asked']]} />
      <Radios {...radios('benefited')} legend="Have they benefited from the match?" options={YES_NO_UNKNOWN} inline />
      <TextAreaField {...form.field('comments', 'What they said (optional)')} hint="In their own words where you can" rows={3} />
    </InlineForm>
  );
}

/** The one-year feedback visit: when it falls due, and the feedback recorded. */
export function FeedbackSection(props: SectionProps) {
  const { match } = props;
  const [open, setOpen] = useState(false);
  const today = todayIso();
  const firstName = match.youngPersonName.split(' ')[0];
  const due = match.oneYearFeedbackDue;
  // Feedback from the young person within a month before the anniversary counts, as on Today.
  const done = due ? match.feedback.find((f) => f.source === 'young_person' && f.date >= addMonths(due, -1)) : undefined;
  const newestFirst = [...match.feedback].reverse();
  return (
    <Section name="feedback" title="One-year feedback" notice={props.notice}>
      {!match.startDate && <p className="secondary">After a year matched, you visit the young person to ask how it is going. The date is set by the introduction meeting.</p>}
      {due && done && (
        <p>
          The one-year feedback visit was due on {dateText(due)}: {firstName}’s feedback was recorded on {dateText(done.date)}.
        </p>
      )}
      {due && !done && due <= today && match.stage !== 'ended' && (
        <Warning>
          The one-year feedback visit with {firstName} was due on {dateText(due)}. Arrange it and record what {firstName} says.
        </Warning>
      )}
      {due && !done && (due > today || match.stage === 'ended') && (
        <p>
          The one-year feedback visit with {firstName} {due > today ? 'is due on' : 'was due on'} {dateText(due)}, a year after the introduction meeting.
        </p>
      )}
      {newestFirst.length > 0 && (
        <table className="table feedback-table">
          <caption className="visually-hidden">Feedback recorded, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">From</th>
              <th scope="col">Satisfaction</th>
              <th scope="col">Benefited</th>
              <th scope="col">What they said</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((f) => (
              <tr key={f.id}>
                <td className="nowrap">{dateText(f.date)}</td>
                <td>{f.source ? FEEDBACK_SOURCE_LABELS[f.source] : ''}</td>
                <td>{f.satisfaction ? SATISFACTION_LABELS[f.satisfaction] : <span className="secondary">Not asked</span>}</td>
                <td>{yesNo(f.benefited) ?? <span className="secondary">Not recorded</span>}</td>
                <td className="pre-line">{f.comments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {match.startDate &&
        (open ? (
          <FeedbackForm
            {...props}
            saved={(m, text) => {
              setOpen(false);
              props.saved(m, text);
            }}
            onCancel={() => (setOpen(false), focusSoon('feedback-open'))}
          />
        ) : (
          <button type="button" className="button button--secondary" id="feedback-open" onClick={() => setOpen(true)}>
            Record feedback
          </button>
        ))}
    </Section>
  );
}
