/**
 * The breakdowns and the trend as labelled tables: the Reports screen, the CSV and the
 * XLSX all lay out these same rows, so a number reads the same wherever it is shown.
 */
import { NOT_RECORDED } from '../figures';
import { formatUkDate } from '../dates';
import { END_REASON_LABELS } from '../matching/record';
import { PLACEMENT_LABELS, REFERRER_ROLE_LABELS } from '../youngPeople/record';
import { ENQUIRY_SOURCE_LABELS } from '../volunteers/record';
import { AGE_BAND_LABELS, PLANNED_LABELS, WAIT_BAND_LABELS, type Breakdowns } from './breakdowns';
import { count, type NumberCell } from './figureRows';
import type { TrendRow } from './trend';

export type Cell = string | NumberCell;

export interface ReportTable {
  id: string;
  title: string;
  /** What the table counts, in plain words. */
  definition: string;
  columns: string[];
  rows: Cell[][];
  total?: Cell[];
}

/** One row per key, labelled; "not recorded" only when some are. */
function countRows(counts: Record<string, number>, labels: Record<string, string>): Cell[][] {
  return Object.entries(counts)
    .filter(([key, n]) => key !== NOT_RECORDED || n > 0)
    .map(([key, n]) => [key === NOT_RECORDED ? 'Not recorded' : (labels[key] ?? key), count(n)]);
}

/** Reasons typed in free text have no set order: the commonest first, then by name, "not recorded" last. */
function mostFirst(counts: Record<string, number>): Record<string, number> {
  const rank = ([k, n]: [string, number]) => (k === NOT_RECORDED ? -1 : n);
  return Object.fromEntries(Object.entries(counts).sort((a, b) => rank(b) - rank(a) || a[0].localeCompare(b[0])));
}

function countTable(id: string, title: string, definition: string, columns: [string, string], counts: Record<string, number>, labels: Record<string, string> = {}): ReportTable {
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  return { id, title, definition, columns, rows: countRows(counts, labels), total: ['All', count(all)] };
}

export function breakdownTables(b: Breakdowns): ReportTable[] {
  const perCoordinator = b.coordinator.activeMatchesPerFullTimeCoordinator;
  return [
    countTable('referrer-role', 'Referrals by referrer role', 'Referrals received in the period, by the role of the person who made them.', ['Referrer', 'Referrals'], b.referralsByReferrerRole, REFERRER_ROLE_LABELS),
    countTable(
      'placement-type',
      'Referrals by placement type',
      "Referrals received in the period, by the young person's placement as recorded now (IV Desk keeps no history of placements).",
      ['Placement', 'Referrals'],
      b.referralsByPlacementType,
      PLACEMENT_LABELS,
    ),
    countTable('age', 'Ages at referral', "Referrals received in the period, by the young person's age on the referral date, from their date of birth.", ['Age', 'Referrals'], b.referralsByAge, AGE_BAND_LABELS),
    countTable('end-reason', 'Endings by reason', 'Matches that ended in the period, by the reason recorded.', ['Reason', 'Endings'], b.endingsByReason, END_REASON_LABELS),
    countTable(
      'planned',
      'Planned and unplanned endings',
      "The same endings. The coordinator's own answer (\"a planned ending?\") counts first; where none was given, the young person's choice and ageing out count as planned, and a move, the volunteer's circumstances or leaving, safeguarding or a proposal not taken up as unplanned. \"Other\" with no answer is not known.",
      ['Ending', 'Endings'],
      b.endingsPlanned,
      PLANNED_LABELS,
    ),
    countTable(
      'waiting-weeks',
      'Waiting by weeks',
      "The young people waiting at the period's end, by whole weeks waited since the referral (or, for a young person being rematched, since their last match ended).",
      ['Waited', 'Young people'],
      b.waitingByWeeks,
      WAIT_BAND_LABELS,
    ),
    countTable('left-reason', 'Volunteers who left, by reason', 'Approved volunteers whose leaving date is in the period, by the reason given, the commonest first.', ['Reason', 'Volunteers'], mostFirst(b.volunteersLeftByReason)),
    countTable('enquiry-source', 'Enquiries by source', 'Enquiries received in the period, by where the person heard about the scheme.', ['Source', 'Enquiries'], b.enquiriesBySource, ENQUIRY_SOURCE_LABELS),
    {
      id: 'cost-per',
      title: 'Cost per visit and per active match',
      definition: 'Activity and transport costs of the visits in the period, added together, then divided by the visits, and by the matches active on at least one day of the period.',
      columns: ['Measure', 'Value'],
      rows: [
        ['Activity and transport costs', { n: b.costs.totalPence, unit: 'pence' }],
        ['Cost per visit', { n: b.costs.perVisitPence, unit: 'pence' }],
        ['Matches active during the period', count(b.costs.activeMatchesDuringPeriod)],
        ['Cost per active match', { n: b.costs.perActiveMatchPence, unit: 'pence' }],
      ],
    },
    {
      id: 'coordinator',
      title: 'Active matches per full-time coordinator',
      definition: `Active matches at the period's end divided by the coordinator's hours as a share of a full-time week (set in Settings). One full-time coordinator is commonly said to carry at most about ${b.coordinator.ceiling} matches.`,
      columns: ['Measure', 'Value'],
      rows: [
        ['Active matches at the end of the period', count(b.coordinator.activeMatchesAtEnd)],
        ["The coordinator's hours as a share of full time", { n: b.coordinator.fullTimeEquivalent, unit: 'decimal' }],
        ['Active matches per full-time coordinator', { n: perCoordinator, unit: 'decimal' }],
        ['The common ceiling', count(b.coordinator.ceiling)],
      ],
    },
  ];
}

export const TREND_COLUMNS = ['Financial year', 'Referrals', 'Matches made', "Active matches at the year's end", 'Volunteers recruited', "Waiting at the year's end", 'Mean wait (weeks)'] as const;

export const trendYearLabel = (row: TrendRow) => (row.partial ? `${row.year} (to ${formatUkDate(row.to)})` : row.year);

export function trendTable(trend: TrendRow[]): ReportTable {
  return {
    id: 'trend',
    title: 'The trend, year by year',
    definition: "Each financial year's own figures, from the year of the scheme's first record; a year not yet over runs to the end of the period asked for.",
    columns: [...TREND_COLUMNS],
    rows: trend.map((r) => [
      trendYearLabel(r),
      count(r.referrals),
      count(r.matchesMade),
      count(r.activeMatchesAtEnd),
      count(r.volunteersRecruited),
      count(r.waitingAtEnd),
      { n: r.waitingWeeksMean, unit: 'weeks' },
    ]),
  };
}
