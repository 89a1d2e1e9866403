/** The Reports screen, the National Standards self-assessment and the annual report. */
import { z } from 'zod';
import { call } from './define';
import { reportSettingsInput, type ReportSettings } from '../reports/settings';
import type { ReportView } from '../reports/data';
import { periodOrThisYear } from './period';

const period = { from: isoDate, to: isoDate };
import { isoDate, text } from '../fields';
import type { FinancialYear } from '../financialYear';
import type { StandardEvidence } from '../reports/standardsEvidence';
import { NARRATIVE_MAX, NARRATIVE_SECTIONS, RATINGS, STANDARD_COUNT, type NarrativeSection, type Rating } from '../reports/standards';

/** The financial year by its first calendar year: 2025 for 2025/26. */
const year = z.number({ error: 'Choose a financial year' }).int({ message: 'Choose a financial year' }).min(1990, { message: 'Choose a financial year from 1990/91 on' }).max(2100, { message: 'Choose a financial year before 2100' });

export interface StandardAssessmentView {
  number: number;
  title: string;
  statement: string;
  /** What the records say, or null for a standard that has only the coordinator's words. */
  evidence: StandardEvidence | null;
  rating: Rating | null;
  narrative: string;
  /** When it was last saved (ISO date-time), or null when never. */
  updatedAt: string | null;
}

/** One standard's rating and words as saved. */
export interface SavedAssessment {
  year: number;
  standard: number;
  rating: Rating | null;
  narrative: string;
  updatedAt: string;
}

export interface StandardsView {
  year: number;
  period: FinancialYear;
  standards: StandardAssessmentView[];
  /** The financial years to choose from: the last ten to the current one, and the one shown. */
  years: { year: number; name: string }[];
}

export interface ReportNarrativeView {
  section: NarrativeSection;
  text: string;
  updatedAt: string | null;
}

export interface ReportNarrativesView {
  year: number;
  period: FinancialYear;
  sections: ReportNarrativeView[];
}

export const reportCalls = {
  /** Without a year: the financial year holding today. */
  standardsView: call<StandardsView>()(z.object({ year: year.optional() }).strict()),
  saveStandardAssessment: call<SavedAssessment>()(
    z
      .object({
        year,
        standard: z.number({ error: 'Choose a standard' }).int().min(1, { message: `Choose a standard from 1 to ${STANDARD_COUNT}` }).max(STANDARD_COUNT, { message: `Choose a standard from 1 to ${STANDARD_COUNT}` }),
        rating: z.enum(RATINGS, { error: 'Choose met, partly met or not met' }).nullable(),
        narrative: text(NARRATIVE_MAX),
      })
      .strict(),
  ),
  /** The annual report for a period, as a Word file; the self-assessment and sections are those of the financial year holding the period's end. */
  annualReportDocument: call<{ fileName: string; base64: string }>()(z.object({ from: isoDate, to: isoDate }).strict()),
  reportNarratives: call<ReportNarrativesView>()(z.object({ year }).strict()),
  saveReportNarrative: call<ReportNarrativeView>()(z.object({ year, section: z.enum(NARRATIVE_SECTIONS, { error: 'Choose one of the report’s sections' }), text: text(NARRATIVE_MAX) }).strict()),
  reportSettings: call<ReportSettings>()(z.object({}).strict()),
  updateReportSettings: call<ReportSettings>()(reportSettingsInput),
  /** Everything the Reports screen shows for a period (this financial year so far when none is given), in one call. */
  reportView: call<ReportView>()(periodOrThisYear),
  exportReport: call<{ fileName: string; base64: string }>()(z.object({ ...period, format: z.enum(['csv', 'xlsx'], { error: 'Choose CSV or Excel' }) }).strict()),
};
