import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT, errorsFrom, type Errors, happenedDateDefault } from '../../form';
import { navigate } from '../../route';
import { setFlash } from '../../flash';
import { undoCreation } from '../../components/UndoMessage';
import { PageHeading } from '../../components/PageHeading';
import { Field } from '../../components/Field';
import { Radios } from '../../components/Radios';
import { TextAreaField } from '../../components/TextAreaField';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SUPERVISION_KIND_LABELS, SUPERVISION_TEXT_FIELDS, YES_NO_UNSURE_LABELS, type SupervisionKind, type SupervisionRecord, type YesNoUnsure } from '../../../../shared/supervision/record';
import type { SupervisionForm } from '../../../../shared/contract';
import { ActionRows, actionFieldNames, actionRow, blankAction, type ActionRow } from './ActionRows';
import { MatchesDiscussed, PreviousActions, type Outcomes } from './FormParts';

type TextKey = (typeof SUPERVISION_TEXT_FIELDS)[number][0];
type Values = Record<TextKey | 'date' | 'kind' | 'positiveImpact' | 'enjoying' | 'nextDueDate', string>;

const HINTS: Record<TextKey, string> = {
  relationships: 'How the visits are going for each match, and any changes',
  feedbackPassedOn: 'Only with the young person’s agreement',
  boundaries: 'Gifts, contact between visits, social media, what stays confidential',
  wellbeing: 'Support for the volunteer: isolation, feeling valued, anything getting in the way',
  expenses: 'Claims outstanding or questions about what can be claimed',
  trainingNeeds: 'Courses or refreshers the volunteer would like or needs',
  renewals: 'Anything that runs out in the next few months',
  topics: 'Anything else you talked about',
  concerns: 'Worries about how the match is going, not about anyone’s safety',
};
const ANSWERS: [string, string][] = [...Object.entries(YES_NO_UNSURE_LABELS), ['', 'Not asked']];

function initialValues(form: SupervisionForm): Values {
  const s = form.supervision;
  const text = Object.fromEntries(SUPERVISION_TEXT_FIELDS.map(([key]) => [key, s?.[key] ?? ''])) as Record<TextKey, string>;
  return {
    ...text,
    date: s ? dateText(s.date) : happenedDateDefault(),
    kind: s?.kind ?? 'one_to_one',
    positiveImpact: s?.positiveImpact ?? '',
    enjoying: s?.enjoying ?? '',
    nextDueDate: dateText(s ? s.nextDueDate : form.suggestedNextDue),
  };
}

/** Core names an error on one match discussed by its place in the list sent; the form shows it on the group. */
const onTheForm = (errors: Errors): Errors => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.startsWith('matchesDiscussed.') ? 'matchesDiscussed' : k, v]));

/** Recording a supervision, or changing one: the whole record on one page, in the order it is talked through. */
export function SupervisionFormScreen({ volunteerId, supervisionId }: { volunteerId: number | null; supervisionId: number | null }) {
  const [form, setForm] = useState<SupervisionForm | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [values, setValues] = useState<Values | null>(null);
  const [discussed, setDiscussed] = useState<number[]>([]);
  const [actions, setActions] = useState<ActionRow[]>([]);
  const [outcomes, setOutcomes] = useState<Outcomes>({});
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.supervisionForm(supervisionId ? { supervisionId } : { volunteerId: volunteerId ?? 0 }).then((r) => {
      if (!r.ok) return setFailure(r.error.message);
      const f = r.value;
      setForm(f);
      setValues(initialValues(f));
      setDiscussed(f.supervision ? f.supervision.matchesDiscussed : f.matches.filter((m) => m.current).length === 1 ? f.matches.filter((m) => m.current).map((m) => m.id) : []);
      setActions(f.supervision?.actionItems.length ? f.supervision.actionItems.map((a) => actionRow(a, dateText(a.byWhen))) : [blankAction()]);
      setOutcomes(Object.fromEntries((f.previous?.openActions ?? []).map((a) => [a.index, 'carry_forward'])));
    });
  }, [volunteerId, supervisionId]);

  const back = volunteerId ? `#/volunteers/${volunteerId}` : `#/supervisions/${supervisionId}`;
  if (failure) {
    return (
      <>
        <a className="back-link" href="#/supervisions">
          Back to supervisions
        </a>
        <PageHeading>The supervision form cannot be opened</PageHeading>
        <p>{failure}</p>
      </>
    );
  }
  if (!form || !values) return <p className="loading">Loading…</p>;
  const f = form;
  const editing = f.supervision;
  const set = (key: keyof Values) => (value: string) => setValues({ ...values, [key]: value });
  const field = (key: keyof Values, label: string) => ({ name: key, label, value: values[key], onChange: set(key), error: errors[key] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const v = values!;
    const problems: Errors = {};
    const date = readDate(v.date, 'date', problems, 'The date of the supervision');
    if (!v.date.trim()) problems.date = 'Enter the date of the supervision';
    const nextDueDate = readDate(v.nextDueDate, 'nextDueDate', problems, 'The next due date');
    const rows = actions.filter((a) => a.action.trim() || a.who.trim() || a.byWhen.trim());
    const actionItems = rows.map((a, i) => ({ action: a.action, who: a.who, byWhen: readDate(a.byWhen, `actionItems.${i}.byWhen`, problems, 'The date the action is due by'), status: a.status }));
    setActions(rows.length ? rows : [blankAction()]);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    const text = Object.fromEntries(SUPERVISION_TEXT_FIELDS.map(([key]) => [key, v[key]])) as Pick<SupervisionRecord, TextKey>;
    const result = await api.saveSupervision({
      supervisionId: editing?.id,
      volunteerId: f.volunteerId,
      date: date!,
      kind: v.kind as SupervisionKind,
      matchesDiscussed: discussed,
      ...text,
      positiveImpact: (v.positiveImpact || null) as YesNoUnsure | null,
      enjoying: (v.enjoying || null) as YesNoUnsure | null,
      actionItems,
      previousActions: Object.entries(outcomes).map(([index, outcome]) => ({ index: Number(index), outcome })),
      nextDueDate,
    });
    setBusy(false);
    if (!result.ok) return setErrors(onTheForm(errorsFrom(result.error)));
    const message = `Supervision of ${dateText(result.value.date)} with ${f.volunteerName} ${editing ? 'changed' : 'saved'}.`;
    const undo = editing
      ? null
      : undoCreation('supervision', result.value.id, (undone) => {
          setFlash(undone);
          navigate(`/volunteers/${f.volunteerId}`);
        });
    setFlash(message, undo);
    navigate(`/supervisions/${result.value.id}`);
  }

  const fields = ['date', 'kind', 'matchesDiscussed', ...SUPERVISION_TEXT_FIELDS.map(([k]) => k), 'positiveImpact', 'enjoying', 'previousActions', ...actionFieldNames(actions), 'nextDueDate'];
  const radios = (key: 'kind' | 'positiveImpact' | 'enjoying') => {
    const { label: _label, ...rest } = field(key, '');
    return rest;
  };
  return (
    <>
      <a className="back-link" href={back}>
        {editing ? 'Back to the record' : `Back to ${f.volunteerName}`}
      </a>
      <PageHeading caption={f.volunteerName}>{editing ? `Change the supervision of ${dateText(editing.date)}` : 'Record supervision'}</PageHeading>
      <form className="supervision-form" onSubmit={submit} noValidate aria-label={editing ? 'Change the supervision' : 'Record supervision'}>
        <FormErrorSummary errors={errors} fields={fields} level={2} />
        <Field {...field('date', 'Date of the supervision')} hint={DATE_HINT} width="date" inputMode="numeric" />
        <Radios {...radios('kind')} legend="How was it held?" options={Object.entries(SUPERVISION_KIND_LABELS)} inline />
        <MatchesDiscussed matches={f.matches} chosen={discussed} setChosen={setDiscussed} error={errors.matchesDiscussed} />
        {SUPERVISION_TEXT_FIELDS.map(([key, label]) =>
          key === 'concerns' ? (
            <div className="supervision-concerns" key={key}>
              <TextAreaField {...field(key, label)} hint={HINTS[key]} rows={3} />
              <div className="supervision-concerns__safeguarding">
                <p>
                  <strong>A concern about a child’s or anyone’s safety never goes in this record.</strong> Record it in the safeguarding log, where it is kept apart. Save this supervision first: the
                  link leaves this form.
                </p>
                <p>
                  <a href={`#/safeguarding/new/volunteer/${f.volunteerId}`}>Record a safeguarding concern</a>
                </p>
              </div>
            </div>
          ) : (
            <TextAreaField key={key} {...field(key, label)} hint={HINTS[key]} rows={3} />
          ),
        )}
        <Radios {...radios('positiveImpact')} legend="Can you identify positive impact?" hint="Asked of the volunteer: is the match making a difference for the young person?" options={ANSWERS} inline />
        <Radios {...radios('enjoying')} legend="Are you enjoying being an IV?" options={ANSWERS} inline />
        {editing?.actions && (
          <div className="inset-text">
            <h2 className="supervision-form__subheading">Actions recorded before</h2>
            <p className="pre-line">{editing.actions}</p>
          </div>
        )}
        {f.previous && f.previous.openActions.length > 0 && <PreviousActions previous={f.previous} outcomes={outcomes} setOutcomes={setOutcomes} error={errors.previousActions} />}
        <ActionRows rows={actions} setRows={setActions} errors={errors} />
        <Field {...field('nextDueDate', 'Next supervision due')} hint={`${DATE_HINT}. ${editing ? 'Leave empty to follow the scheme’s schedule.' : 'Suggested from the scheme’s schedule; change it if you agreed another date.'}`} width="date" inputMode="numeric" />
        <div className="button-group">
          <button className="button" type="submit" disabled={busy}>
            {busy ? 'Saving…' : editing ? 'Save the changes' : 'Save the supervision'}
          </button>
          <a className="button button--secondary" href={back}>
            Cancel
          </a>
        </div>
      </form>
    </>
  );
}
