import { useEffect, type ReactNode } from 'react';
import { api } from '../api';
import { PageHeading } from '../components/PageHeading';
import { NotAvailable } from '../components/NotAvailable';
import { PeriodPicker, usePeriodFigures, FinancialYearNote } from '../components/PeriodPicker';
import { dateText } from '../form';
import { ENQUIRY_SOURCE_LABELS, type EnquirySource } from '../../../shared/volunteers/record';
import { NOT_RECORDED } from '../../../shared/figures';
import type { RecruitmentMeasures } from '../../../shared/contract';
import { formatCount, formatPercent, formatDays } from './recruitment/format';
import { financialYearOf, previousFinancialYear } from '../../../shared/financialYear';
import type { PeriodCalendar } from '../../../shared/contract/period';

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

const loadFigures = (period: { from?: string; to?: string }) => api.recruitmentFigures(period);
const figuresPeriod = (figures: RecruitmentMeasures) => figures.period;

function yearsOf({ today, financialYearStartMonth }: PeriodCalendar) {
  const current = financialYearOf(today, financialYearStartMonth);
  return { current, last: previousFinancialYear(current, financialYearStartMonth), today };
}

/** Recruitment figures for any period, as domain.md defines them. */
export function RecruitmentFiguresScreen() {
  const picker = usePeriodFigures(loadFigures, figuresPeriod);
  const { figures, calendar, open } = picker;
  useEffect(open, [open]);

  const years = calendar && yearsOf(calendar);
  const choices = years
    ? [
        { label: `This financial year so far (${years.current.name})`, from: years.current.from, to: years.today },
        { label: `Last financial year (${years.last.name})`, from: years.last.from, to: years.last.to },
      ]
    : [];

  return (
    <>
      <a className="back-link" href="#/recruitment">
        Back to the recruitment board
      </a>
      <PageHeading>Recruitment figures</PageHeading>
      <PeriodPicker picker={picker} choices={choices} submitLabel="Show figures">
        {years && <FinancialYearNote start={years.current.from} />}
      </PeriodPicker>
      <p role="status" className="visually-hidden">
        {figures ? `Showing figures for ${dateText(figures.period.from)} to ${dateText(figures.period.to)}` : ''}
      </p>
      {figures && <Figures m={figures} />}
    </>
  );
}
