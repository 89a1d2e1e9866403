import { useEffect, useState } from 'react';
import { api } from '../api';
import { PageHeading } from '../components/PageHeading';
import { ErrorSummary } from '../components/ErrorSummary';
import { SuccessBanner, Warning } from '../components/Notice';
import { useConfirm } from '../components/ConfirmDialog';
import { dateText, type Errors } from '../form';
import { listInWords, plural } from '../../../shared/words';
import type { RetentionPerson, RetentionView } from '../../../shared/contract';

const keyOf = (p: RetentionPerson) => `${p.kind}:${p.id}`;
const KIND_LABELS = { volunteer: 'Volunteer', young_person: 'Young person' } as const;
const profileOf = (p: RetentionPerson) => (p.kind === 'volunteer' ? `#/volunteers/${p.id}` : `#/young-people/${p.id}`);

/** "AL, aged 75, a young person": enough to check the choice without naming anyone in the dialog. */
const described = (p: RetentionPerson) => [p.initials, p.age === null ? null : `aged ${p.age}`, p.kind === 'volunteer' ? 'a volunteer' : 'a young person'].filter(Boolean).join(', ');

function ErasureConfirmation({ people, backupsNote }: { people: RetentionPerson[]; backupsNote: string }) {
  return (
    <>
      <ul>
        {people.map((p) => (
          <li key={keyOf(p)}>
            <strong>{described(p)}</strong>: {p.goesWith.length > 0 ? `their record, with ${listInWords(p.goesWith)}.` : 'their record, and nothing else.'}
            {p.notes.map((n) => (
              <span key={n}> {n}</span>
            ))}
          </li>
        ))}
      </ul>
      <p>First IV Desk makes a backup labelled “before erasure”. If the backup cannot be made, nothing is erased.</p>
      <p>{backupsNote}</p>
      <p>
        <strong>Figures for past periods will change</strong>: reports and the annual report for periods these people were part of will count fewer referrals, matches, visits and volunteers than
        before.
      </p>
      <p>The erasure cannot be undone, except by restoring the backup.</p>
    </>
  );
}

/** The people the data rules say may now be erased, and erasing the ones the coordinator chooses. */
export function RetentionScreen() {
  const [view, setView] = useState<RetentionView | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = useConfirm();

  const show = (result: Awaited<ReturnType<typeof api.retentionView>>) => {
    if (!result.ok) return setErrors({ form: result.error.message });
    setView(result.value);
    setChosen(new Set());
  };
  useEffect(() => {
    api.retentionView({}).then(show);
  }, []);

  async function erase() {
    setDone(null);
    const people = view!.due.filter((p) => chosen.has(keyOf(p)));
    if (people.length === 0) return setErrors({ people: 'Choose at least one person whose records to erase' });
    setErrors({});
    const confirmed = await confirm.ask({
      title: `Erase the records of ${plural(people.length, 'person', 'people')}?`,
      confirmLabel: 'Make a backup and erase',
      body: <ErasureConfirmation people={people} backupsNote={view!.backupsNote} />,
    });
    if (!confirmed) return;
    setBusy(true);
    const result = await api.eraseRecords({ people: people.map((p) => ({ kind: p.kind, id: p.id })) });
    setBusy(false);
    if (!result.ok) return setErrors({ form: result.error.message });
    show(await api.retentionView({}));
    setDone(result.value.message);
  }

  const toggle = (p: RetentionPerson, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(keyOf(p));
    else next.delete(keyOf(p));
    setChosen(next);
  };

  const s = view?.settings;
  return (
    <>
      <PageHeading>Retention</PageHeading>
      {confirm.dialog}
      {done && <SuccessBanner>{done}</SuccessBanner>}
      <ErrorSummary errors={errors} labels={{ people: 'People due for erasure' }} />
      <p>The data rules say how long records are kept. When the time is up, the person is listed here so you can erase their records with everything that is theirs alone.</p>
      {s && (
        <ul>
          <li>Young people: until their 75th birthday.</li>
          <li>Volunteers: {plural(s.volunteerYearsAfterLeaving, 'year', 'years')} after they left.</li>
          <li>Applicants never approved: {plural(s.applicantYearsAfterClosing, 'year', 'years')} after they withdrew or were turned down.</li>
        </ul>
      )}
      <p>
        <a href="#/settings">Change the periods in Settings</a>
      </p>
      {busy && (
        <p role="status" className="secondary">
          Making a backup, then erasing…
        </p>
      )}
      {view && view.due.length === 0 && <p>Nobody is due for erasure.</p>}
      {view && view.due.length > 0 && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void erase();
          }}
        >
          <Warning>Erasing cannot be undone, except by restoring the backup made first.</Warning>
          <fieldset className="fieldset" id="field-people" tabIndex={-1} aria-describedby={errors.people ? 'field-people-error' : undefined}>
            <legend>Choose whose records to erase</legend>
            {errors.people && (
              <p className="error-message" id="field-people-error">
                <span className="visually-hidden">Error:</span> {errors.people}
              </p>
            )}
            <table className="table retention__table">
              <caption className="visually-hidden">People due for erasure</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">Choose</span>
                  </th>
                  <th scope="col">Name</th>
                  <th scope="col">Why</th>
                  <th scope="col">Due since</th>
                  <th scope="col">What goes with them</th>
                </tr>
              </thead>
              <tbody>
                {view.due.map((p) => (
                  <tr key={keyOf(p)}>
                    <td>
                      <input
                        type="checkbox"
                        className="retention__check"
                        id={`choose-${p.kind}-${p.id}`}
                        checked={chosen.has(keyOf(p))}
                        onChange={(e) => toggle(p, e.target.checked)}
                        aria-label={`Choose ${p.name}`}
                      />
                    </td>
                    <td>
                      <a href={profileOf(p)}>{p.name}</a>
                      <div className="hint">{KIND_LABELS[p.kind]}</div>
                    </td>
                    <td>{p.why}</td>
                    <td>{dateText(p.dueFrom)}</td>
                    <td>
                      {p.goesWith.length > 0 ? listInWords(p.goesWith) : 'Nothing else'}
                      {p.notes.length > 0 && <div className="hint">{p.notes.join(' ')}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>
          <div className="button-group">
            <button type="submit" className="button button--warning" disabled={busy}>
              Erase the records chosen
            </button>
            <button type="button" className="button button--secondary" onClick={() => setChosen(new Set(view.due.map(keyOf)))}>
              Choose everyone listed
            </button>
          </div>
        </form>
      )}
    </>
  );
}
