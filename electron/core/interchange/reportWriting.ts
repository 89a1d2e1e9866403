/**
 * What the coordinator wrote for the annual report, between the interchange format and
 * the database: the National Standards self-assessment and the report's own sections.
 * Each is one per financial year and standard (or section), so that pair, not an id, is
 * what makes a record of the file one already given or already stored.
 */
import { asc } from 'drizzle-orm';
import type { Db } from '../db/open';
import { reportNarratives, standardAssessments } from '../db/schema';
import type { RecordOf } from '../../../shared/interchange/format';
import type { Problems } from '../../../shared/problems';
import { compact } from './compact';
import { getScheme } from '../services/scheme';
import { financialYearStarting } from '../../../shared/reports/standards';
import type { Insert } from './inserter';

export function exportReportWriting(db: Db) {
  return {
    standardAssessments: db
      .select()
      .from(standardAssessments)
      .orderBy(asc(standardAssessments.year), asc(standardAssessments.standard))
      .all()
      .map((a) => compact({ id: `assessment-${a.year}-${a.standard}`, year: a.year, standard: a.standard, rating: a.rating, narrative: a.narrative, updatedAt: a.updatedAt })),
    reportNarratives: db
      .select()
      .from(reportNarratives)
      .orderBy(asc(reportNarratives.year), asc(reportNarratives.section))
      .all()
      .map((r) => ({ id: `section-${r.year}-${r.section}`, year: r.year, section: r.section as RecordOf<'reportNarratives'>['section'], text: r.text, updatedAt: r.updatedAt })),
  };
}

/** One reading of a file's self-assessment and sections: each pair once in the file, and not already in the database. */
export function reportWritingChecks(db: Db) {
  // Named as the self-assessment screen names the year: "2025/26", or "2025" for a year from January.
  const startMonth = getScheme(db).financialYearStartMonth;
  const yearWords = (year: number) => `the financial year ${financialYearStarting(year, startMonth).name}`;
  const assessed = new Set<string>();
  const written = new Set<string>();
  const assessmentStored = db.$client.prepare('SELECT 1 FROM standard_assessments WHERE year = ? AND standard = ?').pluck();
  const sectionStored = db.$client.prepare('SELECT 1 FROM report_narratives WHERE year = ? AND section = ?').pluck();
  const once = (seen: Set<string>, key: string, stored: boolean, what: string): string | null => {
    if (seen.has(key)) return `${what} is given twice in the file`;
    seen.add(key);
    return stored ? `${what} is already in this database (imported before?)` : null;
  };
  return {
    assessment: (a: RecordOf<'standardAssessments'>): Problems => ({
      standard: once(assessed, `${a.year}:${a.standard}`, !!assessmentStored.get(a.year, a.standard), `Standard ${a.standard} for ${yearWords(a.year)}`),
    }),
    section: (r: RecordOf<'reportNarratives'>): Problems => ({
      section: once(written, `${r.year}:${r.section}`, !!sectionStored.get(r.year, r.section), `The "${r.section}" section for ${yearWords(r.year)}`),
    }),
  };
}

export function insertAssessment(insert: Insert, a: RecordOf<'standardAssessments'>): void {
  insert(standardAssessments, { year: a.year, standard: a.standard, rating: a.rating ?? null, narrative: a.narrative ?? '', updatedAt: a.updatedAt });
}

export function insertSection(insert: Insert, r: RecordOf<'reportNarratives'>): void {
  insert(reportNarratives, { year: r.year, section: r.section, text: r.text, updatedAt: r.updatedAt });
}
