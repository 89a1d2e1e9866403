import { useState } from 'react';
import { dateText } from '../../form';
import { ProfileSection, focusSoon, type SectionProps } from './section';
import { InactivePeriodForm } from './InactivePeriodForm';

const ADD_ID = 'inactive-add';

/** Periods away from visiting, for an approved volunteer. */
export function InactiveSection(props: SectionProps) {
  const { volunteer, notice } = props;
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const periods = volunteer.inactivePeriods;
  const saved = (v: typeof volunteer, message: string) => {
    setEditing(null);
    props.saved(v, message);
  };
  const editingPeriod = periods.find((p) => p.id === editing);
  return (
    <ProfileSection name="inactive" title="Inactive periods" notice={notice}>
      {periods.length === 0 ? (
        <p className="secondary">No inactive periods. Record one when the volunteer takes a break from visiting.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Inactive periods</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Active again</th>
              <th scope="col">Reason</th>
              <th scope="col">Expected return</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.id}>
                <td>{dateText(p.from)}</td>
                <td>{p.to ? dateText(p.to) : 'Still inactive'}</td>
                <td>{p.reason ?? ''}</td>
                <td>{dateText(p.expectedReturn)}</td>
                <td>
                  <button type="button" className="link-button" id={`inactive-${p.id}-change`} onClick={() => setEditing(p.id)}>
                    {p.to ? 'Change' : 'End or change'}
                    <span className="visually-hidden"> the period from {dateText(p.from)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editingPeriod && (
        <InactivePeriodForm key={editingPeriod.id} volunteer={volunteer} period={editingPeriod} saved={saved} onCancel={() => (setEditing(null), focusSoon(`inactive-${editingPeriod.id}-change`))} />
      )}
      {editing === 'new' ? (
        <InactivePeriodForm volunteer={volunteer} saved={saved} onCancel={() => (setEditing(null), focusSoon(ADD_ID))} />
      ) : (
        !editingPeriod && (
          <button type="button" className="button button--secondary" id={ADD_ID} onClick={() => setEditing('new')}>
            Add an inactive period
          </button>
        )
      )}
    </ProfileSection>
  );
}
