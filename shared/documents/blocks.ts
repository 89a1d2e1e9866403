/**
 * A document as plain blocks, so one piece of content becomes both a Word file (core)
 * and a printable page (renderer) without being written twice.
 */
export type Block =
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; text: string; strong?: boolean }
  | { type: 'bullets'; items: string[] }
  /** Label and value pairs: a two-column table, the labels in the first column. */
  | { type: 'fields'; rows: { label: string; value: string }[] }
  /** A data table with a header row; the caption names it for screen readers. */
  | { type: 'table'; caption: string; columns: string[]; rows: string[][] }
  | { type: 'signatures'; lines: string[] };

export interface DocumentContent {
  /** Used for the file name and the document's title property. */
  title: string;
  schemeName: string;
  blocks: Block[];
}

export const PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';
