/** The Reports screen's downloads: the same report data as CSV or as an Excel workbook. */
import type { Db } from '../db/open';
import type { Period } from '../../../shared/figures';
import { reportCsv } from '../../../shared/reports/csvExport';
import { reportData } from './reportData';
import { reportXlsx } from './xlsx';
import { getScheme } from '../services/scheme';
import { documentFileName } from '../documents/fileName';

export type ReportFormat = 'csv' | 'xlsx';

export async function exportReport(db: Db, period: Period, format: ReportFormat): Promise<{ fileName: string; base64: string }> {
  const scheme = getScheme(db);
  const data = reportData(db, period, scheme);
  const schemeName = scheme.name;
  // The byte order mark tells Excel the CSV is UTF-8, so "£" and names with accents survive.
  const file = format === 'csv' ? Buffer.from(`\ufeff${reportCsv(data, schemeName)}`, 'utf8') : await reportXlsx(data, schemeName);
  return { fileName: documentFileName('IV figures', '', `${period.from}-to-${period.to}`, format), base64: file.toString('base64') };
}
