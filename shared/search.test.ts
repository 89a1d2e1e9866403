import { describe, expect, it } from 'vitest';
import { foldForSearch, nameOnly, searchQuery } from './search';

describe('foldForSearch', () => {
  it('ignores case and accents in any alphabet', () => {
    expect(foldForSearch('Élodie ÖZTÜRK')).toBe('elodie ozturk');
    expect(foldForSearch('Siobhán')).toBe('siobhan');
    expect(foldForSearch('ΣΟΦΙΑ')).toBe('σοφια');
    expect(foldForSearch("O'Brien-Smith")).toBe("o'brien-smith");
  });
});

describe('searchQuery', () => {
  it('asks for every word, folded, as the start of a word', () => {
    expect(searchQuery('  Élodie   SMI ')).toEqual({ kind: 'match', query: '"elodie"* AND "smi"*' });
  });

  it('blank asks for everything; only punctuation asks for nothing', () => {
    expect(searchQuery('')).toEqual({ kind: 'everything' });
    expect(searchQuery(' \t ')).toEqual({ kind: 'everything' });
    expect(searchQuery('- ( ) * "')).toEqual({ kind: 'nothing' });
  });

  it('keeps FTS5 syntax out of the query: operators, stars, parentheses and quotes are plain text', () => {
    expect(searchQuery('smith NEAR jones')).toEqual({ kind: 'match', query: '"smith"* AND "near"* AND "jones"*' });
    expect(searchQuery('OR NOT AND')).toEqual({ kind: 'match', query: '"or"* AND "not"* AND "and"*' });
    expect(searchQuery('sm*th (jo')).toEqual({ kind: 'match', query: '"sm*th"* AND "(jo"*' });
    expect(searchQuery('"smith" name:jo')).toEqual({ kind: 'match', query: '"""smith"""* AND "name:jo"*' });
    expect(searchQuery('smith - jones')).toEqual({ kind: 'match', query: '"smith"* AND "jones"*' });
  });

  it('leaves email addresses, phone numbers and postcodes whole, for the index to split', () => {
    expect(searchQuery('Jane.Smith@Example.com')).toEqual({ kind: 'match', query: '"jane.smith@example.com"*' });
    expect(searchQuery('07700 900123')).toEqual({ kind: 'match', query: '"07700"* AND "900123"*' });
    expect(searchQuery('DH1 3LE')).toEqual({ kind: 'match', query: '"dh1"* AND "3le"*' });
  });

  it('takes control characters for spaces: a NUL never reaches the index', () => {
    expect(searchQuery('\u0000ؠ')).toEqual({ kind: 'match', query: '"ؠ"*' });
    expect(searchQuery('smi\u0000th')).toEqual({ kind: 'match', query: '"smi"* AND "th"*' });
  });

  it('can be limited to the name column', () => {
    expect(nameOnly('"smi"* AND "jo"*')).toBe('name : ("smi"* AND "jo"*)');
  });
});
