/** Numbers, money, shares and tables in the annual report's words. */
import { NOT_RECORDED } from '../figures';
import type { Block } from './blocks';
import { sentenceStart } from '../words';
import { count } from '../reports/numberWords';

const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** "1 referral", "1,234 referrals". */
export const counted = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;
export const money = (pence: number | null) => (pence === null ? 'none (no visits)' : gbp.format(pence / 100));

/** The label for a breakdown's key: the record's own words when IV Desk has no label for it (a reason typed in). */
export function keyLabel(labels: Record<string, string>, key: string): string {
  if (key === NOT_RECORDED) return 'Not recorded';
  return labels[key] ?? sentenceStart(key);
}

/** A breakdown as a two-column table; the rows with nothing in them are left out, and a breakdown with nothing at all is a sentence. */
export function breakdownTable(caption: string, heading: string, counts: Record<string, number>, labels: Record<string, string>): Block {
  const rows = Object.entries(counts).filter(([, n]) => n > 0);
  if (rows.length === 0) return { type: 'paragraph', text: `${caption}: none in this period.` };
  return { type: 'table', caption, columns: [heading, 'Number'], rows: rows.map(([k, n]) => [keyLabel(labels, k), count(n)]) };
}
