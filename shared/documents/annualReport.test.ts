import { describe, expect, it } from 'vitest';
import { annualReportContent, type AnnualReportInput } from './annualReport';
import { computeFigures } from '../figures';
import { computeBreakdowns, type ReportRecords } from '../reports/breakdowns';
import { computeTrend, firstRecordDate } from '../reports/trend';
import { computeNivn } from '../reports/nivn';
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from '../reports/settingsValues';
import { NATIONAL_STANDARDS } from '../reports/standards';
import type { ReportData } from '../reports/data';
import type { Block, WordOnlyBlock } from './blocks';
import { NO_RECORDS, figureVolunteer } from '../../tests/fixtures/figureRecords';

const YEAR = { from: '2025-04-01', to: '2026-03-31' };
const referral = (id: number, date: string) => ({ id, youngPersonId: id, date, outcome: 'accepted' as const, outcomeDate: date, closedDate: null, closedReason: null, referrerRole: 'iro' as const, placementType: 'foster' as const, dateOfBirth: '2012-01-01' });
const match = (referralId: number, startDate: string) => ({ referralId, proposedDate: startDate, startDate, endDate: null, endReason: null, rematchWanted: null, plannedEnding: null });

// Two referrals in 2024/25 and three in 2025/26; matches start 13 days after the first referral and 14 days after the third and fourth,
// so referral 2 waits at both years' ends and referral 5 too at the second.
const RECORDS: ReportRecords = {
  ...NO_RECORDS,
  volunteers: [figureVolunteer({ enquiryDate: '2024-06-01', applicationDate: '2024-06-10', approvedDate: '2024-09-01' }), figureVolunteer({ enquiryDate: '2025-05-01', applicationDate: '2025-05-05', approvedDate: '2025-08-01' })],
  referrals: [referral(1, '2025-01-01'), referral(2, '2025-02-01'), referral(3, '2025-05-01'), referral(4, '2025-06-01'), referral(5, '2026-03-01')],
  matches: [match(1, '2025-01-14'), match(3, '2025-05-15'), match(4, '2025-06-15')],
  childrenInCareCount: 100,
};

function data(settings: ReportSettings = DEFAULT_REPORT_SETTINGS, records = RECORDS): ReportData {
  const figures = computeFigures(records, YEAR);
  return { figures, breakdowns: computeBreakdowns(records, YEAR, settings), trend: computeTrend(records, firstRecordDate(records), YEAR.to, 4), nivn: computeNivn(figures.childrenInCare, '2026-03-31', YEAR.to), settings };
}

const input = (over: Partial<AnnualReportInput> = {}): AnnualReportInput => ({
  schemeName: 'Northshire IV',
  localAuthority: 'Northshire County Council',
  period: YEAR,
  periodName: '2025/26',
  madeDate: '2026-04-20',
  data: data(),
  standards: NATIONAL_STANDARDS.map((s) => ({ ...s, evidence: null, rating: null, narrative: '', updatedAt: null })),
  narratives: [],
  ...over,
});

type Item = Block | WordOnlyBlock;
const headings = (blocks: Item[]) => blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
const texts = (blocks: Item[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));

describe('the annual report’s blocks', () => {
  it('open with a cover and contents, then the summary in sentences from the figures', () => {
    const { blocks, marking, title } = annualReportContent(input());
    expect(title).toBe('Independent Visitor service annual report 2025/26');
    expect(marking).toBe('OFFICIAL-SENSITIVE');
    expect(blocks[0]).toEqual({ type: 'cover', title: 'Independent Visitor service: annual report', lines: ['Northshire IV', 'Northshire County Council', 'Period: 2025/26 (01/04/2025 to 31/03/2026)', 'Report date: 20/04/2026', 'OFFICIAL-SENSITIVE'] });
    expect(blocks[1]).toEqual({ type: 'contents', title: 'Contents' });
    // Waits of 14 and 14 days for the two first matches started in the year: 2.0 weeks.
    expect(texts(blocks)).toContain('In 2025/26 the service received 3 referrals and made 2 matches; 0 matches came to an end.');
    expect(texts(blocks)).toContain('Young people waited on average 2.0 weeks from referral to their first match (the median was 2.0 weeks).');
    expect(headings(blocks).slice(0, 8)).toEqual(['Summary', 'Referrals and waiting', 'Who referred', 'Where the young people live', 'Ages at referral', 'How long the waiting list has waited', 'Matches and endings', 'Why matches ended']);
  });

  it('write large numbers with thousands separated, in the sentences too', () => {
    const d = data();
    const many = { ...d, figures: { ...d.figures, costs: { ...d.figures.costs, visits: 22218, activityPence: 77558290 } } };
    expect(texts(annualReportContent(input({ data: many })).blocks)).toContain('Volunteers made 22,218 visits, costing £775,582.90 in activities and £0.00 in transport.');
  });

  it('give the NIVN measure both ways against 10%, with the national picture', () => {
    const { blocks } = annualReportContent(input());
    // Three matches active at the year's end of 100 children in care.
    expect(texts(blocks)).toContain('Children in care matched at the end of the period: 3.0%, below the 10% target.');
    expect(texts(blocks).some((t) => t.includes('in 2016 3.2% of looked-after children in England had an Independent Visitor'))).toBe(true);
  });

  it('put every trend number in the table, and each chart holds the same numbers and says them in its alt text', () => {
    const { blocks } = annualReportContent(input());
    const table = blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table' && b.caption === 'The trend by financial year')!;
    expect(table.rows).toEqual([
      ['2024/25', '2', '1', '1', '1', '1', '1.9'],
      ['2025/26', '3', '2', '3', '1', '2', '2.0'],
    ]);
    const charts = blocks.filter((b): b is Extract<WordOnlyBlock, { type: 'chart' }> => b.type === 'chart');
    expect(charts.map((c) => c.title)).toEqual(['Referrals received', 'Matches made', "Active matches at the year's end", 'Volunteers recruited', "Young people waiting at the year's end"]);
    charts.forEach((c, i) => {
      expect(c.categories).toEqual(['2024/25', '2025/26']);
      expect(c.series[0].values.map(String)).toEqual(table.rows.map((r) => r[i + 1]));
    });
    expect(charts[0].altText).toBe('Column chart of referrals received by financial year: 2024/25 2 referrals and 2025/26 3 referrals. The same numbers are in the trend table.');
  });

  it('head each of the 14 standards "Standard N: title", with its rating, evidence and words', () => {
    const standards = input().standards.map((s) => (s.number === 3 ? { ...s, rating: 'met' as const, narrative: 'Signed at the first visit.\n\nChecked at every review.', evidence: { lines: [{ label: 'Active matches', value: '3' }] } } : s));
    const { blocks } = annualReportContent(input({ standards }));
    expect(headings(blocks).filter((h) => h.startsWith('Standard '))).toEqual(NATIONAL_STANDARDS.map((s) => `Standard ${s.number}: ${s.title}`));
    const third = blocks.slice(blocks.findIndex((b) => b.type === 'heading' && b.text.startsWith('Standard 3:')) + 1, blocks.findIndex((b) => b.type === 'heading' && b.text.startsWith('Standard 4:')));
    expect(third).toEqual([
      { type: 'paragraph', text: NATIONAL_STANDARDS[2].statement },
      { type: 'paragraph', strong: true, text: 'Rating: Met' },
      { type: 'fields', rows: [{ label: 'Active matches', value: '3' }] },
      { type: 'paragraph', text: 'Signed at the first visit.' },
      { type: 'paragraph', text: 'Checked at every review.' },
    ]);
    expect(texts(blocks)).toContain('Rating: not rated');
  });

  it('include only the sections the coordinator wrote, the introduction first and the others before the standards', () => {
    const narratives = [
      { section: 'next_year' as const, text: 'Recruit ten more volunteers.', updatedAt: null },
      { section: 'introduction' as const, text: 'A year of growth.', updatedAt: null },
      { section: 'case_study' as const, text: '', updatedAt: null },
    ];
    const h = headings(annualReportContent(input({ narratives })).blocks);
    expect(h[0]).toBe('Introduction');
    // The first section after the contents starts a page; the summary then follows on.
    const blocks = annualReportContent(input({ narratives })).blocks;
    expect(blocks.filter((b) => b.type === 'heading' && b.newPage).map((b) => b.type === 'heading' && b.text)).toEqual(['Introduction', 'The National Standards self-assessment']);
    expect(h).not.toContain('Case study');
    expect(h.indexOf("Next year's plans")).toBe(h.indexOf('The National Standards self-assessment') - 1);
  });

  it('carry the chosen marking, and say plainly when there is no trend or no coordinator hours', () => {
    const settings = { ...DEFAULT_REPORT_SETTINGS, marking: 'OFFICIAL' as const };
    const content = annualReportContent(input({ data: data(settings, { ...NO_RECORDS, referrals: [], matches: [] }) }));
    expect(content.marking).toBe('OFFICIAL');
    expect(texts(content.blocks)).toContain('The scheme has no records yet, so there is no trend to show.');
    expect(content.blocks.some((b) => b.type === 'chart')).toBe(false);
    expect(texts(content.blocks).some((t) => t.includes("The coordinator's hours are not set"))).toBe(true);
  });
});
