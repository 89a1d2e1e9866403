import { useCallback, useState } from 'react';
import { api } from '../api';
import { SearchableList, type Column, type ListQuery } from '../components/SearchableList';
import { SelectField } from '../components/SelectField';
import { Field } from '../components/Field';
import { CheckboxField } from '../components/CheckboxField';
import { StatusTag } from '../components/StatusTag';
import { dateText } from '../form';
import { STATUS_LABELS, type VolunteerStatus } from '../../../shared/volunteers/stage';
import type { VolunteerStatusFilter, VolunteerSort } from '../../../shared/lists/choices';
import type { VolunteerList, VolunteerSummary } from '../../../shared/contract';

interface Filters {
  status: VolunteerStatusFilter;
  area: string;
  interest: string;
  dbsCheckDue: boolean;
}
const NO_FILTERS: Filters = { status: 'current', area: '', interest: '', dbsCheckDue: false };
const STATUSES: [VolunteerStatusFilter, string][] = [['current', 'Current (not left or withdrawn)'], ['all', 'All'], ...(Object.entries(STATUS_LABELS) as [VolunteerStatus, string][])];

/** Words for the count line, e.g. "with status “Enquiry”, in Consett". */
function describe(f: Filters): string {
  const parts = [
    f.status === 'all' && 'of any status',
    f.status !== 'all' && f.status !== 'current' && `with status “${STATUS_LABELS[f.status]}”`,
    f.area && `in ${f.area}`,
    f.interest.trim() && `interested in “${f.interest.trim()}”`,
    f.dbsCheckDue && 'with a DBS check due',
  ].filter(Boolean);
  return parts.join(', ');
}

export function VolunteersScreen() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [areas, setAreas] = useState<string[]>([]);
  const set = <K extends keyof Filters>(key: K) => (value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const load = useCallback(
    ({ search, page, sort }: ListQuery<VolunteerSort>) =>
      api.volunteersPage({
        search,
        page,
        sort,
        status: filters.status,
        ...(filters.area ? { area: filters.area } : {}),
        ...(filters.interest.trim() ? { interest: filters.interest.trim() } : {}),
        ...(filters.dbsCheckDue ? { dbsCheckDue: true } : {}),
      }),
    [filters],
  );
  const onPage = useCallback((page: VolunteerList) => setAreas(page.areas), []);
  const filtered = describe(filters);

  const columns: Column<VolunteerSummary, VolunteerSort>[] = [
    { header: 'Name', sort: 'name', cell: (v) => <a href={`#/volunteers/${v.id}`}>{`${v.firstName} ${v.lastName}`}</a> },
    { header: 'Status', sort: 'status', cell: (v) => <StatusTag status={v.status} /> },
    { header: 'Area', sort: 'area', cell: (v) => v.area ?? '' },
    { header: 'Enquiry date', sort: 'enquiryDate', cell: (v) => dateText(v.enquiryDate) },
    { header: 'Approved', sort: 'approvedDate', cell: (v) => dateText(v.approvedDate) },
  ];
  if (filters.dbsCheckDue) columns.push({ header: 'DBS check due', sort: 'dbsCheckDue', cell: (v) => dateText(v.dbsCheckDue) });

  return (
    <SearchableList<VolunteerSummary, VolunteerList, VolunteerSort>
      title="Volunteers"
      nouns={['volunteer', 'volunteers']}
      action={
        <a className="button" href="#/volunteers/new">
          Add a volunteer
        </a>
      }
      load={load}
      onPage={onPage}
      columns={columns}
      defaultSort={{ by: 'name', direction: 'asc' }}
      filterNote={filtered}
      filters={
        <>
          <SelectField name="status" label="Status" value={filters.status} onChange={(s) => set('status')(s as VolunteerStatusFilter)} options={STATUSES} />
          <SelectField name="area" label="Area" value={filters.area} onChange={set('area')} options={areas.map((a) => [a, a])} emptyLabel="Any area" />
          <Field name="interest" label="Interest" value={filters.interest} onChange={set('interest')} width="short" autoComplete="off" />
          <div className="list-filters__checks">
            <CheckboxField name="dbsCheckDue" label="DBS check due" hint="Re-check or status check due soon, or overdue" checked={filters.dbsCheckDue} onChange={set('dbsCheckDue')} />
            {filtered && (
              <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
                Clear filters
              </button>
            )}
          </div>
        </>
      }
    />
  );
}
