import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tooLongMessage } from './textLimits';
import { issueMessage, optionalText, text } from './fields';

describe('a "too long" message names the field in plain English', () => {
  it.each([
    ['notes', 10_000, 'The notes are too long: at most 10,000 characters.'],
    ['progress', 4000, 'The progress is too long: at most 4,000 characters.'],
    ['address', 300, 'The address is too long: at most 300 characters.'],
    ['caseReference', 50, 'The council’s case reference is too long: at most 50 characters.'],
    ['placementContact', 300, 'The placement contact is too long: at most 300 characters.'],
    ['actionItems.1.who', 100, 'The name of who is to do it is too long: at most 100 characters.'],
    ['references.0.name', 100, 'The name is too long: at most 100 characters.'],
    ['interests.3', 60, 'One of the interests is too long: at most 60 characters each.'],
  ])('%s', (field, max, message) => {
    expect(tooLongMessage(field, max)).toBe(message);
  });

  it('from a schema, by the path of the field in the form', () => {
    const form = z.object({ notes: optionalText(5), interests: z.array(text(3)) });
    const parsed = form.safeParse({ notes: 'abcdef', interests: ['ok', 'long'] });
    expect(parsed.success ? [] : parsed.error.issues.map(issueMessage)).toEqual(['The notes are too long: at most 5 characters.', 'One of the interests is too long: at most 3 characters each.']);
  });

  it('keeps the words of a schema that says its own refusal', () => {
    const parsed = z.object({ text: z.string().max(3, { message: 'The file is too large to import' }) }).safeParse({ text: 'abcd' });
    expect(parsed.success ? [] : parsed.error.issues.map(issueMessage)).toEqual(['The file is too large to import']);
  });
});
