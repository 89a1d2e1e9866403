/**
 * Cells as values: yes or no in its many spellings, one of a field's choices (its stored
 * value, the app's own label, a common word for it, or the coordinator's own mapping),
 * numbers, money in pounds, durations and lists.
 */
import { parseDuration } from '../duration';
import { foldWords } from './headers';
import type { SheetField } from './fields';

export type SheetCell = string | number | boolean | null;
export type Reading<T> = { ok: true; value: T | null } | { ok: false; message: string };

// "OK" and "Satisfactory" are how trackers mark a reference.
const YES = new Set(['y', 'yes', 'true', '1', 'x', 'ticked', 'done', 'attended', 'ok', 'satisfactory']);
const NO = new Set(['n', 'no', 'false', '0', 'not attended', 'did not attend', 'dna', 'not ok', 'unsatisfactory', 'not satisfactory']);
const TICKS = /^[\u2713\u2714\u2611\u2705]$/u;
const CROSSES = /^[\u2717\u2718\u2612\u274C]$/u;

export const cellText = (cell: SheetCell) => (cell === null ? '' : String(cell).trim());

export function readYesNo(cell: SheetCell): Reading<boolean> {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const text = cellText(cell);
  if (!text) return { ok: true, value: null };
  if (TICKS.test(text)) return { ok: true, value: true };
  if (CROSSES.test(text)) return { ok: true, value: false };
  const folded = foldWords(text);
  if (YES.has(folded)) return { ok: true, value: true };
  if (NO.has(folded)) return { ok: true, value: false };
  return { ok: false, message: `"${text}" is not yes or no (use Yes, No, Y, N, TRUE, FALSE or a tick)` };
}

/** Words coordinators use for some choices, beyond the app's labels (folded). */
const COMMON_WORDS: Record<string, readonly string[]> = {
  social_media: ['facebook', 'instagram', 'twitter', 'tiktok', 'linkedin'],
  word_of_mouth: ['friend', 'a friend', 'friend or family'],
  website: ['web', 'internet', 'online', 'google'],
  unsure: ['not sure', 'don t know', 'dont know'],
  enhanced_barred_children: ['enhanced with barred list', 'enhanced barred'],
  residential: ['children s home', 'childrens home'],
};

/** The stored value a cell's text stands for, by the coordinator's mapping first, then the app's own words. */
export function readChoice(cell: SheetCell, field: SheetField, mapped: Readonly<Record<string, string>> = {}): Reading<string> {
  const text = cellText(cell);
  if (!text) return { ok: true, value: null };
  const folded = foldWords(text);
  const own = Object.hasOwn(mapped, folded) ? mapped[folded] : undefined;
  if (own) return { ok: true, value: own };
  for (const [value, label] of Object.entries(field.choices ?? {})) {
    if (folded === foldWords(value) || folded === foldWords(label) || (COMMON_WORDS[value] ?? []).includes(folded)) return { ok: true, value };
  }
  const choices = Object.values(field.choices ?? {}).map((l) => `"${l}"`).join(', ');
  return { ok: false, message: `"${text}" is not one of ${choices}: map it to one of them` };
}

/** The key a value mapping is kept under: the cell's words, folded. */
export const valueKey = (text: string) => foldWords(text);

const NUMBER = /^-?\d+(?:\.\d+)?$/;

export function readNumber(cell: SheetCell, unit = ''): Reading<number> {
  if (typeof cell === 'number') return cell < 0 ? { ok: false, message: `${cell} cannot be negative` } : { ok: true, value: cell };
  const text = cellText(cell);
  if (!text) return { ok: true, value: null };
  const bare = text.replace(new RegExp(`\\s*${unit}s?$`, 'i'), '').replace(/,/g, '');
  if (!NUMBER.test(bare)) return { ok: false, message: `"${text}" is not a number` };
  const value = Number(bare);
  return value < 0 ? { ok: false, message: `${text} cannot be negative` } : { ok: true, value };
}

/** Pounds and pence ("£12.50", "12.5", 12.5, "80p") as whole pence. */
export function readPence(cell: SheetCell): Reading<number> {
  const text = cellText(cell);
  if (!text) return { ok: true, value: null };
  const inPence = /^(\d+)\s*p$/i.exec(text);
  if (inPence) return { ok: true, value: Number(inPence[1]) };
  const pounds = text.replace(/^£\s*/, '').replace(/,/g, '');
  if (!/^\d+(?:\.\d{1,2})?$/.test(pounds)) return { ok: false, message: `"${text}" is not an amount of money (write it like £12.50)` };
  return { ok: true, value: Math.round(Number(pounds) * 100) };
}

export function readMinutes(cell: SheetCell): Reading<number> {
  const reading = parseDuration(cellText(cell));
  return reading.ok ? { ok: true, value: reading.minutes } : { ok: false, message: `"${cellText(cell)}": ${reading.message}` };
}

/** A list cell: "Football, art; music" is three entries. */
export function readList(cell: SheetCell): string[] {
  return cellText(cell)
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
