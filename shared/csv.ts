/**
 * CSV for spreadsheets. A cell that starts with = + - @, a tab or a carriage return is
 * prefixed with a quote so a spreadsheet shows it as text and never runs it as a formula.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(rows: (string | number | null | undefined)[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Pence as pounds with two decimals, e.g. 3550 -> "35.50". */
export const pounds = (pence: number) => (pence / 100).toFixed(2);
