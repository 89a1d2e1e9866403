import { useState } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT } from '../../form';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { Radios } from '../../components/Radios';
import { SummaryList } from '../../components/SummaryList';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { InlineForm, useInlineForm, focusSoon } from '../../components/InlineForm';
import { useConfirm } from '../../components/ConfirmDialog';
import { END_REASON_LABELS, type EndReason } from '../../../../shared/matching/record';
import type { MatchSummary } from '../../../../shared/contract';
import { Section, YES_NO_UNKNOWN, toBool, yesNo, type SectionProps } from './parts';

/** The introduction meeting: the match's start. Shown while only proposed. */
export function IntroductionSection({ match, saved, notice }: SectionProps) {
  const prefix = 'intro-';
  const form = useInlineForm({ startDate: '' }, prefix);
  const firstName = match.youngPersonName.split(' ')[0];
  return (
    <Section name="introduction" title="Introduction meeting" notice={notice}>
      <p>
        The match starts with the introduction meeting, where {firstName} meets {match.volunteerName} with you. Record it once it has happened; if the proposal is not taken up, end it below.
      </p>
      <form
        className="section-form inline-form"
        noValidate
        aria-label="Record the introduction meeting"
        onSubmit={(e) =>
          form.submit(
            e,
            (v, errors) => {
              const startDate = readDate(v.startDate, 'startDate', errors, 'The date of the introduction meeting');
              if (!v.startDate.trim()) errors.startDate = 'Enter the date of the introduction meeting';
              return () => api.recordIntroduction({ matchId: match.id, startDate: startDate ?? '' });
            },
            (m) => saved(m, `Introduction meeting recorded on ${dateText(m.startDate)}: the match has started. Record visits below as they happen.`),
          )
        }
      >
        <FormErrorSummary errors={form.errors} fields={['startDate']} prefix={prefix} />
        <Field {...form.field('startDate', 'Date of the introduction meeting')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <button className="button" type="submit" disabled={form.busy}>
          Record the introduction meeting
        </button>
      </form>
    </Section>
  );
}

function EndForm({ match, saved, onCancel }: SectionProps & { onCancel: () => void }) {
  const prefix = 'end-';
  const proposed = !match.startDate;
  const form = useInlineForm(
    { endDate: '', endReason: proposed ? 'proposal_not_taken_up' : '', plannedEnding: '', positiveEndingHeld: '', rematchWanted: '' },
    prefix,
  );
  const firstName = match.youngPersonName.split(' ')[0];
  const radios = (key: 'plannedEnding' | 'positiveEndingHeld' | 'rematchWanted') => {
    const { label: _label, ...rest } = form.field(key, '');
    return rest;
  };
  const reasons = Object.entries(END_REASON_LABELS).filter(([k]) => !(k === 'proposal_not_taken_up' && !proposed));
  const title = proposed ? 'End the proposal' : 'End the match';
  const confirm = useConfirm();
  const what = proposed ? 'proposal' : 'match';
  const askToEnd = () =>
    confirm.ask({
      title: `${title} of ${firstName} with ${match.volunteerName}?`,
      confirmLabel: title,
      body: (
        <>
          <p>Ending the {what} on {form.values.endDate.trim()}:</p>
          <ul>
            <li>{proposed ? 'The proposal will not go ahead.' : 'From that day it no longer counts as an active match, and no visit can be recorded after it.'}</li>
            <li>
              {form.values.rematchWanted === 'yes'
                ? `${firstName} goes back on the waiting list for a new Independent Visitor.`
                : `${firstName}’s referral stays open: close it separately if ${firstName} is leaving the scheme.`}
            </li>
            <li>If you end it by mistake, you can reopen it on this page, as long as neither of them has had another match since.</li>
          </ul>
        </>
      ),
    });
  return (
    <>
      {confirm.dialog}
      <InlineForm
        errors={form.errors}
        prefix={prefix}
        fields={['endDate', 'endReason', 'plannedEnding', 'positiveEndingHeld', 'rematchWanted']}
        busy={form.busy}
        label={title}
        title={title}
        submitLabel={title}
        onCancel={onCancel}
        onSubmit={(e) =>
          form.submit(
            e,
            (v, errors) => {
              const endDate = readDate(v.endDate, 'endDate', errors, 'The end date');
              if (!v.endDate.trim()) errors.endDate = 'Enter the date the match ended';
              if (!v.endReason) errors.endReason = 'Choose why the match ended';
              if (!v.rematchWanted) errors.rematchWanted = `Say whether ${firstName} wants a new Independent Visitor`;
              return () =>
                api.endMatch({
                  matchId: match.id,
                  endDate: endDate ?? '',
                  endReason: v.endReason as EndReason,
                  plannedEnding: proposed ? null : toBool(v.plannedEnding),
                  positiveEndingHeld: proposed ? null : toBool(v.positiveEndingHeld),
                  rematchWanted: v.rematchWanted === 'yes',
                });
            },
            (m) =>
              saved(
                m,
                m.rematchWanted
                  ? `${proposed ? 'Proposal' : 'Match'} ended. ${firstName} is back on the waiting list, awaiting a suitable Independent Visitor.`
                  : `${proposed ? 'Proposal' : 'Match'} ended.`,
              ),
            askToEnd,
          )
        }
      >
        <Field {...form.field('endDate', 'Date it ended')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <SelectField {...form.field('endReason', 'Why did it end?')} options={reasons} emptyLabel="Choose a reason" hint={proposed ? 'A proposal that did not go ahead ends as “Proposal not taken up”.' : undefined} />
        {!proposed && (
          <>
            <Radios {...radios('plannedEnding')} legend="Was the ending planned?" options={YES_NO_UNKNOWN} inline />
            <Radios {...radios('positiveEndingHeld')} legend="Was a positive ending held?" hint="A last visit to say goodbye well, when the young person wants one" options={YES_NO_UNKNOWN} inline />
          </>
        )}
        <Radios
          {...radios('rematchWanted')}
          legend={`Does ${firstName} want a new Independent Visitor?`}
          hint={`If yes, ${firstName} goes back on the waiting list for the same referral.`}
          options={[
            ['yes', 'Yes'],
            ['no', 'No'],
          ]}
          inline
        />
      </InlineForm>
    </>
  );
}

/** Undoes an ending made by mistake; core refuses plainly when something has happened since that would clash. */
function ReopenMatch({ match, saved }: SectionProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function reopen() {
    setBusy(true);
    const result = await api.reopenMatch({ matchId: match.id });
    setBusy(false);
    if (!result.ok) return setRefusal(result.error.message);
    setRefusal(null);
    saved(result.value, 'Match reopened: the ending was cleared and the match runs on.');
  }
  return (
    <>
      <h3>Ended by mistake?</h3>
      <p>Reopening the match clears the ending, as if it had never ended.</p>
      {refusal && (
        <p className="error-message" role="alert">
          <span className="visually-hidden">Error:</span> {refusal}
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={reopen} disabled={busy}>
        Reopen the match
      </button>
    </>
  );
}

/** Ending: the form while the match is open; afterwards how it ended and, if wanted, the way to a new match. */
export function EndingSection(props: SectionProps & { later: MatchSummary | null }) {
  const { match, later } = props;
  const [open, setOpen] = useState(false);
  const firstName = match.youngPersonName.split(' ')[0];
  const proposed = !match.startDate;
  if (match.endDate) {
    return (
      <Section name="ending" title="How it ended" notice={props.notice}>
        <SummaryList
          rows={[
            ['Ended', dateText(match.endDate)],
            ['Reason', match.endReason ? END_REASON_LABELS[match.endReason] : null],
            ...(proposed
              ? []
              : ([
                  ['Planned ending', yesNo(match.plannedEnding)],
                  ['Positive ending held', yesNo(match.positiveEndingHeld)],
                ] as [string, string | null][])),
            ['Wants a new Independent Visitor', yesNo(match.rematchWanted)],
          ]}
        />
        {match.rematchWanted && later && (
          <p>
            A new match has been proposed: <a href={`#/matches/${later.id}`}>{later.volunteerName}, proposed {dateText(later.proposedDate)}</a>.
          </p>
        )}
        {match.rematchWanted && !later && (
          <a className="button" href={`#/matching/${match.referralId}`}>
            Find a new match<span className="visually-hidden"> for {match.youngPersonName}</span>
          </a>
        )}
        <ReopenMatch {...props} />
      </Section>
    );
  }
  return (
    <Section name="ending" title={proposed ? 'If the proposal is not taken up' : 'Ending the match'} notice={props.notice}>
      {open ? (
        <EndForm
          {...props}
          saved={(m, text) => {
            setOpen(false);
            props.saved(m, text);
          }}
          onCancel={() => (setOpen(false), focusSoon('end-open'))}
        />
      ) : (
        <>
          <p>
            {proposed
              ? `If ${firstName} or ${match.volunteerName} decides not to go ahead, end the proposal. ${firstName} can go back on the waiting list.`
              : `Endings should be child-led and, where possible, planned with a positive last visit. Record the date, the reason and whether ${firstName} wants a new Independent Visitor.`}
          </p>
          <button type="button" className="button button--secondary" id="end-open" onClick={() => setOpen(true)}>
            {proposed ? 'End the proposal' : 'End the match'}
          </button>
        </>
      )}
    </Section>
  );
}
