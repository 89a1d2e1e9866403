import { useState } from 'react';
import { api } from '../../api';
import { dateText } from '../../form';
import { SummaryList } from '../../components/SummaryList';
import { ProfileSection } from '../../components/ProfileSection';
import { focusSoon } from '../../components/InlineForm';
import { todayIso } from '../../../../shared/dates';
import { FEEDBACK_FROM_LABELS, PROFESSIONAL_FEEDBACK_LABELS } from '../../../../shared/careReviews/record';
import type { CareReview } from '../../../../shared/contract';
import type { SectionProps } from '../youngPerson/parts';
import { CareReviewForm } from './CareReviewForm';
import { BASIS_LABELS, updatePath } from './labels';
import { DeleteButton } from '../../components/DeleteButton';
import { stayAfterDeleting, undoableCreation } from '../../afterDeleting';

function attendedText(r: CareReview): string {
  const who = [r.ivAttended && 'Independent Visitor', r.coordinatorAttended && 'coordinator'].filter(Boolean);
  if (who.length) return who.join(' and ').replace(/^./, (c) => c.toUpperCase());
  return r.ivAttended === false || r.coordinatorAttended === false ? 'Neither' : 'Not recorded';
}

/** A young person's care reviews: the next one, the looked-after date it may follow from, the meetings recorded. */
export function CareReviewsSection({ person, saved, notice }: SectionProps) {
  const [open, setOpen] = useState(false);
  const next = person.nextReview;
  const today = todayIso();
  const say = { reload: () => api.getYoungPerson({ id: person.id }), show: saved };
  const editLink = (
    <a href={`#/young-people/${person.id}/edit`}>
      record the next review date or when they became looked after<span className="visually-hidden"> for {person.firstName}</span>
    </a>
  );
  return (
    <ProfileSection name="care-reviews" title="Care reviews" notice={notice}>
      <SummaryList
        rows={[
          [
            'Next review',
            next ? (
              <>
                {dateText(next.date)} <span className="secondary">({BASIS_LABELS[next.basis].toLowerCase()})</span>
              </>
            ) : (
              <>Not known: {editLink}</>
            ),
          ],
          ['Became looked after', dateText(person.lookedAfterDate)],
        ]}
      />
      {next && (
        <p>
          <a href={updatePath(person.id, next.date)}>Prepare the update for the review on {dateText(next.date)}</a>
        </p>
      )}
      {person.careReviews.length === 0 ? (
        <p className="secondary">No review meetings recorded yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table cr-table">
            <caption className="cr-table__caption">Review meetings recorded, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Attended</th>
                <th scope="col">Professionals’ feedback</th>
                <th scope="col">Next review set</th>
                <th scope="col">
                  <span className="visually-hidden">Delete</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {person.careReviews.map((r) => (
                <tr key={r.id}>
                  <td className="nowrap">{dateText(r.date)}</td>
                  <td>{attendedText(r)}</td>
                  <td>
                    {r.professionalFeedback ? PROFESSIONAL_FEEDBACK_LABELS[r.professionalFeedback] : <span className="secondary">Not given</span>}
                    {r.feedbackFrom && <span className="secondary"> ({FEEDBACK_FROM_LABELS[r.feedbackFrom]})</span>}
                  </td>
                  <td className="nowrap">{r.nextReviewDate ? dateText(r.nextReviewDate) : <span className="secondary">Not set</span>}</td>
                  <td>
                    <DeleteButton kind="careReview" id={r.id} hidden={`the review meeting of ${dateText(r.date)}`} onDeleted={(d) => stayAfterDeleting(d, say)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open ? (
        <CareReviewForm
          youngPersonId={person.id}
          firstName={person.firstName}
          date={next && next.date <= today ? next.date : today}
          prefix="review-"
          onCancel={() => (setOpen(false), focusSoon('review-open'))}
          onSaved={async (review, message) => {
            const r = await api.getYoungPerson({ id: person.id });
            setOpen(false);
            if (r.ok) saved(r.value, undoableCreation(message, 'careReview', review.id, say));
          }}
        />
      ) : (
        <button type="button" className="button button--secondary" id="review-open" onClick={() => setOpen(true)}>
          Record a review meeting
        </button>
      )}
    </ProfileSection>
  );
}
