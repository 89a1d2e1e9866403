import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField } from '../../components/TextAreaField';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { ProfileSection } from '../../components/ProfileSection';
import type { SavedNotice } from '../../components/SavedBanner';
import { errorsFrom, type Errors } from '../../form';
import { NARRATIVE_MAX, NARRATIVE_SECTION_HINTS, NARRATIVE_SECTION_LABELS } from '../../../../shared/reports/standards';
import type { ReportNarrativeView, ReportNarrativesView } from '../../../../shared/contract/reports';

/** One of the report's sections, saved on its own; saving it empty takes it out of the report. */
function SectionForm({ year, section }: { year: number; section: ReportNarrativeView }) {
  const name = `report-${section.section}`;
  const label = NARRATIVE_SECTION_LABELS[section.section];
  const [text, setText] = useState(section.text);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<SavedNotice | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (text.length > NARRATIVE_MAX) return setErrors({ text: `Keep this section to ${NARRATIVE_MAX.toLocaleString('en-GB')} characters or fewer` });
    setBusy(true);
    const r = await api.saveReportNarrative({ year, section: section.section, text });
    setBusy(false);
    if (!r.ok) return setErrors(errorsFrom(r.error));
    setErrors({});
    setText(r.value.text);
    setSaved((n) => ({ text: r.value.text ? `${label} saved.` : `${label} is empty, so the report leaves it out.`, n: (n?.n ?? 0) + 1 }));
  }

  return (
    <ProfileSection name={name} title={label} notice={saved}>
      <form className="section-form" onSubmit={save} noValidate>
        <FormErrorSummary errors={errors} fields={['text']} prefix={`${name}-`} />
        <TextAreaField name={`${name}-text`} label={`${label}, in your words`} hint={`${NARRATIVE_SECTION_HINTS[section.section]} Leave it empty to leave it out of the report.`} value={text} error={errors.text} onChange={setText} rows={8} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : `Save ${label.toLowerCase()}`}
        </button>
      </form>
    </ProfileSection>
  );
}

/** The annual report's own sections for a financial year, which the coordinator writes. */
export function ReportSectionsScreen({ year }: { year: number }) {
  const [view, setView] = useState<ReportNarrativesView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void api.reportNarratives({ year }).then((r) => (r.ok ? setView(r.value) : setFailure(r.error.message)));
  }, [year]);

  const back = (
    <a className="back-link" href={`#/standards/${year}`}>
      Back to the self-assessment
    </a>
  );
  if (failure) {
    return (
      <>
        {back}
        <PageHeading>Annual report sections</PageHeading>
        <p className="error-message" role="alert">
          {failure}
        </p>
      </>
    );
  }
  if (!view) return <p aria-live="polite">Loading the report’s sections…</p>;
  return (
    <>
      {back}
      <PageHeading caption={`Financial year ${view.period.name}`}>Annual report sections</PageHeading>
      <p>What you write here goes into the {view.period.name} annual report in your own words, each section under its own heading. Each is saved on its own.</p>
      <div className="profile__main">
        {view.sections.map((s) => (
          <SectionForm key={`${view.year}-${s.section}`} year={view.year} section={s} />
        ))}
      </div>
    </>
  );
}
