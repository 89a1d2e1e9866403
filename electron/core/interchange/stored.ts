/**
 * What this version of IV Desk stores from the interchange format. A file carrying a
 * list or field outside this table is refused rather than imported with data missing.
 */
import type { ListName } from '../../../shared/interchange/format';

export const STORED_FIELDS: Partial<Record<ListName, readonly string[]>> = {
  volunteers: ['id', 'firstName', 'lastName', 'dateOfBirth', 'gender', 'email', 'phone', 'address', 'postcode', 'area', 'enquiryDate'],
  youngPeople: ['id', 'firstName', 'lastName', 'dateOfBirth', 'gender'],
};
