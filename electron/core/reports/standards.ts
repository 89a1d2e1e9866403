/**
 * The National Standards self-assessment: the evidence the records give for a financial
 * year (each kind of record read narrowly, through its date where it has one), the
 * coordinator's saved ratings and words, and the annual report's own sections.
 */
import { and, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open';
import { careReviews, complaints, consents, matches, referrals, reportNarratives, standardAssessments, supervisions, visits, volunteerInactivePeriods, volunteerTraining, volunteers, youngPeople } from '../db/schema';
import { insertedId, storedOrFail } from '../db/write';
import { UserError } from '../errors';
import { activeDuring, figuresIfFor, type Figures, type Period } from '../../../shared/figures';
import { financialYearOf, type FinancialYear } from '../../../shared/financialYear';
import { standardsEvidence, type EvidenceRecords, type StandardEvidence } from '../../../shared/reports/standardsEvidence';
import { assessmentYear, financialYearStarting, NARRATIVE_SECTIONS, NATIONAL_STANDARDS, type NarrativeSection, type Rating } from '../../../shared/reports/standards';
import type { ReportNarrativeView, ReportNarrativesView, SavedAssessment, StandardAssessmentView, StandardsView } from '../../../shared/contract/reports';
import { reportFigures } from './figures';
import { getScheme } from '../services/scheme';
import { getCaseSettings, getRecruitmentSettings } from '../services/settings';
import { loadVolunteers } from '../services/volunteerRecords';
import { listFromJson } from '../services/jsonList';

function financialYearFor(db: Db, year: number): FinancialYear {
  return financialYearStarting(year, getScheme(db).financialYearStartMonth);
}

const within = (column: SQLiteColumn, p: Period) => and(gte(column, p.from), lte(column, p.to));

function evidenceRecords(db: Db, p: Period): EvidenceRecords {
  const startedMatches = db
    .select({ volunteerId: matches.volunteerId, youngPersonId: referrals.youngPersonId, startDate: matches.startDate, endDate: matches.endDate })
    .from(matches)
    .innerJoin(referrals, eq(referrals.id, matches.referralId))
    .where(and(isNotNull(matches.startDate), lte(matches.startDate, p.to)))
    .all();
  const approvedIds = db.select({ id: volunteers.id }).from(volunteers).where(within(volunteers.approvedDate, p)).all().map((r) => r.id);
  const approvedInYear = approvedIds.length ? loadVolunteers(db, approvedIds).map((v) => ({ ...v, approvedDate: v.approvedDate! })) : [];
  const approvedBy = db
    .select({ id: volunteers.id, approvedDate: volunteers.approvedDate, leftDate: volunteers.leftDate, gender: volunteers.gender, languages: volunteers.languages })
    .from(volunteers)
    .where(and(isNotNull(volunteers.approvedDate), lte(volunteers.approvedDate, p.to)))
    .all();
  const periods = new Map<number, { from: string; to: string | null }[]>();
  for (const r of db.select({ volunteerId: volunteerInactivePeriods.volunteerId, from: volunteerInactivePeriods.fromDate, to: volunteerInactivePeriods.toDate }).from(volunteerInactivePeriods).where(lte(volunteerInactivePeriods.fromDate, p.to)).all()) {
    const list = periods.get(r.volunteerId);
    if (list) list.push(r);
    else periods.set(r.volunteerId, [r]);
  }
  const matchedIds = [...new Set(startedMatches.filter((m) => activeDuring(m, p)).map((m) => m.youngPersonId))];
  const matchedPeople = matchedIds.length ? db.select({ gender: youngPeople.gender, languages: youngPeople.languages }).from(youngPeople).where(inArray(youngPeople.id, matchedIds)).all() : [];
  const person = (r: { gender: string | null; languages: string }) => ({ gender: r.gender, languages: listFromJson(r.languages) });
  return {
    matches: startedMatches,
    consents: db.select({ youngPersonId: consents.youngPersonId, signedDate: consents.signedDate, withdrawnDate: consents.withdrawnDate }).from(consents).where(lte(consents.signedDate, p.to)).all(),
    approvedInYear,
    trainingCompleted: db
      .select({ volunteerId: volunteerTraining.volunteerId, completedDate: volunteerTraining.completedDate })
      .from(volunteerTraining)
      .where(within(volunteerTraining.completedDate, p))
      .all()
      .map((t) => ({ ...t, completedDate: t.completedDate! })),
    referrals: db.select({ date: referrals.date, outcome: referrals.outcome, outcomeDate: referrals.outcomeDate, closedDate: referrals.closedDate }).from(referrals).where(within(referrals.date, p)).all(),
    visitDates: db.select({ date: visits.date }).from(visits).where(within(visits.date, p)).all().map((v) => v.date),
    scheduleVolunteers: approvedBy.map((v) => ({ id: v.id, approvedDate: v.approvedDate, leftDate: v.leftDate, inactivePeriods: periods.get(v.id) ?? [] })),
    supervisions: db.select({ volunteerId: supervisions.volunteerId, date: supervisions.date, nextDueDate: supervisions.nextDueDate }).from(supervisions).where(lte(supervisions.date, p.to)).all(),
    supervisionWeeks: getCaseSettings(db).supervisionWeeks,
    careReviews: db.select({ date: careReviews.date, ivAttended: careReviews.ivAttended, coordinatorAttended: careReviews.coordinatorAttended }).from(careReviews).where(within(careReviews.date, p)).all(),
    volunteersAtEnd: approvedBy.filter((v) => !(v.leftDate && v.leftDate <= p.to)).map(person),
    youngPeopleMatched: matchedPeople.map(person),
    complaints: db.select({ date: complaints.date, resolvedDate: complaints.resolvedDate }).from(complaints).where(within(complaints.date, p)).all(),
  };
}

/** The evidence for each standard the records speak to, for a financial year; `known` is figures the caller already worked out, reused when they are for that year. */
export function yearEvidence(db: Db, period: Period, known?: Figures): Record<number, StandardEvidence> {
  return standardsEvidence(evidenceRecords(db, period), figuresIfFor(known, period) ?? reportFigures(db, period), getRecruitmentSettings(db), period);
}

type AssessmentRow = typeof standardAssessments.$inferSelect;

function savedAssessments(db: Db, year: number): Map<number, AssessmentRow> {
  return new Map(db.select().from(standardAssessments).where(eq(standardAssessments.year, year)).all().map((r) => [r.standard, r]));
}

function assessmentView(number: number, evidence: Record<number, StandardEvidence>, row: AssessmentRow | undefined): StandardAssessmentView {
  const standard = NATIONAL_STANDARDS[number - 1];
  return { ...standard, evidence: evidence[number] ?? null, rating: (row?.rating as Rating | null | undefined) ?? null, narrative: row?.narrative ?? '', updatedAt: row?.updatedAt ?? null };
}

const YEARS_OFFERED = 10;

export function standardsView(db: Db, asked: number | undefined, today: string, known?: Figures): StandardsView {
  const startMonth = getScheme(db).financialYearStartMonth;
  const current = assessmentYear(financialYearOf(today, startMonth));
  const year = asked ?? current;
  const period = financialYearStarting(year, startMonth);
  const evidence = yearEvidence(db, period, known);
  const saved = savedAssessments(db, year);
  const offered = [...new Set([...Array.from({ length: YEARS_OFFERED }, (_, i) => current - i), year])].sort((a, b) => b - a);
  return {
    year,
    period,
    standards: NATIONAL_STANDARDS.map((s) => assessmentView(s.number, evidence, saved.get(s.number))),
    years: offered.map((y) => ({ year: y, name: financialYearStarting(y, startMonth).name })),
  };
}

/** Saves one standard's rating and words for the year, replacing what was there, and reads it back. */
export function saveStandardAssessment(db: Db, input: { year: number; standard: number; rating: Rating | null; narrative: string }, now: string): SavedAssessment {
  const { year, standard, rating, narrative } = input;
  db.transaction((tx) => {
    tx.insert(standardAssessments)
      .values({ year, standard, rating, narrative, updatedAt: now })
      .onConflictDoUpdate({ target: [standardAssessments.year, standardAssessments.standard], set: { rating, narrative, updatedAt: now } })
      .run();
  });
  const row = storedOrFail(savedAssessments(db, year).get(standard), 'self-assessment');
  return { year: row.year, standard: row.standard, rating: row.rating, narrative: row.narrative, updatedAt: row.updatedAt };
}

function narrativeRows(db: Db, year: number) {
  return new Map(db.select().from(reportNarratives).where(eq(reportNarratives.year, year)).all().map((r) => [r.section, r]));
}

export function reportNarrativesOf(db: Db, year: number): ReportNarrativesView {
  const rows = narrativeRows(db, year);
  return { year, period: financialYearFor(db, year), sections: NARRATIVE_SECTIONS.map((section) => ({ section, text: rows.get(section)?.text ?? '', updatedAt: rows.get(section)?.updatedAt ?? null })) };
}

/** Saves one of the report's sections for the year; empty text removes it. */
export function saveReportNarrative(db: Db, input: { year: number; section: NarrativeSection; text: string }, now: string): ReportNarrativeView {
  const { year, section, text } = input;
  const where = and(eq(reportNarratives.year, year), eq(reportNarratives.section, section));
  if (!text) {
    db.transaction((tx) => {
      tx.delete(reportNarratives).where(where).run();
    });
    if (narrativeRows(db, year).has(section)) throw new UserError('internal', 'The report section was not removed. Please try again.');
    return { section, text: '', updatedAt: null };
  }
  db.transaction((tx) => {
    const existing = tx.select({ id: reportNarratives.id }).from(reportNarratives).where(where).get();
    if (existing) tx.update(reportNarratives).set({ text, updatedAt: now }).where(eq(reportNarratives.id, existing.id)).run();
    else insertedId(tx.insert(reportNarratives).values({ year, section, text, updatedAt: now }).run());
  });
  const row = storedOrFail(narrativeRows(db, year).get(section), 'report section');
  return { section, text: row.text, updatedAt: row.updatedAt };
}
