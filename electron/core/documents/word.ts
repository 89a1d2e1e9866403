/**
 * Word documents in the house style: A4, the scheme's name and the OFFICIAL-SENSITIVE
 * marking in the header, "Page X of Y" in the footer, real headings.
 */
import { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { PROTECTIVE_MARKING, type Block, type DocumentContent } from '../../../shared/documents/blocks';

/**
 * Text as XML 1.0 allows it: control characters (but tab and newline), U+FFFE, U+FFFF
 * and lone surrogates are removed, so any text a record holds yields a valid document.
 */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
const FONT = 'Arial';

const run = (text: string, options: { bold?: boolean; size?: number } = {}) => new TextRun({ text: xmlSafe(text), font: FONT, ...options });

function signatureTable(lines: string[]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({
      width: { size: 33, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ spacing: { before: 360, after: 120 }, children: [run(text, { bold })] })],
      borders: { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' } },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell('', true), cell('Signature', true), cell('Date', true)] }),
      ...lines.map((label) => new TableRow({ children: [cell(label, true), cell(''), cell('')] })),
    ],
  });
}

function toDocx(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, spacing: { before: block.level === 1 ? 0 : 240, after: 120 }, children: [run(block.text, { bold: true, size: block.level === 1 ? 32 : 26 })] })];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: [run(block.text, { bold: block.strong })] })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [run(item)] }));
    case 'fields':
      return block.rows.map((r, i) => new Paragraph({ spacing: { before: i === 0 ? 240 : 0, after: 60 }, children: [run(`${r.label}: `, { bold: true }), run(r.value)] }));
    case 'signatures':
      return [signatureTable(block.lines)];
  }
}

export async function wordDocument(content: DocumentContent): Promise<Buffer> {
  const document = new Document({
    title: xmlSafe(content.title),
    creator: 'IV Desk',
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [run(content.schemeName, { size: 18 }), run(`   ${PROTECTIVE_MARKING}`, { bold: true, size: 18 })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ font: FONT, size: 18, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: content.blocks.flatMap(toDocx),
      },
    ],
  });
  return Packer.toBuffer(document);
}
