/**
 * Dates as spreadsheets hold them: real date cells (which the reader gives as ISO
 * dates), Excel serial numbers, dd/mm/yyyy, d/m/yy, "3 March 2021", "3-Mar-21" and ISO
 * text. Slashed dates are day-first unless the coordinator chooses month-first.
 */
import { isIsoDate } from '../dates';

export type DateOrder = 'dmy' | 'mdy';

/** Two-digit years as Excel reads them: 00 to 29 are 2000 to 2029, 30 to 99 are 1930 to 1999. */
export const TWO_DIGIT_YEAR_RULE = 'Two-digit years are read as Excel reads them: 00 to 29 are 2000 to 2029, and 30 to 99 are 1930 to 1999.';
const fullYear = (yy: number) => (yy < 30 ? 2000 + yy : 1900 + yy);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return index < 0 ? null : index + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Excel counts days from 31/12/1899 and, as Lotus 1-2-3 did, has a 29/02/1900: serials after it are a day ahead. */
export function fromExcelSerial(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial === 60) return null;
  const date = new Date(Date.UTC(1899, 11, serial < 60 ? 31 : 30) + serial * 86_400_000);
  const text = date.toISOString().slice(0, 10);
  return isIsoDate(text) ? text : null;
}

export type DateReading = { ok: true; date: string | null } | { ok: false; message: string };

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+\.?),?[\s-]+(\d{2}|\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const ISO_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/;

function checked(text: string, y: number, m: number, d: number): DateReading {
  const value = iso(y, m, d);
  return isIsoDate(value) ? { ok: true, date: value } : { ok: false, message: `${text} is not a real date` };
}

const unreadable = (text: string): DateReading => ({ ok: false, message: `"${text}" is not a date IV Desk can read: use dd/mm/yyyy, like 03/03/2021` });

/** A cell as a date: a number is an Excel serial; blank is no date. */
export function readSheetDate(cell: string | number | boolean | null, order: DateOrder = 'dmy'): DateReading {
  if (cell === null || cell === '') return { ok: true, date: null };
  if (typeof cell === 'boolean') return unreadable(String(cell));
  if (typeof cell === 'number') {
    const date = fromExcelSerial(cell);
    return date ? { ok: true, date } : unreadable(String(cell));
  }
  const text = cell.trim();
  if (!text) return { ok: true, date: null };
  if (/^\d{5}$/.test(text)) return readSheetDate(Number(text), order);
  const isoText = ISO_TEXT.exec(text);
  if (isoText) return checked(text, Number(isoText[1]), Number(isoText[2]), Number(isoText[3]));
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const [a, b, y] = [Number(slashed[1]), Number(slashed[2]), slashed[3]];
    const year = y.length === 2 ? fullYear(Number(y)) : Number(y);
    return order === 'dmy' ? checked(text, year, b, a) : checked(text, year, a, b);
  }
  const named = DAY_MONTH_YEAR.exec(text);
  if (named) {
    const month = monthNumber(named[2]);
    if (!month) return unreadable(text);
    return checked(text, named[3].length === 2 ? fullYear(Number(named[3])) : Number(named[3]), month, Number(named[1]));
  }
  const american = MONTH_DAY_YEAR.exec(text);
  if (american) {
    const month = monthNumber(american[1]);
    return month ? checked(text, Number(american[3]), month, Number(american[2])) : unreadable(text);
  }
  return unreadable(text);
}

/**
 * How a column's slashed dates can be read: a first number over 12 is a day, a second one
 * over 12 a day too (so month-first). A column with neither, where some date reads
 * differently either way, is ambiguous: the coordinator is told which way it is read.
 */
export interface DateColumnReading {
  dayFirst: boolean;
  monthFirst: boolean;
  /** When the column is ambiguous, a date that reads differently either way; when it is month-first, a date that shows it. */
  example: string | null;
  ambiguous: string | null;
  monthFirstOnly: string | null;
}

export const newDateColumnReading = (): DateColumnReading => ({ dayFirst: true, monthFirst: true, example: null, ambiguous: null, monthFirstOnly: null });

/** Takes one more cell of the column into its reading. */
export function noteDateCell(reading: DateColumnReading, cell: string | number | boolean | null): void {
  if (typeof cell !== 'string') return;
  const m = SLASHED.exec(cell.trim());
  if (!m) return;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a > 12) reading.monthFirst = false;
  if (b > 12) {
    reading.dayFirst = false;
    reading.monthFirstOnly ??= cell.trim();
  }
  if (a !== b && a <= 12 && b <= 12) reading.ambiguous ??= cell.trim();
  reading.example = reading.dayFirst && reading.monthFirst ? reading.ambiguous : !reading.dayFirst && reading.monthFirst ? reading.monthFirstOnly : null;
}

/** The words for a column read the wrong way or either way: which way it is read, with an example. */
export function dateColumnNote(header: string, reading: DateColumnReading, order: DateOrder): string | null {
  if (!reading.example) return null;
  if (!reading.dayFirst) {
    return order === 'dmy' ? `${header}: the dates are month-first (${reading.example} cannot be day-first). Choose month-first for this file.` : null;
  }
  const both = (o: DateOrder) => {
    const r = readSheetDate(reading.example, o);
    return r.ok && r.date ? formatLong(r.date) : '';
  };
  return `${header}: every date could be read day-first or month-first (${reading.example} is ${both('dmy')} day-first, ${both('mdy')} month-first). They are read ${order === 'dmy' ? 'day-first' : 'month-first'}; choose the other if that is wrong.`;
}

function formatLong(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const month = MONTHS[m - 1];
  return `${d} ${month[0].toUpperCase()}${month.slice(1)} ${y}`;
}
