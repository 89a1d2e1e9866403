/**
 * What this version of IV Desk stores from the interchange format. A file carrying a
 * list or field outside this table is refused rather than imported with data missing.
 */
import { volunteerRecord, type ListName } from '../../../shared/interchange/format';

export const STORED_FIELDS: Partial<Record<ListName, readonly string[]>> = {
  // Every volunteer field of the format is stored.
  volunteers: Object.keys(volunteerRecord.shape),
  youngPeople: ['id', 'firstName', 'lastName', 'dateOfBirth', 'gender'],
};
