import { describe, expect, it } from 'vitest';
import { careReviewProblems, careReviewUpdateProblems, contactProblems, lookedAfterDateProblems } from './rules';
import type { CareReviewRecord, CareReviewUpdateRecord, ContactRecord } from './record';

const TODAY = '2025-06-01';
const DOB = '2012-02-29';
const review = (over: Partial<CareReviewRecord> = {}): CareReviewRecord => ({
  date: '2025-03-01',
  ivAttended: null,
  coordinatorAttended: null,
  professionalFeedback: null,
  feedbackFrom: null,
  objectives: null,
  progress: null,
  notes: null,
  nextReviewDate: null,
  ...over,
});
const update = (over: Partial<CareReviewUpdateRecord> = {}): CareReviewUpdateRecord => ({
  reviewDate: '2025-07-01',
  youngPersonViews: null,
  viewsAgreed: false,
  objectives: null,
  progress: null,
  ivWillAttend: null,
  coordinatorComments: null,
  preparedDate: '2025-05-20',
  sentDate: null,
  ...over,
});
const contact = (over: Partial<ContactRecord> = {}): ContactRecord => ({ date: '2025-03-01', kind: 'call', withWhom: null, note: null, ...over });

describe('careReviewProblems', () => {
  it('between the young person’s birth and today, the next review not before it', () => {
    expect(careReviewProblems(review({ nextReviewDate: '2025-09-01' }), DOB, TODAY)).toEqual({});
    expect(careReviewProblems(review({ date: '2012-02-28' }), DOB, TODAY)).toEqual({ date: 'A care review cannot be before the young person was born (29/02/2012)' });
    expect(careReviewProblems(review({ date: '2025-06-02' }), DOB, TODAY).date).toMatch(/cannot be in the future/);
    expect(careReviewProblems(review({ nextReviewDate: '2025-02-28' }), DOB, TODAY)).toEqual({ nextReviewDate: 'The next review cannot be before this one (01/03/2025)' });
  });

  it('text within 4000 characters', () => {
    expect(careReviewProblems(review({ notes: 'x'.repeat(4000) }), DOB, TODAY)).toEqual({});
    expect(careReviewProblems(review({ progress: 'x'.repeat(4001) }), DOB, TODAY)).toEqual({ progress: 'The progress is too long: at most 4,000 characters.' });
  });
});

describe('careReviewUpdateProblems', () => {
  it('sent between being prepared and today; the review date a real date', () => {
    expect(careReviewUpdateProblems(update({ sentDate: '2025-05-20' }), TODAY)).toEqual({});
    expect(careReviewUpdateProblems(update({ sentDate: '2025-05-19' }), TODAY)).toEqual({ sentDate: 'The update cannot be sent before it was prepared (20/05/2025)' });
    expect(careReviewUpdateProblems(update({ preparedDate: '2025-06-01', sentDate: '2025-06-02' }), TODAY)).toEqual({ sentDate: 'The date sent cannot be in the future' });
    expect(careReviewUpdateProblems(update({ preparedDate: '2025-06-02' }), TODAY)).toEqual({ preparedDate: 'The update cannot be prepared in the future' });
    expect(careReviewUpdateProblems(update({ reviewDate: '2025-02-30' }), TODAY).reviewDate).toMatch(/real date/);
    expect(careReviewUpdateProblems(update({ coordinatorComments: 'x'.repeat(4001) }), TODAY)).toEqual({ coordinatorComments: 'The coordinator’s comments are too long: at most 4,000 characters.' });
  });
});

describe('contactProblems', () => {
  const match = { startDate: '2025-01-10', endDate: '2025-04-30' };
  it('inside its match and not after today', () => {
    expect(contactProblems(contact(), match, TODAY)).toEqual({});
    expect(contactProblems(contact({ date: '2025-01-09' }), match, TODAY)).toEqual({ date: 'A contact cannot be before the match started (10/01/2025)' });
    expect(contactProblems(contact({ date: '2025-05-01' }), match, TODAY)).toEqual({ date: 'A contact cannot be after the match ended (30/04/2025)' });
    expect(contactProblems(contact({ date: '2025-06-02' }), { startDate: '2025-01-10', endDate: null }, TODAY).date).toMatch(/cannot be in the future/);
    expect(contactProblems(contact(), { startDate: null, endDate: null }, TODAY)).toEqual({ date: 'Record the introduction meeting before any contact' });
  });
  it('a note within 500 characters, who within 100', () => {
    expect(contactProblems(contact({ note: 'x'.repeat(500), withWhom: 'x'.repeat(100) }), match, TODAY)).toEqual({});
    expect(contactProblems(contact({ note: 'x'.repeat(501), withWhom: 'x'.repeat(101) }), match, TODAY)).toEqual({ note: 'The note is too long: at most 500 characters.', withWhom: 'The name of who it was with is too long: at most 100 characters.' });
  });
});

describe('lookedAfterDateProblems', () => {
  it('between birth and today', () => {
    expect(lookedAfterDateProblems(null, DOB, TODAY)).toEqual({});
    expect(lookedAfterDateProblems(DOB, DOB, TODAY)).toEqual({});
    expect(lookedAfterDateProblems('2012-02-28', DOB, TODAY)).toEqual({ lookedAfterDate: 'The looked-after date cannot be before the young person was born (29/02/2012)' });
    expect(lookedAfterDateProblems('2025-06-02', DOB, TODAY)).toEqual({ lookedAfterDate: 'The looked-after date cannot be in the future' });
  });
});
