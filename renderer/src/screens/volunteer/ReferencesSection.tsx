import { useState } from 'react';
import { api } from '../../api';
import { dateText } from '../../form';
import { SummaryList } from '../../components/SummaryList';
import { ProfileSection, focusSoon, yesNo, type SectionProps } from './section';
import { ReferenceForm } from './ReferenceForm';

const ADD_ID = 'reference-add';

/** The references, each with change and remove, and a form to add one. */
export function ReferencesSection(props: SectionProps) {
  const { volunteer, settings, notice } = props;
  /** The reference id being changed, 'new' when adding, null when no form is open. */
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [removing, setRemoving] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const needed = settings.approvalChecks.references;
  const satisfactory = volunteer.references.filter((r) => r.receivedDate && r.satisfactory === true).length;
  const saved = (v: typeof volunteer, message: string) => {
    setEditing(null);
    setRemoving(null);
    setError(null);
    props.saved(v, message);
  };

  async function remove(id: number, number: number) {
    const result = await api.removeReference({ volunteerId: volunteer.id, referenceId: id });
    if (!result.ok) return setError(result.error.message);
    saved(result.value, `Reference ${number} removed.`);
  }

  return (
    <ProfileSection name="references" title="References" notice={notice}>
      <p>
        {satisfactory} of {needed} satisfactory reference{needed === 1 ? '' : 's'} received.
        {volunteer.references.length === 0 && ' No references recorded yet.'}
      </p>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {volunteer.references.map((r, i) => {
        const number = i + 1;
        if (editing === r.id) {
          return <ReferenceForm key={r.id} volunteer={volunteer} reference={r} number={number} saved={saved} onCancel={() => (setEditing(null), focusSoon(`reference-${r.id}-change`))} />;
        }
        return (
          <div className="reference" key={r.id}>
            <h3>
              Reference {number}
              {r.name ? `: ${r.name}` : ''}
            </h3>
            <SummaryList
              rows={[
                ['Relationship', r.relationship],
                ['Requested', dateText(r.requestedDate)],
                ['Received', r.receivedDate ? dateText(r.receivedDate) : 'Not yet'],
                ['Satisfactory', yesNo(r.satisfactory)],
              ]}
            />
            {removing === r.id ? (
              <div className="confirm" role="group" aria-labelledby={`reference-${r.id}-confirm`}>
                <p id={`reference-${r.id}-confirm`}>
                  <strong>Remove reference {number}{r.name ? ` from ${r.name}` : ''}? This cannot be undone.</strong>
                </p>
                <div className="button-group">
                  <button type="button" className="button button--warning" id={`reference-${r.id}-confirm-remove`} onClick={() => remove(r.id, number)}>
                    Yes, remove it
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => (setRemoving(null), focusSoon(`reference-${r.id}-remove`))}>
                    Keep it
                  </button>
                </div>
              </div>
            ) : (
              <div className="button-group">
                <button type="button" className="button button--secondary" id={`reference-${r.id}-change`} onClick={() => (setEditing(r.id), setRemoving(null))}>
                  Change<span className="visually-hidden"> reference {number}</span>
                </button>
                <button type="button" className="link-button" id={`reference-${r.id}-remove`} onClick={() => (setRemoving(r.id), focusSoon(`reference-${r.id}-confirm-remove`))}>
                  Remove<span className="visually-hidden"> reference {number}</span>
                </button>
              </div>
            )}
          </div>
        );
      })}
      {editing === 'new' ? (
        <ReferenceForm volunteer={volunteer} number={volunteer.references.length + 1} saved={saved} onCancel={() => (setEditing(null), focusSoon(ADD_ID))} />
      ) : (
        <button type="button" className="button button--secondary" id={ADD_ID} onClick={() => (setEditing('new'), setRemoving(null))}>
          Add a reference
        </button>
      )}
    </ProfileSection>
  );
}
