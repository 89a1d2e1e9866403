import { useEffect } from 'react';
import { api } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import { PeriodPicker, usePeriodFigures, FinancialYearNote, type QuickPeriod } from '../../components/PeriodPicker';
import { dateText } from '../../form';
import { financialQuarterOf, financialYearOf, previousFinancialYear } from '../../../../shared/financialYear';
import { breakdownTables } from '../../../../shared/reports/tables';
import type { ReportData, ReportView } from '../../../../shared/reports/data';
import { FigureGroups } from './FigureGroups';
import { NivnSection } from './NivnSection';
import { ReportTableView } from './ReportTableView';
import { TrendSection } from './TrendSection';
import { ReportDownloads } from './ReportDownloads';
import { AnnualReportButton } from './AnnualReportButton';

const loadReport = (period: { from?: string; to?: string }) => api.reportView(period);
const reportPeriod = (data: ReportView) => data.figures.period;

/** The quick choices; "so far" ones end today, since figures as at a later day would only repeat today's. */
function quickPeriods(today: string, startMonth: number, schemeBegan: string | null): QuickPeriod[] {
  const year = financialYearOf(today, startMonth);
  const last = previousFinancialYear(year, startMonth);
  const quarter = financialQuarterOf(today, startMonth);
  return [
    { label: `This financial year so far (${year.name})`, from: year.from, to: today },
    { label: `Last financial year (${last.name})`, from: last.from, to: last.to },
    { label: `This quarter so far (quarter ${quarter.number} of ${year.name})`, from: quarter.from, to: today },
    { label: 'Since the scheme began', from: schemeBegan && schemeBegan < year.from ? schemeBegan : year.from, to: today },
  ];
}

function Report({ data }: { data: ReportData }) {
  const { period } = data.figures;
  return (
    <>
      <h2 className="reports__period">
        {dateText(period.from)} to {dateText(period.to)}
      </h2>
      <FigureGroups figures={data.figures} />
      <NivnSection nivn={data.nivn} periodEnd={period.to} />
      <section aria-labelledby="breakdowns-heading">
        <h2 id="breakdowns-heading">Breakdowns</h2>
        <div className="reports__grid">
          {breakdownTables(data.breakdowns).map((table) => (
            <ReportTableView key={table.id} table={table} />
          ))}
        </div>
        {data.settings.coordinatorHoursPerWeek === null && (
          <p className="hint">
            To see active matches per full-time coordinator, enter the coordinator’s hours a week under Reports in <a href="#/settings">Settings</a>.
          </p>
        )}
      </section>
      <TrendSection trend={data.trend} />
    </>
  );
}

/** The council's figures for any period, with their definitions, the breakdowns, the trend and the downloads. */
export function ReportsScreen() {
  const picker = usePeriodFigures(loadReport, reportPeriod);
  const { figures: data, calendar, open } = picker;
  useEffect(open, [open]);

  // The trend starts in the financial year of the scheme's first record.
  const schemeBegan = data?.trend[0]?.from ?? null;
  return (
    <>
      <PageHeading>Reports</PageHeading>
      <div className="button-group reports__downloads no-print">
        {data && (
          <>
            <AnnualReportButton from={data.figures.period.from} to={data.figures.period.to} />
            <ReportDownloads period={data.figures.period} />
          </>
        )}
      </div>
      <p className="no-print">
        <a href="#/standards">The National Standards self-assessment</a>: a rating, the evidence from the records and your own words for each of the 14 standards, which the annual report includes.
      </p>
      <PeriodPicker picker={picker} choices={calendar ? quickPeriods(calendar.today, calendar.financialYearStartMonth, schemeBegan) : []} submitLabel="Show the report">
        {calendar && <FinancialYearNote start={financialYearOf(calendar.today, calendar.financialYearStartMonth).from} />}
      </PeriodPicker>
      <p role="status" className="visually-hidden">
        {data ? `Showing the report for ${dateText(data.figures.period.from)} to ${dateText(data.figures.period.to)}` : ''}
      </p>
      {data && <Report data={data} />}
    </>
  );
}
