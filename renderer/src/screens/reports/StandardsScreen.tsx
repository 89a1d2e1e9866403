import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { navigate } from '../../route';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { Contents } from '../volunteer/Contents';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import type { StandardsView } from '../../../../shared/contract/reports';
import { StandardForm } from './StandardForm';
import { AnnualReportButton } from './AnnualReportButton';

/** Another financial year, on pressing Show: choosing in the list alone does not move the page. */
function YearChooser({ view }: { view: StandardsView }) {
  const [chosen, setChosen] = useState(String(view.year));
  return (
    <form
      className="year-chooser"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        navigate(`/standards/${chosen}`);
      }}
    >
      <SelectField name="year" label="Financial year" value={chosen} onChange={setChosen} options={view.years.map((y) => [String(y.year), y.name])} />
      <button type="submit" className="button button--secondary">
        Show this year
      </button>
    </form>
  );
}

/** The National Standards self-assessment for a financial year: each standard's evidence, rating and the coordinator's words. */
export function StandardsScreen({ year }: { year: number | null }) {
  const [view, setView] = useState<StandardsView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void api.standardsView(year === null ? {} : { year }).then((r) => (r.ok ? setView(r.value) : setFailure(r.error.message)));
  }, [year]);

  if (failure) {
    return (
      <>
        <PageHeading>National Standards self-assessment</PageHeading>
        <p className="error-message" role="alert">
          {failure}
        </p>
      </>
    );
  }
  if (!view) return <p aria-live="polite">Loading the self-assessment…</p>;
  const { period } = view;
  const today = todayIso();
  return (
    <>
      <PageHeading caption={`Financial year ${period.name}`}>National Standards self-assessment</PageHeading>
      <p>
        For each of the 14 National Independent Visitor Standards: what the records show for {formatUkDate(period.from)} to {formatUkDate(period.to)}, your rating and your own words. Each standard is saved on its own, and goes into the annual report for the year.
      </p>
      <YearChooser key={view.year} view={view} />
      <p>
        <a href={`#/standards/${view.year}/sections`}>The annual report’s own sections for {period.name}</a>: the introduction, a case study, achievements, challenges and next year’s plans.
      </p>
      {/* A year not yet over is reported to today: figures "as at" a date still to come would only repeat today's. */}
      <AnnualReportButton from={period.from} to={period.to < today ? period.to : today} label={`Download the ${period.name} annual report (Word)`} />
      <div className="profile">
        <Contents label="The standards" sections={view.standards.map((s) => [`standard-${s.number}`, `Standard ${s.number}: ${s.title}`])} />
        <div className="profile__main">
          {view.standards.map((s) => (
            <StandardForm key={`${view.year}-${s.number}`} year={view.year} standard={s} />
          ))}
        </div>
      </div>
    </>
  );
}
