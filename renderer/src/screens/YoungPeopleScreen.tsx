import { useCallback, useState } from 'react';
import { api } from '../api';
import { SearchableList, type ListQuery } from '../components/SearchableList';
import { SelectField } from '../components/SelectField';
import { ServiceStatusTag } from '../components/ServiceStatusTag';
import { dateText } from '../form';
import { ageOn, todayIso } from '../../../shared/dates';
import type { YoungPersonSort, YoungPersonStatusFilter } from '../../../shared/lists/choices';
import type { ListPage } from '../../../shared/lists/paging';
import type { YoungPersonListRow } from '../../../shared/contract';

const STATUSES: [YoungPersonStatusFilter, string][] = [
  ['current', 'Current (not closed or left care)'],
  ['all', 'All'],
  ['waiting', 'Waiting (either kind)'],
  ['being_matched', 'Waiting: being matched'],
  ['awaiting_iv', 'Waiting: awaiting a suitable IV'],
  ['matched', 'Matched'],
  ['no_referral', 'Not yet referred'],
  ['closed', 'Not in the service (closed or left care)'],
];
const LABELS = Object.fromEntries(STATUSES) as Record<YoungPersonStatusFilter, string>;

function IvCell({ iv }: { iv: YoungPersonListRow['iv'] }) {
  if (!iv) return <span className="secondary">None</span>;
  return (
    <>
      <a href={`#/volunteers/${iv.volunteerId}`}>{iv.name}</a>
      {iv.proposed && <span className="secondary"> (proposed)</span>}
    </>
  );
}

export function YoungPeopleScreen() {
  const today = todayIso();
  const [status, setStatus] = useState<YoungPersonStatusFilter>('current');
  const load = useCallback(({ search, page, sort }: ListQuery<YoungPersonSort>) => api.youngPeoplePage({ search, page, sort, status }), [status]);
  const filterNote = status === 'current' ? '' : status === 'all' ? 'of any status' : `with status “${LABELS[status]}”`;
  return (
    <SearchableList<YoungPersonListRow, ListPage<YoungPersonListRow>, YoungPersonSort>
      title="Young people"
      nouns={['young person', 'young people']}
      action={
        <a className="button" href="#/young-people/new">
          Add a young person
        </a>
      }
      load={load}
      defaultSort={{ by: 'name', direction: 'asc' }}
      filterNote={filterNote}
      filters={<SelectField name="status" label="Status" value={status} onChange={(s) => setStatus(s as YoungPersonStatusFilter)} options={STATUSES} />}
      columns={[
        { header: 'Name', sort: 'name', cell: (y) => <a href={`#/young-people/${y.id}`}>{`${y.firstName} ${y.lastName}`}</a> },
        { header: 'Age', cell: (y) => ageOn(y.dateOfBirth, today) },
        { header: 'Date of birth', sort: 'dateOfBirth', cell: (y) => dateText(y.dateOfBirth) },
        { header: 'Area', sort: 'area', cell: (y) => y.area ?? <span className="secondary">Not recorded</span> },
        { header: 'Status', sort: 'status', cell: (y) => <ServiceStatusTag status={y.status} /> },
        { header: 'Waiting since', sort: 'waitingSince', cell: (y) => dateText(y.waitingSince) },
        { header: 'IV', cell: (y) => <IvCell iv={y.iv} /> },
      ]}
    />
  );
}
