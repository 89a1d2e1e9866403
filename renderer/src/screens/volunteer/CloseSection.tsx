import { useState } from 'react';
import { api } from '../../api';
import { dateText } from '../../form';
import { ProfileSection, focusSoon, type SectionProps } from './section';
import { CloseForm } from './CloseForm';

/** The section's title, which says where the volunteer stands. */
export function closeSectionTitle(v: SectionProps['volunteer']): string {
  if (v.leftDate) return 'Left the scheme';
  if (v.withdrawnDate) return 'Withdrew';
  if (v.rejectedDate) return 'Not accepted';
  return v.approvedDate ? 'Leaving the scheme' : 'Withdrawn or not accepted';
}

/** Withdrawn or not accepted before approval, left after it; and reopening the record. */
export function CloseSection(props: SectionProps) {
  const { volunteer: v, notice } = props;
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const approved = !!v.approvedDate;
  const closed = v.leftDate
    ? { what: 'Left the scheme', date: v.leftDate, reason: v.leftReason }
    : v.withdrawnDate
      ? { what: 'Withdrew', date: v.withdrawnDate, reason: v.withdrawnReason }
      : v.rejectedDate
        ? { what: 'Not accepted', date: v.rejectedDate, reason: v.rejectedReason }
        : null;

  async function reopen() {
    const result = await api.reopenVolunteer({ id: v.id });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    props.saved(result.value, 'Record reopened.');
  }

  return (
    <ProfileSection name="close" title={closeSectionTitle(v)} notice={notice}>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {closed ? (
        <>
          <p>
            {closed.what} on {dateText(closed.date)}
            {closed.reason ? `: ${closed.reason}` : '.'}
          </p>
          <button type="button" className="button button--secondary" onClick={reopen}>
            Reopen their record
          </button>
        </>
      ) : editing ? (
        <CloseForm
          volunteer={v}
          saved={(next, message) => {
            setEditing(false);
            props.saved(next, message);
          }}
          onCancel={() => {
            setEditing(false);
            focusSoon('close-open');
          }}
        />
      ) : (
        <>
          <p className="secondary">{approved ? 'When a volunteer stops being an Independent Visitor, record the date and why.' : 'A volunteer can withdraw, or be turned down, at any stage.'}</p>
          <button type="button" className="button button--secondary" id="close-open" onClick={() => setEditing(true)}>
            {approved ? 'Record that they left' : 'Record a withdrawal or that they were not accepted'}
          </button>
        </>
      )}
    </ProfileSection>
  );
}
