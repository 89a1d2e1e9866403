/** Everything the Reports screen, its exports and the annual report show for a period, from one load of the records. */
import type { Db } from '../db/open';
import { computeFigures, type Period } from '../../../shared/figures';
import { computeBreakdowns } from '../../../shared/reports/breakdowns';
import { computeTrend, firstRecordDate } from '../../../shared/reports/trend';
import { computeNivn } from '../../../shared/reports/nivn';
import type { ReportData, ReportView } from '../../../shared/reports/data';
import type { Scheme } from '../../../shared/contract';
import { periodAsked } from './period';
import { checkPeriod, reportRecords } from './figures';
import { getScheme } from '../services/scheme';
import { getReportSettings } from '../services/reportSettings';

/** `scheme` is the scheme's row as the caller already read it; the period's figures are worked out once, the trend reusing them for the year they cover. */
export function reportData(db: Db, period: Period, scheme: Scheme): ReportData {
  checkPeriod(period);
  const records = reportRecords(db, period, scheme.childrenInCareCount);
  const settings = getReportSettings(db);
  const figures = computeFigures(records, period);
  return {
    figures,
    breakdowns: computeBreakdowns(records, period, settings),
    trend: computeTrend(records, firstRecordDate(records), period.to, scheme.financialYearStartMonth, figures),
    nivn: computeNivn(figures.childrenInCare, scheme.childrenInCareCountDate, period.to),
    settings,
  };
}

/** The Reports screen's one call: the report for the period asked (this financial year so far when none was), with the calendar for its quick choices. */
export function reportView(db: Db, asked: Partial<Period>, today: string): ReportView {
  const scheme = getScheme(db);
  const { period, calendar } = periodAsked(scheme.financialYearStartMonth, asked, today);
  return { ...reportData(db, period, scheme), calendar };
}
