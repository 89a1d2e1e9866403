import { describe, expect, it } from 'vitest';
import { computeBreakdowns } from './breakdowns';
import { breakdownTables, trendTable } from './tables';
import { reportCsv } from './csvExport';
import { computeNivn } from './nivn';
import { computeFigures } from '../figures';
import { DEFAULT_REPORT_SETTINGS } from './settingsValues';
import { figureVolunteer, NO_RECORDS } from '../../tests/fixtures/figureRecords';
import type { ReportData } from './data';

const YEAR = { from: '2024-04-01', to: '2025-03-31' };
const RECORDS = {
  ...NO_RECORDS,
  referrals: [],
  matches: [],
  volunteers: ['health', 'moved away', 'moved away', null].map((leftReason) => figureVolunteer({ approvedDate: '2023-06-01', leftDate: '2024-06-01', leftReason })),
};

function data(): ReportData {
  const figures = computeFigures(RECORDS, YEAR);
  return {
    figures,
    breakdowns: computeBreakdowns(RECORDS, YEAR, DEFAULT_REPORT_SETTINGS),
    trend: [{ year: '2024/25', from: '2024-04-01', to: '2025-03-31', partial: false, referrals: 0, matchesMade: 0, activeMatchesAtEnd: 0, volunteersRecruited: 0, waitingAtEnd: 0, waitingWeeksMean: null }],
    nivn: computeNivn(figures.childrenInCare, null, YEAR.to),
    settings: DEFAULT_REPORT_SETTINGS,
  };
}

describe('the report tables', () => {
  const tables = breakdownTables(data().breakdowns);
  const table = (id: string) => tables.find((t) => t.id === id)!;

  it('shows "not recorded" only when some are, and totals every count', () => {
    expect(table('referrer-role').rows.map((r) => r[0])).not.toContain('Not recorded');
    expect(table('referrer-role').total).toEqual(['All', { n: 0, unit: 'count' }]);
    expect(table('left-reason').total).toEqual(['All', { n: 4, unit: 'count' }]);
  });

  it('puts free-text reasons commonest first and "not recorded" last', () => {
    expect(table('left-reason').rows.map((r) => r[0])).toEqual(['moved away', 'health', 'Not recorded']);
  });

  it('names a year not yet over by the day it runs to', () => {
    const row = { ...data().trend[0], to: '2024-12-01', partial: true };
    expect(trendTable([row]).rows[0][0]).toBe('2024/25 (to 01/12/2024)');
  });
});

describe('reportCsv', () => {
  it('titles the file with the scheme and period, quotes a formula-like name, and leaves a figure with no answer empty', () => {
    const lines = reportCsv(data(), '=Scheme').split('\r\n');
    expect(lines[0]).toBe("'=Scheme: Independent Visitor figures,01/04/2024 to 31/03/2025");
    expect(lines).toContain('Figure,Value,What it counts');
    expect(lines.find((l) => l.startsWith('Mean wait from referral to match (weeks),'))).toMatch(/^Mean wait from referral to match \(weeks\),,/);
    expect(lines.find((l) => l.startsWith('Activity costs (£),'))).toMatch(/^Activity costs \(£\),0\.00,/);
    expect(lines).toContain('2024/25,0,0,0,0,0,');
  });
});
