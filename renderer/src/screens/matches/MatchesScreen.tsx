import { useCallback, useState } from 'react';
import { api } from '../../api';
import { dateText } from '../../form';
import { SearchableList, type Column, type ListQuery } from '../../components/SearchableList';
import { SelectField } from '../../components/SelectField';
import { PersonPicker } from '../../components/PersonPicker';
import { MatchStageTag } from '../../components/MatchStageTag';
import type { MatchSort, MatchStageFilter } from '../../../../shared/lists/choices';
import type { MatchList, MatchSummary } from '../../../../shared/contract';
import { STAGE_FILTERS } from './format';

interface Filters {
  stage: MatchStageFilter;
  volunteerId: string;
  youngPersonId: string;
}
const NO_FILTERS: Filters = { stage: 'live', volunteerId: '', youngPersonId: '' };
const STAGES: [MatchStageFilter, string][] = [['live', 'Live (not ended)'], ['all', 'All'], ...STAGE_FILTERS];

const COLUMNS: Column<MatchSummary, MatchSort>[] = [
  { header: 'Young person', sort: 'youngPerson', cell: (m) => <a href={`#/young-people/${m.youngPersonId}`}>{m.youngPersonName}</a> },
  { header: 'Volunteer', sort: 'volunteer', cell: (m) => <a href={`#/volunteers/${m.volunteerId}`}>{m.volunteerName}</a> },
  { header: 'Stage', sort: 'stage', cell: (m) => <MatchStageTag stage={m.stage} /> },
  { header: 'Proposed', sort: 'proposedDate', cell: (m) => dateText(m.proposedDate) },
  { header: 'Started', sort: 'startDate', cell: (m) => dateText(m.startDate) },
  { header: 'Ended', sort: 'endDate', cell: (m) => dateText(m.endDate) },
  {
    header: 'Last visit',
    sort: 'lastVisitDate',
    cell: (m) => (m.lastVisitDate ? dateText(m.lastVisitDate) : <span className="secondary">{m.stage === 'ended' ? 'None' : m.startDate ? 'None yet' : ''}</span>),
  },
  {
    header: 'Match',
    cell: (m) => (
      <a href={`#/matches/${m.id}`}>
        Open<span className="visually-hidden"> the match of {m.youngPersonName} and {m.volunteerName}</span>
      </a>
    ),
  },
];

/**
 * The matches under way (any stage when asked), each leading to its page and to both people's
 * records. The people filters search by name, so the screen never draws everyone who has a match.
 */
export function MatchesScreen() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [anyMatches, setAnyMatches] = useState(true);
  // Clearing the filters empties the name boxes too, which keep what was typed in them.
  const [cleared, setCleared] = useState(0);
  const set = (key: keyof Filters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));
  const load = useCallback(
    ({ search, page, sort }: ListQuery<MatchSort>) =>
      api.matchesPage({
        search,
        page,
        sort,
        stage: filters.stage,
        volunteerId: filters.volunteerId ? Number(filters.volunteerId) : undefined,
        youngPersonId: filters.youngPersonId ? Number(filters.youngPersonId) : undefined,
      }),
    [filters],
  );
  const onPage = useCallback((page: MatchList) => setAnyMatches(page.anyMatches), []);
  const filtered = filters.stage !== 'live' || !!filters.volunteerId || !!filters.youngPersonId;

  return (
    <SearchableList<MatchSummary, MatchList, MatchSort>
      title="Matches"
      nouns={['match', 'matches']}
      action={
        <a className="button button--secondary" href="#/waiting">
          Find a match from the waiting list
        </a>
      }
      load={load}
      onPage={onPage}
      columns={COLUMNS}
      defaultSort={{ by: 'proposedDate', direction: 'desc' }}
      filterNote={filtered ? 'with these filters' : ''}
      notice={
        !anyMatches && (
          <p className="calm-note">
            No matches yet. Start from the <a href="#/waiting">waiting list</a>: choose “Find a match” beside a young person to see suggested volunteers.
          </p>
        )
      }
      filters={
        <>
          <SelectField name="stage" label="Stage" value={filters.stage} onChange={(s) => set('stage')(s)} options={STAGES} />
          <PersonPicker key={`volunteer-${cleared}`} name="volunteer" label="Volunteer" hint="Type part of a name" kind="volunteer" value={filters.volunteerId} onChange={set('volunteerId')} />
          <PersonPicker key={`young-person-${cleared}`} name="young-person" label="Young person" hint="Type part of a name" kind="young_person" value={filters.youngPersonId} onChange={set('youngPersonId')} />
          {filtered && (
            <button
              type="button"
              className="link-button matches__clear"
              onClick={() => {
                setFilters(NO_FILTERS);
                setCleared((n) => n + 1);
              }}
            >
              Clear the filters
            </button>
          )}
        </>
      }
    />
  );
}
