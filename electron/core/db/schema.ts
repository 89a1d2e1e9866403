/**
 * The database schema. Dates are ISO calendar strings, money integer pence. Each record
 * keeps the id it had in an imported file as `external_ref`, so exports round-trip.
 */
import { sqliteTable, integer, text, index, check } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';

export const scheme = sqliteTable(
  'scheme',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    localAuthority: text('local_authority'),
    childrenInCareCount: integer('children_in_care_count'),
    childrenInCareCountDate: text('children_in_care_count_date'),
    mileageRatePence: integer('mileage_rate_pence').notNull().default(45),
    financialYearStartMonth: integer('financial_year_start_month').notNull().default(4),
    idleLockMinutes: integer('idle_lock_minutes').notNull().default(5),
  },
  (t) => [check('scheme_single_row', sql`${t.id} = 1`)],
);

export const volunteers = sqliteTable(
  'volunteers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalRef: text('external_ref').notNull().unique(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    dateOfBirth: text('date_of_birth'),
    gender: text('gender'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    postcode: text('postcode'),
    area: text('area'),
    enquiryDate: text('enquiry_date').notNull(),
  },
  (t) => [index('volunteers_name').on(t.lastName, t.firstName), index('volunteers_enquiry_date').on(t.enquiryDate)],
);

export const youngPeople = sqliteTable(
  'young_people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalRef: text('external_ref').notNull().unique(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    dateOfBirth: text('date_of_birth').notNull(),
    gender: text('gender'),
  },
  (t) => [index('young_people_name').on(t.lastName, t.firstName)],
);
