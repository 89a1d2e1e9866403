/** Checking Word output as a reader would: strict XML in every part, and a real word processor. */
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every XML part of the .docx parsed by a strict XML parser; returns the parts' text. */
export function parseDocxStrictly(docx: Buffer): Record<string, string> {
  const parts = unzipSync(new Uint8Array(docx));
  const xml: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = strFromU8(bytes);
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (error) => {
      throw new Error(`${name}: ${error.message}`);
    });
    parser.write(text).close();
    xml[name] = text;
  }
  return xml;
}

/** The document body's visible text, for assertions. */
export function docxText(docx: Buffer): string {
  const body = parseDocxStrictly(docx)['word/document.xml'];
  return [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

export const SOFFICE = ['soffice', 'libreoffice'].find((cmd) => {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

/**
 * Converts with LibreOffice to PDF (and PNG pages with pdftoppm when `png` is set).
 * Returns the PDF's path; LibreOffice runs with its own throwaway profile.
 */
export function convertWithLibreOffice(docx: Buffer, name: string, options: { outDir?: string; png?: boolean } = {}): { pdf: string; pages: number; pngs: string[] } {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui');
  const dir = options.outDir ?? mkdtempSync(join(tmpdir(), 'iv-desk-word-'));
  const input = join(dir, `${name}.docx`);
  writeFileSync(input, docx);
  const profile = mkdtempSync(join(tmpdir(), 'iv-desk-lo-profile-'));
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { stdio: 'pipe', timeout: 120_000 });
  const pdf = join(dir, `${name}.pdf`);
  if (!existsSync(pdf)) throw new Error('LibreOffice did not produce a PDF');
  const pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  let pngs: string[] = [];
  if (options.png) {
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(dir, name)], { stdio: 'pipe' });
    pngs = readdirSync(dir).filter((f) => f.startsWith(name) && f.endsWith('.png')).map((f) => join(dir, f));
  }
  return { pdf, pages, pngs };
}
