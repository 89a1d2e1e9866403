/**
 * The figures for a financial year against a floor: hand-written SQL computing every
 * figure (the rounding done as the figures do it), checked equal to the app's. At 4x
 * the data, the time is also compared with the 1x time.
 */
import { isDeepStrictEqual } from 'node:util';
import type Database from 'better-sqlite3';
import type { Db } from '../../electron/core/db/open';
import { reportFigures } from '../../electron/core/reports/figures';
import type { Figures, Period } from '../../shared/figures';
import { timesAgainstFloor } from './measure';
import { proposedOn, waitingOn } from './waitingSql';

const timeAtScale = new Map<number, number>();

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
const tenths = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
const IN = (column: string) => `${column} >= :from AND ${column} <= :to`;
const answered = (column: string) => `${column} IS NOT NULL AND ${column} <> ''`;

export function figuresFloor(sqlite: Database.Database, p: Period): Figures {
  const one = <T = number>(sql: string) => sqlite.prepare(sql).pluck().get(p) as T;
  const byKey = (sql: string) => Object.fromEntries((sqlite.prepare(sql).raw().all(p) as [string, number][]).map(([k, n]) => [k, n]));
  const pct = (sql: string) => {
    const [good, all] = sqlite.prepare(sql).raw().get(p) as [number | null, number];
    return share(good ?? 0, all);
  };
  const waiting = sqlite.prepare(`SELECT count(*), coalesce(sum(${proposedOn(':to')}), 0) FROM referrals r WHERE ${waitingOn(':to')}`).raw().get(p) as [number, number];
  const waits = `SELECT (julianday(f.first) - julianday(r.date)) / 7.0 AS weeks FROM referrals r JOIN (SELECT referral_id, min(start_date) AS first FROM matches WHERE start_date IS NOT NULL GROUP BY referral_id) f ON f.referral_id = r.id WHERE ${IN('f.first')}`;
  const waitMean = one<number | null>(`SELECT avg(weeks) FROM (${waits})`);
  const waitMedian = one<number | null>(`WITH w AS (SELECT weeks, row_number() OVER (ORDER BY weeks) AS n, count(*) OVER () AS c FROM (${waits})) SELECT avg(weeks) FROM w WHERE n IN ((c + 1) / 2, (c + 2) / 2)`);
  const activeAtEnd = one('SELECT count(*) FROM matches WHERE start_date <= :to AND (end_date IS NULL OR end_date > :to)');
  const matchedDuring = one(
    `SELECT count(DISTINCT r.young_person_id) FROM matches m JOIN referrals r ON r.id = m.referral_id WHERE m.start_date <= :to AND (m.end_date IS NULL OR (m.end_date > :from AND m.end_date > m.start_date))`,
  );
  const inCare = one<number | null>('SELECT children_in_care_count FROM scheme WHERE id = 1');
  const [visits, activity, transport] = sqlite.prepare(`SELECT count(*), coalesce(sum(activity_cost_pence), 0), coalesce(sum(transport_cost_pence), 0) FROM visits WHERE ${IN('date')}`).raw().get(p) as number[];
  const staying = `approved_date <= :to AND NOT coalesce(left_date <= :to, 0)`;
  const stayingCount = one(`SELECT count(*) FROM volunteers WHERE ${staying}`);
  const inactive = one(`SELECT count(*) FROM volunteers v WHERE ${staying} AND EXISTS (SELECT 1 FROM volunteer_inactive_periods i WHERE i.volunteer_id = v.id AND i.from_date <= :to AND (i.to_date IS NULL OR i.to_date > :to))`);
  const recorded = (column: string) => `coalesce(nullif(${column}, ''), 'not_recorded')`;
  const concluded = `FROM matches WHERE start_date IS NOT NULL AND ${IN('end_date')}`;
  const left = `FROM volunteers WHERE ${answered('approved_date')} AND ${IN('left_date')}`;
  return {
    period: p,
    referralsReceived: one(`SELECT count(*) FROM referrals WHERE ${IN('date')}`),
    referralsDeclinedOrDisengaged:
      one(`SELECT count(*) FROM referrals WHERE outcome = 'declined_by_young_person' AND ${IN('outcome_date')}`) + one(`SELECT count(*) FROM referrals WHERE closed_reason = 'disengaged' AND ${IN('closed_date')}`),
    matchesMade: one(`SELECT count(*) FROM matches WHERE ${IN('start_date')}`),
    matchesConcluded: one(`SELECT count(*) ${concluded}`),
    matchesConcludedByReason: byKey(`SELECT ${recorded('end_reason')}, count(*) ${concluded} GROUP BY 1`),
    activeMatchesAtEnd: activeAtEnd,
    waitingAtEnd: { total: waiting[0], beingMatched: waiting[1], awaitingIV: waiting[0] - waiting[1] },
    waitingWeeksMean: tenths(waitMean),
    waitingWeeksMedian: tenths(waitMedian),
    childrenInCare: { count: inCare, matchedDuringPeriodPct: inCare ? share(matchedDuring, inCare) : null, matchedAtEndPct: inCare ? share(activeAtEnd, inCare) : null },
    costs: { visits, activityPence: activity, transportPence: transport, meanActivityPence: visits ? Math.round(activity / visits) : null, meanTransportPence: visits ? Math.round(transport / visits) : null },
    careReviewsAttended: one(`SELECT count(*) FROM care_reviews WHERE ${IN('date')} AND (iv_attended = 1 OR coordinator_attended = 1)`),
    supervisionsHeld: one(`SELECT count(*) FROM supervisions WHERE ${IN('date')}`),
    satisfaction: {
      youngPeoplePct: pct(`SELECT sum(satisfaction IN ('very_satisfied', 'satisfied')), count(*) FROM feedback WHERE source = 'young_person' AND ${IN('date')} AND ${answered('satisfaction')}`),
      professionalsPct: pct(`SELECT sum(professional_feedback = 'positive'), count(*) FROM care_reviews WHERE ${IN('date')} AND ${answered('professional_feedback')}`),
      volunteersImpactPct: pct(`SELECT sum(positive_impact = 'yes'), count(*) FROM supervisions WHERE ${IN('date')} AND ${answered('positive_impact')}`),
      volunteersEnjoyingPct: pct(`SELECT sum(enjoying = 'yes'), count(*) FROM supervisions WHERE ${IN('date')} AND ${answered('enjoying')}`),
    },
    enquiries: one(`SELECT count(*) FROM volunteers WHERE ${IN('enquiry_date')}`),
    enquiriesBySource: byKey(`SELECT ${recorded('enquiry_source')}, count(*) FROM volunteers WHERE ${IN('enquiry_date')} GROUP BY 1`),
    applications: one(`SELECT count(*) FROM volunteers WHERE ${IN('application_date')}`),
    volunteersRecruited: one(`SELECT count(*) FROM volunteers WHERE ${IN('approved_date')}`),
    volunteersActiveAtEnd: stayingCount - inactive,
    volunteersInactiveAtEnd: inactive,
    volunteersLeft: one(`SELECT count(*) ${left}`),
    volunteersLeftByReason: byKey(`SELECT ${recorded('left_reason')}, count(*) ${left} GROUP BY 1`),
    volunteersEverApproved: one(`SELECT count(*) FROM volunteers WHERE ${answered('approved_date')} AND approved_date <= :to`),
  };
}

/** The figures against their floor; at a larger scale than one already measured, how their time grew. Returns the app's time. */
export function figuresAgainstFloor(db: Db, period: Period, scale: number): number {
  const { appMs } = timesAgainstFloor('report figures, one financial year', () => reportFigures(db, period), () => figuresFloor(db.$client, period), isDeepStrictEqual);
  timeAtScale.set(scale, appMs);
  const smallest = Math.min(...timeAtScale.keys());
  if (scale > smallest) console.log(`${''.padEnd(44)} ${scale / smallest}x the data: x${(appMs / timeAtScale.get(smallest)!).toFixed(1)} the ${smallest}x time`);
  return appMs;
}
