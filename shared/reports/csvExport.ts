/** The report as CSV: the figures with their definitions, the breakdowns and the trend, one table after another. */
import { csv, pounds } from '../csv';
import { formatUkDate } from '../dates';
import type { ReportData } from './data';
import { figureGroups, type NumberCell, type Unit } from './figureRows';
import { breakdownTables, trendTable, type Cell } from './tables';

/** The unit a bare number in a spreadsheet needs beside its label. */
export const UNIT_SUFFIX: Record<Unit, string> = { count: '', decimal: '', percent: ' (%)', weeks: ' (weeks)', pence: ' (£)' };

function csvNumber(cell: NumberCell): string | number | null {
  if (cell.n === null) return null;
  return cell.unit === 'pence' ? pounds(cell.n) : cell.n;
}

const csvValue = (cell: Cell) => (typeof cell === 'string' ? cell : csvNumber(cell));

/** A title line naming the period, then each table, with a blank line between. */
export function reportCsv(data: ReportData, schemeName: string): string {
  const { from, to } = data.figures.period;
  const rows: (string | number | null)[][] = [[`${schemeName}: Independent Visitor figures`, `${formatUkDate(from)} to ${formatUkDate(to)}`], []];
  for (const group of figureGroups(data.figures)) {
    rows.push([group.title], ['Figure', 'Value', 'What it counts']);
    for (const row of group.rows) rows.push([row.label + UNIT_SUFFIX[row.value.unit], csvNumber(row.value), row.definition]);
    rows.push([]);
  }
  for (const table of [...breakdownTables(data.breakdowns), trendTable(data.trend)]) {
    rows.push([table.title], [table.definition], table.columns);
    for (const row of table.rows) rows.push(row.map(csvValue));
    if (table.total) rows.push(table.total.map(csvValue));
    rows.push([]);
  }
  return csv(rows);
}
