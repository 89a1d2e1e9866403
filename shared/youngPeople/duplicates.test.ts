import { describe, expect, it } from 'vitest';
import { duplicateReason, foldName, youngPersonDuplicateFinder, type YoungPersonIdentity } from './duplicates';

const person = (over: Partial<YoungPersonIdentity> = {}): YoungPersonIdentity => ({ firstName: 'Samantha', lastName: 'Okafor', dateOfBirth: '2012-03-04', caseReference: null, ...over });

describe('young people duplicates', () => {
  it('folds case, accents, spaces and punctuation out of names', () => {
    expect(foldName("  Zoë O'Neill ")).toBe('zoeoneill');
    expect(foldName(null)).toBe('');
  });

  it('finds the same name and date of birth, however it is spelt', () => {
    expect(duplicateReason(person({ firstName: 'SAMANTHA ', lastName: 'okafor' }), person())).toBe('the same name and date of birth');
    expect(duplicateReason(person({ firstName: 'Zoe', lastName: 'ONeill' }), person({ firstName: 'Zoë', lastName: "O'Neill" }))).toBe('the same name and date of birth');
    expect(duplicateReason(person({ dateOfBirth: '2012-03-05' }), person())).toBeNull();
    expect(duplicateReason(person({ dateOfBirth: null }), person({ dateOfBirth: null }))).toBeNull();
  });

  it('finds the same case reference when both have one, whatever the names', () => {
    const known = person({ firstName: 'Jo', lastName: 'Bloggs', dateOfBirth: '2010-01-01', caseReference: 'LCS-1234' });
    expect(duplicateReason(person({ caseReference: 'lcs 1234' }), known)).toBe('the same case reference');
    expect(duplicateReason(person({ caseReference: 'LCS-1235' }), known)).toBeNull();
    expect(duplicateReason(person({ caseReference: null }), known)).toBeNull();
    expect(duplicateReason(person({ caseReference: ' - ' }), person({ caseReference: '' }))).toBe('the same name and date of birth');
  });

  it('finds a short form of the first name with the same last name and date of birth', () => {
    expect(duplicateReason(person({ firstName: 'Sam' }), person())).toMatch(/^the same last name and date of birth, and Sam may be short for Samantha$/);
    expect(duplicateReason(person(), person({ firstName: 'Sam' }))).toMatch(/Sam may be short for Samantha$/);
    // Two letters are too few to call a short form; a different start is another name.
    expect(duplicateReason(person({ firstName: 'Sa' }), person())).toBeNull();
    expect(duplicateReason(person({ firstName: 'Amantha' }), person())).toBeNull();
    expect(duplicateReason(person({ firstName: 'Sam', lastName: 'Okafor-Smith' }), person())).toBeNull();
    expect(duplicateReason(person({ firstName: 'Sam', dateOfBirth: '2012-03-05' }), person())).toBeNull();
  });

  it('finds each known young person once, by any of the rules', () => {
    const find = youngPersonDuplicateFinder([
      { id: 1, ...person({ caseReference: 'A1' }) },
      { id: 2, ...person({ firstName: 'Sam' }) },
      { id: 3, ...person({ firstName: 'Other', caseReference: 'B2' }) },
      { id: 4, ...person({ firstName: 'Samantha', dateOfBirth: '2011-01-01' }) },
    ]);
    expect(find(person({ caseReference: 'a1' }))).toEqual([
      { id: 1, name: 'Samantha Okafor', reason: 'the same case reference' },
      { id: 2, name: 'Sam Okafor', reason: expect.stringMatching(/Sam may be short for Samantha$/) },
    ]);
    expect(find(person({ firstName: 'Nobody', caseReference: 'B-2' })).map((d) => d.id)).toEqual([3]);
    expect(find(person({ firstName: 'Nobody' }))).toEqual([]);
  });
});
