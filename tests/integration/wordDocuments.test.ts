import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { wordDocument, xmlSafe } from '../../electron/core/documents/word';
import { consentFormContent, CONSENT_FORM_VERSION } from '../../shared/documents/consentForm';
import { parseDocxStrictly, docxText, convertWithLibreOffice } from '../helpers/word';

const OUT = resolve(import.meta.dirname, '../../test-results/word');

describe('Word documents', () => {
  it('xmlSafe removes what XML 1.0 forbids and keeps everything else', () => {
    expect(xmlSafe('a\u0000b\u0007c\u000Bd\uFFFEe\uFFFFf')).toBe('abcdef');
    expect(xmlSafe('tab\there\nnew line')).toBe('tab\there\nnew line');
    expect(xmlSafe('lone \uD800 high and \uDC00 low')).toBe('lone  high and  low');
    expect(xmlSafe('pair 😀 kept, Zoë, Ōtaki')).toBe('pair 😀 kept, Zoë, Ōtaki');
  });

  it('the consent form: strict XML, A4, header marking, page X of Y, real headings, British date', async () => {
    const content = consentFormContent({ schemeName: 'Northshire IV Service', localAuthority: 'Northshire County Council', youngPersonName: 'Kayden Marsh', date: '2026-11-23' });
    const parts = parseDocxStrictly(await wordDocument(content));
    const body = parts['word/document.xml'];
    expect(body).toContain('w:w="11906"');
    expect(body).toContain('w:h="16838"');
    expect(body).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(body).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    const header = Object.entries(parts).find(([name]) => /word\/header\d*\.xml/.test(name))?.[1] ?? '';
    expect(header).toContain('OFFICIAL-SENSITIVE');
    expect(header).toContain('Northshire IV Service');
    const footer = Object.entries(parts).find(([name]) => /word\/footer\d*\.xml/.test(name))?.[1] ?? '';
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    const text = docxText(await wordDocument(content));
    expect(text).toContain('23/11/2026');
    expect(text).toContain(CONSENT_FORM_VERSION);
    expect(text).toContain('safeguarding');
    expect(text).toContain('complaint');
  });

  it('control characters, U+FFFE, U+FFFF and lone surrogates in any field still give a valid document', async () => {
    const nasty = 'Ka\u0000y\u0007den\u001F \uFFFE\uFFFF\uD800 Ma\uDC00rsh\u000C';
    const docx = await wordDocument(consentFormContent({ schemeName: `Scheme\u0001${nasty}`, localAuthority: nasty, youngPersonName: nasty, date: '2026-11-23' }));
    expect(() => parseDocxStrictly(docx)).not.toThrow();
    expect(docxText(docx)).toMatch(/Kayden\s+Marsh/);
  });

  it('LibreOffice opens the consent form and it fits on one page', { timeout: 180_000 }, async () => {
    mkdirSync(OUT, { recursive: true });
    const docx = await wordDocument(consentFormContent({ schemeName: 'Northshire IV Service', localAuthority: 'Northshire County Council', youngPersonName: 'Kayden Marsh', date: '2026-11-23' }));
    const { pages } = convertWithLibreOffice(docx, 'consent-form', { outDir: join(OUT), png: true });
    expect(pages).toBe(1);
  });
});
