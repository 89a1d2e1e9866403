import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT, errorsFrom, useForm, type Errors } from '../../form';
import { navigate } from '../../route';
import { setFlash } from '../../flash';
import { PageHeading } from '../../components/PageHeading';
import { Field } from '../../components/Field';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SummaryList } from '../../components/SummaryList';
import { Warning } from '../../components/Notice';
import { focusSoon } from '../../components/InlineForm';
import { Pager } from '../../components/Pager';
import { useConfirm } from '../../components/ConfirmDialog';
import { pageCount, showingWords, type ListPage } from '../../../../shared/lists/paging';
import type { Suggestion, Suggestions } from '../../../../shared/contract';
import type { WaitingKind } from '../../../../shared/referrals/waiting';
import { pointsText, scoreText } from './format';

const KIND_WORDS: Record<WaitingKind, string> = { being_matched: 'being matched', awaiting_iv: 'awaiting a suitable IV' };

interface Context {
  referralId: number;
  youngPersonName: string;
  /** A match for this referral that has not ended: a new proposal would be refused. */
  openMatch: Suggestions['openMatch'];
}

/** What the coordinator has confirmed so far for one proposal. */
interface Confirmed {
  notSuggested: boolean;
  overCapacity: boolean;
}

/** The capacity warning, said plainly, focused when it appears so it is read out. */
function CapacityWarning({ name, message, busy, onConfirm, onCancel }: { name: string; message: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="confirm capacity-warning" tabIndex={-1} role="alert" aria-labelledby={titleId} ref={ref}>
      <h4 id={titleId} className="capacity-warning__title">
        {name} is at capacity
      </h4>
      <Warning>{message}</Warning>
      <p>
        Their capacity is how many matches they agreed to take at once. Propose anyway only if you have talked it through with {name.split(' ')[0]}; you can change their capacity on their
        profile.
      </p>
      <div className="button-group">
        <button type="button" className="button button--warning" disabled={busy} onClick={onConfirm}>
          Propose anyway
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/**
 * Asks for the proposal date, then proposes. Core refuses a volunteer who is not
 * suggested, or at capacity, until the coordinator confirms: the first is asked in a
 * dialog naming the reason, the second said plainly with "Propose anyway".
 */
function ProposeForm({ suggestion: s, context, onCancel }: { suggestion: Suggestion; context: Context; onCancel: () => void }) {
  const prefix = `propose-${s.volunteerId}-`;
  const form = useForm({ proposedDate: '' });
  const [busy, setBusy] = useState(false);
  const [overCapacity, setOverCapacity] = useState<{ message: string; proposedDate: string; confirmed: Confirmed } | null>(null);
  const confirm = useConfirm();

  async function propose(proposedDate: string, confirmed: Confirmed): Promise<void> {
    setBusy(true);
    const result = await api.proposeMatch({
      referralId: context.referralId,
      volunteerId: s.volunteerId,
      proposedDate,
      confirmNotSuggested: confirmed.notSuggested || undefined,
      confirmOverCapacity: confirmed.overCapacity || undefined,
    });
    setBusy(false);
    if (!result.ok) {
      const notSuggestedQuestion = result.error.fields?.confirmNotSuggested;
      if (notSuggestedQuestion && !confirmed.notSuggested) {
        form.setErrors({});
        const anyway = await confirm.ask({
          title: `${s.name} is not suggested`,
          body: (
            <>
              <p>
                <strong>{notSuggestedQuestion}</strong>
              </p>
              <p>Propose anyway only if you have checked that it is safe and right for {context.youngPersonName.split(' ')[0]}.</p>
            </>
          ),
          confirmLabel: 'Propose anyway',
        });
        return anyway ? propose(proposedDate, { ...confirmed, notSuggested: true }) : undefined;
      }
      const capacityMessage = result.error.fields?.confirmOverCapacity;
      if (capacityMessage && !confirmed.overCapacity) {
        form.setErrors({});
        setOverCapacity({ message: capacityMessage, proposedDate, confirmed });
        return;
      }
      setOverCapacity(null);
      const errors = errorsFrom(result.error);
      // The volunteer's problems (not approved, left) belong to the whole proposal.
      if (errors.volunteerId) {
        errors.form = errors.volunteerId;
        delete errors.volunteerId;
      }
      return form.setErrors(errors);
    }
    setFlash(`Match proposed: ${s.name} for ${context.youngPersonName}. Record the introduction meeting once it has happened.`);
    navigate(`/matches/${result.value.id}`);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Errors = {};
    const proposedDate = readDate(form.values.proposedDate, 'proposedDate', errors, 'The date of the proposal');
    if (!form.values.proposedDate.trim()) errors.proposedDate = 'Enter the date of the proposal';
    form.setErrors(errors);
    if (Object.keys(errors).length || !proposedDate) return;
    void propose(proposedDate, { notSuggested: false, overCapacity: false });
  }

  if (overCapacity) {
    const { message, proposedDate, confirmed } = overCapacity;
    return <CapacityWarning name={s.name} message={message} busy={busy} onConfirm={() => propose(proposedDate, { ...confirmed, overCapacity: true })} onCancel={onCancel} />;
  }

  return (
    <form className="section-form inline-form" onSubmit={submit} noValidate aria-label={`Propose ${s.name}`}>
      <h4 className="inline-form__title">
        Propose {s.name} for {context.youngPersonName}
      </h4>
      <FormErrorSummary errors={form.errors} fields={['proposedDate']} prefix={prefix} />
      <Field
        name={`${prefix}proposedDate`}
        label="Date of the proposal"
        hint={`${DATE_HINT}. The day you put the match to the young person and the volunteer.`}
        value={form.values.proposedDate}
        onChange={form.set('proposedDate')}
        error={form.errors.proposedDate}
        width="date"
        inputMode="numeric"
        autoFocus
      />
      <div className="button-group">
        <button className="button" type="submit" disabled={busy}>
          {busy ? 'Proposing…' : 'Propose the match'}
        </button>
        <button className="button button--secondary" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {confirm.dialog}
    </form>
  );
}

function SuggestionCard({ suggestion: s, rank, context, open, setOpen }: { suggestion: Suggestion; rank?: number; context: Context; open: boolean; setOpen: (id: number | null) => void }) {
  const headingId = `suggestion-${s.volunteerId}`;
  const buttonId = `suggestion-${s.volunteerId}-propose`;
  const full = s.activeMatches >= s.capacity;
  return (
    <li className={`suggestion${rank === 1 ? ' suggestion--first' : ''}`} aria-labelledby={headingId}>
      <div className="suggestion__head">
        <h3 id={headingId} className="suggestion__name">
          {rank !== undefined && <span className="suggestion__rank">{rank}.</span>} <a href={`#/volunteers/${s.volunteerId}`}>{s.name}</a>
        </h3>
        <p className="suggestion__score">
          <span className="suggestion__score-number">{scoreText(s.score)}</span> {Math.abs(s.score) === 1 ? 'point' : 'points'}
        </p>
      </div>
      <p className="suggestion__meta">
        <span>{s.area ?? 'Area not recorded'}</span>
        <span>
          {s.activeMatches} of {s.capacity} {s.capacity === 1 ? 'match' : 'matches'} held
        </span>
        {full && <strong className="tag tag--yellow">At capacity</strong>}
      </p>
      {s.notSuggested.length > 0 && (
        <ul className="suggestion__cautions" aria-label={`Why ${s.name} is not suggested`}>
          {s.notSuggested.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {s.reasons.length > 0 ? (
        <ul className="suggestion__reasons" aria-label={`Why ${s.name} scores ${scoreText(s.score)}`}>
          {s.reasons.map((r) => (
            <li key={r.reason} className="suggestion__reason">
              <span className={`points ${r.points < 0 ? 'points--minus' : 'points--plus'}`}>{pointsText(r.points)}</span> {r.reason}
            </li>
          ))}
        </ul>
      ) : (
        <p className="secondary suggestion__none">Nothing on record counts for or against: no area, interests or wishes in common.</p>
      )}
      {open ? (
        <ProposeForm suggestion={s} context={context} onCancel={() => (setOpen(null), focusSoon(buttonId))} />
      ) : (
        !context.openMatch && (
          <button type="button" className={`button ${rank === 1 ? '' : 'button--secondary'}`} id={buttonId} onClick={() => setOpen(s.volunteerId)}>
            Propose<span className="visually-hidden"> {s.name}</span>
          </button>
        )
      )}
    </li>
  );
}

/** One list of volunteers, a page at a time, numbered across pages when ranked. */
function SuggestionList({ items, ranked, context, open, setOpen, go, label }: { items: ListPage<Suggestion>; ranked: boolean; context: Context; open: number | null; setOpen: (id: number | null) => void; go: (page: number) => void; label: string }) {
  const first = (items.page - 1) * items.pageSize;
  const cards = items.rows.map((s, i) => <SuggestionCard key={s.volunteerId} suggestion={s} rank={ranked ? first + i + 1 : undefined} context={context} open={open === s.volunteerId} setOpen={setOpen} />);
  const showing = showingWords(items);
  return (
    <>
      {showing && <p className="secondary">{showing}</p>}
      {ranked ? <ol className="suggestions">{cards}</ol> : <ul className="suggestions suggestions--others">{cards}</ul>}
      <Pager page={items.page} pages={pageCount(items.total, items.pageSize)} go={go} label={label} />
    </>
  );
}

const weeksText = (weeks: number) => `${weeks} week${weeks === 1 ? '' : 's'}`;

/** For one waiting referral: approved volunteers ranked by a score that explains itself; the coordinator picks. */
export function MatchingAssistantScreen({ referralId }: { referralId: number }) {
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  const [pages, setPages] = useState({ suggestedPage: 1, othersPage: 1 });
  const [failure, setFailure] = useState<string | null>(null);
  const [open, setOpen] = useState<number | null>(null);

  useEffect(() => {
    let current = true;
    void api.matchSuggestions({ referralId, ...pages }).then((result) => {
      if (!current) return;
      if (!result.ok) return setFailure(result.error.message);
      setSuggestions(result.value);
    });
    return () => {
      current = false;
    };
  }, [referralId, pages]);

  if (failure) {
    return (
      <>
        <a className="back-link" href="#/waiting">
          Back to the waiting list
        </a>
        <PageHeading>Referral not found</PageHeading>
        <p>{failure}</p>
        <p>
          <a href="#/waiting">Go to the waiting list</a> and choose “Find a match” beside the young person.
        </p>
      </>
    );
  }
  if (!suggestions) return <p className="loading">Loading…</p>;

  const { youngPerson: person, waiting, openMatch, suggested, others } = suggestions;
  const context: Context = { referralId, youngPersonName: suggestions.youngPersonName, openMatch };
  const firstName = person.firstName;
  const turnTo = (list: 'suggestedPage' | 'othersPage', heading: string) => (page: number) => {
    setOpen(null);
    setPages((p) => ({ ...p, [list]: page }));
    focusSoon(heading);
  };

  return (
    <>
      <a className="back-link" href="#/waiting">
        Back to the waiting list
      </a>
      <PageHeading caption="Matching">{`Find a match for ${suggestions.youngPersonName}`}</PageHeading>
      <div className="seeker">
        <h2 className="visually-hidden">What {firstName} is looking for</h2>
        <SummaryList
          rows={[
            ['Age', String(person.age)],
            ['Gender', person.gender],
            ['Waiting', waiting && `Since ${dateText(waiting.since)} (${weeksText(waiting.weeks)}), ${KIND_WORDS[waiting.kind]}`],
            ['Area', [person.area, person.postcode].filter(Boolean).join(', ') || null],
            ['Interests', person.interests.join(', ') || null],
            ['Languages', person.languages.join(', ') || null],
            ['Wishes about their Independent Visitor', person.preferences ? <span className="pre-line">{person.preferences}</span> : null],
          ]}
        />
        <p className="seeker__profile">
          <a href={`#/young-people/${person.id}`}>
            {firstName}’s full record<span className="visually-hidden"> ({suggestions.youngPersonName})</span>
          </a>
        </p>
      </div>
      {!waiting && (
        <p className="inset-text">
          {suggestions.youngPersonName} is not on the waiting list just now: they may already be matched, or the referral may be closed or not yet accepted. IV Desk will say so if a proposal cannot be made.
        </p>
      )}
      {openMatch && (
        <div className="inset-text">
          <p>
            <strong>
              {openMatch.volunteerName} has already been proposed for {firstName} ({dateText(openMatch.proposedDate)}).
            </strong>{' '}
            End that proposal before proposing someone else.
          </p>
          <p>
            <a href={`#/matches/${openMatch.id}`}>Open the proposed match with {openMatch.volunteerName}</a>
          </p>
        </div>
      )}

      <section aria-labelledby="suggested-heading">
        <h2 id="suggested-heading" tabIndex={-1}>
          Suggested volunteers ({suggested.total})
        </h2>
        <p className="lede">
          Approved, active volunteers with room for another match, their DBS check and required training up to date, and not clearly further away than they travel; best first. Each point
          is explained: shared interests and languages, how near they live, the young person’s wishes, and how long the volunteer has had room for a match. The score only orders the list;
          you decide.
        </p>
        {suggested.total === 0 ? (
          <p className="calm-note">
            No approved volunteer is free and clear to suggest just now. You can still propose someone below, or <a href="#/recruitment">see who is being recruited</a>.
          </p>
        ) : (
          <SuggestionList items={suggested} ranked context={context} open={open} setOpen={setOpen} go={turnTo('suggestedPage', 'suggested-heading')} label="Pages of suggested volunteers" />
        )}
      </section>

      <section aria-labelledby="others-heading">
        <h2 id="others-heading" tabIndex={-1}>
          Other approved volunteers ({others.total})
        </h2>
        {others.total === 0 ? (
          <p className="secondary">Every approved volunteer still in the scheme is suggested above.</p>
        ) : (
          <>
            <p className="lede">
              Not suggested: at capacity, inactive, a DBS check overdue, required training not completed, or living clearly further away than they travel. Each says why. You can still
              propose any of them: IV Desk asks you to confirm, naming the reason.
            </p>
            <SuggestionList items={others} ranked={false} context={context} open={open} setOpen={setOpen} go={turnTo('othersPage', 'others-heading')} label="Pages of other approved volunteers" />
          </>
        )}
      </section>
    </>
  );
}
