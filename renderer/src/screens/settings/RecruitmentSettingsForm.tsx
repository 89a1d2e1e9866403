import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api } from '../../api';
import { Field } from '../../components/Field';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SuccessBanner } from '../../components/Notice';
import { errorsFrom, type Errors } from '../../form';
import type { RecruitmentSettings, ReminderSettings } from '../../../../shared/volunteers/settings';
import type { RetentionSettings } from '../../../../shared/retention/rules';

type ReminderKey = keyof ReminderSettings;
type RetentionKey = keyof RetentionSettings;

/** Each reminder interval: its label, hint and the range core accepts. */
const REMINDERS: { key: ReminderKey; label: string; hint: string; min: number; max: number }[] = [
  { key: 'enquiryResponseWorkingDays', label: 'Working days to answer an enquiry', hint: 'Monday to Friday, skipping the bank holidays of the nation chosen under Young people. Between 1 and 30.', min: 1, max: 30 },
  { key: 'referenceChaseDays', label: 'Days before chasing a reference', hint: 'Counted from the day the reference was requested. Between 1 and 90.', min: 1, max: 90 },
  { key: 'applicationToApprovalWeeks', label: 'Weeks from application to approval', hint: 'After this, Today says the application is taking too long. Between 1 and 52.', min: 1, max: 52 },
  { key: 'dbsRecheckYears', label: 'Years between DBS re-checks', hint: 'For volunteers who are not on the Update Service. Between 1 and 10.', min: 1, max: 10 },
  { key: 'updateServiceCheckMonths', label: 'Months between Update Service status checks', hint: 'For volunteers on the DBS Update Service. Between 1 and 36.', min: 1, max: 36 },
  {
    key: 'disclosureNoteMonths',
    label: 'Months to keep a note about disclosed information',
    hint: 'The note is deleted automatically this long after the decision. The data rules allow 6 months at most.',
    min: 1,
    max: 6,
  },
  {
    key: 'lapseDays',
    label: 'Days without a step before someone in recruitment has lapsed',
    hint: 'An enquirer or applicant with nothing recorded for this long leaves Today and the board’s columns, and the board offers to withdraw them. Between 14 and 730.',
    min: 14,
    max: 730,
  },
  { key: 'dueSoonDays', label: 'Days ahead to show reminders', hint: 'Each group on Today also lists what falls due within this many days. 0 shows only what is overdue. Up to 90.', min: 0, max: 90 },
];

/** How long records are kept before the Retention screen lists them for erasure. */
const RETENTION: { key: RetentionKey; label: string; hint: string; min: number; max: number }[] = [
  { key: 'volunteerYearsAfterLeaving', label: 'Years to keep a volunteer’s records after they leave', hint: 'For volunteers who were approved. 6 years is common. Between 1 and 20.', min: 1, max: 20 },
  {
    key: 'applicantYearsAfterClosing',
    label: 'Years to keep the records of an applicant never approved',
    hint: 'Counted from the day they withdrew or were turned down. Between 1 and 20.',
    min: 1,
    max: 20,
  },
];

const LABELS: Record<string, string> = {
  trainingModules: 'Training modules',
  newModule: 'Add a training module',
  'approvalChecks.references': 'Satisfactory references needed',
  ...Object.fromEntries(REMINDERS.map((r) => [`reminders.${r.key}`, r.label])),
  ...Object.fromEntries(RETENTION.map((r) => [`retention.${r.key}`, r.label])),
};

interface Module {
  key: number;
  name: string;
}

interface Values {
  modules: Module[];
  interview: boolean;
  references: string;
  dbs: boolean;
  training: boolean;
  reminders: Record<ReminderKey, string>;
  retention: Record<RetentionKey, string>;
}

let nextKey = 1;
const toValues = (s: RecruitmentSettings): Values => ({
  modules: s.trainingModules.map((name) => ({ key: nextKey++, name })),
  interview: s.approvalChecks.interview,
  references: String(s.approvalChecks.references),
  dbs: s.approvalChecks.dbs,
  training: s.approvalChecks.training,
  reminders: Object.fromEntries(REMINDERS.map((r) => [r.key, String(s.reminders[r.key])])) as Record<ReminderKey, string>,
  retention: Object.fromEntries(RETENTION.map((r) => [r.key, String(s.retention[r.key])])) as Record<RetentionKey, string>,
});

function wholeNumber(text: string, field: string, label: string, range: { min: number; max: number }, errors: Errors): number {
  const t = text.trim();
  const what = label.toLowerCase();
  if (!t) errors[field] = `Enter the ${what}`;
  else if (!/^\d+$/.test(t)) errors[field] = `Enter the ${what} as a whole number, like 3`;
  else if (Number(t) < range.min || Number(t) > range.max) errors[field] = `Enter between ${range.min} and ${range.max} for the ${what}`;
  return Number(t);
}

function Checkbox({ id, label, hint, checked, onChange }: { id: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="settings-check">
      <input id={id} type="checkbox" className="settings-check__input" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id} className="settings-check__label">
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="hint settings-check__hint">
          {hint}
        </div>
      )}
    </div>
  );
}

/** Settings → Recruitment: training modules, the checks approval needs, and reminder intervals. */
export function RecruitmentSettingsForm({ settings }: { settings: RecruitmentSettings }) {
  const [values, setValues] = useState<Values>(() => toValues(settings));
  const [newModule, setNewModule] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const focusAfter = useRef<string | null>(null);

  // Moves focus once the list has re-rendered after an add or a removal.
  useEffect(() => {
    if (focusAfter.current) {
      document.getElementById(focusAfter.current)?.focus();
      focusAfter.current = null;
    }
  });

  const update = (change: Partial<Values>) => {
    setSaved(false);
    setValues({ ...values, ...change });
  };

  function addModule() {
    const name = newModule.trim();
    const problem = !name
      ? 'Enter the name of the module to add'
      : values!.modules.some((m) => m.name.trim().toLowerCase() === name.toLowerCase())
        ? `“${name}” is already in the list`
        : values!.modules.length >= 30
          ? 'Use 30 modules or fewer'
          : null;
    if (problem) {
      setErrors({ newModule: problem });
      document.getElementById('field-newModule')?.focus();
      return;
    }
    setErrors({});
    update({ modules: [...values!.modules, { key: nextKey++, name }] });
    setNewModule('');
    focusAfter.current = 'field-newModule';
  }

  function removeModule(index: number) {
    const modules = values!.modules.filter((_, i) => i !== index);
    update({ modules });
    focusAfter.current = modules.length === 0 ? 'field-newModule' : `field-trainingModules.${Math.min(index, modules.length - 1)}`;
  }

  function onNewModuleKey(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the module rather than saving the whole form.
    if (event.key === 'Enter') {
      event.preventDefault();
      addModule();
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const v = values!;
    const found: Errors = {};
    v.modules.forEach((m, i) => {
      if (!m.name.trim()) found[`trainingModules.${i}`] = `Enter a name for module ${i + 1}, or remove it`;
    });
    const names = v.modules.map((m) => m.name.trim().toLowerCase()).filter(Boolean);
    if (new Set(names).size !== names.length) found.trainingModules = 'Each module can be listed only once';
    const settings: RecruitmentSettings = {
      trainingModules: v.modules.map((m) => m.name.trim()),
      approvalChecks: {
        interview: v.interview,
        references: wholeNumber(v.references, 'approvalChecks.references', 'Number of references needed', { min: 0, max: 5 }, found),
        dbs: v.dbs,
        training: v.training,
      },
      reminders: Object.fromEntries(REMINDERS.map((r) => [r.key, wholeNumber(v.reminders[r.key], `reminders.${r.key}`, r.label, r, found)])) as unknown as ReminderSettings,
      retention: Object.fromEntries(RETENTION.map((r) => [r.key, wholeNumber(v.retention[r.key], `retention.${r.key}`, r.label, r, found)])) as unknown as RetentionSettings,
    };
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    const result = await api.updateRecruitmentSettings(settings);
    setBusy(false);
    if (!result.ok) return setErrors(errorsFrom(result.error));
    setValues(toValues(result.value));
    setSaved(true);
  }

  const moduleLabels = Object.fromEntries(values.modules.map((_, i) => [`trainingModules.${i}`, `Module ${i + 1}`]));
  return (
    <section aria-labelledby="recruitment-heading" className="section">
      <h2 id="recruitment-heading">Recruitment</h2>
      {saved && <SuccessBanner>Recruitment settings saved.</SuccessBanner>}
      <ErrorSummary errors={errors} labels={{ ...LABELS, ...moduleLabels }} />
      <form onSubmit={submit} noValidate className="recruitment-settings">
        <fieldset className="fieldset">
          <legend>Training modules</legend>
          <p className="hint">
            The induction and training every volunteer completes. Renaming a module here does not rename training already recorded on a volunteer’s record.
          </p>
          {errors.trainingModules && (
            <p className="error-message" id="field-trainingModules-error">
              <span className="visually-hidden">Error:</span> {errors.trainingModules}
            </p>
          )}
          {values.modules.length === 0 ? (
            <p id="field-trainingModules" tabIndex={-1}>
              No training modules are listed.
            </p>
          ) : (
            <ol className="module-list" id="field-trainingModules" tabIndex={-1} aria-label="Training modules">
              {values.modules.map((m, i) => {
                const error = errors[`trainingModules.${i}`];
                return (
                  <li key={m.key} className={`module-list__item${error ? ' field--error' : ''}`}>
                    <label htmlFor={`field-trainingModules.${i}`} className="visually-hidden">
                      Module {i + 1}
                    </label>
                    {error && (
                      <p className="error-message" id={`field-trainingModules.${i}-error`}>
                        <span className="visually-hidden">Error:</span> {error}
                      </p>
                    )}
                    <div className="module-list__row">
                      <input
                        id={`field-trainingModules.${i}`}
                        className="input module-list__input"
                        value={m.name}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `field-trainingModules.${i}-error` : undefined}
                        onChange={(e) => update({ modules: values.modules.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)) })}
                      />
                      <button type="button" className="button button--secondary button--compact module-list__remove" onClick={() => removeModule(i)}>
                        Remove<span className="visually-hidden"> {m.name || `module ${i + 1}`}</span>
                      </button>
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
          <div className="module-add">
            <Field name="newModule" label={LABELS.newModule} value={newModule} onChange={setNewModule} error={errors.newModule} width="half" onKeyDown={onNewModuleKey} autoComplete="off" />
            <button type="button" className="button button--secondary module-add__button" onClick={addModule}>
              Add module
            </button>
          </div>
        </fieldset>

        <fieldset className="fieldset">
          <legend>Checks needed before approval</legend>
          <p className="hint">IV Desk refuses to approve a volunteer while a check ticked here is missing, and lists what is missing.</p>
          <Checkbox id="field-approvalChecks.interview" label="An interview with the outcome to go ahead" checked={values.interview} onChange={(interview) => update({ interview })} />
          <Field
            name="approvalChecks.references"
            label={LABELS['approvalChecks.references']}
            hint="Received and satisfactory. From 0 (no references needed) to 5."
            value={values.references}
            onChange={(references) => update({ references })}
            error={errors['approvalChecks.references']}
            width="short"
            inputMode="numeric"
          />
          <Checkbox
            id="field-approvalChecks.dbs"
            label="An enhanced DBS check"
            hint="Its certificate number, issue date and outcome recorded"
            checked={values.dbs}
            onChange={(dbs) => update({ dbs })}
          />
          <Checkbox id="field-approvalChecks.training" label="Every training module completed" checked={values.training} onChange={(training) => update({ training })} />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Reminders on Today</legend>
          {REMINDERS.map((r) => (
            <Field
              key={r.key}
              name={`reminders.${r.key}`}
              label={r.label}
              hint={r.hint}
              value={values.reminders[r.key]}
              onChange={(text) => update({ reminders: { ...values.reminders, [r.key]: text } })}
              error={errors[`reminders.${r.key}`]}
              width="short"
              inputMode="numeric"
            />
          ))}
        </fieldset>

        <fieldset className="fieldset">
          <legend>Keeping records</legend>
          <p className="hint">
            When these periods have passed, the <a href="#/retention">Retention screen</a> lists the person so their records can be erased. A young person’s records are kept until their 75th birthday,
            as the law requires.
          </p>
          {RETENTION.map((r) => (
            <Field
              key={r.key}
              name={`retention.${r.key}`}
              label={r.label}
              hint={r.hint}
              value={values.retention[r.key]}
              onChange={(text) => update({ retention: { ...values.retention, [r.key]: text } })}
              error={errors[`retention.${r.key}`]}
              width="short"
              inputMode="numeric"
            />
          ))}
        </fieldset>
        <button className="button" type="submit" disabled={busy}>
          Save recruitment settings
        </button>
      </form>
    </section>
  );
}
