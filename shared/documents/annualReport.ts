/**
 * The annual report to the Corporate Parenting Panel, as blocks: every number comes from
 * the report data (the figures, breakdowns, trend and NIVN measure) and the self-assessment,
 * and every chart has a table of the same numbers beside it.
 */
import { formatUkDate } from '../dates';
import type { Period } from '../figures';
import type { ReportData } from '../reports/data';
import { AGE_BAND_LABELS, PLANNED_LABELS, WAIT_BAND_LABELS } from '../reports/breakdowns';
import { NARRATIVE_SECTION_LABELS, RATING_LABELS, type NarrativeSection } from '../reports/standards';
import type { ReportNarrativeView, StandardAssessmentView } from '../contract/reports';
import { END_REASON_LABELS } from '../matching/record';
import { PLACEMENT_LABELS, REFERRER_ROLE_LABELS } from '../youngPeople/record';
import { ENQUIRY_SOURCE_LABELS } from '../volunteers/record';
import type { TrendRow } from '../reports/trend';
import { listInWords } from '../words';
import type { Block, WordContent, WordOnlyBlock } from './blocks';
import { breakdownTable, counted as plural, money } from './annualReportWords';
import { count, oneDecimal, pct, weeks } from '../reports/numberWords';

export interface AnnualReportInput {
  schemeName: string;
  localAuthority: string | null;
  period: Period;
  /** "2025/26" when the period is a financial year, else null. */
  periodName: string | null;
  madeDate: string;
  data: ReportData;
  standards: StandardAssessmentView[];
  narratives: ReportNarrativeView[];
}

type Item = Block | WordOnlyBlock;

const h1 = (text: string, newPage?: boolean): Item => ({ type: 'heading', level: 1, text, ...(newPage ? { newPage } : {}) });
const h2 = (text: string): Item => ({ type: 'heading', level: 2, text });
const p = (text: string): Item => ({ type: 'paragraph', text });
const fields = (rows: [string, string][]): Item => ({ type: 'fields', rows: rows.map(([label, value]) => ({ label, value })) });

export const periodWords = (period: Period) => `${formatUkDate(period.from)} to ${formatUkDate(period.to)}`;

/** The coordinator's words for a section, a paragraph to each paragraph she wrote. */
const paragraphs = (text: string): Item[] => text.split(/\n\s*\n/).map((t) => p(t.trim())).filter((b) => b.type === 'paragraph' && b.text !== '');

function narrative(narratives: ReportNarrativeView[], section: NarrativeSection): Item[] {
  const text = narratives.find((n) => n.section === section)?.text ?? '';
  return text ? [h1(NARRATIVE_SECTION_LABELS[section], section === 'introduction'), ...paragraphs(text)] : [];
}

function summary({ figures: f }: ReportData, when: string, newPage: boolean): Item[] {
  const sentences = [
    `${when} the service received ${plural(f.referralsReceived, 'referral', 'referrals')} and made ${plural(f.matchesMade, 'match', 'matches')}; ${plural(f.matchesConcluded, 'match', 'matches')} came to an end.`,
    `At the end of the period ${plural(f.activeMatchesAtEnd, 'young person was', 'young people were')} matched with an Independent Visitor, and ${plural(f.waitingAtEnd.total, 'young person was', 'young people were')} waiting.`,
    f.waitingWeeksMean === null ? 'No young person had a first match start in the period, so there is no waiting time to give.' : `Young people waited on average ${weeks(f.waitingWeeksMean)} from referral to their first match (the median was ${weeks(f.waitingWeeksMedian)}).`,
    `${plural(f.volunteersRecruited, 'volunteer was', 'volunteers were')} approved, from ${plural(f.enquiries, 'enquiry', 'enquiries')} and ${plural(f.applications, 'application', 'applications')}; ${count(f.volunteersActiveAtEnd)} active and ${count(f.volunteersInactiveAtEnd)} inactive at the end, and ${count(f.volunteersLeft)} left.`,
    `Volunteers made ${plural(f.costs.visits, 'visit', 'visits')}, costing ${money(f.costs.activityPence)} in activities and ${money(f.costs.transportPence)} in transport.`,
  ];
  return [h1('Summary', newPage), ...sentences.map(p)];
}

function referrals({ figures: f, breakdowns: b }: ReportData): Item[] {
  return [
    h1('Referrals and waiting'),
    fields([
      ['Referrals received', count(f.referralsReceived)],
      ['Declined by the young person or disengaged', count(f.referralsDeclinedOrDisengaged)],
      ['Waiting at the end of the period', count(f.waitingAtEnd.total)],
      ['of whom being matched (a volunteer proposed)', count(f.waitingAtEnd.beingMatched)],
      ['of whom awaiting a suitable Independent Visitor', count(f.waitingAtEnd.awaitingIV)],
      ['Mean wait from referral to first match', weeks(f.waitingWeeksMean)],
      ['Median wait from referral to first match', weeks(f.waitingWeeksMedian)],
    ]),
    h2('Who referred'),
    breakdownTable('Referrals by referrer', 'Referrer', b.referralsByReferrerRole, REFERRER_ROLE_LABELS),
    h2('Where the young people live'),
    breakdownTable('Referrals by placement', 'Placement', b.referralsByPlacementType, PLACEMENT_LABELS),
    h2('Ages at referral'),
    breakdownTable('Referrals by age at referral', 'Age', b.referralsByAge, AGE_BAND_LABELS),
    h2('How long the waiting list has waited'),
    breakdownTable('Young people waiting at the end of the period, by weeks waited', 'Weeks waited', b.waitingByWeeks, WAIT_BAND_LABELS),
  ];
}

function matches({ figures: f, breakdowns: b }: ReportData): Item[] {
  return [
    h1('Matches and endings'),
    fields([
      ['Matches made (rematches included)', count(f.matchesMade)],
      ['Matches ended', count(f.matchesConcluded)],
      ['Active matches at the end of the period', count(f.activeMatchesAtEnd)],
      ['Care review meetings attended', count(f.careReviewsAttended)],
    ]),
    h2('Why matches ended'),
    breakdownTable('Matches ended, by reason', 'Reason', b.endingsByReason, END_REASON_LABELS),
    breakdownTable('Matches ended, planned or not', 'Ending', b.endingsPlanned, PLANNED_LABELS),
  ];
}

function volunteers({ figures: f, breakdowns: b }: ReportData): Item[] {
  return [
    h1('Volunteers'),
    fields([
      ['Enquiries', count(f.enquiries)],
      ['Applications', count(f.applications)],
      ['Volunteers approved', count(f.volunteersRecruited)],
      ['Active at the end of the period', count(f.volunteersActiveAtEnd)],
      ['Inactive at the end of the period', count(f.volunteersInactiveAtEnd)],
      ['Left', count(f.volunteersLeft)],
      ['Approved since the scheme began', count(f.volunteersEverApproved)],
      ['Supervisions held', count(f.supervisionsHeld)],
    ]),
    h2('Where enquiries came from'),
    breakdownTable('Enquiries by source', 'Source', b.enquiriesBySource, ENQUIRY_SOURCE_LABELS),
    h2('Why volunteers left'),
    breakdownTable('Volunteers who left, by reason', 'Reason', b.volunteersLeftByReason, {}),
  ];
}

function impact({ figures: f }: ReportData): Item[] {
  const s = f.satisfaction;
  return [
    h1('Service impact'),
    p('Satisfaction is asked three ways: of young people at the one-year feedback visit, of professionals at care reviews, and of volunteers at supervision. Each share counts only the answers given.'),
    fields([
      ['Young people satisfied or very satisfied', pct(s.youngPeoplePct, 'no answers recorded')],
      ['Professionals giving positive feedback at reviews', pct(s.professionalsPct, 'no answers recorded')],
      ['Volunteers who could identify positive impact', pct(s.volunteersImpactPct, 'no answers recorded')],
      ['Volunteers enjoying being an Independent Visitor', pct(s.volunteersEnjoyingPct, 'no answers recorded')],
    ]),
  ];
}

function costs({ figures: f, breakdowns: b }: ReportData): Item[] {
  const load = b.coordinator;
  return [
    h1('Costs'),
    fields([
      ['Visits', count(f.costs.visits)],
      ['Activity costs', money(f.costs.activityPence)],
      ['Transport costs', money(f.costs.transportPence)],
      ['Mean activity cost a visit', money(f.costs.meanActivityPence)],
      ['Mean transport cost a visit', money(f.costs.meanTransportPence)],
      ['Cost a visit, activity and transport', money(b.costs.perVisitPence)],
      ['Cost an active match, over the period', b.costs.perActiveMatchPence === null ? 'none (no active matches)' : money(b.costs.perActiveMatchPence)],
    ]),
    h2("The coordinator's caseload"),
    p(
      load.activeMatchesPerFullTimeCoordinator === null
        ? `Active matches at the end of the period: ${count(load.activeMatchesAtEnd)}. The coordinator's hours are not set in IV Desk, so the caseload per full-time coordinator cannot be given.`
        : `Active matches at the end of the period: ${count(load.activeMatchesAtEnd)}, or ${count(load.activeMatchesPerFullTimeCoordinator)} for each full-time coordinator, against the commonly quoted ceiling of about ${load.ceiling}${load.overCeiling ? ': over it' : ''}.`,
    ),
  ];
}

function nivn({ nivn: n }: ReportData): Item[] {
  const reading = (value: number | null, meets: boolean | null, what: string) => (value === null ? `${what}: not known.` : `${what}: ${pct(value)}, ${meets ? 'meeting' : 'below'} the ${n.targetPct}% target.`);
  const countWords = n.count ? `The council had ${count(n.count)} children in care${n.countDate ? ` on ${formatUkDate(n.countDate)}` : ''}.` : 'The number of children in care is not recorded in IV Desk, so the measure cannot be given.';
  const prompt = n.prompt === 'out_of_date' ? ' The count is more than a year older than the end of the period, so the shares may not be right.' : n.prompt === 'undated' ? ' The count has no date.' : '';
  return [
    h1('The National IV Network measure'),
    p(`The National Independent Visitor Network's Right Friend campaign asks that ${n.targetPct}% of looked-after children have an Independent Visitor. ${countWords}${prompt}`),
    p(reading(n.matchedDuringPeriodPct, n.duringPeriodMeetsTarget, 'Children in care matched at any time in the period')),
    p(reading(n.matchedAtEndPct, n.atEndMeetsTarget, 'Children in care matched at the end of the period')),
    h2('The national picture'),
    p("The Network's Freedom of Information requests to councils found that in 2016 3.2% of looked-after children in England had an Independent Visitor and over 1,000 were waiting for one; in 2019 the share was 3.5%, and about 1% in Wales."),
  ];
}

const TREND_CHARTS: { key: keyof TrendRow; title: string; unit: string }[] = [
  { key: 'referrals', title: 'Referrals received', unit: 'referrals' },
  { key: 'matchesMade', title: 'Matches made', unit: 'matches' },
  { key: 'activeMatchesAtEnd', title: "Active matches at the year's end", unit: 'active matches' },
  { key: 'volunteersRecruited', title: 'Volunteers recruited', unit: 'volunteers' },
  { key: 'waitingAtEnd', title: "Young people waiting at the year's end", unit: 'waiting' },
];

function trend({ trend: rows }: ReportData): Item[] {
  if (rows.length === 0) return [h1('The trend, year by year'), p('The scheme has no records yet, so there is no trend to show.')];
  const year = (r: TrendRow) => (r.partial ? `${r.year} (to ${formatUkDate(r.to)})` : r.year);
  const table: Item = {
    type: 'table',
    caption: 'The trend by financial year',
    columns: ['Year', 'Referrals', 'Matches made', "Active at the year's end", 'Volunteers recruited', "Waiting at the year's end", 'Mean wait (weeks)'],
    widths: [14, 14, 14, 14, 16, 14, 14],
    rows: rows.map((r) => [year(r), count(r.referrals), count(r.matchesMade), count(r.activeMatchesAtEnd), count(r.volunteersRecruited), count(r.waitingAtEnd), r.waitingWeeksMean === null ? 'none' : oneDecimal(r.waitingWeeksMean)]),
  };
  const charts: Item[] = TREND_CHARTS.flatMap(({ key, title, unit }) => {
    const values = rows.map((r) => r[key] as number);
    const altText = `Column chart of ${title.toLowerCase()} by financial year: ${listInWords(rows.map((r, i) => `${year(r)} ${count(values[i])} ${unit}`))}. The same numbers are in the trend table.`;
    return [h2(title), { type: 'chart', title, categories: rows.map(year), series: [{ name: title, values }], altText }];
  });
  const partial = rows.at(-1)?.partial ? ` The last year is not over: it runs to ${formatUkDate(rows.at(-1)!.to)}.` : '';
  return [h1('The trend, year by year'), p(`Every financial year since the scheme's first record, each counted exactly as the figures above.${partial}`), table, ...charts];
}

function standardsSection(standards: StandardAssessmentView[]): Item[] {
  return [
    h1('The National Standards self-assessment', true),
    p('The 14 National Independent Visitor Standards, each with the coordinator’s rating, the evidence the records give, and her own words.'),
    ...standards.flatMap((s): Item[] => [
      h2(`Standard ${s.number}: ${s.title}`),
      { type: 'paragraph', text: s.statement },
      { type: 'paragraph', strong: true, text: `Rating: ${s.rating ? RATING_LABELS[s.rating] : 'not rated'}` },
      ...(s.evidence ? [fields(s.evidence.lines.map((l) => [l.label, l.value])), ...(s.evidence.table ? [{ type: 'table' as const, ...s.evidence.table }] : [])] : [p('The records give no figures for this standard: the coordinator’s words are its evidence.')]),
      ...(s.narrative ? paragraphs(s.narrative) : [p('The coordinator has written nothing about this standard for this year.')]),
    ]),
  ];
}

export function annualReportContent(input: AnnualReportInput): WordContent {
  const { data, period } = input;
  const periodText = input.periodName ? `${input.periodName} (${periodWords(period)})` : periodWords(period);
  const title = `Independent Visitor service annual report ${input.periodName ?? periodWords(period)}`;
  const stories: NarrativeSection[] = ['case_study', 'achievements', 'challenges', 'next_year'];
  return {
    title,
    schemeName: input.schemeName,
    marking: data.settings.marking,
    blocks: [
      { type: 'cover', title: 'Independent Visitor service: annual report', lines: [input.schemeName, ...(input.localAuthority ? [input.localAuthority] : []), `Period: ${periodText}`, `Report date: ${formatUkDate(input.madeDate)}`, data.settings.marking] },
      { type: 'contents', title: 'Contents' },
      ...narrative(input.narratives, 'introduction'),
      ...summary(data, input.periodName ? `In ${input.periodName}` : `From ${periodWords(period)}`, !input.narratives.some((n) => n.section === 'introduction' && n.text)),
      ...referrals(data),
      ...matches(data),
      ...volunteers(data),
      ...impact(data),
      ...costs(data),
      ...nivn(data),
      ...trend(data),
      ...stories.flatMap((s) => narrative(input.narratives, s)),
      ...standardsSection(input.standards),
    ],
  };
}
