import { api } from '../../api';
import { readDate, dateText, DATE_HINT } from '../../form';
import { Field } from '../../components/Field';
import { Radios } from '../../components/Radios';
import { TextAreaField } from '../../components/TextAreaField';
import { InlineForm, useInlineForm } from '../../components/InlineForm';
import { FEEDBACK_FROM_LABELS, PROFESSIONAL_FEEDBACK_LABELS, type FeedbackFrom, type ProfessionalFeedback } from '../../../../shared/careReviews/record';
import type { CareReview } from '../../../../shared/contract';
import { YES_NO_UNKNOWN, toBool } from '../matches/parts';

const FIELDS = ['date', 'ivAttended', 'coordinatorAttended', 'professionalFeedback', 'feedbackFrom', 'objectives', 'progress', 'notes', 'nextReviewDate'] as const;

interface Props {
  youngPersonId: number;
  /** Who the review was for, in the form's title and the message after saving. */
  firstName: string;
  /** The date the form starts with (ISO): the review's expected date, or today. */
  date: string;
  /** Keeps ids unique when several forms could share a page. */
  prefix: string;
  /** The title's heading level (see InlineForm). */
  level?: 2 | 3 | 4;
  onSaved: (review: CareReview, message: string) => void;
  onCancel: () => void;
}

/** Recording a care review meeting in one step: who attended, the professionals' feedback, and the next review date. */
export function CareReviewForm({ youngPersonId, firstName, date, prefix, level, onSaved, onCancel }: Props) {
  const form = useInlineForm(
    { date: dateText(date), ivAttended: '', coordinatorAttended: '', professionalFeedback: '', feedbackFrom: '', objectives: '', progress: '', notes: '', nextReviewDate: '' },
    prefix,
  );
  const radios = (key: 'ivAttended' | 'coordinatorAttended' | 'professionalFeedback' | 'feedbackFrom') => {
    const { label: _label, ...rest } = form.field(key, '');
    return rest;
  };
  const title = `Record ${firstName}’s review meeting`;
  return (
    <InlineForm
      errors={form.errors}
      prefix={prefix}
      fields={FIELDS}
      busy={form.busy}
      label={title}
      title={title}
      level={level}
      submitLabel="Save the review meeting"
      onCancel={onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (v, errors) => {
            const reviewDate = readDate(v.date, 'date', errors, 'The date of the review');
            if (!v.date.trim()) errors.date = 'Enter the date of the review meeting';
            const nextReviewDate = readDate(v.nextReviewDate, 'nextReviewDate', errors, 'The date of the next review');
            return () =>
              api.saveCareReview({
                youngPersonId,
                date: reviewDate ?? '',
                ivAttended: toBool(v.ivAttended),
                coordinatorAttended: toBool(v.coordinatorAttended),
                professionalFeedback: (v.professionalFeedback || null) as ProfessionalFeedback | null,
                feedbackFrom: (v.feedbackFrom || null) as FeedbackFrom | null,
                objectives: v.objectives,
                progress: v.progress,
                notes: v.notes,
                nextReviewDate,
              });
          },
          (review) =>
            onSaved(review, `${firstName}’s review meeting of ${dateText(review.date)} recorded.${review.nextReviewDate ? ` The next review is on ${dateText(review.nextReviewDate)}.` : ''}`),
        )
      }
    >
      <Field {...form.field('date', 'Date of the review meeting')} hint={DATE_HINT} width="date" inputMode="numeric" />
      <Radios {...radios('ivAttended')} legend="Did the Independent Visitor attend?" options={YES_NO_UNKNOWN} inline />
      <Radios {...radios('coordinatorAttended')} legend="Did you (the coordinator) attend?" options={YES_NO_UNKNOWN} inline />
      <Radios
        {...radios('professionalFeedback')}
        legend="What was the professionals’ feedback about the Independent Visitor?"
        options={[...Object.entries(PROFESSIONAL_FEEDBACK_LABELS), ['', 'Not given']] as [string, string][]}
        inline
      />
      <Radios {...radios('feedbackFrom')} legend="Who gave the feedback?" options={[...Object.entries(FEEDBACK_FROM_LABELS), ['', 'Not recorded']] as [string, string][]} />
      <TextAreaField {...form.field('objectives', 'Objectives agreed (optional)')} hint="What the review agreed for the young person and their Independent Visitor" rows={3} />
      <TextAreaField {...form.field('progress', 'Progress (optional)')} rows={3} />
      <TextAreaField {...form.field('notes', 'Notes (optional)')} hint="Ordinary notes. Safeguarding concerns go in the safeguarding log." rows={3} />
      <Field
        {...form.field('nextReviewDate', 'Date of the next review (optional)')}
        hint={`${DATE_HINT}. If you leave it empty, the calendar expects it under reg 33: 3 months after the first review, then every 6 months.`}
        width="date"
        inputMode="numeric"
      />
    </InlineForm>
  );
}
