import type { ReactNode } from 'react';
import type { Cell } from '../../../../shared/reports/tables';
import type { NumberCell } from '../../../../shared/reports/figureRows';
import { NotAvailable } from '../../components/NotAvailable';
import { formatCount, formatPercent } from '../recruitment/format';
import { money } from '../matches/format';

const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToTwo = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A figure in words and symbols: "12.8%", "6.0 weeks", "£35.00". */
export function numberWords(cell: NumberCell): string | null {
  if (cell.n === null) return null;
  switch (cell.unit) {
    case 'count':
      return formatCount(cell.n);
    case 'percent':
      return formatPercent(cell.n);
    case 'weeks':
      return `${oneDecimal.format(cell.n)} weeks`;
    case 'pence':
      return money(cell.n);
    case 'decimal':
      return upToTwo.format(cell.n);
  }
}

/** The figure alone, for a chart whose title gives the unit: "6.0" rather than "6.0 weeks". */
export function shortNumber(cell: NumberCell): string | null {
  return cell.unit === 'weeks' && cell.n !== null ? oneDecimal.format(cell.n) : numberWords(cell);
}

export function CellText({ cell }: { cell: Cell }): ReactNode {
  if (typeof cell === 'string') return cell;
  return numberWords(cell) ?? <NotAvailable why="Not available: nothing in the period to work it out from" />;
}
