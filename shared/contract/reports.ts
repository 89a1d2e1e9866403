/** The Reports screen, the National Standards self-assessment and the annual report. */
import { z } from 'zod';
import { call } from './define';
import { reportSettingsInput, type ReportSettings } from '../reports/settings';
import type { ReportData } from '../reports/data';
import { isoDate } from '../fields';

const period = { from: isoDate, to: isoDate };

export const reportCalls = {
  reportSettings: call<ReportSettings>()(z.object({}).strict()),
  updateReportSettings: call<ReportSettings>()(reportSettingsInput),
  /** Everything the Reports screen shows for a period, in one call. */
  reportView: call<ReportData>()(z.object(period).strict()),
  exportReport: call<{ fileName: string; base64: string }>()(z.object({ ...period, format: z.enum(['csv', 'xlsx'], { error: 'Choose CSV or Excel' }) }).strict()),
};
