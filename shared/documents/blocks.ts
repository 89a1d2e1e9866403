/**
 * A document as plain blocks, so one piece of content becomes both a Word file (core)
 * and a printable page (renderer) without being written twice.
 */
export type Block =
  | { type: 'heading'; level: 1 | 2; text: string; /** Starts a new page in Word (a printed page ignores it). */ newPage?: boolean }
  | { type: 'paragraph'; text: string; strong?: boolean }
  | { type: 'bullets'; items: string[] }
  /** Label and value pairs: a two-column table, the labels in the first column. */
  | { type: 'fields'; rows: { label: string; value: string }[] }
  /** A data table with a header row; the caption names it for screen readers. */
  | { type: 'table'; caption: string; columns: string[]; rows: string[][]; /** Column shares in per cent, where the document knows better than the words' lengths. */ widths?: number[] }
  | { type: 'signatures'; lines: string[] };

export interface DocumentContent {
  /** Used for the file name and the document's title property. */
  title: string;
  schemeName: string;
  blocks: Block[];
}

/**
 * Blocks only a Word file has: the annual report is downloaded, never shown as a page. A
 * chart always comes with a table of the same numbers, so no figure is only in a picture.
 */
export type WordOnlyBlock =
  | { type: 'cover'; title: string; lines: string[] }
  | { type: 'contents'; title: string }
  | { type: 'chart'; title: string; categories: string[]; series: { name: string; values: number[] }[]; altText: string };

export interface WordContent extends Omit<DocumentContent, 'blocks'> {
  blocks: (Block | WordOnlyBlock)[];
  /** The protective marking in the header and footer; OFFICIAL-SENSITIVE unless the document says otherwise. */
  marking?: 'OFFICIAL' | 'OFFICIAL-SENSITIVE';
}

export const PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';
