/** What cannot be true of a care review, its update, a contact or a looked-after date: for the forms and for an imported file. */
import { formatUkDate, isIsoDate } from '../dates';
import { problemCollector, tooLong, type Problems } from '../problems';
import { TEXT_LIMITS } from '../textLimits';
import type { CareReviewRecord, CareReviewUpdateRecord, ContactRecord } from './record';

export const CARE_REVIEW_TEXT_MAX = TEXT_LIMITS.careReview.section;
export const CONTACT_NOTE_MAX = TEXT_LIMITS.contact.note;
export const CONTACT_WITH_WHOM_MAX = TEXT_LIMITS.contact.withWhom;

export function careReviewProblems(r: CareReviewRecord, dateOfBirth: string, today: string): Problems {
  const { problems, add } = problemCollector();
  add('date', r.date < dateOfBirth && `A care review cannot be before the young person was born (${formatUkDate(dateOfBirth)})`);
  add('date', r.date > today && 'A care review cannot be in the future: record it once it has happened');
  add('nextReviewDate', !!r.nextReviewDate && r.nextReviewDate < r.date && `The next review cannot be before this one (${formatUkDate(r.date)})`);
  for (const field of ['objectives', 'progress', 'notes'] as const) add(field, tooLong(field, r[field], CARE_REVIEW_TEXT_MAX));
  return problems;
}

export function careReviewUpdateProblems(u: CareReviewUpdateRecord, today: string): Problems {
  const { problems, add } = problemCollector();
  add('reviewDate', !isIsoDate(u.reviewDate) && 'Enter a real date for the review, for example 27/03/2025');
  add('preparedDate', u.preparedDate > today && 'The update cannot be prepared in the future');
  add('sentDate', !!u.sentDate && u.sentDate < u.preparedDate && `The update cannot be sent before it was prepared (${formatUkDate(u.preparedDate)})`);
  add('sentDate', !!u.sentDate && u.sentDate > today && 'The date sent cannot be in the future');
  for (const field of ['youngPersonViews', 'objectives', 'progress', 'coordinatorComments'] as const) add(field, tooLong(field, u[field], CARE_REVIEW_TEXT_MAX));
  return problems;
}

export function contactProblems(c: ContactRecord, match: { startDate: string | null; endDate: string | null }, today: string): Problems {
  const { problems, add } = problemCollector();
  add('date', !match.startDate && 'Record the introduction meeting before any contact');
  add('date', !!match.startDate && c.date < match.startDate && `A contact cannot be before the match started (${formatUkDate(match.startDate)})`);
  add('date', !!match.endDate && c.date > match.endDate && `A contact cannot be after the match ended (${formatUkDate(match.endDate)})`);
  add('date', c.date > today && 'A contact cannot be in the future: record it once it has happened');
  add('withWhom', tooLong('withWhom', c.withWhom, CONTACT_WITH_WHOM_MAX));
  add('note', tooLong('note', c.note, CONTACT_NOTE_MAX));
  return problems;
}

export function lookedAfterDateProblems(lookedAfterDate: string | null, dateOfBirth: string, today: string): Problems {
  const { problems, add } = problemCollector();
  add('lookedAfterDate', !!lookedAfterDate && lookedAfterDate < dateOfBirth && `The looked-after date cannot be before the young person was born (${formatUkDate(dateOfBirth)})`);
  add('lookedAfterDate', !!lookedAfterDate && lookedAfterDate > today && 'The looked-after date cannot be in the future');
  return problems;
}
