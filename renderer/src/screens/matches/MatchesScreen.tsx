import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api';
import { dateText } from '../../form';
import { takeFlash } from '../../flash';
import { FlashBanner } from '../../components/FlashBanner';
import { PageHeading } from '../../components/PageHeading';
import { MatchStageTag } from '../../components/MatchStageTag';
import type { MatchStage } from '../../../../shared/matching/record';
import type { MatchSummary } from '../../../../shared/contract';
import { STAGE_FILTERS } from './format';

interface Filters {
  stage: string;
  volunteerId: string;
  youngPersonId: string;
}

const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], 'en-GB');

/** Every match, filtered by stage, volunteer and young person, each leading to its page. */
export function MatchesScreen() {
  const [all, setAll] = useState<MatchSummary[] | null>(null);
  const [rows, setRows] = useState<MatchSummary[] | null>(null);
  const [filters, setFilters] = useState<Filters>({ stage: '', volunteerId: '', youngPersonId: '' });
  const [failure, setFailure] = useState<string | null>(null);
  const [flash] = useState(takeFlash);

  useEffect(() => {
    api.listMatches({}).then((r) => (r.ok ? setAll(r.value) : setFailure(r.error.message)));
  }, []);

  useEffect(() => {
    let current = true;
    api
      .listMatches({
        stage: (filters.stage || undefined) as MatchStage | undefined,
        volunteerId: filters.volunteerId ? Number(filters.volunteerId) : undefined,
        youngPersonId: filters.youngPersonId ? Number(filters.youngPersonId) : undefined,
      })
      .then((r) => {
        if (!current) return;
        if (r.ok) setRows(r.value);
        else setFailure(r.error.message);
      });
    return () => {
      current = false;
    };
  }, [filters]);

  const options = useMemo(() => {
    const volunteers = new Map<number, string>();
    const people = new Map<number, string>();
    for (const m of all ?? []) {
      volunteers.set(m.volunteerId, m.volunteerName);
      people.set(m.youngPersonId, m.youngPersonName);
    }
    return {
      volunteers: [...volunteers].map(([id, name]) => [String(id), name] as [string, string]).sort(byName),
      people: [...people].map(([id, name]) => [String(id), name] as [string, string]).sort(byName),
    };
  }, [all]);

  const set = (key: keyof Filters) => (e: { target: { value: string } }) => setFilters((f) => ({ ...f, [key]: e.target.value }));
  const filtered = !!(filters.stage || filters.volunteerId || filters.youngPersonId);
  // Newest proposals first: the matches under way are usually the recent ones.
  const shown = rows ? [...rows].reverse() : null;

  return (
    <>
      {flash && <FlashBanner flash={flash} />}
      <div className="page-title">
        <PageHeading>Matches</PageHeading>
        <a className="button button--secondary" href="#/waiting">
          Find a match from the waiting list
        </a>
      </div>
      <div className="list-filters" role="search" aria-label="Filter matches">
        <div className="field">
          <label className="label" htmlFor="filter-stage">
            Stage
          </label>
          <select id="filter-stage" className="select" value={filters.stage} onChange={set('stage')}>
            <option value="">Any stage</option>
            {STAGE_FILTERS.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="filter-volunteer">
            Volunteer
          </label>
          <select id="filter-volunteer" className="select" value={filters.volunteerId} onChange={set('volunteerId')}>
            <option value="">Any volunteer</option>
            {options.volunteers.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="filter-young-person">
            Young person
          </label>
          <select id="filter-young-person" className="select" value={filters.youngPersonId} onChange={set('youngPersonId')}>
            <option value="">Any young person</option>
            {options.people.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button type="button" className="link-button matches__clear" onClick={() => setFilters({ stage: '', volunteerId: '', youngPersonId: '' })}>
            Clear the filters
          </button>
        )}
      </div>
      {failure && (
        <p className="error-message" role="alert">
          {failure}
        </p>
      )}
      {shown && (
        <p className="count" role="status">
          {shown.length} {shown.length === 1 ? 'match' : 'matches'}
          {filtered ? ' with these filters' : ''}
        </p>
      )}
      {all && all.length === 0 && (
        <p className="calm-note">
          No matches yet. Start from the <a href="#/waiting">waiting list</a>: choose “Find a match” beside a young person to see suggested volunteers.
        </p>
      )}
      {shown && shown.length > 0 && (
        <table className="table matches-table">
          <caption className="visually-hidden">Matches, newest proposal first. Each young person’s name opens the match.</caption>
          <thead>
            <tr>
              <th scope="col">Young person</th>
              <th scope="col">Volunteer</th>
              <th scope="col">Stage</th>
              <th scope="col">Proposed</th>
              <th scope="col">Started</th>
              <th scope="col">Ended</th>
              <th scope="col">Last visit</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m.id}>
                <td>
                  <a href={`#/matches/${m.id}`}>
                    {m.youngPersonName}
                    <span className="visually-hidden"> with {m.volunteerName}</span>
                  </a>
                </td>
                <td>{m.volunteerName}</td>
                <td>
                  <MatchStageTag stage={m.stage} />
                </td>
                <td>{dateText(m.proposedDate)}</td>
                <td>{dateText(m.startDate)}</td>
                <td>{dateText(m.endDate)}</td>
                <td>{m.lastVisitDate ? dateText(m.lastVisitDate) : <span className="secondary">{m.stage === 'ended' ? 'None' : m.startDate ? 'None yet' : ''}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
