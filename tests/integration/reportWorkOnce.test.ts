/**
 * A report request works out each period's figures once and reads the scheme's row once:
 * the trend's year that is the asked period reuses the period's figures, and the annual
 * report's standards evidence takes them rather than loading and working them out again.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { ok, sessionsFor } from '../helpers/calls';
import { REVIEWS_TODAY, reviewsScheme } from '../fixtures/reviews';
import type { ReportView } from '../../shared/reports/data';
import * as figures from '../../shared/figures';
import * as scheme from '../../electron/core/services/scheme';

vi.mock('../../shared/figures', async (actual) => {
  const real = await actual<typeof figures>();
  return { ...real, computeFigures: vi.fn(real.computeFigures) };
});
vi.mock('../../electron/core/services/scheme', async (actual) => {
  const real = await actual<typeof scheme>();
  return { ...real, getScheme: vi.fn(real.getScheme) };
});

const session = sessionsFor(REVIEWS_TODAY);
const YEAR_2024 = { from: '2024-04-01', to: '2025-03-31' };
const periodsWorkedOut = () => vi.mocked(figures.computeFigures).mock.calls.map(([, p]) => `${p.from}..${p.to}`);

async function reviews() {
  const s = await session();
  importDocument(s.db, JSON.stringify(reviewsScheme()), REVIEWS_TODAY);
  return s;
}

describe('one report request', () => {
  beforeEach(() => vi.clearAllMocks());

  it('on the Reports screen works out a financial year once, the trend reusing it, and reads the scheme once', async () => {
    const s = await reviews();
    vi.clearAllMocks();
    const view = await ok<ReportView>(s, 'reportView', YEAR_2024);
    expect(view.trend.at(-1)).toMatchObject({ from: YEAR_2024.from, to: YEAR_2024.to, referrals: view.figures.referralsReceived, matchesMade: view.figures.matchesMade });
    expect(periodsWorkedOut()).toEqual(view.trend.map((row) => `${row.from}..${row.to}`));
    expect(vi.mocked(scheme.getScheme)).toHaveBeenCalledTimes(1);
  });

  it('for a period that is not a financial year still works out each of its trend years and the period once', async () => {
    const s = await reviews();
    vi.clearAllMocks();
    const view = await ok<ReportView>(s, 'reportView', { from: '2024-06-01', to: '2025-03-31' });
    expect(periodsWorkedOut()).toEqual(['2024-06-01..2025-03-31', ...view.trend.map((row) => `${row.from}..${row.to}`)]);
  });

  it('for the annual report of a financial year works out its figures once for the figures, the trend and the standards evidence', async () => {
    const s = await reviews();
    const { trend } = await ok<ReportView>(s, 'reportView', YEAR_2024);
    vi.clearAllMocks();
    await ok(s, 'annualReportDocument', YEAR_2024);
    expect(periodsWorkedOut()).toEqual(trend.map((row) => `${row.from}..${row.to}`));
  });
});
