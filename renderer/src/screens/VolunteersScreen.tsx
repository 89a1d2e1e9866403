import { api } from '../api';
import { SearchableList } from '../components/SearchableList';
import { dateText } from '../form';
import type { VolunteerSummary } from '../../../shared/contract';

const load = (search: string) => api.listVolunteers({ search });

export function VolunteersScreen() {
  return (
    <SearchableList<VolunteerSummary>
      title="Volunteers"
      nouns={['volunteer', 'volunteers']}
      addLabel="Add a volunteer"
      addHref="#/volunteers/new"
      load={load}
      columns={[
        { header: 'Name', cell: (v) => <a href={`#/volunteers/${v.id}`}>{`${v.firstName} ${v.lastName}`}</a> },
        { header: 'Area', cell: (v) => v.area ?? '' },
        { header: 'Email', cell: (v) => v.email ?? '' },
        { header: 'Phone', cell: (v) => v.phone ?? '' },
        { header: 'Enquiry date', cell: (v) => dateText(v.enquiryDate) },
      ]}
    />
  );
}
