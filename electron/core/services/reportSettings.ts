/** The report settings, kept as JSON on the scheme row. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { scheme } from '../db/schema';
import { readJsonSettings, settingsJson } from './jsonSettings';
import { DEFAULT_REPORT_SETTINGS, reportSettingsInput, type ReportSettings } from '../../../shared/reports/settings';

export function getReportSettings(db: Db): ReportSettings {
  return readJsonSettings(settingsJson(db, 'report_settings'), DEFAULT_REPORT_SETTINGS, reportSettingsInput);
}

export function updateReportSettings(db: Db, settings: ReportSettings): ReportSettings {
  db.transaction((tx) => {
    tx.update(scheme).set({ reportSettings: JSON.stringify(settings) }).where(eq(scheme.id, 1)).run();
  });
  return getReportSettings(db);
}
