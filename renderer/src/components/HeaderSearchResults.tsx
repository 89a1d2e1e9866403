import type { ReactNode } from 'react';
import type { SearchGroup, SearchResults } from '../../../shared/contract';
import { listInWords, plural } from '../../../shared/words';
import { dateText } from '../form';
import { MatchStageTag } from './MatchStageTag';

/** One thing found, as the list shows it and where Enter takes the coordinator. */
export interface FoundOption {
  id: string;
  href: string;
  name: string;
  detail: ReactNode;
}

interface Group {
  key: keyof SearchResults;
  heading: string;
  nouns: [string, string];
  total: number;
  options: FoundOption[];
}

const details = (...parts: (string | null)[]) => parts.filter(Boolean).join(' · ');

function group<T>(key: keyof SearchResults, heading: string, nouns: [string, string], found: SearchGroup<T>, option: (item: T) => Omit<FoundOption, 'id'> & { key: number }): Group {
  const options = found.items.map((item) => {
    const { key: id, ...shown } = option(item);
    return { ...shown, id: `header-search-${key}-${id}` };
  });
  return { key, heading, nouns, total: found.total, options };
}

/** The groups in the order the list shows them, empty ones left out. */
export function groupsOf(results: SearchResults): Group[] {
  return [
    group('volunteers', 'Volunteers', ['volunteer', 'volunteers'], results.volunteers, (v) => ({ key: v.id, href: `#/volunteers/${v.id}`, name: `${v.firstName} ${v.lastName}`, detail: details(v.email, v.postcode) })),
    group('youngPeople', 'Young people', ['young person', 'young people'], results.youngPeople, (y) => ({
      key: y.id,
      href: `#/young-people/${y.id}`,
      name: `${y.firstName} ${y.lastName}`,
      detail: details(`Born ${dateText(y.dateOfBirth)}`, y.caseReference && `Case reference ${y.caseReference}`),
    })),
    group('matches', 'Matches', ['match', 'matches'], results.matches, (m) => ({ key: m.id, href: `#/matches/${m.id}`, name: `${m.volunteerName} and ${m.youngPersonName}`, detail: <MatchStageTag stage={m.stage} /> })),
    group('referrals', 'Referrals', ['referral', 'referrals'], results.referrals, (r) => ({
      key: r.id,
      href: `#/young-people/${r.youngPersonId}`,
      name: `${r.youngPersonName}: referral of ${dateText(r.date)}`,
      detail: r.closed ? 'Closed' : 'Open',
    })),
  ].filter((g) => g.total > 0);
}

/** What a screen reader hears when an answer arrives: "2 volunteers and 1 match found". */
export function foundInWords(groups: Group[]): string {
  if (groups.length === 0) return 'Nothing found';
  return `${listInWords(groups.map((g) => plural(g.total, ...g.nouns)))} found`;
}

interface Props {
  listId: string;
  text: string;
  groups: Group[];
  activeId: string | null;
  onOpen: (option: FoundOption) => void;
}

/**
 * The listbox of a combobox: each kind a group with a heading and its count, each thing
 * found an option. The focus stays in the search box (aria-activedescendant), so the
 * options take the mouse but never the focus.
 */
export function HeaderSearchResults({ listId, text, groups, activeId, onOpen }: Props) {
  if (groups.length === 0) {
    return (
      <div className="header-search__panel">
        <p className="header-search__none">Nothing found for “{text.trim()}”. Search by name, email, phone, postcode or case reference.</p>
      </div>
    );
  }
  return (
    <div className="header-search__panel">
      <ul id={listId} role="listbox" aria-label="Found" className="header-search__list">
        {groups.map((g) => (
          <li key={g.key} role="presentation">
            <ul role="group" aria-labelledby={`${listId}-${g.key}`} className="header-search__group">
              <li role="presentation" id={`${listId}-${g.key}`} className="header-search__heading">
                {g.heading} ({g.total})
                {g.total > g.options.length && <span className="header-search__more">Showing the first {g.options.length}: type more to narrow.</span>}
              </li>
              {g.options.map((o) => (
                <li
                  key={o.id}
                  id={o.id}
                  role="option"
                  aria-selected={o.id === activeId}
                  className={`header-search__option${o.id === activeId ? ' header-search__option--active' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onOpen(o)}
                >
                  <span className="header-search__name">{o.name}</span>
                  {o.detail && <span className="header-search__detail">{o.detail}</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
