/**
 * The report as an Excel workbook, through exceljs: a sheet each for the figures, the
 * breakdowns and the trend, the same tables as the CSV. Numbers are real numbers with a
 * number format; every text is a text cell (never a formula), and text that looks like a
 * formula is also given the Text format so editing it in Excel keeps it text.
 */
import ExcelJS from 'exceljs';
import { looksLikeFormula } from '../../../shared/csv';
import { formatUkDate } from '../../../shared/dates';
import type { ReportData } from '../../../shared/reports/data';
import { figureGroups, type NumberCell, type Unit } from '../../../shared/reports/figureRows';
import { breakdownTables, trendTable, type Cell, type ReportTable } from '../../../shared/reports/tables';
import { UNIT_SUFFIX } from '../../../shared/reports/csvExport';

const NUMBER_FORMAT: Record<Unit, string> = { count: '#,##0', decimal: '0.0#', percent: '0.0', weeks: '0.0', pence: '"£"#,##0.00' };

function put(cell: ExcelJS.Cell, value: Cell): void {
  if (typeof value === 'string') {
    cell.value = value;
    if (looksLikeFormula(value)) cell.numFmt = '@';
    return;
  }
  putNumber(cell, value);
}

function putNumber(cell: ExcelJS.Cell, value: NumberCell): void {
  if (value.n === null) return;
  cell.value = value.unit === 'pence' ? value.n / 100 : value.n;
  cell.numFmt = NUMBER_FORMAT[value.unit];
}

function addRow(sheet: ExcelJS.Worksheet, values: Cell[], bold = false): void {
  const row = sheet.addRow([]);
  values.forEach((v, i) => put(row.getCell(i + 1), v));
  if (bold) row.font = { bold: true };
}

function addTable(sheet: ExcelJS.Worksheet, table: ReportTable): void {
  addRow(sheet, [table.title], true);
  addRow(sheet, [table.definition]);
  addRow(sheet, table.columns, true);
  for (const r of table.rows) addRow(sheet, r);
  if (table.total) addRow(sheet, table.total, true);
  sheet.addRow([]);
}

function newSheet(book: ExcelJS.Workbook, name: string, heading: string, widths: number[]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name);
  sheet.columns = widths.map((width) => ({ width }));
  addRow(sheet, [heading], true);
  sheet.addRow([]);
  return sheet;
}

export async function reportXlsx(data: ReportData, schemeName: string): Promise<Buffer> {
  const { from, to } = data.figures.period;
  const heading = `${schemeName}: Independent Visitor figures, ${formatUkDate(from)} to ${formatUkDate(to)}`;
  const book = new ExcelJS.Workbook();
  book.creator = 'IV Desk';

  const figures = newSheet(book, 'Figures', heading, [52, 14, 100]);
  for (const group of figureGroups(data.figures)) {
    addRow(figures, [group.title], true);
    addRow(figures, ['Figure', 'Value', 'What it counts'], true);
    for (const row of group.rows) addRow(figures, [row.label + UNIT_SUFFIX[row.value.unit], row.value, row.definition]);
    figures.addRow([]);
  }

  const breakdowns = newSheet(book, 'Breakdowns', heading, [52, 14]);
  for (const table of breakdownTables(data.breakdowns)) addTable(breakdowns, table);

  addTable(newSheet(book, 'Trend', heading, [24, 12, 14, 16, 14, 16, 14]), trendTable(data.trend));
  return Buffer.from(await book.xlsx.writeBuffer());
}
