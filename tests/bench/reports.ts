/**
 * The Reports screen's one call (figures, breakdowns, NIVN and the trend since the
 * scheme's first record) against a floor: the figures' hand-written SQL for the period
 * and again for every financial year of the trend, checked equal to the app's figures
 * and trend.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Db } from '../../electron/core/db/open';
import { reportData } from '../../electron/core/reports/reportData';
import { getScheme } from '../../electron/core/services/scheme';
import type { Period } from '../../shared/figures';
import { financialYearsBetween } from '../../shared/financialYear';
import { trendRow } from '../../shared/reports/trend';
import { againstFloor } from './measure';
import { figuresFloor } from './figures';

function floor(db: Db, period: Period) {
  const sqlite = db.$client;
  const first = sqlite.prepare('SELECT min(d) FROM (SELECT min(enquiry_date) AS d FROM volunteers UNION ALL SELECT min(date) FROM referrals UNION ALL SELECT min(proposed_date) FROM matches)').pluck().get() as string | null;
  const startMonth = sqlite.prepare('SELECT financial_year_start_month FROM scheme WHERE id = 1').pluck().get() as number;
  const years = first ? financialYearsBetween(first, period.to, startMonth) : [];
  const trend = years.map((fy) => {
    const to = fy.to < period.to ? fy.to : period.to;
    return trendRow(fy, to, figuresFloor(sqlite, { from: fy.from, to }));
  });
  return { figures: figuresFloor(sqlite, period), trend };
}

export function reportsAgainstFloor(db: Db, period: Period): void {
  againstFloor(
    'Reports screen (figures, breakdowns, trend)',
    () => reportData(db, period, getScheme(db)),
    () => floor(db, period),
    (app, sql) => isDeepStrictEqual(app.figures, sql.figures) && isDeepStrictEqual(app.trend, sql.trend),
  );
}
