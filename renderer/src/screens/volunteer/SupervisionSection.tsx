import { ProfileSection } from './section';
import { SummaryList } from '../../components/SummaryList';
import { HistoryTable } from '../supervisions/HistoryTable';
import { dueText, newSupervisionHref } from '../supervisions/format';
import type { SupervisionsView, Volunteer } from '../../../../shared/contract';

const SHOWN = 3;

/** When the next supervision is due, the latest records, and the way to record one. */
export function SupervisionSection({ volunteer, view }: { volunteer: Volunteer; view: SupervisionsView }) {
  const { rows, total } = view.history;
  const latest = rows.slice(0, SHOWN);
  return (
    <ProfileSection name="supervision" title="Supervision" notice={null}>
      <SummaryList
        rows={[
          ['Next supervision', dueText(view.due[0])],
          ['Supervisions recorded', total === 0 ? 'None yet' : String(total)],
        ]}
      />
      {latest.length > 0 && <HistoryTable rows={latest} caption={`${volunteer.firstName}’s latest supervisions, newest first`} showVolunteer={false} />}
      {total > SHOWN && (
        <p>
          <a href={`#/supervisions/volunteer/${volunteer.id}`}>
            See all {total} supervisions for {volunteer.firstName}
          </a>
        </p>
      )}
      <a className="button button--secondary" href={newSupervisionHref(volunteer.id)}>
        Record supervision<span className="visually-hidden"> for {volunteer.firstName}</span>
      </a>
    </ProfileSection>
  );
}
