/**
 * The annual report from a real encrypted database, as Word writes it and as LibreOffice
 * reads it: the figures worked by hand from the reviews scheme, every standard, every year
 * of the trend, the charts' alt text, British English, the chosen marking top and bottom,
 * and header rows that repeat.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { ok, refused, sessionsFor } from '../helpers/calls';
import { convertWithLibreOffice, parseDocxStrictly } from '../helpers/word';
import { REVIEWS_TODAY, reviewsScheme } from '../fixtures/reviews';
import type { Session } from '../../electron/core/session';

const OUT = resolve(import.meta.dirname, '../../test-results/word');
mkdirSync(OUT, { recursive: true });
const session = sessionsFor(REVIEWS_TODAY);
const YEAR_2024 = { from: '2024-04-01', to: '2025-03-31' };

async function scheme(): Promise<Session> {
  const s = await session();
  importDocument(s.db, JSON.stringify(reviewsScheme()), REVIEWS_TODAY);
  await ok(s, 'updateScheme', { name: 'Northshire Independent Visitors', localAuthority: 'Northshire County Council', childrenInCareCount: 40, childrenInCareCountDate: '2025-03-31', mileageRatePence: 45, financialYearStartMonth: 4, idleLockMinutes: 5, coordinatorName: 'Jo Marsh' });
  await ok(s, 'saveStandardAssessment', { year: 2024, standard: 7, rating: 'partly_met', narrative: 'Referrals are answered within a week of arriving.' });
  await ok(s, 'saveReportNarrative', { year: 2024, section: 'case_study', text: 'A young person who had no family contact now goes climbing every month.\n\nShe chose the activity herself.' });
  return s;
}

async function report(s: Session, period = YEAR_2024) {
  const { fileName, base64 } = await ok<{ fileName: string; base64: string }>(s, 'annualReportDocument', period);
  return { fileName, docx: Buffer.from(base64, 'base64') };
}

const pdfText = (pdf: string) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('the annual report', () => {
  it('is refused for a period that cannot be true or runs past today, in plain words', async () => {
    const s = await scheme();
    expect(await refused(s, 'annualReportDocument', { from: '2026-04-01', to: '2026-11-24' })).toBe('The annual report can run to today (23/11/2026) at the latest: choose an end on or before it.');
    expect(await refused(s, 'annualReportDocument', { from: '2026-04-01', to: '2026-03-31' })).toMatch(/The start of the period must be on or before its end/);
    expect(await refused(s, 'annualReportDocument', { from: '2026-04-01', to: '2026-02-30' })).toMatch(/real date/);
  });

  it('reads in LibreOffice with the figures, every year of the trend, every standard, the coordinator’s words and a table of contents', async () => {
    const s = await scheme();
    const { fileName, docx } = await report(s);
    expect(fileName).toBe('Annual-report-2024-25-2025-03-31.docx');
    const { pdf, pages } = convertWithLibreOffice(docx, 'annual-report', { outDir: OUT, png: true });
    expect(pages).toBeGreaterThan(8);
    const text = pdfText(pdf);
    for (const part of [
      'Independent Visitor service: annual report',
      'Northshire County Council',
      'Period: 2024/25 (01/04/2024 to 31/03/2025)',
      'Report date: 23/11/2026',
      'Contents',
      // r1 and r2 referred, m1 started 10/02/2025 (26 days after r1: 3.7 weeks); Ann, Ben and Cara approved.
      'In 2024/25 the service received 2 referrals and made 1 match',
      'waited on average 3.7 weeks',
      '3 volunteers were approved',
      // m1 active on 31/03/2025 of 40 children in care.
      'Children in care matched at the end of the period: 2.5%, below the 10% target.',
      'in 2016 3.2% of looked-after children in England',
      'Mean wait',
      'Case study',
      'She chose the activity herself.',
      'Referrals are answered within a week of arriving.',
      'Rating: Partly met',
      'OFFICIAL-SENSITIVE',
      'Page 1 of',
    ]) {
      expect(text).toContain(part);
    }
    for (let n = 1; n <= 14; n++) expect(text).toContain(`Standard ${n}:`);
    // The trend runs from the first enquiry (01/09/2024) to the period's end: one year here.
    expect(text).toContain('2024/25');
    const later = pdfText(convertWithLibreOffice((await report(s, { from: '2024-04-01', to: '2026-11-23' })).docx, 'annual-report-to-date', { outDir: OUT }).pdf);
    for (const year of ['2024/25', '2025/26', '2026/27 (to 23/11/2026)']) expect(later).toContain(year);
  });

  it('is in British English, with real Word charts described for screen readers, repeating header rows, and the chosen marking in header and footer', async () => {
    const s = await scheme();
    await ok(s, 'updateReportSettings', { coordinatorHoursPerWeek: 22.5, fullTimeHoursPerWeek: 37, marking: 'OFFICIAL' });
    const parts = parseDocxStrictly((await report(s, { from: '2024-04-01', to: '2026-03-31' })).docx);
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
    const body = parts['word/document.xml'];
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    const descriptions = [...body.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(descriptions).toHaveLength(5);
    expect(descriptions[0]).toBe('Column chart of referrals received by financial year: 2024/25 2 referrals and 2025/26 0 referrals. The same numbers are in the trend table.');
    expect(Object.keys(parts).filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(5);
    for (const [name, xml] of Object.entries(parts).filter(([name]) => /word\/(header|footer)\d*\.xml/.test(name))) {
      expect(xml, name).toMatch(/>\s*OFFICIAL</);
      expect(xml, name).not.toContain('OFFICIAL-SENSITIVE');
    }
  });
});
