/**
 * Word documents in the house style: A4, in British English, the scheme's name and the
 * protective marking in the header, the marking and "Page X of Y" in the footer, real
 * headings, table header rows that repeat on each page.
 */
import { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, LineRuleType, Packer, PageBreak, PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableOfContents, TableRow, TextRun, WidthType, type ITableCellOptions } from 'docx';
import { ChartRun } from 'docx/charts';
import { estimatePageNumbers } from 'docx/layout';
import { PROTECTIVE_MARKING, type Block, type WordContent, type WordOnlyBlock } from '../../../shared/documents/blocks';

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

/** The width between the margins, in twentieths of a point: Word's and LibreOffice's grid unit. */
const CONTENT_WIDTH = A4.width - 2 * MARGIN;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const LIGHT = { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' } as const;
const LIGHT_BORDERS = { top: LIGHT, bottom: LIGHT, left: LIGHT, right: LIGHT };
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

/**
 * A table with fixed column widths, as percentages of the page's width. Both the grid and
 * every cell carry the widths in twips: LibreOffice ignores percentage-only cells and
 * then squeezes columns to a word a line.
 */
function fixedTable(percentages: number[], rows: { header?: boolean; cells: (Omit<ITableCellOptions, 'width'> & { children: Paragraph[] })[] }[]): Table {
  const total = percentages.reduce((a, b) => a + b, 0);
  const widths = percentages.map((p) => Math.round((p / total) * CONTENT_WIDTH));
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: rows.map(
      (r) =>
        new TableRow({
          tableHeader: r.header,
          cantSplit: true,
          children: r.cells.map((cell, i) => new TableCell({ ...cell, width: { size: widths[i], type: WidthType.DXA } })),
        }),
    ),
  });
}

const cellText = (text: string, options: { bold?: boolean; spacing?: { before?: number; after?: number } } = {}) =>
  // A new line in a value (a long text field) becomes its own paragraph in the cell.
  text.split('\n').map((line) => new Paragraph({ spacing: options.spacing ?? { after: 0 }, children: [run(line, { bold: options.bold })] }));

function signatureTable(lines: string[]): Table {
  const cell = (text: string, bold = false) => ({
    children: cellText(text, { bold, spacing: { before: 360, after: 120 } }),
    borders: { top: NONE, left: NONE, right: NONE, bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' } },
  });
  return fixedTable(
    [34, 40, 26],
    [{ header: true, cells: [cell('', true), cell('Signature', true), cell('Date', true)] }, ...lines.map((label) => ({ cells: [cell(label, true), cell(''), cell('')] }))],
  );
}

function fieldsTable(rows: { label: string; value: string }[]): Table {
  return fixedTable(
    [35, 65],
    rows.map((r) => ({
      cells: [
        { children: cellText(r.label, { bold: true }), borders: LIGHT_BORDERS, margins: CELL_MARGINS },
        { children: cellText(r.value), borders: LIGHT_BORDERS, margins: CELL_MARGINS },
      ],
    })),
  );
}

/**
 * Column shares from what the columns hold: the longest word sets a floor (so no word is
 * broken), longer text earns more room up to a cap, so a notes column gets the space.
 */
export function columnPercentages(columns: string[], rows: string[][]): number[] {
  const weights = columns.map((heading, i) => {
    const texts = [heading, ...rows.map((r) => r[i] ?? '')];
    const longestWord = Math.max(...texts.flatMap((t) => t.split(/\s+/).map((w) => w.length)));
    const longest = Math.max(...texts.map((t) => t.length));
    return Math.max(longestWord + 2, Math.min(longest, 40), 6);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / total) * 100);
}

function dataTable(columns: string[], rows: string[][], widths?: number[]): Table {
  const shade = { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F2F1' };
  return fixedTable(widths ?? columnPercentages(columns, rows), [
    { header: true, cells: columns.map((c) => ({ children: cellText(c, { bold: true }), borders: LIGHT_BORDERS, margins: CELL_MARGINS, shading: shade })) },
    ...rows.map((r) => ({ cells: columns.map((_, i) => ({ children: cellText(r[i] ?? ''), borders: LIGHT_BORDERS, margins: CELL_MARGINS })) })),
  ]);
}

/**
 * A little space after a table, so the next heading or paragraph does not touch it. After
 * the last table it is a hairline paragraph instead (Word wants a paragraph to end the
 * body), so a full page does not spill a blank one.
 */
const gap = (last: boolean) => (last ? new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [run('', { size: 2 })] }) : new Paragraph({ spacing: { after: 120 }, children: [] }));

/** Gridlines at 1, 2 or 5 times a power of ten, about five of them: counts never get a 0.5 line. */
export function countInterval(max: number): number {
  const rough = Math.max(1, max / 5);
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? rough;
}

/** A column chart of counts, drawn by Word from its own data and described for screen readers; about 16 by 8 cm. */
function chart(block: Extract<WordOnlyBlock, { type: 'chart' }>): Paragraph {
  return new Paragraph({
    keepLines: true,
    spacing: { before: 120, after: 120 },
    children: [
      new ChartRun({
        type: 'column',
        title: xmlSafe(block.title),
        categories: block.categories.map(xmlSafe),
        series: block.series.map((s) => ({ name: xmlSafe(s.name), values: s.values })),
        legend: block.series.length > 1 ? { position: 'bottom' } : false,
        dataLabels: { value: true, numberFormat: '#,##0' },
        valueAxis: { minimum: 0, interval: countInterval(Math.max(0, ...block.series.flatMap((s) => s.values))), numberFormat: '#,##0' },
        font: { name: FONT },
        transformation: { width: 600, height: 300 },
        altText: { name: xmlSafe(block.title), title: xmlSafe(block.title), description: xmlSafe(block.altText) },
      }),
    ],
  });
}

function cover(block: Extract<WordOnlyBlock, { type: 'cover' }>): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400, after: 480 }, children: [run(block.title, { bold: true, size: 48 })] }),
    ...block.lines.map((line) => new Paragraph({ spacing: { after: 160 }, children: [run(line, { size: 28 })] })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function toDocx(block: Block | WordOnlyBlock, last: boolean): (Paragraph | Table | TableOfContents)[] {
  switch (block.type) {
    case 'cover':
      return cover(block);
    case 'contents':
      // The heading after the contents starts its own page, so a contents that fills its page leaves no blank one.
      return [new Paragraph({ spacing: { after: 120 }, children: [run(block.title, { bold: true, size: 32 })] }), new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-2' })];
    case 'chart':
      return [chart(block)];
    case 'heading':
      return [new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, keepNext: true, pageBreakBefore: block.newPage, spacing: { before: block.level === 1 ? 0 : 240, after: 120 }, children: [run(block.text, { bold: true, size: block.level === 1 ? 32 : 26 })] })];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: [run(block.text, { bold: block.strong })] })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [run(item)] }));
    case 'fields':
      return [fieldsTable(block.rows), gap(last)];
    case 'table':
      return [dataTable(block.columns, block.rows, block.widths), gap(last)];
    case 'signatures':
      return [signatureTable(block.lines), gap(last)];
  }
}

export async function wordDocument(content: WordContent): Promise<Buffer> {
  const marking = content.marking ?? PROTECTIVE_MARKING;
  const hasContents = content.blocks.some((b) => b.type === 'contents');
  const document = new Document({
    title: xmlSafe(content.title),
    creator: 'IV Desk',
    // The contents' page numbers are worked out as the file is written, so they show before Word updates the field.
    ...(hasContents ? { pageNumbers: estimatePageNumbers } : {}),
    styles: {
      default: { document: { run: { font: FONT, size: 24, language: { value: 'en-GB' } } } },
      // A contents of some forty entries fits one page.
      paragraphStyles: [
        { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { size: 22 }, paragraph: { spacing: { before: 60, after: 20 } } },
        { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', run: { size: 20 }, paragraph: { indent: { left: 240 }, spacing: { after: 0 } } },
      ],
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [run(content.schemeName, { size: 18 }), run(`   ${marking}`, { bold: true, size: 18 })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: [run(marking, { bold: true, size: 18 })] }),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ font: FONT, size: 18, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: content.blocks.flatMap((block, i) => toDocx(block, i === content.blocks.length - 1)),
      },
    ],
  });
  return Packer.toBuffer(document);
}
