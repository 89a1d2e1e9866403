import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortKey } from './sortKey';

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });
const sign = (n: number) => Math.sign(n);
const byKey = (a: string, b: string) => {
  const [x, y] = [sortKey(a), sortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

// What names are written with: letters of either case, accents, the letters the key maps, spaces and the punctuation names carry.
const NAME_CHARACTERS = [...'abeiloszABEILOSZéÉèöÖüÜñçåøØæÆœßłŁđıİŋjnŉ', ' ', '-', "'", '\u2019', '.', '0', '9', '\u200b', '\u00ad'];

describe('sortKey', () => {
  it('orders names as the en-GB collator does (case and accents aside)', () => {
    const name = fc.array(fc.constantFrom(...NAME_CHARACTERS), { maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(fc.property(name, name, (a, b) => sign(byKey(a, b)) === sign(collator.compare(a, b))), { numRuns: 20000 });
  });

  it('keeps the collator’s order of spaces and punctuation, all before digits and letters', () => {
    const punctuation = [...'\t _-\u2010\u2013\u2014,;:!?.\u00b7\'\u2019"\u201c()[]{}@*/\\&#%`^+<=>|~$'];
    for (const a of [...punctuation, '0', 'a']) {
      for (const b of [...punctuation, '0', 'a']) expect(sign(byKey(a, b)), `${a} against ${b}`).toBe(sign(collator.compare(a, b)));
    }
  });

  it('folds case and accents, and the letters Unicode does not decompose', () => {
    expect(sortKey('Élodie ÖZTÜRK')).toBe(sortKey('elodie ozturk'));
    expect(sortKey('Straße')).toBe(sortKey('strasse'));
    expect(sortKey('Søren Łukasz')).toBe(sortKey('soren lukasz'));
    expect(sortKey('Ærø')).toBe(sortKey('aero'));
  });

  it('puts apostrophes and hyphens before letters: O\u2019Brien and O\'Brien before Oakley, Smith before Smith-Jones before Smithers', () => {
    const names = ['Smithers', 'Oakley', 'Smith-Jones', 'O\u2019Brien', 'Smith', "O'Neill"];
    expect([...names].sort(byKey)).toEqual(['O\u2019Brien', "O'Neill", 'Oakley', 'Smith', 'Smith-Jones', 'Smithers']);
  });

  it('ignores what the collator ignores (a zero-width space, a soft hyphen)', () => {
    expect(sortKey('Ann\u200be')).toBe(sortKey('Anne'));
    expect(sortKey('Jo\u00adnes')).toBe(sortKey('Jones'));
  });
});
