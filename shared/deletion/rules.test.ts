import { describe, expect, it } from 'vitest';
import { confirmationSentence, deletedMessage, dependantCounts, keptMatchesNote, recordName, visitsRefusal, withoutIds } from './rules';

describe('what goes with a record, in words', () => {
  it('counts in a fixed order, singular or plural, leaving out the ones that are none', () => {
    expect(dependantCounts({ supervision: 4, reference: 3, training: 2, dbs: 1, feedback: 0 }).map((d) => d.label)).toEqual([
      '3 references',
      '2 training records',
      '1 DBS record',
      '4 supervisions',
    ]);
    expect(dependantCounts({})).toEqual([]);
  });

  it('one sentence for the confirmation', () => {
    const goesWith = dependantCounts({ reference: 3, dbs: 1, supervision: 4 });
    expect(confirmationSentence({ record: 'Ann Lee', goesWith })).toBe('Deleting Ann Lee also deletes 3 references, 1 DBS record and 4 supervisions.');
    expect(confirmationSentence({ record: 'the visit on 01/11/2026', goesWith: [] })).toBe('Deleting the visit on 01/11/2026 deletes nothing else.');
  });

  it('names each kind of record with dates as dd/mm/yyyy', () => {
    expect(recordName('visit', { date: '2026-11-01' })).toBe('the visit on 01/11/2026');
    expect(recordName('match', { name: 'Ann Lee', otherName: 'Sam Hill' })).toBe('the match of Ann Lee with Sam Hill');
    expect(recordName('referral', { date: '2026-10-01', name: 'Sam Hill' })).toBe("Sam Hill's referral of 01/10/2026");
    expect(recordName('volunteer', { name: 'Ann Lee' })).toBe('Ann Lee');
    expect(deletedMessage('the visit on 01/11/2026')).toBe('The visit on 01/11/2026 was deleted.');
  });
});

describe('refusals', () => {
  it('nothing stands in the way of a record without visited matches', () => {
    expect(visitsRefusal('volunteer', 'Ann Lee', { matches: 0, visits: 0 })).toBeNull();
  });

  it('says what to do instead, for one match or several', () => {
    expect(visitsRefusal('match', 'x', { matches: 1, visits: 12 })).toBe('This match has 12 visits, so it cannot be deleted: end the match instead.');
    expect(visitsRefusal('match', 'x', { matches: 1, visits: 1 })).toBe('This match has 1 visit, so it cannot be deleted: end the match instead.');
    expect(visitsRefusal('referral', 'x', { matches: 2, visits: 7 })).toBe('This referral has 2 matches with visits (7 in all), so it cannot be deleted: close the referral instead.');
    expect(visitsRefusal('volunteer', 'Ann Lee', { matches: 1, visits: 3 })).toMatch(/^Ann Lee has a match with 3 visits, so their record cannot be deleted\. Record that they have left or withdrawn instead/);
    expect(visitsRefusal('youngPerson', 'Sam Hill', { matches: 1, visits: 3 })).toMatch(/^Sam Hill has a match with 3 visits, so their record cannot be deleted\. End the match and close the referral instead/);
  });
});

it('a list of ids loses the deleted ones and keeps its order', () => {
  expect(withoutIds([5, 3, 9, 3], [3])).toEqual([5, 9]);
  expect(withoutIds([5], [])).toEqual([5]);
});

describe('what a volunteer\'s erasure keeps, in words', () => {
  it('one match or several, for one young person or several', () => {
    expect(keptMatchesNote({ matches: 2, visits: 14, youngPeople: 2 })).toBe("Their 2 matches stay, with 14 visits, as part of the young people's records, under an anonymised name.");
    expect(keptMatchesNote({ matches: 1, visits: 1, youngPeople: 1 })).toBe("Their match stays, with 1 visit, as part of the young person's record, under an anonymised name.");
    expect(keptMatchesNote({ matches: 2, visits: 0, youngPeople: 1 })).toBe("Their 2 matches stay, as part of the young person's record, under an anonymised name.");
  });
});
