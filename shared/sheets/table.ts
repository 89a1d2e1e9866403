/**
 * A sheet's shape as coordinators make them: a title or notes above the headers, headers
 * grouped under merged cells ("DBS" over "Number" and "Date"), blank rows, and a totals
 * row or the headers repeated part-way down, which are left out with a message.
 */
import { foldHeader, isKnownHeader } from './headers';
import type { SheetKind } from './fields';
import { cellText, type SheetCell } from './values';

export interface SheetRow {
  /** As the spreadsheet numbers it. */
  number: number;
  cells: SheetCell[];
}

/** The header row is looked for among the first rows that hold anything. */
export const HEADER_SEARCH_ROWS = 20;

export interface Header {
  rowNumber: number;
  /** Each column's own header, with its group's label before it where the header alone names nothing. */
  headers: string[];
}

const filled = (cells: SheetCell[]) => cells.filter((c) => cellText(c) !== '').length;

/**
 * The row naming the most fields is the header row (the first such, among the first
 * rows); a row just above it holding labels over several columns is a group row, whose
 * label, merged across the columns after it, goes before a header that names nothing alone.
 */
export function findHeader(rows: readonly SheetRow[], kind: SheetKind): Header | null {
  let best = -1;
  let bestScore = 0;
  rows.forEach((row, index) => {
    const score = row.cells.filter((c) => isKnownHeader(kind, cellText(c))).length;
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  if (best < 0) return null;
  const row = rows[best];
  const above = best > 0 && rows[best - 1].number === row.number - 1 ? rows[best - 1] : null;
  // A lone cell above the headers is a title, not a group.
  const groups = above && filled(above.cells) > 1 ? carriedRight(above.cells) : [];
  const width = Math.max(row.cells.length, groups.length);
  const headers = Array.from({ length: width }, (_, column) => {
    const own = cellText(row.cells[column] ?? null);
    const group = groups[column] ?? '';
    if (!own) return group;
    return group && !isKnownHeader(kind, own) && isKnownHeader(kind, `${group} ${own}`) ? `${group} ${own}` : own;
  });
  return { rowNumber: row.number, headers };
}

/** A merged cell's label is held by its first cell only: it carries right across the empty cells after it. */
function carriedRight(cells: SheetCell[]): string[] {
  let label = '';
  return cells.map((c) => (label = cellText(c) || label));
}

export type RowKind = 'blank' | 'totals' | 'header' | 'data';

const TOTALS = /^(?:grand )?totals?\b|^sum\b/i;

/** Each sheet's headers folded once, not again for every row. */
const foldedHeaders = new WeakMap<readonly string[], string[]>();

export function classifyRow(cells: readonly SheetCell[], headers: readonly string[]): RowKind {
  const texts = cells.map(cellText);
  const nonEmpty = texts.filter(Boolean);
  if (nonEmpty.length === 0) return 'blank';
  if (TOTALS.test(nonEmpty[0])) return 'totals';
  const folded = foldedHeaders.get(headers) ?? headers.map(foldHeader);
  foldedHeaders.set(headers, folded);
  // A row is the headers again when more than half its cells are; it stops counting once that cannot be.
  let same = 0;
  let other = 0;
  for (let column = 0; column < texts.length && other * 2 < nonEmpty.length; column++) {
    if (!texts[column]) continue;
    if (foldHeader(texts[column]) === (folded[column] ?? '')) same += 1;
    else other += 1;
  }
  if (same * 2 > nonEmpty.length && same >= 2) return 'header';
  return 'data';
}

export function leftOutMessage(rowNumber: number, kind: 'totals' | 'header'): string {
  return kind === 'totals' ? `Row ${rowNumber} looks like a totals row, so it was left out` : `Row ${rowNumber} repeats the headers, so it was left out`;
}
