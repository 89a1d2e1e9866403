import { z } from 'zod';
import { call } from './define';
import { requiredText, optionalText, isoDate, id } from '../fields';
import { searchInput } from './volunteers';

export interface YoungPersonSummary {
  id: number;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

export interface YoungPerson extends YoungPersonSummary {
  gender: string | null;
}

export const youngPersonInput = z
  .object({
    firstName: requiredText('a first name'),
    lastName: requiredText('a last name'),
    dateOfBirth: isoDate,
    gender: optionalText(50),
  })
  .strict();
export type YoungPersonInput = z.input<typeof youngPersonInput>;

export const youngPersonCalls = {
  listYoungPeople: call<YoungPersonSummary[]>()(searchInput),
  getYoungPerson: call<YoungPerson>()(z.object({ id }).strict()),
  createYoungPerson: call<YoungPerson>()(youngPersonInput),
  updateYoungPerson: call<YoungPerson>()(youngPersonInput.extend({ id })),
};
