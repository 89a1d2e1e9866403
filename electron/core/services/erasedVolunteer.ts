/**
 * What is left of a volunteer erased while a young person they visited is still held: the
 * row their matches point at, with nothing that identifies them. Every column of
 * `volunteers` is cleared unless named here, so a column added later is cleared too.
 */
import { randomUUID } from 'node:crypto';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { volunteers } from '../db/schema';
import { ERASED_VOLUNTEER } from '../../../shared/retention/rules';

/**
 * Kept: the dates of the recruitment steps and the enquiry source (one of a fixed list of
 * channels). The scheme's figures for past years (enquiries by source, time to approval,
 * volunteers active or leaving in a year) count them, and dropping them would change
 * figures already reported to funders; the left, withdrawn or turned-down date also keeps
 * the row out of the current volunteers and out of matching. Dates and a channel, with no
 * name, contact details, date of birth or free text, do not identify anyone. Capacity is a
 * number of matches, not about the person. The reasons for leaving are free text and go.
 */
const KEPT = new Set([
  'id',
  'enquiry_date',
  'enquiry_source',
  'enquiry_responded_date',
  'application_date',
  'interview_date',
  'approved_date',
  'withdrawn_date',
  'rejected_date',
  'left_date',
  'capacity',
]);

/** The columns that must hold a value, with the neutral one; every other column not kept is emptied. */
const neutralValues = (): Record<string, string> => ({
  external_ref: randomUUID(),
  first_name: ERASED_VOLUNTEER.firstName,
  last_name: ERASED_VOLUNTEER.lastName,
  languages: '[]',
  interests: '[]',
});

/** Each column the erasure changes, with its new value. */
export function erasedVolunteerColumns(): Record<string, unknown> {
  const neutral = neutralValues();
  return Object.fromEntries(
    getTableConfig(volunteers)
      .columns.filter((column) => !KEPT.has(column.name))
      .map((column) => [column.name, neutral[column.name] ?? null]),
  );
}
