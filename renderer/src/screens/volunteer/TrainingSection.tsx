import { api } from '../../api';
import { readDate, dateText } from '../../form';
import { Field } from '../../components/Field';
import { ProfileSection, type SectionProps } from './section';
import { SectionForm } from './SectionForm';
import { useSectionForm } from './useSectionForm';
import type { Volunteer } from '../../../../shared/contract';

function ModuleForm({ volunteer, module, index, saved }: { volunteer: Volunteer; module: string; index: number; saved: SectionProps['saved'] }) {
  const done = volunteer.training.find((t) => t.module === module)?.completedDate ?? null;
  const form = useSectionForm({ completedDate: dateText(done) }, `training-${index}-`);
  return (
    <div className="training-module">
      <SectionForm
        {...form}
        fields={['completedDate']}
        submitLabel="Save"
        label={module}
        onSubmit={(e) =>
          form.submit(
            e,
            (values, errors) => {
              const completedDate = readDate(values.completedDate, 'completedDate', errors, `The date ${module} was completed`);
              return () => api.saveTraining({ id: volunteer.id, module, completedDate });
            },
            (v) => {
              const date = v.training.find((t) => t.module === module)?.completedDate;
              saved(v, date ? `${module}: completed on ${dateText(date)}.` : `${module}: completion date removed.`);
            },
          )
        }
      >
        <Field
          {...form.field('completedDate', `${module}: date completed`)}
          hint={done ? `Completed on ${dateText(done)}. Clear the date to mark it not done.` : 'Not completed yet. For example, 27/03/2012'}
          width="date"
          inputMode="numeric"
        />
      </SectionForm>
    </div>
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
