/**
 * CSV for spreadsheets. A cell that starts with = + - @, a tab or a carriage return is
 * prefixed with a quote so a spreadsheet shows it as text and never runs it as a formula.
 */

/** Text a spreadsheet could take for a formula: it starts with = + - @, a tab or a carriage return. */
export const looksLikeFormula = (text: string) => /^[=+\-@\t\r]/.test(text);

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  // A number is written by us, never typed in: -5 is a number, not a formula.
  if (typeof value === 'string' && looksLikeFormula(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(rows: (string | number | null | undefined)[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Pence as pounds with two decimals, e.g. 3550 -> "35.50". */
export const pounds = (pence: number) => (pence / 100).toFixed(2);
