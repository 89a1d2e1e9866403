/** Folding for name search: any letter case, accents ignored ("elodie" finds "Élodie"). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB');
}

/** Folded to letters and digits only: "O'Neill" and "o neill" are both "oneill". */
export const foldCompact = (text: string) => foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * What a search box's words ask the full-text index (FTS5, tokenizer unicode61) for:
 * everything when it is blank, nothing when it holds no letter or digit to look for.
 */
export type SearchQuery = { kind: 'everything' } | { kind: 'nothing' } | { kind: 'match'; query: string };

/** A word the tokenizer would keep nothing of (a lone "-", "(", "*") cannot narrow a search. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * Every word, folded, must begin a word of the record ("smi" finds "Smith"). Each word is
 * quoted as an FTS5 string with a prefix star, so none of FTS5's syntax (NEAR, AND, OR, NOT,
 * quotes, stars, parentheses, column filters, "-", "^") can reach the query from the box: a
 * double quote is doubled, and inside quotes everything else is plain text. A word such as
 * "jane.smith@example.com" becomes a phrase of its parts, in order.
 */
export function searchQuery(text: string): SearchQuery {
  // Control characters (a NUL would end the FTS5 string early) separate words like spaces.
  const words = foldForSearch(text.replace(/\p{Cc}/gu, ' ')).split(/\s+/).filter(Boolean);
  if (words.length === 0) return { kind: 'everything' };
  const searchable = words.filter((word) => SEARCHABLE.test(word));
  if (searchable.length === 0) return { kind: 'nothing' };
  return { kind: 'match', query: searchable.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' AND ') };
}

/** The same words, looking only in the index's `name` column. */
export function nameOnly(query: string): string {
  return `name : (${query})`;
}
