/**
 * The text every list sorts by, as a string whose plain code-point order is the order a
 * British reader expects: what Intl.Collator('en-GB', { sensitivity: 'base' }) gives for
 * names (case and accents aside, "Öztürk" beside "Oakley", "O'Brien" before "Oakley").
 * Being a plain string, SQLite can index it (migration 0010 indexes iv_sort_key, this
 * function, on the volunteers' and young people's names) and read a page in index order,
 * and the JavaScript sorts (sortRows) compare the very same keys, so a list orders its
 * rows the same whether SQL or JavaScript sorted them.
 *
 * The index stores these keys: changing what this function returns needs a migration
 * that runs REINDEX on the indexes built on iv_sort_key, or the indexes go stale.
 *
 * Where it differs from the collator (tested in sortKey.test.ts): Latin letters with no
 * decomposition beyond those mapped below (ə, ɛ, ƒ) and other scripts sort by
 * code point after "z", where the collator would place them beside a Latin letter; those
 * differences never reach a tie, only the relative place of such rare names. JavaScript
 * compares UTF-16 units and SQLite UTF-8 bytes: they differ only for characters beyond
 * U+FFFF against U+E000–U+FFFF, which names do not mix.
 */

/** Letters the collator treats as one or two plain letters, which Unicode does not decompose. */
const SAME_AS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ð: 'd', đ: 'd', ħ: 'h', ł: 'l' };
/**
 * Letters the collator places straight after a plain letter (ı after i, before j): the
 * letter then the highest character below the surrogates, which follows every letter a
 * name can hold next to it.
 */
const AFTER = '\ud7ff';
const JUST_AFTER: Record<string, string> = { ı: `i${AFTER}`, ĸ: `q${AFTER}`, ŋ: `n${AFTER}`, ŧ: `t${AFTER}` };

/**
 * Spaces and punctuation in the collator's order (every one before the digits and letters;
 * characters in one string are equal to it). Each becomes one control character, so their
 * order matches the collator's and all of them come before "0".
 */
const PUNCTUATION = ['\t', ' ', '_', '-', '\u2010\u2011', '\u2013', '\u2014', ',', ';', ':', '!', '?', '.', '\u00b7', "'\u2019\u2018", '"\u201c\u201d', '(', ')', '[', ']', '{', '}', '@', '*', '/', '\\', '&', '#', '%', '`', '^', '+', '<', '=', '>', '|', '~', '$'];
const RANKED = new Map(PUNCTUATION.flatMap((chars, rank) => [...chars].map((c) => [c, String.fromCharCode(1 + rank)] as const)));
const SPACE = RANKED.get(' ')!;

function keyOf(c: string): string {
  const ranked = RANKED.get(c);
  if (ranked) return ranked;
  if (/\s/u.test(c)) return SPACE;
  // Control and format characters (a zero-width space, a soft hyphen) the collator ignores.
  if (/[\p{Cc}\p{Cf}]/u.test(c)) return '';
  return SAME_AS[c] ?? JUST_AFTER[c] ?? c;
}

// Most text is plain ASCII: its characters' keys are worked out once, and such text needs no normalising.
const ASCII = Array.from({ length: 128 }, (_, code) => keyOf(String.fromCharCode(code).toLowerCase()));

export function sortKey(text: string): string {
  let key = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return otherKey(text);
    key += ASCII[code];
  }
  return key;
}

function otherKey(text: string): string {
  let key = '';
  for (const c of text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB')) key += keyOf(c);
  return key;
}
