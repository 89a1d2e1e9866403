/**
 * Import and export against real encrypted databases: refusals write nothing, and a
 * whole scheme survives export -> import into an empty scheme -> export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unlockedSession } from '../helpers/session';
import { importDocument, planImport } from '../../electron/core/interchange/importDocument';
import { exportDocument, subjectAccessDocument } from '../../electron/core/interchange/exportDocument';
import { tableCounts } from '../../electron/core/reports/counts';
import { validateDocument } from '../../shared/interchange/validate';
import { volunteerRecord as volunteerSchema, schemeRecord as schemeSchema, LISTS, LIST_NAMES, type ListName } from '../../shared/interchange/format';
import { STORED_FIELDS } from '../../electron/core/interchange/stored';
import { contract } from '../../shared/contract';
import { createVolunteer } from '../../electron/core/services/volunteers';
import { createYoungPerson } from '../../electron/core/services/youngPeople';
import { updateScheme } from '../../electron/core/services/scheme';
import { UserError } from '../../electron/core/errors';
import { LIST_LIMITS, TEXT_LIMITS } from '../../shared/textLimits';
import type { Db } from '../../electron/core/db/open';
import type { Session } from '../../electron/core/session';
import { interchangeDoc, volunteerRecord, youngPersonRecord, type Fields as Doc } from '../fixtures/interchange/records';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/interchange');
const fixtureText = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');
const fixture = (name: string) => JSON.parse(fixtureText(name)) as Record<string, unknown>;
const TODAY = '2025-06-01';
const RICH_COUNTS = { volunteers: 5, youngPeople: 3, referrals: 2, matches: 2, contacts: 3, supervisions: 4, careReviews: 2, careReviewUpdates: 2, todayDecisions: 4 };

// Ids unlike any in valid-small.json, which the refusal tests import first.
const volunteer = (over: Doc = {}): Doc => volunteerRecord({ id: 'new-v1', ...over });
const youngPerson = (over: Doc = {}): Doc => youngPersonRecord({ id: 'new-y1', ...over });
const doc = (lists: Doc = {}): string => JSON.stringify(interchangeDoc(lists));

/**
 * The record counts expected, with every other kind of record at 0: later versions count
 * more kinds, and none of them may appear where a test expects none.
 */
function counts(actual: Record<string, unknown>, expected: Record<string, unknown>) {
  return { ...Object.fromEntries(Object.keys(actual).map((k) => [k, 0])), ...expected };
}

/**
 * A file as IV Desk exports it: lists it holds nothing of are written empty, and a
 * volunteer's capacity (how many young people they can visit) is 1 unless the file says more.
 */
function asExported(document: Doc): Doc {
  const out = Object.fromEntries(Object.entries(document).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
  if (Array.isArray(out.volunteers)) out.volunteers = (out.volunteers as Doc[]).map((v) => ({ ...v, capacity: v.capacity ?? 1 }));
  return out;
}

/** Everything the database holds, as the export sees it, without the export's timestamp. */
function snapshot(db: Db) {
  const { exportedAt: _at, ...rest } = exportDocument(db);
  return { counts: tableCounts(db), document: rest };
}

function refusal(db: Db, text: string): { message: string; errors: string[] } {
  const plan = planImport(db, text, TODAY);
  expect(plan.preview.valid).toBe(false);
  let error: unknown;
  try {
    importDocument(db, text, TODAY);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).code).toBe('invalid_input');
  const message = (error as UserError).message;
  expect(message).toMatch(/^The file was not imported: /);
  return { message, errors: plan.preview.errors };
}

/**
 * For a describe block: a session holding valid-small.json, and `expectRefused`, which
 * checks a file is refused and leaves the database exactly as it was.
 */
function sessionHoldingSmallFile() {
  const state = {} as { session: Session; cleanup?: () => void; before: ReturnType<typeof snapshot> };
  beforeAll(async () => {
    const opened = await unlockedSession({ schemeName: 'Before Import' });
    Object.assign(state, opened);
    importDocument(state.session.db, fixtureText('valid-small.json'), TODAY);
    state.before = snapshot(state.session.db);
    expect(state.before.counts).toEqual(counts(state.before.counts, { scheme: 'Northshire Independent Visitors', volunteers: 5, youngPeople: 2 }));
  });
  afterAll(() => state.cleanup?.());
  const expectRefused = (text: string) => {
    const result = refusal(state.session.db, text);
    expect(snapshot(state.session.db)).toEqual(state.before);
    return result;
  };
  return { state, expectRefused };
}

describe('import refuses a bad file and writes nothing', () => {
  const { expectRefused } = sessionHoldingSmallFile();

  /** Each refusal also changes the scheme, so a partial write of the scheme would show. */
  const scheme = { name: 'Changed By A Bad File', localAuthority: 'Elsewhere', idleLockMinutes: 60 };

  it('a dangling reference: a referral whose young person is not in the file', () => {
    const { message, errors } = expectRefused(
      doc({ scheme, youngPeople: [youngPerson()], referrals: [{ id: 'ref-7', youngPersonId: 'yp-nowhere', date: '2024-05-01', outcome: 'pending' }] }),
    );
    expect(errors).toEqual(['referrals[0] (id "ref-7"), field "youngPersonId": refers to "yp-nowhere", which is not in youngPeople']);
    expect(message).toContain('referrals[0]');
    expect(message).toContain('id "ref-7"');
    expect(message).toContain('field "youngPersonId"');
  });

  it('an impossible date (30 February)', () => {
    const { message } = expectRefused(doc({ scheme, volunteers: [volunteer(), volunteer({ id: 'new-v2', enquiryDate: '2023-02-30' })] }));
    expect(message).toContain('volunteers[1] (id "new-v2"), field "enquiryDate"');
    expect(message).toContain('not a real date');
  });

  it('an unknown field (a typo for firstName)', () => {
    const { firstName: _f, ...rest } = volunteer();
    const { message, errors } = expectRefused(doc({ scheme, volunteers: [{ ...rest, firstname: 'Alex' }] }));
    expect(errors).toContain('volunteers[0] (id "new-v1") has unknown field "firstname"');
    expect(message).toContain('volunteers[0] (id "new-v1")');
  });

  it('an unknown enum value', () => {
    const { message } = expectRefused(doc({ scheme, youngPeople: [youngPerson({ placementType: 'boarding_school' })] }));
    expect(message).toContain('youngPeople[0] (id "new-y1"), field "placementType" must be one of');
  });

  it.each([
    ['an empty file', ''],
    ['plain text', 'Name,Date of birth\nAlex,01/02/2003'],
    ['truncated JSON', doc({ volunteers: [volunteer()] }).slice(0, -5)],
    ['JSON with a trailing comma', '{"format": "iv-desk/1",}'],
  ])('not JSON: %s', (_name, text) => {
    const { message } = expectRefused(text);
    expect(message).toBe('The file was not imported: The file is not valid JSON, so it cannot be an IV Desk interchange file.');
  });

  it.each([
    ['a wrong format marker', { format: 'iv-desk/2', volunteers: [volunteer()] }],
    ['no format marker', { volunteers: [volunteer()] }],
    ['a JSON list', [volunteer()]],
  ])('not an interchange document: %s', (_name, value) => {
    const { message } = expectRefused(JSON.stringify(value));
    expect(message).toMatch(/not an IV Desk interchange document/);
  });

  it('the same id twice in one list', () => {
    const { message } = expectRefused(doc({ scheme, volunteers: [volunteer({ id: 'twice' }), volunteer({ id: 'twice', firstName: 'Other' })] }));
    expect(message).toContain('volunteers[1] (id "twice"), field "id": the id is used twice in volunteers');
  });

  it('a record already imported', () => {
    const { errors } = expectRefused(doc({ scheme, volunteers: [volunteer(), volunteer({ id: 'v-middle' })], youngPeople: [youngPerson({ id: 'yp-2' })] }));
    expect(errors).toEqual([
      'volunteers[1] (id "v-middle"), field "id": already in this database (imported before?)',
      'youngPeople[0] (id "yp-2"), field "id": already in this database (imported before?)',
    ]);
  });

  it('the very same file a second time', () => {
    const { errors } = expectRefused(fixtureText('valid-small.json'));
    expect(errors).toHaveLength(7);
    expect(errors.every((e) => e.endsWith('already in this database (imported before?)'))).toBe(true);
  });

  it('a date of birth in the future (volunteer and young person)', () => {
    const { errors } = expectRefused(
      doc({ scheme, volunteers: [volunteer({ dateOfBirth: '2025-06-02' })], youngPeople: [youngPerson({ dateOfBirth: '2030-01-01' })] }),
    );
    expect(errors).toEqual([
      'volunteers[0] (id "new-v1"), field "dateOfBirth": Date of birth must be in the past',
      'youngPeople[0] (id "new-y1"), field "dateOfBirth": Date of birth must be in the past',
    ]);
  });

  it('an enquiry date in the future', () => {
    const { message } = expectRefused(doc({ scheme, volunteers: [volunteer({ enquiryDate: '2025-06-02' })] }));
    expect(message).toContain('volunteers[0] (id "new-v1"), field "enquiryDate": Enquiry date cannot be in the future');
  });

  it('every list of the format is stored now: none is refused as "not stored yet"', () => {
    expect(LIST_NAMES.filter((list) => !STORED_FIELDS[list])).toEqual([]);
  });

  it('a list it stores, it stores whole: no field of a stored list is dropped', () => {
    // So "a field this version does not store yet" cannot arise for any list stored now.
    for (const [list, fields] of Object.entries(STORED_FIELDS)) {
      expect([...fields].sort(), list).toEqual(Object.keys(LISTS[list as ListName].shape).sort());
    }
  });

  it('an email address the volunteer form would refuse', () => {
    const { errors } = expectRefused(doc({ scheme, volunteers: [volunteer({ email: 'not-an-email' })] }));
    expect(errors).toEqual(['volunteers[0] (id "new-v1"), field "email": Enter an email address like name@example.org']);
  });

  it.each([
    ['approval before the application', { applicationDate: '2024-03-01', approvedDate: '2024-02-01' }, 'approvedDate', 'Approval cannot be before the application (01/03/2024)'],
    ['an interview before the application', { applicationDate: '2024-03-01', interviewDate: '2024-02-20' }, 'interviewDate', 'The interview cannot be before the application (01/03/2024)'],
    ['a DBS issue date in the future', { dbs: { issueDate: '2025-06-02' } }, 'dbs.issueDate', 'A DBS issue date cannot be in the future'],
    ['a reference received before it was requested', { references: [{ requestedDate: '2024-02-10', receivedDate: '2024-02-01' }] }, 'references.0.receivedDate', 'A reference cannot be received before it was requested (10/02/2024)'],
    [
      'overlapping inactive periods',
      { applicationDate: '2024-01-02', approvedDate: '2024-02-01', inactivePeriods: [{ from: '2024-03-01', to: '2024-05-01' }, { from: '2024-04-01' }] },
      'inactivePeriods.1.from',
      'Inactive periods cannot overlap',
    ],
  ])('an impossible order of dates: %s', (_name, over, field, problem) => {
    const { errors } = expectRefused(doc({ scheme, volunteers: [volunteer(over)] }));
    expect(errors).toEqual([`volunteers[0] (id "new-v1"), field "${field}": ${problem}`]);
  });

  it.each([
    ['a volunteer’s phone number', () => ({ volunteers: [volunteer({ phone: '0'.repeat(TEXT_LIMITS.volunteer.phone + 1) })] }), 'volunteers[0] (id "new-v1"), field "phone"', TEXT_LIMITS.volunteer.phone],
    ['a DBS certificate number', () => ({ volunteers: [volunteer({ dbs: { certificateNumber: '1'.repeat(TEXT_LIMITS.volunteer.dbsCertificateNumber + 1) } })] }), 'volunteers[0] (id "new-v1"), field "dbs.certificateNumber"', TEXT_LIMITS.volunteer.dbsCertificateNumber],
    ['a reference’s name', () => ({ volunteers: [volunteer({ references: [{ name: 'N'.repeat(TEXT_LIMITS.volunteer.referenceName + 1) }] })] }), 'volunteers[0] (id "new-v1"), field "references.0.name"', TEXT_LIMITS.volunteer.referenceName],
    ['one of a young person’s interests', () => ({ youngPeople: [youngPerson({ interests: ['football', 'i'.repeat(TEXT_LIMITS.listItem + 1)] })] }), 'youngPeople[0] (id "new-y1"), field "interests.1"', TEXT_LIMITS.listItem],
    ['a young person’s notes', () => ({ youngPeople: [youngPerson({ notes: 'n'.repeat(TEXT_LIMITS.youngPerson.notes + 1) })] }), 'youngPeople[0] (id "new-y1"), field "notes"', TEXT_LIMITS.youngPerson.notes],
    ['the scheme’s name', () => ({ scheme: { ...scheme, name: 'S'.repeat(TEXT_LIMITS.scheme.name + 1) } }), 'scheme, field "name"', TEXT_LIMITS.scheme.name],
  ])('text longer than the screens’ form allows: %s', (_name, lists, place, max) => {
    const { errors, message } = expectRefused(doc({ scheme, ...lists() }));
    expect(errors).toEqual([`${place} is longer than the ${max.toLocaleString('en-GB')} characters IV Desk's form allows`]);
    expect(message).toContain(place);
  });

  it('more languages than the form allows', () => {
    const languages = Array.from({ length: LIST_LIMITS.listItems + 1 }, (_, i) => `Language ${i}`);
    const { errors } = expectRefused(doc({ scheme, volunteers: [volunteer({ languages })] }));
    expect(errors).toEqual([`volunteers[0] (id "new-v1"), field "languages" has more than the ${LIST_LIMITS.listItems} entries IV Desk's form allows`]);
  });

  it('says how many more problems there are', () => {
    const { message } = expectRefused(doc({ volunteers: [volunteer({ enquiryDate: '2023-02-30' }), volunteer({ id: 'x2', enquiryDate: '2023-02-31' })] }));
    expect(message).toMatch(/\(and 1 more problems\)$/);
  });
});

describe('text at the screens’ limits', () => {
  it('imports whole, and reads back exactly as written', async () => {
    const { session, cleanup } = await unlockedSession();
    try {
      const notes = 'n'.repeat(TEXT_LIMITS.youngPerson.notes - 1) + 'é';
      const phone = '0'.repeat(TEXT_LIMITS.volunteer.phone);
      const languages = Array.from({ length: LIST_LIMITS.listItems }, (_, i) => `${i}`.padEnd(TEXT_LIMITS.listItem, 'l'));
      importDocument(session.db, doc({ volunteers: [volunteer({ phone, languages })], youngPeople: [youngPerson({ notes })] }), TODAY);
      const exported = exportDocument(session.db);
      expect(exported.volunteers?.[0]).toMatchObject({ phone, languages });
      expect(exported.youngPeople?.[0]).toMatchObject({ notes });
    } finally {
      cleanup();
    }
  });
});

describe('import refuses supervisions, care reviews, updates and contacts that break the rules, and writes nothing', () => {
  const { state, expectRefused } = sessionHoldingSmallFile();

  // Ids unlike any in valid-small.json. Ann left on 01/05/2025; Nina was never approved; Tom is current.
  const base = {
    scheme: { name: 'Changed By A Bad File' },
    volunteers: [
      volunteer({ id: 'a-ann', firstName: 'Ann', lastName: 'Lee', applicationDate: '2024-01-05', approvedDate: '2024-02-01', leftDate: '2025-05-01' }),
      volunteer({ id: 'a-nina', firstName: 'Nina', lastName: 'Applicant' }),
      volunteer({ id: 'a-tom', firstName: 'Tom', lastName: 'Hay', applicationDate: '2024-01-05', approvedDate: '2024-02-01' }),
    ],
    youngPeople: [youngPerson({ id: 'a-kay', dateOfBirth: '2012-02-29' })],
    referrals: [{ id: 'a-r1', youngPersonId: 'a-kay', date: '2024-02-10', outcome: 'accepted', outcomeDate: '2024-02-11' }],
    matches: [
      { id: 'a-m1', referralId: 'a-r1', volunteerId: 'a-ann', proposedDate: '2024-02-20', startDate: '2024-03-01', endDate: '2025-04-01', endReason: 'volunteer_left' },
      { id: 'a-m2', referralId: 'a-r1', volunteerId: 'a-tom', proposedDate: '2025-04-02', startDate: '2025-04-10' },
    ],
  };
  const file = (lists: Doc) => doc({ ...base, ...lists });
  const sup = (over: Doc) => ({ id: 'a-s1', volunteerId: 'a-ann', date: '2024-06-01', ...over });
  const review = (over: Doc) => ({ id: 'a-cr1', youngPersonId: 'a-kay', date: '2025-01-10', ...over });
  const update = (over: Doc) => ({ id: 'a-u1', youngPersonId: 'a-kay', reviewDate: '2025-07-01', preparedDate: '2025-05-20', ...over });
  const contact = (over: Doc) => ({ id: 'a-c1', matchId: 'a-m1', date: '2024-05-01', kind: 'call', ...over });
  const long = (n: number) => 'x'.repeat(n);

  it('the base file itself is good: everything below is refused for the one thing named', () => {
    const plan = planImport(state.session.db, file({ supervisions: [sup({})], careReviews: [review({})], careReviewUpdates: [update({})], contacts: [contact({})] }), TODAY);
    expect(plan.preview.errors).toEqual([]);
  });

  it.each<[string, Doc, string]>([
    ['a supervision before approval', { supervisions: [sup({ date: '2024-01-31' })] }, 'supervisions[0] (id "a-s1"), field "date": A supervision cannot be before the volunteer was approved (01/02/2024)'],
    ['a supervision of a volunteer never approved', { supervisions: [sup({ volunteerId: 'a-nina' })] }, 'supervisions[0] (id "a-s1"), field "date": Nina Applicant was never approved as a volunteer, so cannot have a supervision'],
    ['a supervision after the volunteer left', { supervisions: [sup({ date: '2025-05-02' })] }, 'supervisions[0] (id "a-s1"), field "date": A supervision cannot be after the volunteer left the scheme (01/05/2025)'],
    ['a supervision in the future', { supervisions: [sup({ volunteerId: 'a-tom', date: '2025-06-02' })] }, 'supervisions[0] (id "a-s1"), field "date": A supervision cannot be in the future: record it once it has happened'],
    ['the next supervision due before this one', { supervisions: [sup({ nextDueDate: '2024-05-31' })] }, 'supervisions[0] (id "a-s1"), field "nextDueDate": The next supervision cannot be due before this one (01/06/2024)'],
    ['another volunteer’s match discussed', { supervisions: [sup({ volunteerId: 'a-tom', date: '2025-05-01', matchesDiscussed: ['a-m2', 'a-m1'] })] }, 'supervisions[0] (id "a-s1"), field "matchesDiscussed.1": Only Tom Hay\'s own matches can be discussed in their supervision'],
    ['a match discussed that is not in the file', { supervisions: [sup({ matchesDiscussed: ['a-m1', 'a-gone'] })] }, 'supervisions[0] (id "a-s1"), field "matchesDiscussed.1": refers to "a-gone", which is not in matches'],
    ['an action over 500 characters', { supervisions: [sup({ actionItems: [{ action: 'Call', status: 'open' }, { action: long(501) }] })] }, 'supervisions[0] (id "a-s1"), field "actionItems.1.action" is longer than the 500 characters IV Desk\'s form allows'],
    ['a supervision’s text over 4000 characters', { supervisions: [sup({ wellbeing: long(4001) })] }, 'supervisions[0] (id "a-s1"), field "wellbeing" is longer than the 4,000 characters IV Desk\'s form allows'],
    ['an unknown action status', { supervisions: [sup({ actionItems: [{ action: 'Call', status: 'maybe' }] })] }, 'supervisions[0] (id "a-s1"), field "actionItems.0.status" must be one of "open", "done", "carried_forward"'],
    [
      'one group session on two dates',
      { supervisions: [sup({ kind: 'group', groupId: 'g' }), sup({ id: 'a-s2', volunteerId: 'a-tom', date: '2024-06-02', kind: 'group', groupId: 'g' })] },
      'supervisions[1] (id "a-s2"), field "groupId": The records of one group session share its date (01/06/2024)',
    ],
    ['a care review before the young person was born', { careReviews: [review({ date: '2012-02-28' })] }, 'careReviews[0] (id "a-cr1"), field "date": A care review cannot be before the young person was born (29/02/2012)'],
    ['a care review in the future', { careReviews: [review({ date: '2025-06-02' })] }, 'careReviews[0] (id "a-cr1"), field "date": A care review cannot be in the future: record it once it has happened'],
    ['the next review before this one', { careReviews: [review({ nextReviewDate: '2025-01-09' })] }, 'careReviews[0] (id "a-cr1"), field "nextReviewDate": The next review cannot be before this one (10/01/2025)'],
    ['care review notes over 4000 characters', { careReviews: [review({ notes: long(4001) })] }, 'careReviews[0] (id "a-cr1"), field "notes" is longer than the 4,000 characters IV Desk\'s form allows'],
    ['an update sent before it was prepared', { careReviewUpdates: [update({ sentDate: '2025-05-19' })] }, 'careReviewUpdates[0] (id "a-u1"), field "sentDate": The update cannot be sent before it was prepared (20/05/2025)'],
    ['an update sent in the future', { careReviewUpdates: [update({ sentDate: '2025-06-02' })] }, 'careReviewUpdates[0] (id "a-u1"), field "sentDate": The date sent cannot be in the future'],
    ['an update for an impossible review date', { careReviewUpdates: [update({ reviewDate: '2025-02-30' })] }, 'careReviewUpdates[0] (id "a-u1"), field "reviewDate" is not a real date in the form YYYY-MM-DD'],
    ['two updates for one review', { careReviewUpdates: [update({}), update({ id: 'a-u2' })] }, 'careReviewUpdates[1] (id "a-u2"), field "reviewDate": careReviewUpdates[0] is already the update for this young person\'s review on 01/07/2025'],
    ['an update’s comments over 4000 characters', { careReviewUpdates: [update({ coordinatorComments: long(4001) })] }, 'careReviewUpdates[0] (id "a-u1"), field "coordinatorComments" is longer than the 4,000 characters IV Desk\'s form allows'],
    ['a contact before its match started', { contacts: [contact({ date: '2024-02-29' })] }, 'contacts[0] (id "a-c1"), field "date": A contact cannot be before the match started (01/03/2024)'],
    ['a contact after its match ended', { contacts: [contact({ date: '2025-04-02' })] }, 'contacts[0] (id "a-c1"), field "date": A contact cannot be after the match ended (01/04/2025)'],
    ['a contact in the future', { contacts: [contact({ matchId: 'a-m2', date: '2025-06-02' })] }, 'contacts[0] (id "a-c1"), field "date": A contact cannot be in the future: record it once it has happened'],
    ['a contact note over 500 characters', { contacts: [contact({ note: long(501) })] }, 'contacts[0] (id "a-c1"), field "note" is longer than the 500 characters IV Desk\'s form allows'],
    ['a contact whose match is not in the file', { contacts: [contact({ matchId: 'a-gone' })] }, 'contacts[0] (id "a-c1"), field "matchId": refers to "a-gone", which is not in matches'],
    ['an unknown kind of contact', { contacts: [contact({ kind: 'letter' })] }, 'contacts[0] (id "a-c1"), field "kind" must be one of "call", "message", "email", "meeting", "other"'],
    ['a looked-after date before birth', { youngPeople: [youngPerson({ id: 'a-kay', dateOfBirth: '2012-02-29', lookedAfterDate: '2012-02-28' })] }, 'youngPeople[0] (id "a-kay"), field "lookedAfterDate": The looked-after date cannot be before the young person was born (29/02/2012)'],
    ['a looked-after date in the future', { youngPeople: [youngPerson({ id: 'a-kay', dateOfBirth: '2012-02-29', lookedAfterDate: '2025-06-02' })] }, 'youngPeople[0] (id "a-kay"), field "lookedAfterDate": The looked-after date cannot be in the future'],
  ])('%s', (_name, lists, expected) => {
    const { errors, message } = expectRefused(file(lists));
    expect(errors).toEqual([expected]);
    expect(message).toContain(expected);
  });

  it('records of the new lists already imported are named', () => {
    importDocument(state.session.db, file({ supervisions: [sup({})], careReviews: [review({})], careReviewUpdates: [update({})], contacts: [contact({})] }), TODAY);
    // The same records again, hung on people and a match that are new.
    const again = doc({
      volunteers: [volunteer({ id: 'b-ann', applicationDate: '2024-01-05', approvedDate: '2024-02-01' })],
      youngPeople: [youngPerson({ id: 'b-kay' })],
      referrals: [{ id: 'b-r1', youngPersonId: 'b-kay', date: '2024-02-10', outcome: 'accepted', outcomeDate: '2024-02-11' }],
      matches: [{ id: 'b-m1', referralId: 'b-r1', volunteerId: 'b-ann', proposedDate: '2024-02-20', startDate: '2024-03-01' }],
      supervisions: [sup({ volunteerId: 'b-ann' })],
      careReviews: [review({ youngPersonId: 'b-kay' })],
      careReviewUpdates: [update({ youngPersonId: 'b-kay' })],
      contacts: [contact({ matchId: 'b-m1' })],
    });
    state.before = snapshot(state.session.db);
    // In the order the file gives them, as it is read list by list.
    expect(expectRefused(again).errors).toEqual([
      'supervisions[0] (id "a-s1"), field "id": already in this database (imported before?)',
      'careReviews[0] (id "a-cr1"), field "id": already in this database (imported before?)',
      'careReviewUpdates[0] (id "a-u1"), field "id": already in this database (imported before?)',
      'contacts[0] (id "a-c1"), field "id": already in this database (imported before?)',
    ]);
  });
});

describe('a write that fails in a new table rolls back the whole file', () => {
  it('a failing care-review update leaves no volunteer, supervision or review behind', async () => {
    const { session, cleanup } = await unlockedSession({ schemeName: 'Rollback' });
    try {
      const before = snapshot(session.db);
      session.connection.sqlite.exec(`CREATE TEMP TRIGGER refuse_update BEFORE INSERT ON care_review_updates BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
      const text = fixtureText('rich.json');
      expect(planImport(session.db, text, TODAY).preview.valid).toBe(true);
      expect(() => importDocument(session.db, text, TODAY)).toThrow(/injected failure/);
      expect(snapshot(session.db)).toEqual(before);
      session.connection.sqlite.exec('DROP TRIGGER temp.refuse_update');
    } finally {
      cleanup();
    }
  });
});

describe('import is all or nothing for a large file', () => {
  let session: Session;
  let cleanup: () => void;
  let before: ReturnType<typeof snapshot>;

  beforeAll(async () => {
    ({ session, cleanup } = await unlockedSession({ schemeName: 'Large Import' }));
    importDocument(session.db, doc({ volunteers: [volunteer({ id: 'existing' })] }), TODAY);
    before = snapshot(session.db);
  });
  afterAll(() => cleanup?.());

  const fiveHundred = (last: Doc) =>
    Array.from({ length: 500 }, (_, i) => (i === 499 ? last : volunteer({ id: `bulk-${i + 1}`, firstName: `Volunteer ${i + 1}`, enquiryDate: '2024-02-01' })));

  it('a file whose 500th volunteer is bad writes none of the first 499', () => {
    const { errors } = refusal(
      session.db,
      doc({ scheme: { name: 'Should Not Change' }, volunteers: fiveHundred(volunteer({ id: 'bulk-500', dateOfBirth: '2099-01-01' })) }),
    );
    expect(errors).toEqual(['volunteers[499] (id "bulk-500"), field "dateOfBirth": Date of birth must be in the past']);
    expect(snapshot(session.db)).toEqual(before);
  });

  it('a file whose 500th volunteer is already in the database writes none of the first 499', () => {
    const { errors } = refusal(session.db, doc({ volunteers: fiveHundred(volunteer({ id: 'existing' })) }));
    expect(errors).toEqual(['volunteers[499] (id "existing"), field "id": already in this database (imported before?)']);
    expect(snapshot(session.db)).toEqual(before);
  });

  it('a write that fails on the 500th volunteer rolls back the scheme and the first 499', () => {
    // A database-level failure that no check can foresee: a temporary trigger (it lives
    // only on this connection) refuses the 500th insert, after 499 inserts and the scheme update.
    session.connection.sqlite.exec(
      `CREATE TEMP TRIGGER refuse_500th BEFORE INSERT ON volunteers WHEN NEW.external_ref = 'bulk-500' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
    );
    try {
      const text = doc({ scheme: { name: 'Should Not Change' }, volunteers: fiveHundred(volunteer({ id: 'bulk-500' })) });
      expect(planImport(session.db, text, TODAY).preview.valid).toBe(true);
      expect(() => importDocument(session.db, text, TODAY)).toThrow(/injected failure/);
      expect(snapshot(session.db)).toEqual(before);
    } finally {
      session.connection.sqlite.exec('DROP TRIGGER temp.refuse_500th');
    }
  });

  it('and the same 500 import in full once they are all good', () => {
    const text = doc({ volunteers: fiveHundred(volunteer({ id: 'bulk-500' })) });
    expect(importDocument(session.db, text, TODAY)).toEqual({ volunteers: 500 });
    expect(tableCounts(session.db)).toEqual(counts(tableCounts(session.db), { scheme: 'Large Import', volunteers: 501 }));
  });
});

describe('import of a very large file', () => {
  it('checks more ids against the database than SQLite allows in one statement (32,766)', async () => {
    const { session, cleanup } = await unlockedSession();
    try {
      const many = Array.from({ length: 33_000 }, (_, i) => volunteerRecord({ id: `big-${i}` }));
      importDocument(session.db, doc({ volunteers: [volunteer({ id: 'big-32999' })] }), TODAY);
      const { errors } = refusal(session.db, doc({ volunteers: many }));
      expect(errors).toEqual(['volunteers[32999] (id "big-32999"), field "id": already in this database (imported before?)']);
      expect(importDocument(session.db, doc({ volunteers: many.slice(0, 32_999) }), TODAY)).toEqual({ volunteers: 32_999 });
      expect(tableCounts(session.db).volunteers).toBe(33_000);
    } finally {
      cleanup();
    }
  });
});

describe('round trip: export -> import into an empty scheme -> export', () => {
  const opened: (() => void)[] = [];
  afterAll(() => opened.forEach((cleanup) => cleanup()));
  async function fresh(schemeName = 'Empty Scheme') {
    const s = await unlockedSession({ schemeName });
    opened.push(s.cleanup);
    return s.session;
  }

  const withoutTimestamp = ({ exportedAt: _at, ...rest }: Doc) => rest;

  async function roundTrip(first: Doc) {
    expect(validateDocument(first).ok).toBe(true);
    const target = await fresh();
    importDocument(target.db, JSON.stringify(first), TODAY);
    const second = exportDocument(target.db, { now: new Date('2030-01-01T00:00:00Z') });
    expect(second.exportedAt).toBe('2030-01-01T00:00:00.000Z');
    expect(withoutTimestamp(second)).toEqual(withoutTimestamp(first));
    // Byte for byte, not only deep-equal: same keys, same order.
    expect(JSON.stringify(withoutTimestamp(second))).toBe(JSON.stringify(withoutTimestamp(first)));
    return second;
  }

  it('the rich file holds every volunteer field of the format, in each nested list too, and every scheme field', () => {
    const rich = fixture('rich.json');
    const volunteers = rich.volunteers as Doc[];
    const keysOf = (items: Doc[]) => [...new Set(items.flatMap((item) => Object.keys(item)))].sort();
    const nested = (field: string) => volunteers.flatMap((v) => (v[field] as Doc[] | undefined) ?? []);
    const shapeOf = (schema: unknown) => {
      // Unwraps z.array(...).nullish() and z.object(...).nullish() to the object's keys.
      let s = schema as { unwrap?: () => unknown; element?: unknown; shape?: Record<string, unknown> };
      while (!s.shape) s = (s.element ?? s.unwrap!()) as typeof s;
      return Object.keys(s.shape).sort();
    };
    expect(keysOf(volunteers)).toEqual(Object.keys(volunteerSchema.shape).sort());
    expect(keysOf(nested('references'))).toEqual(shapeOf(volunteerSchema.shape.references));
    expect(keysOf(nested('training'))).toEqual(shapeOf(volunteerSchema.shape.training));
    expect(keysOf(nested('inactivePeriods'))).toEqual(shapeOf(volunteerSchema.shape.inactivePeriods));
    expect(keysOf(volunteers.flatMap((v) => (v.dbs ? [v.dbs as Doc] : [])))).toEqual(shapeOf(volunteerSchema.shape.dbs));
    expect(Object.keys(rich.scheme as Doc).sort()).toEqual(Object.keys(schemeSchema.shape).sort());
  });

  it('the rich file holds every field of the supervisions (and their actions), care reviews, updates and contacts, and looked-after dates', () => {
    const rich = fixture('rich.json');
    const keysOf = (items: Doc[]) => [...new Set(items.flatMap((item) => Object.keys(item)))].sort();
    for (const list of ['supervisions', 'careReviews', 'careReviewUpdates', 'contacts'] as const) {
      expect(keysOf(rich[list] as Doc[]), list).toEqual(Object.keys(LISTS[list].shape).sort());
    }
    expect(keysOf(rich.youngPeople as Doc[])).toEqual(expect.arrayContaining(['lookedAfterDate', 'legalStatus', 'placementContact', 'caseReference', 'school']));
    const actions = (rich.supervisions as Doc[]).flatMap((s) => (s.actionItems as Doc[] | undefined) ?? []);
    expect(keysOf(actions)).toEqual(['action', 'byWhen', 'status', 'who']);
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['open', 'done', 'carried_forward']));
    // A group session: two volunteers' records sharing one groupId.
    const group = (rich.supervisions as Doc[]).filter((s) => s.groupId);
    expect(new Set(group.map((s) => s.volunteerId)).size).toBe(2);
    expect(new Set(group.map((s) => s.groupId)).size).toBe(1);
  });

  it('a rich file stores its new lists as the screens will read them: file ids kept, groupId as group_ref, matches discussed as database ids', async () => {
    const source = await fresh();
    importDocument(source.db, fixtureText('rich.json'), TODAY);
    const sqlite = source.connection.sqlite;
    const rows = sqlite
      .prepare(
        `SELECT s.external_ref AS ref, s.group_ref AS groupRef, s.matches_discussed AS discussed, s.action_items AS actions, v.external_ref AS volunteer
         FROM supervisions s JOIN volunteers v ON v.id = s.volunteer_id ORDER BY s.id`,
      )
      .all() as { ref: string; groupRef: string | null; discussed: string; actions: string; volunteer: string }[];
    expect(rows.map((r) => [r.ref, r.volunteer, r.groupRef])).toEqual([
      ['sup-1', 'VOL-0001', null],
      ['sup-2', 'v5', null],
      ['grp-2024-09-a', 'VOL-0001', 'group 10/09/2024'],
      ['grp-2024-09-b', 'v5', 'group 10/09/2024'],
    ]);
    const matchId = (sqlite.prepare(`SELECT id FROM matches WHERE external_ref = 'm-1'`).get() as { id: number }).id;
    expect(JSON.parse(rows[0].discussed)).toEqual([matchId]);
    expect(JSON.parse(rows[0].actions)).toEqual([
      { action: 'Book autism awareness training', who: 'Coordinator', byWhen: '2024-06-30', status: 'done' },
      { action: 'Send the expenses form', who: null, byWhen: null, status: 'open' },
    ]);
    expect(sqlite.prepare(`SELECT looked_after_date AS d FROM young_people WHERE external_ref = 'YP-001'`).get()).toEqual({ d: '2019-04-15' });
    expect(sqlite.prepare(`SELECT count(*) AS n FROM care_review_updates WHERE views_agreed = 0`).get()).toEqual({ n: 1 });
  });

  it('the file of every list imports and round-trips', async () => {
    const source = await fresh();
    const all = fixture('all-lists.json');
    const held = LIST_NAMES.filter((list) => (all[list] as unknown[] | undefined)?.length);
    expect(held.sort()).toEqual([...LIST_NAMES].sort());
    const imported = importDocument(source.db, JSON.stringify(all), TODAY);
    expect(Object.keys(imported).sort()).toEqual([...LIST_NAMES].sort());
    const first = exportDocument(source.db);
    expect(first.safeguardingConcerns).toBeUndefined();
    await roundTrip(first);
  });

  it('a rich file: every stored field, unicode, quotes, newlines, absent optional fields', async () => {
    const source = await fresh();
    const rich = fixture('rich.json');
    expect(importDocument(source.db, JSON.stringify(rich), TODAY)).toEqual(RICH_COUNTS);
    const first = exportDocument(source.db);
    // The export is the file that went in, apart from when it was made, and names, which
    // import trims as the forms do ("  Space  " in the file).
    const volunteers = rich.volunteers as Doc[];
    expect(volunteers[3].firstName).toBe('  Space  ');
    const expected = { ...rich, volunteers: volunteers.map((v, i) => (i === 3 ? { ...v, firstName: 'Space' } : v)) };
    expect(asExported(withoutTimestamp(first))).toEqual(asExported(withoutTimestamp(expected)));
    expect(Date.parse(first.exportedAt ?? '')).not.toBeNaN();
    await roundTrip(first);
  });

  it('null optional fields come back absent, and lists keep their order', async () => {
    const source = await fresh();
    const text = doc({
      scheme: { name: 'Nulls', localAuthority: null, childrenInCareCount: null, childrenInCareCountDate: null },
      volunteers: [volunteer({ id: 'z', email: null, dateOfBirth: null }), volunteer({ id: 'a', phone: null })],
      youngPeople: [youngPerson({ gender: null })],
    });
    importDocument(source.db, text, TODAY);
    const first = exportDocument(source.db);
    expect(first.scheme).toEqual({ name: 'Nulls', mileageRatePence: 45, financialYearStartMonth: 4, idleLockMinutes: 5 });
    expect(first.volunteers).toEqual([volunteer({ id: 'z', capacity: 1 }), volunteer({ id: 'a', capacity: 1 })]);
    expect(first.youngPeople).toEqual([youngPerson()]);
    await roundTrip(first);
  });

  it('records created through the app (not imported) round-trip too', async () => {
    const source = await fresh('Made In The App');
    const db = source.db;
    updateScheme(
      db,
      contract.updateScheme.input.parse({
        name: 'Made In The App',
        localAuthority: 'Southshire',
        childrenInCareCount: 250,
        childrenInCareCountDate: '2025-03-31',
        mileageRatePence: 40,
        financialYearStartMonth: 9,
        idleLockMinutes: 10,
      }),
      TODAY,
    );
    createVolunteer(
      db,
      contract.createVolunteer.input.parse({
        firstName: 'Ffion',
        lastName: "Ap Rhys-O'Neill",
        dateOfBirth: '1970-01-01',
        gender: 'female',
        email: 'ffion@example.org',
        phone: '07700 900000',
        address: '1 "Quoted" Street\nSecond line',
        postcode: 'CF10 1AA',
        area: 'Cardiff — Bae',
        enquiryDate: '2025-01-02',
      }),
      TODAY,
    );
    createVolunteer(db, contract.createVolunteer.input.parse({ firstName: 'Minimal', lastName: 'Person', enquiryDate: '2025-02-03', email: '' }), TODAY);
    createYoungPerson(db, contract.createYoungPerson.input.parse({ firstName: 'Jo', lastName: 'Ng', dateOfBirth: '2012-02-29', gender: null }), TODAY);

    const first = exportDocument(db);
    expect(validateDocument(first).ok).toBe(true);
    expect(first.volunteers).toHaveLength(2);
    // The app gives its own records an id that export can use as the file's reference.
    for (const v of first.volunteers ?? []) expect(v.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.volunteers?.[1]).toEqual({ id: first.volunteers?.[1].id, firstName: 'Minimal', lastName: 'Person', enquiryDate: '2025-02-03', capacity: 1 });
    expect(first.scheme).toEqual({
      name: 'Made In The App',
      localAuthority: 'Southshire',
      childrenInCareCount: 250,
      childrenInCareCountDate: '2025-03-31',
      mileageRatePence: 40,
      financialYearStartMonth: 9,
      idleLockMinutes: 10,
    });
    await roundTrip(first);
  });

  it('an empty scheme round-trips to empty lists', async () => {
    const source = await fresh('Nothing Yet');
    const first = exportDocument(source.db);
    expect(first).toMatchObject({ format: 'iv-desk/1', volunteers: [], youngPeople: [] });
    await roundTrip(first);
  });

  it('a file saved with a byte order mark (as Windows editors do) imports like one without', async () => {
    const target = await fresh();
    const text = '\uFEFF' + fixtureText('valid-small.json');
    expect(planImport(target.db, text, TODAY).preview.errors).toEqual([]);
    expect(importDocument(target.db, text, TODAY)).toEqual({ volunteers: 5, youngPeople: 2 });
  });

  it('the preview of an export counts what it holds', async () => {
    const source = await fresh();
    importDocument(source.db, fixtureText('rich.json'), TODAY);
    const target = await fresh();
    const plan = planImport(target.db, JSON.stringify(exportDocument(source.db)), TODAY);
    expect(plan.preview).toEqual({ valid: true, schemeName: 'St Mary\'s "Friends" IV Scheme — Ynys Môn', counts: RICH_COUNTS, errors: [] });
    // A preview writes nothing.
    expect(tableCounts(target.db)).toEqual(counts(tableCounts(target.db), { scheme: 'Empty Scheme' }));
  });
});

describe('subject access: supervisions, care reviews, updates and contacts', () => {
  let session: Session;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ session, cleanup } = await unlockedSession({ schemeName: 'Subject Access' }));
    importDocument(session.db, fixtureText('rich.json'), TODAY);
  });
  afterAll(() => cleanup?.());

  const dbId = (table: 'volunteers' | 'young_people', ref: string) =>
    (session.connection.sqlite.prepare(`SELECT id FROM ${table} WHERE external_ref = ?`).get(ref) as { id: number }).id;
  const ids = (items: { id: string }[] | undefined) => (items ?? []).map((i) => i.id);

  it("a volunteer's holds their own supervisions (with their own matches discussed) and nobody else's, and no care review", () => {
    const sar = subjectAccessDocument(session.db, { kind: 'volunteer', id: dbId('volunteers', 'VOL-0001') });
    expect(ids(sar.supervisions)).toEqual(['sup-1', 'grp-2024-09-a']);
    expect(sar.supervisions?.[0]).toMatchObject({ matchesDiscussed: ['m-1'], actionItems: [{ status: 'done' }, { status: 'open' }] });
    expect(ids(sar.matches)).toEqual(['m-1']);
    expect(ids(sar.contacts)).toEqual(['c-1']);
    expect(sar.careReviews).toEqual([]);
    expect(sar.careReviewUpdates).toEqual([]);
    const text = JSON.stringify(sar);
    for (const other of ['sup-2', 'grp-2024-09-b', 'v5', 'Priya', 'm-2', 'c-2', 'cr-1', 'cru-1']) expect(text).not.toContain(`"${other}"`);
  });

  it("a young person's holds their care reviews, updates and the contacts on their matches, and no supervision", () => {
    const sar = subjectAccessDocument(session.db, { kind: 'young_person', id: dbId('young_people', 'YP-001') });
    expect(ids(sar.careReviews)).toEqual(['cr-1']);
    expect(ids(sar.careReviewUpdates)).toEqual(['cru-1']);
    expect(ids(sar.contacts)).toEqual(['c-1']);
    expect(sar.supervisions).toEqual([]);
    expect(sar.youngPeople?.[0].lookedAfterDate).toBe('2019-04-15');
    const text = JSON.stringify(sar);
    for (const other of ['cr-2', 'cru-2', 'c-2', 'c-3', 'sup-1', 'Léo', 'Gifts: agreed']) expect(text).not.toContain(other);
  });

  it('the other young person gets only theirs', () => {
    const sar = subjectAccessDocument(session.db, { kind: 'young_person', id: dbId('young_people', 'yp "quoted"') });
    expect([ids(sar.careReviews), ids(sar.careReviewUpdates), ids(sar.contacts)]).toEqual([['cr-2'], ['cru-2'], ['c-2', 'c-3']]);
  });
});
