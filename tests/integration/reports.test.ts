/** The Reports screen's call and its downloads, on a real encrypted database: the CSV parsed back, the XLSX read back with exceljs. */
import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { dispatch } from '../../electron/core/handlers';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { reportFigures } from '../../electron/core/reports/figures';
import { unlockedSession } from '../helpers/session';
import { parseCsv } from '../helpers/csv';
import type { Session } from '../../electron/core/session';
import type { ReportData, ReportView } from '../../shared/reports/data';

const TODAY = '2026-11-23';
const YEAR = { from: '2025-04-01', to: '2026-03-31' };
const FORMULA = '=HYPERLINK("http://example.com","Click")';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const approved = (id: string, extra: object = {}) => ({
  id,
  firstName: id,
  lastName: 'Volunteer',
  enquiryDate: '2024-01-01',
  enquirySource: 'social_media',
  applicationDate: '2024-01-10',
  approvedDate: '2024-03-01',
  ...extra,
});

async function open(): Promise<Session> {
  const s = await unlockedSession({ today: () => TODAY });
  cleanups.push(s.cleanup);
  importDocument(
    s.session.db,
    JSON.stringify({
      format: 'iv-desk/1',
      scheme: { name: 'Reportshire IV', childrenInCareCount: 40, childrenInCareCountDate: '2026-01-15' },
      volunteers: [approved('v1'), approved('v2', { leftDate: '2025-10-01', leftReason: FORMULA }), approved('v3', { leftDate: '2025-11-01', leftReason: '+44 moved away' })],
      youngPeople: [
        { id: 'a', firstName: 'A', lastName: 'Young', dateOfBirth: '2014-06-01', placementType: 'foster' },
        { id: 'b', firstName: 'B', lastName: 'Young', dateOfBirth: '2008-05-01', placementType: 'residential' },
      ],
      referrals: [
        { id: 'ra', youngPersonId: 'a', date: '2024-02-01', referrerRole: 'iro', outcome: 'accepted', outcomeDate: '2024-02-02' },
        { id: 'rb', youngPersonId: 'b', date: '2025-05-01', referrerRole: 'social_worker', outcome: 'accepted', outcomeDate: '2025-05-02' },
      ],
      matches: [
        { id: 'ma', referralId: 'ra', volunteerId: 'v1', proposedDate: '2024-03-10', startDate: '2024-04-01' },
        { id: 'mb', referralId: 'rb', volunteerId: 'v2', proposedDate: '2025-05-10', startDate: '2025-06-12', endDate: '2025-10-01', endReason: 'volunteer_left', rematchWanted: true },
      ],
      visits: [
        { id: 'x1', matchId: 'ma', date: '2025-05-01', activityCostPence: 3500, transportCostPence: 3000 },
        { id: 'x2', matchId: 'mb', date: '2025-07-01', activityCostPence: 2500, transportCostPence: 1000 },
      ],
    }),
    TODAY,
  );
  return s.session;
}

async function ok<T>(session: Session, name: string, input: unknown): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

describe('reportView', () => {
  it('gives the figures, breakdowns, trend, NIVN measure and settings in one call', async () => {
    const session = await open();
    const view = await ok<ReportData>(session, 'reportView', YEAR);
    expect(view.figures).toEqual(reportFigures(session.db, YEAR));
    expect(view.breakdowns.referralsByReferrerRole).toMatchObject({ social_worker: 1, iro: 0 });
    expect(view.breakdowns.referralsByAge).toMatchObject({ '16_to_17': 1 });
    expect(view.breakdowns.endingsPlanned).toEqual({ planned: 0, unplanned: 1, notKnown: 0 });
    // rb waits again from 01/10/2025 to 31/03/2026: 181 days, 25 whole weeks.
    expect(view.breakdowns.waitingByWeeks).toEqual({ under_6: 0, '6_to_12': 0, '13_to_26': 1, over_26: 0 });
    expect(view.breakdowns.costs).toEqual({ totalPence: 10000, perVisitPence: 5000, activeMatchesDuringPeriod: 2, perActiveMatchPence: 5000 });
    expect(view.breakdowns.coordinator.activeMatchesPerFullTimeCoordinator).toBeNull();
    expect(view.trend.map((r) => [r.year, r.referrals, r.matchesMade, r.activeMatchesAtEnd])).toEqual([
      ['2023/24', 1, 0, 0],
      ['2024/25', 0, 1, 1],
      ['2025/26', 1, 1, 1],
    ]);
    expect(view.nivn).toMatchObject({ count: 40, matchedDuringPeriodPct: 5, matchedAtEndPct: 2.5, targetPct: 10, prompt: null });
    expect(view.settings.fullTimeHoursPerWeek).toBe(37);
  });

  it('uses the coordinator hours once they are set', async () => {
    const session = await open();
    await ok(session, 'updateReportSettings', { coordinatorHoursPerWeek: 18.5, fullTimeHoursPerWeek: 37, marking: 'OFFICIAL' });
    expect((await ok<ReportData>(session, 'reportView', YEAR)).breakdowns.coordinator).toMatchObject({ fullTimeEquivalent: 0.5, activeMatchesPerFullTimeCoordinator: 2 });
  });

  it('refuses a period that ends before it starts, in plain words', async () => {
    const session = await open();
    const result = await dispatch(session, 'reportView', { from: '2026-03-31', to: '2025-04-01' });
    expect(!result.ok && result.error.message).toBe('The start of the period must be on or before its end.');
  });

  it('answers for this financial year so far when asked for no period, with the calendar for the quick choices', async () => {
    const session = await open();
    const view = await ok<ReportView>(session, 'reportView', {});
    expect(view.figures.period).toEqual({ from: '2026-04-01', to: TODAY });
    expect(view.calendar).toEqual({ today: TODAY, financialYearStartMonth: 4 });
    expect(view.figures).toEqual(reportFigures(session.db, { from: '2026-04-01', to: TODAY }));
    const recruitment = await ok<{ period: object; calendar: object }>(session, 'recruitmentFigures', {});
    expect([recruitment.period, recruitment.calendar]).toEqual([view.figures.period, view.calendar]);
  });

  it('refuses half a period and says what is missing', async () => {
    const session = await open();
    for (const call of ['reportView', 'recruitmentFigures']) {
      const result = await dispatch(session, call, { from: '2025-04-01' });
      expect(!result.ok && result.error.message).toContain('Give both dates of the period, or neither');
    }
  });
});

describe('exportReport', () => {
  it('writes a CSV that parses back to the same figures, formula-like text quoted', async () => {
    const session = await open();
    const file = await ok<{ fileName: string; base64: string }>(session, 'exportReport', { ...YEAR, format: 'csv' });
    expect(file.fileName).toBe('IV-figures-2025-04-01-to-2026-03-31.csv');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(text.slice(1));
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(rows[0]).toEqual(['Reportshire IV: Independent Visitor figures', '01/04/2025 to 31/03/2026']);
    expect(value('Referrals received')).toBe('1');
    expect(value('Activity costs (£)')).toBe('60.00');
    expect(value('Children in care matched at any time in the period (%)')).toBe('5');
    expect(value('Cost per active match')).toBe('50.00');
    expect(rows.find((r) => r[0] === 'Referrer')).toEqual(['Referrer', 'Referrals']);
    expect(rows.some((r) => r[0] === `'${FORMULA}` && r[1] === '1')).toBe(true);
    expect(rows.some((r) => r[0] === "'+44 moved away")).toBe(true);
    expect(rows.filter((r) => r[0].startsWith('2023/24') || r[0].startsWith('2025/26'))).toHaveLength(2);
  });

  it('writes an XLSX with a sheet each for the figures, breakdowns and trend: numbers as numbers, formula-like text as text', async () => {
    const session = await open();
    const file = await ok<{ fileName: string; base64: string }>(session, 'exportReport', { ...YEAR, format: 'xlsx' });
    expect(file.fileName).toBe('IV-figures-2025-04-01-to-2026-03-31.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Figures', 'Breakdowns', 'Trend']);

    const rowOf = (sheet: ExcelJS.Worksheet, label: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (!found && row.getCell(1).value === label) found = row;
      });
      if (!found) throw new Error(`no row "${label}" in ${sheet.name}`);
      return found;
    };
    const figures = book.getWorksheet('Figures')!;
    expect(rowOf(figures, 'Figure').font?.bold).toBe(true);
    expect(rowOf(figures, 'Referrals received').getCell(2).value).toBe(1);
    const cost = rowOf(figures, 'Activity costs (£)').getCell(2);
    expect([cost.value, cost.numFmt]).toEqual([60, '"£"#,##0.00']);

    const breakdowns = book.getWorksheet('Breakdowns')!;
    const formula = rowOf(breakdowns, FORMULA).getCell(1);
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.formula).toBeUndefined();
    expect(formula.numFmt).toBe('@');
    expect(rowOf(breakdowns, FORMULA).getCell(2).value).toBe(1);

    const trend = book.getWorksheet('Trend')!;
    expect(rowOf(trend, 'Financial year').font?.bold).toBe(true);
    const year = rowOf(trend, '2025/26');
    expect([year.getCell(2).value, year.getCell(3).value, year.getCell(4).value]).toEqual([1, 1, 1]);
  });

  it('refuses a format it does not know, in plain words', async () => {
    const session = await open();
    const result = await dispatch(session, 'exportReport', { ...YEAR, format: 'pdf' });
    expect(!result.ok && result.error.message).toMatch(/Choose CSV or Excel/);
  });
});
