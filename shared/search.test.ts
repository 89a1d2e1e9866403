import { describe, expect, it } from 'vitest';
import { foldForSearch } from './search';

describe('foldForSearch', () => {
  it('ignores case and accents in any alphabet', () => {
    expect(foldForSearch('Élodie ÖZTÜRK')).toBe('elodie ozturk');
    expect(foldForSearch('Siobhán')).toBe('siobhan');
    expect(foldForSearch('ΣΟΦΙΑ')).toBe('σοφια');
    expect(foldForSearch("O'Brien-Smith")).toBe("o'brien-smith");
  });
});
