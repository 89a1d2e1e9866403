/** The Reports screen, the National Standards self-assessment and the annual report. */
import { z } from 'zod';
import { call } from './define';
import { reportSettingsInput, type ReportSettings } from '../reports/settings';

export const reportCalls = {
  reportSettings: call<ReportSettings>()(z.object({}).strict()),
  updateReportSettings: call<ReportSettings>()(reportSettingsInput),
};
