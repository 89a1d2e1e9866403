/** The shape of everything a report shows for a period (computed in core by `reportData`). */
import type { Figures } from '../figures';
import type { Breakdowns } from './breakdowns';
import type { TrendRow } from './trend';
import type { Nivn } from './nivn';
import type { ReportSettings } from './settingsValues';
import type { PeriodCalendar } from '../contract/period';

export interface ReportData {
  figures: Figures;
  breakdowns: Breakdowns;
  /** Every financial year from the scheme's first record to the one holding the period's end. */
  trend: TrendRow[];
  nivn: Nivn;
  settings: ReportSettings;
}

/** The report as the Reports screen asks for it, with the calendar its quick choices need. */
export type ReportView = ReportData & { calendar: PeriodCalendar };
