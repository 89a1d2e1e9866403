import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { dateText } from '../../form';
import { navigate } from '../../route';
import { takeFlash } from '../../flash';
import { FlashBanner } from '../../components/FlashBanner';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { PersonPicker } from '../../components/PersonPicker';
import type { SupervisionDue, SupervisionsView } from '../../../../shared/contract';
import { HistoryTable, SupervisionTable } from './HistoryTable';
import { dueText, newSupervisionHref } from './format';


/** Volunteers whose supervision is due or overdue, each with a link to record it. */
function DueTable({ rows, caption, record }: { rows: SupervisionDue[]; caption: string; record: boolean }) {
  return (
    <SupervisionTable
      caption={caption}
      head={
        <>
          <th scope="col">Volunteer</th>
          <th scope="col">Next supervision</th>
          <th scope="col">Last supervision</th>
          <th scope="col">
            <span className="visually-hidden">Record</span>
          </th>
        </>
      }
    >
      {rows.map((d) => (
        <tr key={d.volunteerId}>
          <td>
            <a href={`#/volunteers/${d.volunteerId}`}>{d.volunteerName}</a>
          </td>
          <td className="nowrap">{d.urgency === 'overdue' ? <strong className="tag tag--red">{dueText(d)}</strong> : dueText(d)}</td>
          <td className="nowrap">{d.lastDate ? dateText(d.lastDate) : <span className="secondary">None yet</span>}</td>
          <td className="nowrap">
            <a href={newSupervisionHref(d.volunteerId)}>
              Record {record ? 'supervision' : 'an early supervision'}
              <span className="visually-hidden"> for {d.volunteerName}</span>
            </a>
          </td>
        </tr>
      ))}
    </SupervisionTable>
  );
}

const FIRST_FEW = 10;

/** The soonest few of those not yet due; all of them on request, so a large scheme's page stays short. */
function NotYetDue({ rows }: { rows: SupervisionDue[] }) {
  const [all, setAll] = useState(false);
  return (
    <section aria-labelledby="later-heading">
      <h2 id="later-heading">Not yet due</h2>
      <p className="count">
        {rows.length} matched {rows.length === 1 ? 'volunteer' : 'volunteers'}, soonest first{!all && rows.length > FIRST_FEW ? `: the first ${FIRST_FEW} shown` : ''}.
      </p>
      <DueTable rows={all ? rows : rows.slice(0, FIRST_FEW)} caption="Matched volunteers whose supervision is not yet due, soonest first" record={false} />
      {!all && rows.length > FIRST_FEW && (
        <button type="button" className="button button--secondary" onClick={() => setAll(true)}>
          Show all {rows.length}
        </button>
      )}
    </section>
  );
}

/** Choosing whose records to see: a search by name with a button, so nothing changes until asked. */
function VolunteerFilter({ volunteerId, volunteerName }: { volunteerId: number | null; volunteerName: string | null }) {
  const [value, setValue] = useState(volunteerId ? String(volunteerId) : '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(value ? `/supervisions/volunteer/${value}` : '/supervisions');
  };
  return (
    <form className="list-filters supervision-filter" onSubmit={submit} aria-label="Choose whose supervisions to show">
      <PersonPicker name="filter-volunteer" label="Volunteer" hint="Type part of a name; empty for everyone" kind="volunteer" value={value} onChange={setValue} chosenLabel={volunteerName ?? undefined} />
      <button type="submit" className="button button--secondary">
        Show
      </button>
    </form>
  );
}

/** Who is due supervision, who is not yet, and the records, newest first, for everyone or one volunteer. */
export function SupervisionsScreen({ volunteerId }: { volunteerId: number | null }) {
  const [view, setView] = useState<SupervisionsView | null>(null);
  const [page, setPage] = useState(1);
  const [failure, setFailure] = useState<string | null>(null);
  const [flash] = useState(takeFlash);
  const filter = volunteerId ? { volunteerId } : {};

  useEffect(() => {
    api.supervisionsView(volunteerId ? { volunteerId } : {}).then((v) => (v.ok ? setView(v.value) : setFailure(v.error.message)));
  }, [volunteerId]);

  async function go(next: number) {
    const r = await api.supervisionsView({ ...filter, page: next });
    if (!r.ok) return setFailure(r.error.message);
    setView(r.value);
    setPage(next);
    document.getElementById('records-heading')?.focus();
  }

  if (failure) {
    return (
      <>
        <PageHeading>Supervisions</PageHeading>
        <p className="error-message" role="alert">
          {failure}
        </p>
        <p>
          <a href="#/supervisions">Show everyone’s supervisions</a>
        </p>
      </>
    );
  }
  if (!view) return <p className="loading">Loading…</p>;
  const name = view.volunteerName;
  const due = view.due.filter((d) => d.urgency);
  const later = view.due.filter((d) => !d.urgency);
  const { total, pageSize } = view.history;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      {volunteerId && (
        <a className="back-link" href={`#/volunteers/${volunteerId}`}>
          Back to {name ?? 'the volunteer'}’s record
        </a>
      )}
      {flash && <FlashBanner flash={flash} />}
      <PageHeading caption={name ? 'Supervisions' : undefined}>{name ?? 'Supervisions'}</PageHeading>
      <p className="lede">Each matched volunteer has supervision about every few weeks, as set in Settings. Open actions come back at the next one.</p>
      <div className="button-group">
        {volunteerId && (
          <a className="button" href={newSupervisionHref(volunteerId)}>
            Record supervision
          </a>
        )}
        <a className={volunteerId ? 'button button--secondary' : 'button'} href="#/supervisions/group">
          Record a group session
        </a>
      </div>

      <section aria-labelledby="due-heading">
        <h2 id="due-heading">Due and overdue</h2>
        {due.length === 0 ? <p className="secondary">No supervisions are due in the next few days.</p> : <DueTable rows={due} caption="Supervisions due and overdue, overdue first" record />}
      </section>

      {later.length > 0 && <NotYetDue rows={later} />}

      <section aria-labelledby="records-heading">
        <h2 id="records-heading" tabIndex={-1}>
          Records
        </h2>
        <VolunteerFilter key={volunteerId ?? 'everyone'} volunteerId={volunteerId} volunteerName={name} />
        <p className="count">
          {total === 0 ? 'No supervisions recorded yet.' : `${total} ${total === 1 ? 'supervision' : 'supervisions'}, newest first.`}
          {total > pageSize && ` Showing ${(page - 1) * pageSize + 1} to ${Math.min(page * pageSize, total)}.`}
        </p>
        {view.history.rows.length > 0 && <HistoryTable rows={view.history.rows} caption={`Supervision records${name ? ` for ${name}` : ''}, newest first`} showVolunteer={!volunteerId} />}
        <Pager page={page} pages={pages} go={go} label="Pages of supervision records" />
      </section>
    </>
  );
}
