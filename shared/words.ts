/** Counting and listing in plain English, shared by documents and messages. */

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The first letter in capitals, for a phrase that starts a sentence. */
export const sentenceStart = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);
