/** The annual report as a Word file, from the report data, the self-assessment and the report's sections as saved for the financial year holding the period's end. */
import type { Db } from '../db/open';
import type { Period } from '../../../shared/figures';
import { financialYearOf } from '../../../shared/financialYear';
import { assessmentYear } from '../../../shared/reports/standards';
import { annualReportContent } from '../../../shared/documents/annualReport';
import { reportData } from '../reports/reportData';
import { reportNarrativesOf, standardsView } from '../reports/standards';
import { getScheme } from '../services/scheme';
import { wordDocument } from './word';
import { documentFileName } from './fileName';
import { UserError } from '../errors';
import { formatUkDate } from '../../../shared/dates';

export async function annualReportDocument(db: Db, period: Period, today: string): Promise<{ fileName: string; base64: string }> {
  // Figures "as at" a date still to come would only repeat today's, and the trend would run on through empty years.
  if (period.to > today) throw new UserError('invalid_input', `The annual report can run to today (${formatUkDate(today)}) at the latest: choose an end on or before it.`);
  const scheme = getScheme(db);
  const data = reportData(db, period, scheme);
  const year = financialYearOf(period.to, scheme.financialYearStartMonth);
  const isFinancialYear = year.from === period.from && year.to === period.to;
  const content = annualReportContent({
    schemeName: scheme.name,
    localAuthority: scheme.localAuthority,
    period,
    periodName: isFinancialYear ? year.name : null,
    madeDate: today,
    data,
    standards: standardsView(db, assessmentYear(year), today, data.figures).standards,
    narratives: reportNarrativesOf(db, assessmentYear(year)).sections,
  });
  const docx = await wordDocument(content);
  return { fileName: documentFileName('Annual report', isFinancialYear ? year.name : `${period.from}-to`, period.to), base64: docx.toString('base64') };
}
