import { api } from '../api';
import { SearchableList } from '../components/SearchableList';
import { ServiceStatusTag } from '../components/ServiceStatusTag';
import { dateText } from '../form';
import { ageOn, todayIso } from '../../../shared/dates';
import type { YoungPersonSummary } from '../../../shared/contract';

const load = (search: string) => api.listYoungPeople({ search });

export function YoungPeopleScreen() {
  const today = todayIso();
  return (
    <SearchableList<YoungPersonSummary>
      title="Young people"
      nouns={['young person', 'young people']}
      addLabel="Add a young person"
      addHref="#/young-people/new"
      load={load}
      columns={[
        { header: 'Name', cell: (y) => <a href={`#/young-people/${y.id}`}>{`${y.firstName} ${y.lastName}`}</a> },
        { header: 'Age', cell: (y) => ageOn(y.dateOfBirth, today) },
        { header: 'Date of birth', cell: (y) => dateText(y.dateOfBirth) },
        { header: 'Area', cell: (y) => y.area ?? <span className="secondary">Not recorded</span> },
        { header: 'Status', cell: (y) => <ServiceStatusTag status={y.status} /> },
      ]}
    />
  );
}
