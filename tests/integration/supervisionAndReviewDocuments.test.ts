/**
 * The supervision record and the care-review update as Word files, from hand-made records:
 * strict XML, tables that LibreOffice lays out, and the words that must (and must not) be there.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { wordDocument } from '../../electron/core/documents/word';
import { supervisionRecordContent } from '../../shared/documents/supervisionRecord';
import { careReviewUpdateContent } from '../../shared/documents/careReviewUpdate';
import { convertWithLibreOffice, docxText, parseDocxStrictly } from '../helpers/word';
import { SCHEME, careReviewUpdateFixture, supervisionFixture } from '../fixtures/documents';

const OUT = resolve(import.meta.dirname, '../../test-results/word');
const NASTY = 'Pr\u0000iya\u0007\u001F \uFFFE\uFFFF\uD800Sh\uDC00ah\u000C';

/** The PDF's text as a reader sees it, with runs of white space made single. */
function pdfText(pdf: string): string {
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const supervision = () => supervisionRecordContent({ schemeName: SCHEME, supervision: supervisionFixture(), matchLabels: ['K. M.', 'L. P.'], printedDate: '2026-03-14' });

describe('the supervision record and the care-review update in Word', () => {
  it('tables have a grid, fixed widths and a repeated header row', async () => {
    const body = parseDocxStrictly(await wordDocument(careReviewUpdateContent(careReviewUpdateFixture())))['word/document.xml'];
    expect(body).toContain('<w:tblLayout w:type="fixed"/>');
    expect(body).toContain('<w:tblHeader/>');
    // Every grid column is a real width, not docx's default of 100 twips.
    const grid = [...body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.length).toBeGreaterThan(0);
    expect(Math.min(...grid)).toBeGreaterThan(900);
  });

  it('the supervision record: the volunteer, initials only, actions, sign-off; LibreOffice lays it out', { timeout: 180_000 }, async () => {
    mkdirSync(OUT, { recursive: true });
    const docx = await wordDocument(supervision());
    const { pdf, pages } = convertWithLibreOffice(docx, 'supervision-record', { outDir: OUT, png: true });
    // One page, with no blank page spilled after the last table.
    expect(pages).toBe(1);
    const text = pdfText(pdf);
    for (const part of ['Supervision record', 'Priya Shah', '12/03/2026', 'One-to-one', 'K. M., L. P.', 'Can you identify positive impact?', 'Unsure', '04/06/2026', 'safeguarding log', 'Book a place on the trauma-informed', '30/04/2026', 'Sign-off', 'Volunteer', 'Coordinator', 'Printed', '14/03/2026', 'OFFICIAL-SENSITIVE', SCHEME, 'Page 1 of']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('Kayden');
    expect(text).not.toContain('Marsh');
  });

  it('the care-review update: visits listed, no costs, views only when agreed, the safeguarding sentence', { timeout: 180_000 }, async () => {
    mkdirSync(OUT, { recursive: true });
    const { pdf } = convertWithLibreOffice(await wordDocument(careReviewUpdateContent(careReviewUpdateFixture())), 'care-review-update', { outDir: OUT, png: true });
    const text = pdfText(pdf);
    for (const part of ['Care-review update', 'Kayden Marsh', '09/11/2012', '24/01/2026', 'Swimming at Consett leisure centre', '2 h 30 min', '18/04/2026', 'Football match', '10 weeks', 'Phone call', 'I like swimming with Priya', 'Safeguarding concerns are never included in this update', 'OFFICIAL-SENSITIVE']) {
      expect(text).toContain(part);
    }
    expect(text).not.toMatch(/£|cost/i);

    const base = careReviewUpdateFixture();
    const withheld = await wordDocument(careReviewUpdateContent({ ...base, draft: { ...base.draft!, viewsAgreed: false } }));
    const { pdf: withheldPdf } = convertWithLibreOffice(withheld, 'care-review-update-views-withheld', { outDir: OUT });
    const withheldText = pdfText(withheldPdf);
    expect(withheldText).not.toContain('I like swimming');
    expect(withheldText).toContain('not agreed to share their views');
  });

  it('control characters, U+FFFE, U+FFFF and lone surrogates anywhere still give a valid document', { timeout: 180_000 }, async () => {
    const s = supervisionFixture({ volunteerName: NASTY, relationships: NASTY, actionItems: [{ action: NASTY, who: NASTY, byWhen: null, status: 'open' }], actions: NASTY });
    const review = careReviewUpdateFixture({
      schemeName: NASTY,
      youngPersonName: NASTY,
      visits: [{ date: '2026-01-24', activity: NASTY, durationMinutes: 30, volunteerName: NASTY }],
      contacts: [{ date: '2026-03-01', kind: 'other', withWhom: NASTY, note: NASTY, volunteerName: NASTY }],
    });
    for (const content of [supervisionRecordContent({ schemeName: NASTY, supervision: s, matchLabels: [NASTY], printedDate: '2026-03-14' }), careReviewUpdateContent(review)]) {
      const docx = await wordDocument(content);
      expect(() => parseDocxStrictly(docx)).not.toThrow();
      expect(docxText(docx)).toContain('Priya Shah');
    }
    mkdirSync(OUT, { recursive: true });
    const { pages } = convertWithLibreOffice(await wordDocument(careReviewUpdateContent(review)), 'care-review-update-junk', { outDir: OUT });
    expect(pages).toBeGreaterThanOrEqual(1);
  });
});
