/** zod building blocks shared by the IPC contract and the interchange format. */
import { z } from 'zod';
import { isIsoDate } from './dates';
import { TEXT_LIMITS, tooLongMessage } from './textLimits';

export const isoDate = z
  .string({ error: 'Enter a date' })
  .refine(isIsoDate, { message: 'Enter a real date, for example 27/03/2012' });

/** The words for a value over its limit, until issueMessage names the field. */
const TOO_BIG = 'This is too long or too large';

/** Free text: trimmed, bounded, with control characters other than tab and newline refused. */
export const text = (max = 200) =>
  z
    .string({ error: 'Enter text' })
    .max(max, { message: TOO_BIG })
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), {
      message: 'Remove the hidden control characters from this text',
    })
    .transform((s) => s.trim());

export const requiredText = (label: string, max = 100) =>
  text(max).refine((s) => s.length > 0, { message: `Enter ${label}` });

/** Optional fields may be absent or null; an empty string counts as absent. */
export const optionalText = (max = 200) =>
  text(max)
    .nullish()
    .transform((s) => (s ? s : null));

export const optionalIsoDate = z
  .union([isoDate, z.literal('')])
  .nullish()
  .transform((s) => (s ? s : null));

export const email = z
  .string()
  .trim()
  .max(TEXT_LIMITS.email)
  .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), {
    message: 'Enter an email address like name@example.org',
  })
  .nullish()
  .transform((s) => (s ? s : null));

export const id = z.number({ error: 'A record number is needed' }).int().positive();

/**
 * An issue in plain words. Text over its limit is named by its field (from the issue's
 * path), unless its schema words the refusal itself ("The file is too large to import").
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big' && issue.origin === 'string' && issue.message === TOO_BIG) return tooLongMessage(issue.path.map(String).join('.'), Number(issue.maximum));
  return issue.message;
}

/**
 * Plain English for the cases a schema does not word itself (a value of the wrong kind,
 * say), so no library wording ever reaches the coordinator.
 */
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') return issue.input === undefined ? 'This is required' : 'This is not the right kind of value';
    if (issue.code === 'unrecognized_keys') return 'This form sent a field IV Desk does not know';
    if (issue.code === 'invalid_value') return 'Choose one of the options given';
    if (issue.code === 'too_big') return TOO_BIG;
    if (issue.code === 'too_small') return 'This is too short or too small';
    return 'This value is not valid';
  },
});
