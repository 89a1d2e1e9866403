/** The matches section on a young person's and a volunteer's record. */
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { dateText } from '../../form';
import { Field } from '../../components/Field';
import { MatchStageTag } from '../../components/MatchStageTag';
import { InlineForm, useInlineForm, focusSoon } from '../../components/InlineForm';
import type { MatchSummary } from '../../../../shared/contract';
import type { Result } from '../../../../shared/result';

function MatchTable({ matches, other }: { matches: MatchSummary[]; other: 'volunteer' | 'youngPerson' }) {
  const newestFirst = [...matches].reverse();
  return (
    <div className="table-scroll">
      <table className="table related-matches">
        <caption className="visually-hidden">Matches, newest first</caption>
        <thead>
          <tr>
            <th scope="col">{other === 'volunteer' ? 'Independent Visitor' : 'Young person'}</th>
            <th scope="col">Stage</th>
            <th scope="col">Proposed</th>
            <th scope="col">Started</th>
            <th scope="col">Ended</th>
            <th scope="col">Last visit</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((m) => (
            <tr key={m.id}>
              <td>
                <a href={`#/matches/${m.id}`}>
                  {other === 'volunteer' ? m.volunteerName : m.youngPersonName}
                  <span className="visually-hidden"> (open the match)</span>
                </a>
              </td>
              <td>
                <MatchStageTag stage={m.stage} />
              </td>
              <td>{dateText(m.proposedDate)}</td>
              <td>{dateText(m.startDate)}</td>
              <td>{dateText(m.endDate)}</td>
              <td>{dateText(m.lastVisitDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function useMatches(filter: { youngPersonId: number } | { volunteerId: number }) {
  const [matches, setMatches] = useState<MatchSummary[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const key = JSON.stringify(filter);
  useEffect(() => {
    api.listMatches(JSON.parse(key)).then((r) => (r.ok ? setMatches(r.value) : setFailure(r.error.message)));
  }, [key]);
  return { matches, failure };
}

/** On a young person's record: their matches, each leading to its page. */
export function YoungPersonMatches({ youngPersonId, firstName }: { youngPersonId: number; firstName: string }) {
  const { matches, failure } = useMatches({ youngPersonId });
  if (failure) return <p className="error-message">{failure}</p>;
  if (!matches) return null;
  if (matches.length === 0) return <p className="secondary">No matches yet. When {firstName} is waiting, choose “Find a match” on the waiting list.</p>;
  return <MatchTable matches={matches} other="volunteer" />;
}

/** The matches that count against a volunteer's capacity: proposed or under way. */
export const heldMatches = (matches: MatchSummary[]) => matches.filter((m) => m.stage !== 'ended');

/**
 * On a volunteer's record: their matches (loaded with the profile), and how many they can take at once.
 * `erased`: only the matches that stay with the young people's records; an erased volunteer takes no more.
 */
export function VolunteerMatches({
  volunteerId,
  firstName,
  matches,
  capacity,
  onCapacitySaved,
  approved,
  erased = false,
}: {
  volunteerId: number;
  firstName: string;
  matches: MatchSummary[];
  capacity: number;
  onCapacitySaved: (capacity: number) => void;
  approved: boolean;
  erased?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const prefix = 'capacity-';
  const form = useInlineForm({ capacity: String(capacity) }, prefix);
  const held = heldMatches(matches).length;
  return (
    <>
      {matches.length === 0 && <p className="secondary">No matches yet.{approved ? ` ${firstName} appears in the matching assistant while they have room for a match.` : ''}</p>}
      {matches.length > 0 && <MatchTable matches={matches} other="youngPerson" />}
      {!erased && capacityPart()}
    </>
  );

  // A plain function, not a component: a component made here anew each render would lose the field's focus.
  function capacityPart() {
    return (
    <>
      <p className="related-matches__capacity">
        <strong>Capacity:</strong> {capacity} {capacity === 1 ? 'match' : 'matches'} at a time; {held} held now (proposed or active).
      </p>
      {saved && (
        <p className="secondary" role="status">
          {saved}
        </p>
      )}
      {open ? (
        <InlineForm
          errors={form.errors}
          prefix={prefix}
          fields={['capacity']}
          busy={form.busy}
          label="Change capacity"
          title="Change capacity"
          submitLabel="Save capacity"
          onCancel={() => (setOpen(false), focusSoon('capacity-open'))}
          onSubmit={(e) =>
            form.submit(
              e,
              (v, errors) => {
                const n = Number(v.capacity.trim());
                if (!/^\d+$/.test(v.capacity.trim()) || n < 1 || n > 5) errors.capacity = 'Enter a whole number of matches between 1 and 5';
                return async (): Promise<Result<number>> => {
                  const r = await api.setVolunteerCapacity({ id: volunteerId, capacity: n });
                  return r.ok ? { ok: true, value: n } : r;
                };
              },
              (n) => {
                onCapacitySaved(n);
                setOpen(false);
                setSaved(`Capacity saved: ${n} ${n === 1 ? 'match' : 'matches'} at a time.`);
                focusSoon('capacity-open');
              },
            )
          }
        >
          <Field {...form.field('capacity', 'How many matches can they take at once?')} hint="Usually 1. Between 1 and 5." width="short" inputMode="numeric" />
        </InlineForm>
      ) : (
        <button type="button" className="button button--secondary" id="capacity-open" onClick={() => (setSaved(null), setOpen(true))}>
          Change capacity<span className="visually-hidden"> of {firstName}</span>
        </button>
      )}
    </>
    );
  }
}
