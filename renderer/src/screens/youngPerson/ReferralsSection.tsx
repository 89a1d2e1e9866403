import { useState } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT, type Errors } from '../../form';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { Radios } from '../../components/Radios';
import { TextAreaField } from '../../components/TextAreaField';
import { SummaryList } from '../../components/SummaryList';
import { daysBetween, todayIso } from '../../../../shared/dates';
import { OUTCOME_LABELS, REFERRER_ROLE_LABELS, CLOSED_REASON_LABELS, type ReferrerRole } from '../../../../shared/youngPeople/record';
import type { ReferralOutcome } from '../../../../shared/referrals/waiting';
import type { Referral, YoungPerson } from '../../../../shared/contract';
import { Section, InlineForm, useInlineForm, focusSoon, weeksText, type SectionProps } from './parts';
import { useConfirm } from '../../components/ConfirmDialog';
import { DeleteButton } from '../../components/DeleteButton';
import { stayAfterDeleting } from '../../afterDeleting';

type Open = { kind: 'new' } | { kind: 'edit' | 'outcome' | 'close'; referralId: number } | null;
type Saved = SectionProps['saved'];

const KIND_WORDS = { being_matched: 'being matched', awaiting_iv: 'awaiting a suitable IV' } as const;

export const closedReasonText = (reason: string | null) => (reason ? (CLOSED_REASON_LABELS[reason] ?? reason) : '');

/** "Waiting 7 weeks: awaiting a suitable IV", from the referral's waiting state. */
export function waitingText(r: Referral, today = todayIso()): string | null {
  if (!r.waiting) return null;
  const weeks = Math.floor(daysBetween(r.waiting.since, today) / 7);
  return `Waiting ${weeksText(weeks)}: ${KIND_WORDS[r.waiting.kind]}`;
}

function referrerText(r: Referral): string {
  const role = r.referrerRole ? REFERRER_ROLE_LABELS[r.referrerRole] : null;
  return [r.referrerName, role].filter(Boolean).join(', ');
}

function stateTag(r: Referral) {
  if (r.closedDate) return <strong className="tag tag--grey">Closed</strong>;
  if (r.waiting) return <strong className="tag tag--yellow">Waiting</strong>;
  if (r.outcome === 'pending') return <strong className="tag tag--blue">Awaiting a decision</strong>;
  if (r.outcome === 'accepted') return <strong className="tag tag--green">Accepted</strong>;
  return <strong className="tag tag--grey">{OUTCOME_LABELS[r.outcome]}</strong>;
}

/** Intake: a new referral, or changing one's date, referrer or reason. */
function IntakeForm({ person, referral, saved, onCancel }: { person: YoungPerson; referral?: Referral; saved: Saved; onCancel: () => void }) {
  const prefix = referral ? `referral-${referral.id}-` : 'referral-new-';
  const form = useInlineForm(
    { date: dateText(referral?.date), referrerName: referral?.referrerName ?? '', referrerRole: referral?.referrerRole ?? '', reason: referral?.reason ?? '' },
    prefix,
  );
  return (
    <InlineForm
      errors={form.errors}
      prefix={prefix}
      fields={['date', 'referrerName', 'referrerRole', 'reason']}
      busy={form.busy}
      label={referral ? 'Change the referral' : 'Add a referral'}
      title={referral ? `Change the referral of ${dateText(referral.date)}` : 'Add a referral'}
      level={referral ? 4 : 3}
      submitLabel={referral ? 'Save the referral' : 'Add the referral'}
      onCancel={onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (v, errors: Errors) => {
            const date = readDate(v.date, 'date', errors, 'The date of the referral');
            if (!v.date.trim()) errors.date = 'Enter the date of the referral';
            return () =>
              api.saveReferral({
                youngPersonId: person.id,
                referralId: referral?.id,
                date: date ?? '',
                referrerName: v.referrerName,
                referrerRole: (v.referrerRole || null) as ReferrerRole | null,
                reason: v.reason,
              });
          },
          (p) => saved(p, referral ? 'Referral saved.' : `Referral added. ${person.firstName} is waiting for a decision: record the outcome when there is one.`),
        )
      }
    >
      <Field {...form.field('date', 'Date of the referral')} hint={DATE_HINT} width="date" inputMode="numeric" />
      <Field {...form.field('referrerName', 'Who made the referral?')} hint="Their name" width="half" autoComplete="off" />
      <SelectField {...form.field('referrerRole', 'Their role')} options={Object.entries(REFERRER_ROLE_LABELS)} emptyLabel="Not recorded" />
      <TextAreaField {...form.field('reason', 'Reason for the referral')} hint="Why an Independent Visitor would help, for example little or no family contact, and the young person’s own view" />
    </InlineForm>
  );
}

function OutcomeForm({ referral, saved, onCancel }: { referral: Referral; saved: Saved; onCancel: () => void }) {
  const prefix = `outcome-${referral.id}-`;
  const form = useInlineForm({ outcome: referral.outcome as string, outcomeDate: dateText(referral.outcomeDate) }, prefix);
  const { label: _label, ...outcome } = form.field('outcome', '');
  return (
    <InlineForm
      errors={form.errors}
      prefix={prefix}
      fields={['outcome', 'outcomeDate']}
      busy={form.busy}
      label="Record the outcome"
      title={`Outcome of the referral of ${dateText(referral.date)}`}
      level={4}
      submitLabel="Save the outcome"
      onCancel={onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (v, errors) => {
            const outcomeDate = readDate(v.outcomeDate, 'outcomeDate', errors, 'The date of the outcome');
            if (v.outcome !== 'pending' && !v.outcomeDate.trim()) errors.outcomeDate = 'Enter the date of the outcome';
            return () => api.recordReferralOutcome({ referralId: referral.id, outcome: v.outcome as ReferralOutcome, outcomeDate: v.outcome === 'pending' ? null : outcomeDate });
          },
          (p) => saved(p, `Outcome recorded: ${OUTCOME_LABELS[form.values.outcome as ReferralOutcome]}.`),
        )
      }
    >
      <Radios {...outcome} legend="What was decided?" options={Object.entries(OUTCOME_LABELS)} />
      <Field {...form.field('outcomeDate', 'Date of the outcome')} hint={`${DATE_HINT}. Not needed while awaiting a decision.`} width="date" inputMode="numeric" />
    </InlineForm>
  );
}

function CloseForm({ referral, saved, onCancel }: { referral: Referral; saved: Saved; onCancel: () => void }) {
  const prefix = `close-${referral.id}-`;
  const form = useInlineForm({ closedDate: '', closedReason: '' }, prefix);
  const confirm = useConfirm();
  const askToClose = () =>
    confirm.ask({
      title: `Close the referral of ${dateText(referral.date)}?`,
      confirmLabel: 'Close the referral',
      body: (
        <ul>
          <li>From {form.values.closedDate.trim()} the referral no longer counts on the waiting list, and no match can be proposed for it.</li>
          <li>The young person’s records are kept until their 75th birthday, as the law requires.</li>
          <li>If this is a mistake, you can reopen the referral.</li>
        </ul>
      ),
    });
  return (
    <>
      {confirm.dialog}
      <InlineForm
        errors={form.errors}
        prefix={prefix}
        fields={['closedDate', 'closedReason']}
        busy={form.busy}
        label="Close the referral"
        title={`Close the referral of ${dateText(referral.date)}`}
        level={4}
        submitLabel="Close the referral"
        onCancel={onCancel}
        onSubmit={(e) =>
          form.submit(
            e,
            (v, errors) => {
              const closedDate = readDate(v.closedDate, 'closedDate', errors, 'The date it closed');
              if (!v.closedDate.trim()) errors.closedDate = 'Enter the date the referral closed';
              if (!v.closedReason) errors.closedReason = 'Choose why the referral closed';
              return () => api.closeReferral({ referralId: referral.id, closedDate: closedDate ?? '', closedReason: v.closedReason });
            },
            (p) => saved(p, 'Referral closed. It no longer counts on the waiting list.'),
            askToClose,
          )
        }
      >
        <Field {...form.field('closedDate', 'Date it closed')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <SelectField {...form.field('closedReason', 'Why did it close?')} options={Object.entries(CLOSED_REASON_LABELS)} emptyLabel="Choose a reason" />
      </InlineForm>
    </>
  );
}

function ReferralCard({ person, referral: r, open, setOpen, saved }: { person: YoungPerson; referral: Referral; open: Open; setOpen: (o: Open) => void; saved: Saved }) {
  const [failure, setFailure] = useState<string | null>(null);
  const ofThis = <span className="visually-hidden"> for the referral of {dateText(r.date)}</span>;
  const formOpen = open && open.kind !== 'new' && open.referralId === r.id ? open.kind : null;
  const close = (buttonId: string) => () => (setOpen(null), focusSoon(buttonId));
  const ids = { edit: `referral-${r.id}-edit`, outcome: `referral-${r.id}-outcome`, close: `referral-${r.id}-close` };
  async function reopen() {
    const result = await api.reopenReferral({ referralId: r.id });
    if (!result.ok) return setFailure(result.error.message);
    setFailure(null);
    saved(result.value, `Referral of ${dateText(r.date)} reopened.`);
  }
  const headingId = `referral-${r.id}-heading`;
  return (
    <article className="referral" aria-labelledby={headingId}>
      <h3 id={headingId} className="referral__heading">
        Referral of {dateText(r.date)} {stateTag(r)}
      </h3>
      <SummaryList
        rows={[
          ['Referred by', referrerText(r)],
          ['Reason', r.reason ? <span className="pre-line">{r.reason}</span> : null],
          ['Outcome', r.outcome === 'pending' ? 'Awaiting a decision' : `${OUTCOME_LABELS[r.outcome]} on ${dateText(r.outcomeDate)}`],
          ...(r.waiting ? ([['Waiting', `${waitingText(r)} (since ${dateText(r.waiting.since)})`]] as [string, string][]) : []),
          ...(r.closedDate ? ([['Closed', `${dateText(r.closedDate)}: ${closedReasonText(r.closedReason)}`]] as [string, string][]) : []),
        ]}
      />
      {failure && (
        <p className="error-message" role="alert">
          {failure}
        </p>
      )}
      {formOpen === 'edit' && <IntakeForm person={person} referral={r} saved={saved} onCancel={close(ids.edit)} />}
      {formOpen === 'outcome' && <OutcomeForm referral={r} saved={saved} onCancel={close(ids.outcome)} />}
      {formOpen === 'close' && <CloseForm referral={r} saved={saved} onCancel={close(ids.close)} />}
      {!formOpen && (
        <div className="button-group">
          {!r.closedDate && (
            <button type="button" className="button button--secondary" id={ids.outcome} onClick={() => setOpen({ kind: 'outcome', referralId: r.id })}>
              Record the outcome{ofThis}
            </button>
          )}
          <button type="button" className="button button--secondary" id={ids.edit} onClick={() => setOpen({ kind: 'edit', referralId: r.id })}>
            Change the referral{ofThis}
          </button>
          {r.closedDate ? (
            <button type="button" className="button button--secondary" onClick={reopen}>
              Reopen the referral{ofThis}
            </button>
          ) : (
            <button type="button" className="button button--secondary" id={ids.close} onClick={() => setOpen({ kind: 'close', referralId: r.id })}>
              Close the referral{ofThis}
            </button>
          )}
          <DeleteButton
            kind="referral"
            id={r.id}
            label="Delete…"
            hidden={`the referral of ${dateText(r.date)}`}
            className="button button--secondary"
            onDeleted={(d) => stayAfterDeleting(d, { reload: () => api.getYoungPerson({ id: person.id }), show: saved })}
          />
        </div>
      )}
    </article>
  );
}

/** Referrals, newest first: intake, outcome, closing and reopening. A young person can have several. */
export function ReferralsSection({ person, saved, notice }: SectionProps) {
  const [open, setOpen] = useState<Open>(null);
  const done: Saved = (p, message) => {
    setOpen(null);
    saved(p, message);
  };
  const newestFirst = [...person.referrals].reverse();
  return (
    <Section name="referrals" title="Referrals" notice={notice}>
      {newestFirst.length === 0 && <p className="secondary">No referrals yet. Add one when a referral arrives, usually from the young person’s Independent Reviewing Officer.</p>}
      {newestFirst.map((r) => (
        <ReferralCard key={r.id} person={person} referral={r} open={open} setOpen={setOpen} saved={done} />
      ))}
      {open?.kind === 'new' ? (
        <IntakeForm person={person} saved={done} onCancel={() => (setOpen(null), focusSoon('referral-add'))} />
      ) : (
        <button type="button" className="button" id="referral-add" onClick={() => setOpen({ kind: 'new' })}>
          Add a referral
        </button>
      )}
    </Section>
  );
}
