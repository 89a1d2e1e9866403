import { z } from 'zod';
import { call } from './define';
import { requiredText, optionalText, optionalIsoDate, isoDate, email, id } from '../fields';

export interface VolunteerSummary {
  id: number;
  firstName: string;
  lastName: string;
  area: string | null;
  email: string | null;
  phone: string | null;
  enquiryDate: string;
}

export interface Volunteer extends VolunteerSummary {
  dateOfBirth: string | null;
  gender: string | null;
  address: string | null;
  postcode: string | null;
}

export const volunteerInput = z
  .object({
    firstName: requiredText('a first name'),
    lastName: requiredText('a last name'),
    dateOfBirth: optionalIsoDate,
    gender: optionalText(50),
    email,
    phone: optionalText(40),
    address: optionalText(300),
    postcode: optionalText(10),
    area: optionalText(100),
    enquiryDate: isoDate,
  })
  .strict();
export type VolunteerInput = z.input<typeof volunteerInput>;

export const searchInput = z.object({ search: z.string().max(100).optional() }).strict();

export const volunteerCalls = {
  listVolunteers: call<VolunteerSummary[]>()(searchInput),
  getVolunteer: call<Volunteer>()(z.object({ id }).strict()),
  createVolunteer: call<Volunteer>()(volunteerInput),
  updateVolunteer: call<Volunteer>()(volunteerInput.extend({ id })),
};
