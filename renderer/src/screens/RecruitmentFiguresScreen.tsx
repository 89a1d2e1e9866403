import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../api';
import { PageHeading } from '../components/PageHeading';
import { Field } from '../components/Field';
import { ErrorSummary } from '../components/ErrorSummary';
import { useForm, readDate, dateText, DATE_HINT, errorsFrom, type Errors } from '../form';
import { todayIso } from '../../../shared/dates';
import { ENQUIRY_SOURCE_LABELS, type EnquirySource } from '../../../shared/volunteers/record';
import { NOT_RECORDED } from '../../../shared/figures';
import type { RecruitmentMeasures } from '../../../shared/contract';
import { formatCount, formatPercent, formatDays, dayMonthYear } from './recruitment/format';
import { financialYearOf, previousFinancialYear, type FinancialYear } from '../../../shared/financialYear';

const LABELS = { from: 'From', to: 'To' };

/** Shown where a share has nothing to divide by. */
function NotAvailable({ why }: { why: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{why}</span>
    </>
  );
}

function FigureTable({ caption, rows, total }: { caption: string; rows: [ReactNode, ReactNode][]; total?: [string, ReactNode] }) {
  return (
    <table className="table figures__table">
      <caption className="figures__caption">{caption}</caption>
      <tbody>
        {rows.map(([label, value], i) => (
          <tr key={i}>
            <th scope="row">{label}</th>
            <td className="figures__number">{value}</td>
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr>
            <th scope="row">{total[0]}</th>
            <td className="figures__number">{total[1]}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function Figures({ m }: { m: RecruitmentMeasures }) {
  const span = `${dateText(m.period.from)} to ${dateText(m.period.to)}`;
  const sources: [ReactNode, ReactNode][] = (Object.keys(ENQUIRY_SOURCE_LABELS) as EnquirySource[]).map((s) => [ENQUIRY_SOURCE_LABELS[s], formatCount(m.enquiriesBySource[s] ?? 0)]);
  sources.push(['Not recorded', formatCount(m.enquiriesBySource[NOT_RECORDED] ?? 0)]);
  const leftReasons = Object.entries(m.volunteersLeftByReason).sort(([a, x], [b, y]) => (a === NOT_RECORDED ? 1 : b === NOT_RECORDED ? -1 : y - x || a.localeCompare(b)));
  return (
    <section className="figures" aria-labelledby="figures-heading">
      <h2 id="figures-heading">
        {dateText(m.period.from)} to {dateText(m.period.to)}
      </h2>
      <div className="figures__grid">
        <div>
          <h3>Enquiries by source</h3>
          <FigureTable caption={`Enquiries received, ${span}`} rows={sources} total={['All enquiries', formatCount(m.enquiries)]} />
        </div>
        <div>
          <h3>From enquiry to approval</h3>
          <FigureTable
            caption={`Recruitment, ${span}`}
            rows={[
              ['Enquiries', formatCount(m.enquiries)],
              ['Applications', formatCount(m.applications)],
              ['Interviews', formatCount(m.interviews)],
              ['Approvals (volunteers recruited)', formatCount(m.volunteersRecruited)],
            ]}
          />
          <FigureTable
            caption="Conversion"
            rows={[
              ['Applications per enquiry', m.applicationsPerEnquiryPct === null ? <NotAvailable why="Not available: no enquiries in the period" /> : formatPercent(m.applicationsPerEnquiryPct)],
              ['Approvals per application', m.approvalsPerApplicationPct === null ? <NotAvailable why="Not available: no applications in the period" /> : formatPercent(m.approvalsPerApplicationPct)],
              [
                'Median time from enquiry to approval',
                m.medianDaysEnquiryToApproval === null ? <NotAvailable why="Not available: nobody was approved in the period" /> : formatDays(m.medianDaysEnquiryToApproval),
              ],
            ]}
          />
          <p className="hint figures__note">
            Each figure counts what happened in the period, so an application may come from an enquiry made before it. The median is over the volunteers approved in the period. — means there
            is nothing to divide by.
          </p>
        </div>
        <div>
          <h3>Volunteers as at {dateText(m.period.to)}</h3>
          <FigureTable
            caption={`Approved volunteers as at ${dateText(m.period.to)}`}
            rows={[
              ['Active', formatCount(m.volunteersActiveAtEnd)],
              ['Inactive for now', formatCount(m.volunteersInactiveAtEnd)],
              ['Ever approved, since the scheme began', formatCount(m.volunteersEverApproved)],
            ]}
          />
        </div>
        <div>
          <h3>Volunteers who left</h3>
          {leftReasons.length === 0 ? (
            <p>No approved volunteer left in this period.</p>
          ) : (
            <FigureTable
              caption={`Approved volunteers who left, ${span}, by reason`}
              rows={leftReasons.map(([reason, n]) => [reason === NOT_RECORDED ? 'Reason not recorded' : reason, formatCount(n)])}
              total={['All who left', formatCount(m.volunteersLeft)]}
            />
          )}
        </div>
      </div>
    </section>
  );
}

/** Recruitment figures for any period, as domain.md defines them. */
export function RecruitmentFiguresScreen() {
  const form = useForm({ from: '', to: '' });
  const [years, setYears] = useState<{ current: FinancialYear; last: FinancialYear; today: string } | null>(null);
  const [figures, setFigures] = useState<RecruitmentMeasures | null>(null);
  const [busy, setBusy] = useState(false);
  const { setValues, setErrors } = form;

  // Only the latest request may show its answer: the first load can arrive after a quick choice.
  const latest = useRef(0);
  const show = useCallback(
    async (from: string, to: string) => {
      const request = ++latest.current;
      setBusy(true);
      const result = await api.recruitmentFigures({ from, to });
      if (request !== latest.current) return;
      setBusy(false);
      if (result.ok) {
        setFigures(result.value);
        setErrors({});
      } else {
        setFigures(null);
        setErrors(errorsFrom(result.error));
      }
    },
    [setErrors],
  );

  useEffect(() => {
    api.getScheme({}).then((scheme) => {
      const startMonth = scheme.ok ? scheme.value.financialYearStartMonth : 4;
      const today = todayIso();
      const current = financialYearOf(today, startMonth);
      const last = previousFinancialYear(current, startMonth);
      setYears({ current, last, today });
      // This year so far: figures "as at" a date still to come would only repeat today's.
      setValues({ from: dateText(current.from), to: dateText(today) });
      void show(current.from, today);
    });
  }, [setValues, show]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Errors = {};
    const from = readDate(form.values.from, 'from', errors, 'The start of the period');
    const to = readDate(form.values.to, 'to', errors, 'The end of the period');
    if (!form.values.from.trim()) errors.from = 'Enter the start of the period';
    if (!form.values.to.trim()) errors.to = 'Enter the end of the period';
    if (from && to && from > to) errors.to = 'The end of the period must be on or after its start';
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    void show(from!, to!);
  }

  function choose(from: string, to: string) {
    setValues({ from: dateText(from), to: dateText(to) });
    void show(from, to);
  }

  return (
    <>
      <a className="back-link" href="#/recruitment">
        Back to the recruitment board
      </a>
      <PageHeading>Recruitment figures</PageHeading>
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <form onSubmit={submit} noValidate className="period no-print">
        <fieldset className="fieldset">
          <legend>Period</legend>
          <p className="hint">Both dates are included. Figures “as at” are for the last day of the period.</p>
          <div className="period__dates">
            <Field name="from" label={LABELS.from} hint={DATE_HINT} value={form.values.from} onChange={form.set('from')} error={form.errors.from} width="date" inputMode="numeric" />
            <Field name="to" label={LABELS.to} hint={DATE_HINT} value={form.values.to} onChange={form.set('to')} error={form.errors.to} width="date" inputMode="numeric" />
          </div>
        </fieldset>
        <div className="button-group">
          <button type="submit" className="button" disabled={busy}>
            Show figures
          </button>
          {years && (
            <>
              <button type="button" className="button button--secondary" onClick={() => choose(years.current.from, years.today)}>
                This financial year so far ({years.current.name})
              </button>
              <button type="button" className="button button--secondary" onClick={() => choose(years.last.from, years.last.to)}>
                Last financial year ({years.last.name})
              </button>
            </>
          )}
        </div>
        {years && (
          <p className="hint">
            The financial year runs from {dayMonthYear(years.current.from).replace(/ \d{4}$/, '')}; change this in <a href="#/settings">Settings</a>.
          </p>
        )}
      </form>
      <p role="status" className="visually-hidden">
        {figures ? `Showing figures for ${dateText(figures.period.from)} to ${dateText(figures.period.to)}` : ''}
      </p>
      {figures && <Figures m={figures} />}
    </>
  );
}
