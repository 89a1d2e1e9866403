import { api } from '../../api';
import { readDate, dateText } from '../../form';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { ProfileSection, type SectionProps } from './section';
import { useSectionForm } from './useSectionForm';
import type { Volunteer } from '../../../../shared/contract';

function ModuleForm({ volunteer, module, index, saved }: { volunteer: Volunteer; module: string; index: number; saved: SectionProps['saved'] }) {
  const done = volunteer.training.find((t) => t.module === module)?.completedDate ?? null;
  const prefix = `training-${index}-`;
  const form = useSectionForm({ completedDate: dateText(done) }, prefix);
  const id = `field-${prefix}completedDate`;
  const error = form.errors.completedDate;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <form
      className="training-module"
      noValidate
      aria-label={module}
      onSubmit={(e) =>
        form.submit(
          e,
          (values, errors) => {
            const completedDate = readDate(values.completedDate, 'completedDate', errors, `The date ${module} was completed`);
            if (!values.completedDate.trim() && !done) errors.completedDate = `Enter the date ${module} was completed`;
            return () => api.saveTraining({ id: volunteer.id, module, completedDate });
          },
          (v) => {
            const date = v.training.find((t) => t.module === module)?.completedDate;
            saved(v, date ? `${module}: completed on ${dateText(date)}.` : `${module}: completion date removed.`);
          },
        )
      }
    >
      <FormErrorSummary errors={form.errors} fields={['completedDate']} prefix={prefix} />
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="label" htmlFor={id}>
          {module}: date completed
        </label>
        <div className="hint" id={`${id}-hint`}>
          {done ? 'Clear the date to mark it not done.' : 'Not completed yet. For example, 27/03/2012'}
        </div>
        {error && (
          <p id={`${id}-error`} className="error-message">
            <span className="visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="training-module__row">
          <input
            id={id}
            name={`${prefix}completedDate`}
            className="input input--date"
            inputMode="numeric"
            value={form.values.completedDate}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onChange={(e) => form.set('completedDate')(e.target.value)}
          />
          <button className="button" type="submit" disabled={form.busy}>
            {form.busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </div>
    </form>
  );
}

/** Each configured module (and any recorded one no longer configured), saved one at a time. */
export function TrainingSection({ volunteer, settings, saved, notice }: SectionProps) {
  const recorded = volunteer.training.map((t) => t.module).filter((m) => !settings.trainingModules.includes(m));
  const modules = [...settings.trainingModules, ...recorded];
  const completed = modules.filter((m) => volunteer.training.some((t) => t.module === m && t.completedDate)).length;
  return (
    <ProfileSection name="training" title="Induction and training" notice={notice}>
      {modules.length === 0 ? (
        <p>
          No training modules are set up. Add them in <a href="#/settings">Settings</a>.
        </p>
      ) : (
        <>
          <p>
            {completed} of {modules.length} modules completed. The list of modules is set in <a href="#/settings">Settings</a>.
          </p>
          <div className="training-modules">
            {modules.map((module, i) => (
              <ModuleForm key={`${module}-${volunteer.training.find((t) => t.module === module)?.completedDate ?? ''}`} volunteer={volunteer} module={module} index={i} saved={saved} />
            ))}
          </div>
        </>
      )}
    </ProfileSection>
  );
}
