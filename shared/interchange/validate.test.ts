import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DocumentCheck, validateDocument } from './validate';
import { LIST_NAMES } from './format';
import small from '../../tests/fixtures/interchange/valid-small.json';
import rich from '../../tests/fixtures/interchange/rich.json';
import allLists from '../../tests/fixtures/interchange/all-lists.json';
import { interchangeDoc as doc, volunteerRecord as volunteer, youngPersonRecord as youngPerson, type Fields as Doc } from '../../tests/fixtures/interchange/records';

const clone = <T>(value: T): T => structuredClone(value);

function errorsOf(raw: unknown): string[] {
  const result = validateDocument(raw);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.errors;
}

describe('validateDocument: accepts', () => {
  it.each([
    ['valid-small.json', small],
    ['rich.json', rich],
    ['all-lists.json (every list and field of the format)', allLists],
  ])('%s', (_name, fixture) => {
    const result = validateDocument(clone(fixture));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('a document with only the format marker (every list may be missing)', () => {
    expect(validateDocument(doc()).ok).toBe(true);
  });

  it('a document with every list empty', () => {
    expect(validateDocument(doc(Object.fromEntries(LIST_NAMES.map((l) => [l, []])))).ok).toBe(true);
  });

  it('optional fields given as null', () => {
    expect(validateDocument(doc({ volunteers: [volunteer({ dateOfBirth: null, email: null, dbs: null, enquirySource: null })] })).ok).toBe(true);
  });

  it('the same id in two different lists', () => {
    expect(validateDocument(doc({ volunteers: [volunteer({ id: 'x' })], youngPeople: [youngPerson({ id: 'x' })] })).ok).toBe(true);
  });

  it('a safeguarding concern about nobody in particular (its references are optional)', () => {
    expect(validateDocument(doc({ safeguardingConcerns: [{ id: 's1', date: '2024-01-01', summary: 'x', youngPersonId: null }] })).ok).toBe(true);
  });

  it('and gives back the parsed document', () => {
    const result = validateDocument(clone(small));
    expect(result.ok && result.document.volunteers?.map((v) => v.id)).toEqual(['v-before', 'v-first-day', 'v-middle', 'v-last-day', 'v-after']);
  });

  it("leaves the caller's document as it was, key order included", () => {
    const raw = clone(rich) as Doc;
    const before = JSON.stringify(raw);
    const result = validateDocument(raw);
    expect(JSON.stringify(raw)).toBe(before);
    expect(result.ok && result.document.volunteers).not.toBe(raw.volunteers);
  });
});

describe('validateDocument: refuses', () => {
  it.each([[null], [[]], ['iv-desk/1'], [42], [true]])('%j, which is not an object', (raw) => {
    expect(errorsOf(raw)).toEqual(['The file is not an IV Desk interchange document (it should be a JSON object).']);
  });

  it.each([{}, { format: 'iv-desk/2' }, { format: 'IV-DESK/1' }, { format: 1 }, { volunteers: [] }])('a wrong or missing format marker: %j', (raw) => {
    expect(errorsOf(raw)).toEqual(['The file is not an IV Desk interchange document: "format" should be "iv-desk/1".']);
  });

  it('a dangling reference, naming list, index, id and field', () => {
    const raw = doc({
      youngPeople: [youngPerson({ id: 'yp-1' })],
      referrals: [
        { id: 'r1', youngPersonId: 'yp-1', date: '2024-01-01', outcome: 'pending' },
        { id: 'r2', youngPersonId: 'yp-missing', date: '2024-01-01', outcome: 'pending' },
      ],
    });
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('referrals[1]');
    expect(errors[0]).toContain('id "r2"');
    expect(errors[0]).toContain('field "youngPersonId"');
    expect(errors[0]).toContain('"yp-missing"');
  });

  it('dangling references in every kind of list', () => {
    const raw = clone(allLists) as Doc & { matches: Doc[]; visits: Doc[]; safeguardingConcerns: Doc[] };
    raw.matches[0].volunteerId = 'nobody';
    raw.visits[0].matchId = 'no-match';
    raw.safeguardingConcerns[0].volunteerId = 'ghost';
    const errors = errorsOf(raw);
    expect(errors).toEqual([
      'matches[0] (id "m1"), field "volunteerId": refers to "nobody", which is not in volunteers',
      'visits[0] (id "vis1"), field "matchId": refers to "no-match", which is not in matches',
      'safeguardingConcerns[0] (id "sg1"), field "volunteerId": refers to "ghost", which is not in volunteers',
    ]);
  });

  it('a dangling match in a supervision\'s list of matches discussed, naming its place in the list', () => {
    const raw = clone(allLists) as Doc & { supervisions: Doc[] };
    raw.supervisions[0].matchesDiscussed = ['m1', 'm-gone'];
    expect(errorsOf(raw)).toEqual(['supervisions[0] (id "s1"), field "matchesDiscussed.1": refers to "m-gone", which is not in matches']);
  });

  it('dangling references in the care-review updates and contacts', () => {
    const raw = clone(allLists) as Doc & { careReviewUpdates: Doc[]; contacts: Doc[] };
    raw.careReviewUpdates[0].youngPersonId = 'nobody';
    raw.contacts[0].matchId = 'no-match';
    expect(errorsOf(raw)).toEqual([
      'contacts[0] (id "ct1"), field "matchId": refers to "no-match", which is not in matches',
      'careReviewUpdates[0] (id "u1"), field "youngPersonId": refers to "nobody", which is not in youngPeople',
    ]);
  });

  it('a reference to an id that exists, but in a different list', () => {
    const raw = doc({ volunteers: [volunteer({ id: 'same' })], referrals: [{ id: 'r1', youngPersonId: 'same', date: '2024-01-01', outcome: 'pending' }] });
    expect(errorsOf(raw)[0]).toContain('field "youngPersonId"');
  });

  it.each(['2023-02-30', '2023-02-29', '2024-13-01', '2024-04-31', '01/02/2024', '2024-1-1', ''])('an impossible or badly written date: %j', (date) => {
    const errors = errorsOf(doc({ volunteers: [volunteer(), volunteer({ id: 'v2', enquiryDate: date })] }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^volunteers\[1\] \(id "v2"\), field "enquiryDate" /);
    expect(errors[0]).toContain('not a real date');
  });

  it('an impossible date deep inside a record', () => {
    const raw = doc({ volunteers: [volunteer({ training: [{ module: 'Safeguarding', completedDate: '2023-02-30' }] })] });
    expect(errorsOf(raw)).toEqual(['volunteers[0] (id "v1"), field "training.0.completedDate" is not a real date in the form YYYY-MM-DD']);
  });

  it('an unknown field (a typo), naming it', () => {
    const { firstName, ...rest } = volunteer();
    const errors = errorsOf(doc({ volunteers: [{ ...rest, firstname: firstName }] }));
    expect(errors).toContain('volunteers[0] (id "v1") has unknown field "firstname"');
    // The field the typo was meant to be is then missing, and that is said too.
    expect(errors).toContain('volunteers[0] (id "v1"), field "firstName" is required but missing');
  });

  it('unknown fields in the scheme, nested objects and at the top level', () => {
    expect(errorsOf(doc({ scheme: { name: 'S', colour: 'blue' } }))).toEqual(['scheme has unknown field "colour"']);
    expect(errorsOf(doc({ volunteers: [volunteer({ dbs: { level: 'basic', expiry: '2025-01-01' } })] }))).toEqual([
      'volunteers[0] (id "v1"), field "dbs" has unknown field "expiry"',
    ]);
    expect(errorsOf(doc({ volunters: [] }))).toEqual(['the file has unknown field "volunters"']);
  });

  it('an unknown enum value, listing the allowed ones', () => {
    const errors = errorsOf(doc({ volunteers: [volunteer({ enquirySource: 'tiktok' })] }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^volunteers\[0\] \(id "v1"\), field "enquirySource" must be one of /);
    for (const allowed of ['social_media', 'website', 'event', 'word_of_mouth', 'advert', 'other']) expect(errors[0]).toContain(`"${allowed}"`);
  });

  it('an enum value in the wrong case, and a required enum', () => {
    expect(errorsOf(doc({ youngPeople: [youngPerson({ placementType: 'Foster' })] }))[0]).toContain('field "placementType" must be one of');
    const raw = doc({ youngPeople: [youngPerson()], referrals: [{ id: 'r1', youngPersonId: 'y1', date: '2024-01-01', outcome: 'maybe' }] });
    expect(errorsOf(raw)[0]).toContain('referrals[0] (id "r1"), field "outcome" must be one of');
  });

  it('a missing required field', () => {
    const { enquiryDate: _e, ...rest } = volunteer();
    expect(errorsOf(doc({ volunteers: [rest] }))).toEqual(['volunteers[0] (id "v1"), field "enquiryDate" is required but missing']);
    expect(errorsOf(doc({ scheme: {} }))).toEqual(['scheme, field "name" is required but missing']);
    expect(errorsOf(doc({ volunteers: [volunteer({ lastName: null })] }))).toEqual(['volunteers[0] (id "v1"), field "lastName" is required but missing']);
  });

  it('a value of the wrong type, without calling it missing', () => {
    const number = errorsOf(doc({ volunteers: [volunteer({ enquiryDate: 20240101 })] }));
    expect(number).toHaveLength(1);
    expect(number[0]).toMatch(/^volunteers\[0\] \(id "v1"\), field "enquiryDate" /);
    expect(number[0]).not.toContain('missing');
    const list = errorsOf(doc({ volunteers: {} }));
    expect(list).toHaveLength(1);
        expect(list[0]).not.toContain('missing');
    expect(list[0]).toBe('volunteers must be a list');
    expect(errorsOf(doc({ scheme: { name: 'S', mileageRatePence: '45p' } }))).toEqual(['scheme, field "mileageRatePence" must be a number']);
    expect(errorsOf(doc({ scheme: { name: 'S', financialYearStartMonth: 4.5 } }))).toEqual(['scheme, field "financialYearStartMonth" must be a whole number']);
    expect(errorsOf(doc({ volunteers: [volunteer({ languages: 'English' })] }))).toEqual(['volunteers[0] (id "v1"), field "languages" must be a list']);
    expect(errorsOf(doc({ volunteers: [volunteer({ dbs: { updateService: 'yes' } })] }))).toEqual([
      'volunteers[0] (id "v1"), field "dbs.updateService" must be true or false',
    ]);
  });

  it('a duplicate id, naming the second use', () => {
    const errors = errorsOf(doc({ volunteers: [volunteer({ id: 'a' }), volunteer({ id: 'b' }), volunteer({ id: 'a' })] }));
    expect(errors).toEqual(['volunteers[2] (id "a"), field "id": the id is used twice in volunteers']);
  });

  it('an empty id', () => {
    expect(errorsOf(doc({ volunteers: [volunteer({ id: '' })] }))[0]).toMatch(/^volunteers\[0\].*field "id"/);
  });

  it('negative money and fractional pence', () => {
    const base = clone(allLists) as Doc & { visits: Doc[] };
    base.visits[0].activityCostPence = -1;
    base.visits[0].transportCostPence = 3.5;
    const errors = errorsOf(base);
    expect(errors.some((e) => e.includes('visits[0] (id "vis1"), field "activityCostPence"'))).toBe(true);
    expect(errors.some((e) => e.includes('visits[0] (id "vis1"), field "transportCostPence"'))).toBe(true);
  });

  it('gives at most 50 problems, however bad the file', () => {
    const raw = doc({ volunteers: Array.from({ length: 200 }, (_, i) => volunteer({ id: `v${i}`, enquiryDate: '2023-02-30' })) });
    expect(errorsOf(raw)).toHaveLength(50);
  });

  it('does not repeat the contents of a bad value (it may be personal data)', () => {
    const errors = errorsOf(doc({ volunteers: [volunteer({ enquirySource: 'Told by Mrs Secretname', dateOfBirth: 'born 1 Jan Secretville' })] }));
    expect(errors.join('\n')).not.toContain('Secret');
  });
});

describe('DocumentCheck', () => {
  it('when a second use of an id is found elsewhere, holds only the ids other lists refer to', () => {
    const check = new DocumentCheck({ duplicatesFoundElsewhere: true });
    check.field('format', 'iv-desk/1');
    const feedback = { id: 'f1', matchId: 'm1', date: '2024-01-01' };
    check.list('feedback');
    // Feedback is on a match that is not in the file: still a dangling reference.
    expect(check.item('feedback', 0, feedback)).toBeNull();
    expect(check.finish().errors).toEqual(['feedback[0] (id "f1"), field "matchId": refers to "m1", which is not in matches']);
    const again = new DocumentCheck({ duplicatesFoundElsewhere: true });
    again.field('format', 'iv-desk/1');
    again.list('volunteers');
    again.list('complaints');
    const complaint = { id: 'c1', date: '2024-01-01', summary: 'x' };
    expect(again.item('complaints', 0, complaint)).not.toBeNull();
    expect(again.item('complaints', 1, complaint)).not.toBeNull();
    expect(again.item('volunteers', 0, volunteer({ id: 'v' }))).not.toBeNull();
    expect(again.item('volunteers', 1, volunteer({ id: 'v' }))).toBeNull();
    expect(again.finish().errors).toEqual(['volunteers[1] (id "v"), field "id": the id is used twice in volunteers']);
  });
});

describe('validateDocument: junk', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDocument(value);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('never throws on documents with the right marker and junk lists', () => {
    const junk = fc.dictionary(fc.constantFrom(...LIST_NAMES, 'scheme', 'other'), fc.jsonValue(), { maxKeys: 4 });
    fc.assert(
      fc.property(junk, (lists) => {
        const result = validateDocument({ format: 'iv-desk/1', ...lists });
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          expect(result.errors.length).toBeLessThanOrEqual(50);
          for (const e of result.errors) expect(typeof e).toBe('string');
        }
      }),
    );
  });
});

describe('crafted files are refused in bounded memory', () => {
  const doc = (extra: object) => ({ format: 'iv-desk/1', ...extra });

  it('a list of millions of numbers: at most 50 problems, without a problem object per number', () => {
    const raw = JSON.parse(`{"format":"iv-desk/1","volunteers":[${'1,'.repeat(1_500_000)}1]}`);
    const heap = process.memoryUsage().heapUsed;
    const result = validateDocument(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(50);
      expect(result.errors[0]).toBe('volunteers[0] must be an object');
    }
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(200 * 1024 * 1024);
  });

  it('an inner list, an object or a text that is too large is named, before any field is read', () => {
    const volunteer = { id: 'v', firstName: 'A', lastName: 'B', enquiryDate: '2026-01-01' };
    const errors = (d: object) => {
      const r = validateDocument(d);
      return r.ok ? [] : r.errors;
    };
    expect(errors(doc({ volunteers: [{ ...volunteer, languages: Array.from({ length: 201 }, () => 'x') }] }))).toEqual(['volunteers[0], field "languages" has more than 200 entries']);
    expect(errors(doc({ volunteers: [{ ...volunteer, notes: 'x'.repeat(10_001) }] }))).toEqual(['volunteers[0], field "notes" is longer than 10,000 characters']);
    expect(errors(doc({ volunteers: [Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`k${i}`, 1]))] }))).toEqual(['volunteers[0] has more than 60 fields']);
    expect(errors(doc({ volunteers: [{ ...volunteer, dbs: { a: { b: { c: { d: 1 } } } } }] }))[0]).toMatch(/nested too deeply/);
  });

  it('stops at 50 problems when every item is wrong in the same way', () => {
    const raw = doc({ volunteers: Array.from({ length: 10_000 }, (_, i) => ({ id: `v${i}`, firstName: 'A', lastName: 'B', enquiryDate: '2026-02-30' })) });
    const result = validateDocument(raw);
    expect(result.ok ? [] : result.errors).toHaveLength(50);
    expect(result.ok ? '' : result.errors[0]).toBe('volunteers[0] (id "v0"), field "enquiryDate" is not a real date in the form YYYY-MM-DD');
  });
});
