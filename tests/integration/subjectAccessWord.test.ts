/**
 * The subject access request as a Word document, through dispatch on a real encrypted
 * database: every record about the person in words, nobody else named, no internal ids,
 * strict XML, and LibreOffice lays it out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { unlockedSession } from '../helpers/session';
import { ok } from '../helpers/calls';
import { convertWithLibreOffice, docxText } from '../helpers/word';
import { REVIEWS_TODAY, reviewsScheme } from '../fixtures/reviews';
import type { Session } from '../../electron/core/session';

const OUT = resolve(import.meta.dirname, '../../test-results/word');

function scheme() {
  const base = reviewsScheme();
  return {
    ...base,
    volunteers: base.volunteers.map((v) => (v.id === 'v1' ? { ...v, email: 'ann@example.org', dbs: { certificateNumber: '001122334455', issueDate: '2024-12-01', level: 'enhanced_barred_children', outcome: 'clear' } } : v)),
    consents: [{ id: 'con1', youngPersonId: 'y1', signedDate: '2025-02-10', formVersion: '2025-1', explainedBy: 'Jo Coordinator', complaintsProcedureExplained: true }],
    feedback: [{ id: 'fb1', matchId: 'm3', date: '2026-10-01', source: 'young_person', satisfaction: 'very_satisfied', benefited: true, comments: 'Likes the climbing' }],
    safeguardingConcerns: [{ id: 's1', date: '2026-06-01', youngPersonId: 'y1', volunteerId: 'v2', summary: 'A worry passed on by the carer', referredTo: 'council_safeguarding', referredDate: '2026-06-02' }],
  };
}

describe('subject access as a Word document', () => {
  let session: Session;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ session, cleanup } = await unlockedSession({ today: () => REVIEWS_TODAY, schemeName: 'Northshire Independent Visitors' }));
    importDocument(session.db, JSON.stringify(scheme()), REVIEWS_TODAY);
  });
  afterAll(() => cleanup?.());

  const id = (table: string, ref: string) => (session.connection.sqlite.prepare(`SELECT id FROM ${table} WHERE external_ref = ?`).get(ref) as { id: number }).id;
  const word = async (kind: 'volunteer' | 'young_person', ref: string) => {
    const result = await ok<{ fileName: string; base64: string }>(session, 'subjectAccessWord', { kind, id: id(kind === 'volunteer' ? 'volunteers' : 'young_people', ref) });
    return { fileName: result.fileName, docx: Buffer.from(result.base64, 'base64') };
  };
  const pdfText = (pdf: string) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

  it("a young person's: every section in words, the volunteers not named, no ids; LibreOffice lays it out", { timeout: 180_000 }, async () => {
    const { fileName, docx } = await word('young_person', 'y1');
    expect(fileName).toBe('Subject-access-KM-2026-11-23.docx');
    mkdirSync(OUT, { recursive: true });
    const { pdf, pages } = convertWithLibreOffice(docx, 'subject-access-young-person', { outDir: OUT, png: true });
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdf);
    for (const part of [
      'Information held about Kayden Marsh',
      '09/11/2012',
      'Referral on 15/01/2025',
      'Accepted',
      'Confidentiality agreements',
      'Jo Coordinator',
      'Match 1: an Independent Visitor, proposed on 01/02/2025',
      "The volunteer's circumstances",
      'Ice skating',
      '2 h',
      '£15.00',
      'Phone call',
      'Rearranged the July visit',
      'Very satisfied',
      'Care review on 01/03/2026',
      'Try a new activity each month',
      'Safeguarding log entry on 01/06/2026',
      'A worry passed on by the carer',
      "Council's safeguarding team",
      'OFFICIAL-SENSITIVE',
    ]) {
      expect(text).toContain(part);
    }
    for (const other of ['Ann', 'Lee', 'Ben', 'Cole', 'Lily', 'vis-old', 'm1', 'r1', 'y1', 'true', 'false', 'null', '2025-02-10']) expect(text).not.toMatch(new RegExp(`\\b${other}\\b`));
  });

  it("a volunteer's: their own details, DBS, matches and supervisions, the young people not named", { timeout: 180_000 }, async () => {
    const ben = docxText((await word('volunteer', 'v2')).docx);
    for (const part of ['Information held about Ben Cole', 'Supervision on 01/10/2026', 'One-to-one', 'Match 1: a young person, proposed on 10/04/2026', 'Bowling', '£12.34', 'Safeguarding log entry on 01/06/2026']) expect(ben).toContain(part);
    const { docx } = await word('volunteer', 'v1');
    const { pdf } = convertWithLibreOffice(docx, 'subject-access-volunteer', { outDir: OUT, png: true });
    const text = pdfText(pdf);
    for (const part of ['Information held about Ann Lee', 'ann@example.org', '001122334455', "Enhanced with children's barred list", 'Clear', 'Approved', '10/01/2025', 'Match 1: a young person', 'Match 2: a young person', 'Swimming', 'No supervisions recorded.', 'No safeguarding concerns recorded.']) {
      expect(text).toContain(part);
    }
    for (const other of ['Kayden', 'Marsh', 'Lily', 'Park', 'Ben']) expect(text).not.toContain(other);
  });

  it('refuses someone who is not there, plainly', async () => {
    const { dispatch } = await import('../../electron/core/handlers');
    const result = await dispatch(session, 'subjectAccessWord', { kind: 'young_person', id: 99999 });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'That person could not be found.' } });
  });
});
