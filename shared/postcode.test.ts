import { describe, expect, it } from 'vitest';
import { tidyPostcode } from './postcode';

describe('tidyPostcode', () => {
  it.each([
    ['dh11aa', 'DH1 1AA'],
    ['DH1 1AA', 'DH1 1AA'],
    [' dh1   1aa ', 'DH1 1AA'],
    ['sw1a1aa', 'SW1A 1AA'],
    ['m11ae', 'M1 1AE'],
    ['b338th', 'B33 8TH'],
    ['cr2 6xh', 'CR2 6XH'],
    ['ec1a 1bb', 'EC1A 1BB'],
    ['W1A0AX', 'W1A 0AX'],
  ])('tidies %j to %j', (typed, stored) => {
    expect(tidyPostcode(typed)).toBe(stored);
  });

  it('puts a district alone in capitals', () => {
    expect(tidyPostcode(' dh8 ')).toBe('DH8');
  });

  it('keeps what is not a postcode as typed, trimmed', () => {
    expect(tidyPostcode('  not known ')).toBe('not known');
    expect(tidyPostcode('DH1 1AAA')).toBe('DH1 1AAA');
    expect(tidyPostcode('12345')).toBe('12345');
  });

  it('leaves no postcode as none', () => {
    expect(tidyPostcode(null)).toBeNull();
    expect(tidyPostcode(undefined)).toBeUndefined();
  });
});
