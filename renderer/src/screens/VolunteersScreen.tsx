import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { SearchableList, type Column } from '../components/SearchableList';
import { SelectField } from '../components/SelectField';
import { Field } from '../components/Field';
import { CheckboxField } from '../components/CheckboxField';
import { StatusTag } from '../components/StatusTag';
import { dateText } from '../form';
import { STATUS_LABELS, type VolunteerStatus } from '../../../shared/volunteers/stage';
import type { VolunteerSummary } from '../../../shared/contract';

interface Filters {
  status: string;
  area: string;
  interest: string;
  dbsCheckDue: boolean;
}
const NO_FILTERS: Filters = { status: '', area: '', interest: '', dbsCheckDue: false };
const STATUSES = Object.entries(STATUS_LABELS) as [string, string][];

/** Words for the count line, e.g. "with status “Enquiry”, in Consett". */
function describe(f: Filters): string {
  const parts = [
    f.status && `with status “${STATUS_LABELS[f.status as VolunteerStatus]}”`,
    f.area && `in ${f.area}`,
    f.interest.trim() && `interested in “${f.interest.trim()}”`,
    f.dbsCheckDue && 'with a DBS check due',
  ].filter(Boolean);
  return parts.join(', ');
}

/** The areas volunteers live in, for the area filter; one per spelling, ignoring case. */
function useAreas(): string[] {
  const [areas, setAreas] = useState<string[]>([]);
  useEffect(() => {
    api.listVolunteers({}).then((r) => {
      if (!r.ok) return;
      const seen = new Map<string, string>();
      for (const v of r.value) if (v.area?.trim()) seen.set(v.area.trim().toLowerCase(), v.area.trim());
      setAreas([...seen.values()].sort((a, b) => a.localeCompare(b)));
    });
  }, []);
  return areas;
}

export function VolunteersScreen() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const areas = useAreas();
  const set = <K extends keyof Filters>(key: K) => (value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const load = useCallback(
    (search: string) =>
      api.listVolunteers({
        search,
        ...(filters.status ? { status: filters.status as VolunteerStatus } : {}),
        ...(filters.area ? { area: filters.area } : {}),
        ...(filters.interest.trim() ? { interest: filters.interest.trim() } : {}),
        ...(filters.dbsCheckDue ? { dbsCheckDue: true } : {}),
      }),
    [filters],
  );
  const filtered = describe(filters);

  const columns: Column<VolunteerSummary>[] = [
    { header: 'Name', cell: (v) => <a href={`#/volunteers/${v.id}`}>{`${v.firstName} ${v.lastName}`}</a> },
    { header: 'Status', cell: (v) => <StatusTag status={v.status} /> },
    { header: 'Area', cell: (v) => v.area ?? '' },
    { header: 'Enquiry date', cell: (v) => dateText(v.enquiryDate) },
  ];
  if (filters.dbsCheckDue) columns.push({ header: 'DBS check due', cell: (v) => dateText(v.dbsCheckDue) });

  return (
    <SearchableList<VolunteerSummary>
      title="Volunteers"
      nouns={['volunteer', 'volunteers']}
      addLabel="Add a volunteer"
      addHref="#/volunteers/new"
      load={load}
      columns={columns}
      filterNote={filtered}
      filters={
        <>
          <SelectField name="status" label="Status" value={filters.status} onChange={set('status')} options={STATUSES} emptyLabel="Any status" />
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
