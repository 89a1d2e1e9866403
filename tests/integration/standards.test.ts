/**
 * The National Standards self-assessment through the same door as the screens, on a real
 * encrypted database: the evidence for a financial year worked by hand from the reviews
 * scheme, ratings and words saved and read back, the report's own sections, and refusals
 * that change nothing.
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { ok, refused, sessionsFor } from '../helpers/calls';
import { REVIEWS_TODAY, reviewsScheme } from '../fixtures/reviews';
import type { ReportNarrativesView, SavedAssessment, StandardsView } from '../../shared/contract/reports';
import type { Session } from '../../electron/core/session';

const session = sessionsFor(REVIEWS_TODAY);

async function scheme(): Promise<Session> {
  const s = await session();
  importDocument(
    s.db,
    JSON.stringify({
      ...reviewsScheme(),
      consents: [{ id: 'con1', youngPersonId: 'y1', signedDate: '2025-02-10', formVersion: '2026-1', explainedBy: 'Jo' }],
      complaints: [
        { id: 'cp1', date: '2025-06-01', from: 'carer', summary: 'A visit was late', resolvedDate: '2025-06-11' },
        { id: 'cp2', date: '2025-07-01', from: 'young_person', summary: 'Wanted another day' },
      ],
    }),
    REVIEWS_TODAY,
  );
  return s;
}

const linesOf = (view: StandardsView, n: number) => Object.fromEntries(view.standards[n - 1].evidence!.lines.map((l) => [l.label, l.value]));

describe('the self-assessment for 2025/26', () => {
  it('gives every standard its title, and the evidence worked out by hand for those the records speak to', async () => {
    const s = await scheme();
    const view = await ok<StandardsView>(s, 'standardsView', { year: 2025 });
    expect(view.period).toEqual({ from: '2025-04-01', to: '2026-03-31', name: '2025/26' });
    expect(view.years.slice(0, 3)).toEqual([
      { year: 2026, name: '2026/27' },
      { year: 2025, name: '2025/26' },
      { year: 2024, name: '2024/25' },
    ]);
    expect(view.standards.map((st) => st.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(view.standards[6].title).toBe('Clear referral, matching and positive endings');
    expect(view.standards.filter((st) => st.evidence === null).map((st) => st.number)).toEqual([1, 2, 4, 10, 11, 12]);
    // m1 ends on 31/03/2026 and m2 and m3 start later: no match is active on the year's last day.
    expect(linesOf(view, 3)).toEqual({ "Active matches at the year's end": '0', 'With a confidentiality agreement in force': 'none to count' });
    // m1 ran from 10/02/2025 to 31/03/2026: ended in the year, after more than 12 months.
    expect(linesOf(view, 5)['Lasted 12 months or more']).toBe('1 of 1 (100.0%)');
    // Three visits in the year; m1 ran 364 days of it (12.0 months).
    expect(linesOf(view, 8)).toEqual({ 'Visits in the year': '3', 'Months of matches running in the year': '12', 'Visits per active match per month': '0.3' });
    expect(linesOf(view, 9)['Attended by the independent visitor or the coordinator']).toBe('2 of 2 (100.0%)');
    expect(linesOf(view, 14)).toEqual({ 'Complaints received in the year': '2', "Resolved by the year's end": '1 of 2 (50.0%)', 'Median days to resolve': '10 days' });
    expect(view.standards.every((st) => st.rating === null && st.narrative === '' && st.updatedAt === null)).toBe(true);
  });

  it('shows the financial year holding today when none is asked for, and counts the consent in force on the matches active at its end', async () => {
    const s = await scheme();
    const view = await ok<StandardsView>(s, 'standardsView', {});
    expect(view.year).toBe(2026);
    expect(linesOf(view, 3)).toEqual({ "Active matches at the year's end": '2', 'With a confidentiality agreement in force': '1 of 2 (50.0%)' });
    expect(view.standards[12].evidence!.table!.columns).toEqual(['', 'Volunteers (2)', 'Young people (2)']);
  });
});

describe('saving the self-assessment', () => {
  it('keeps a rating and words per standard and year, replaces them on a second save, and clears a rating', async () => {
    const s = await scheme();
    const saved = await ok<SavedAssessment>(s, 'saveStandardAssessment', { year: 2025, standard: 7, rating: 'partly_met', narrative: '  Referrals are answered within a week.  ' });
    expect(saved).toMatchObject({ year: 2025, standard: 7, rating: 'partly_met', narrative: 'Referrals are answered within a week.' });
    await ok(s, 'saveStandardAssessment', { year: 2025, standard: 7, rating: null, narrative: 'Still working on it.' });
    await ok(s, 'saveStandardAssessment', { year: 2026, standard: 7, rating: 'met', narrative: '' });
    const view = await ok<StandardsView>(s, 'standardsView', { year: 2025 });
    expect(view.standards[6]).toMatchObject({ rating: null, narrative: 'Still working on it.' });
    expect(view.standards[6].updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await ok<StandardsView>(s, 'standardsView', { year: 2026 })).standards[6].rating).toBe('met');
  });

  it('refuses a standard that does not exist, an unknown rating, words that are too long and a year that is not one, changing nothing', async () => {
    const s = await scheme();
    await ok(s, 'saveStandardAssessment', { year: 2025, standard: 3, rating: 'met', narrative: 'Signed at the first visit.' });
    const before = await ok<StandardsView>(s, 'standardsView', { year: 2025 });
    const good = { year: 2025, standard: 3, rating: 'not_met', narrative: 'Changed' };
    expect(await refused(s, 'saveStandardAssessment', { ...good, standard: 15 })).toMatch(/Choose a standard from 1 to 14/);
    expect(await refused(s, 'saveStandardAssessment', { ...good, rating: 'excellent' })).toMatch(/Choose met, partly met or not met/);
    expect(await refused(s, 'saveStandardAssessment', { ...good, narrative: 'x'.repeat(10_001) })).toMatch(/The narrative is too long: at most 10,000 characters/);
    expect(await refused(s, 'saveStandardAssessment', { ...good, year: 2025.5 })).toMatch(/Choose a financial year/);
    expect(await ok<StandardsView>(s, 'standardsView', { year: 2025 })).toEqual(before);
  });
});

describe("the annual report's own sections", () => {
  it('saves each section for its year, and empty text removes it', async () => {
    const s = await scheme();
    const empty = await ok<ReportNarrativesView>(s, 'reportNarratives', { year: 2025 });
    expect(empty.sections.map((x) => x.section)).toEqual(['introduction', 'case_study', 'achievements', 'challenges', 'next_year']);
    expect(empty.sections.every((x) => x.text === '' && x.updatedAt === null)).toBe(true);
    expect(await ok(s, 'saveReportNarrative', { year: 2025, section: 'case_study', text: 'A young person found a friend.' })).toMatchObject({ section: 'case_study', text: 'A young person found a friend.' });
    await ok(s, 'saveReportNarrative', { year: 2025, section: 'case_study', text: 'A young person found a friend to go climbing with.' });
    await ok(s, 'saveReportNarrative', { year: 2025, section: 'challenges', text: 'Recruiting men.' });
    const after = await ok<ReportNarrativesView>(s, 'reportNarratives', { year: 2025 });
    expect(after.sections.filter((x) => x.text).map((x) => [x.section, x.text])).toEqual([
      ['case_study', 'A young person found a friend to go climbing with.'],
      ['challenges', 'Recruiting men.'],
    ]);
    expect((await ok<ReportNarrativesView>(s, 'reportNarratives', { year: 2026 })).sections.every((x) => x.text === '')).toBe(true);
    expect(await ok(s, 'saveReportNarrative', { year: 2025, section: 'challenges', text: '   ' })).toEqual({ section: 'challenges', text: '', updatedAt: null });
    expect((await ok<ReportNarrativesView>(s, 'reportNarratives', { year: 2025 })).sections.filter((x) => x.text).map((x) => x.section)).toEqual(['case_study']);
  });

  it('refuses a section that is not one of the report’s', async () => {
    const s = await scheme();
    expect(await refused(s, 'saveReportNarrative', { year: 2025, section: 'appendix', text: 'x' })).toMatch(/Choose one of the report’s sections/);
    expect((await ok<ReportNarrativesView>(s, 'reportNarratives', { year: 2025 })).sections.every((x) => x.text === '')).toBe(true);
  });
});
