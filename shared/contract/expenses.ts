/** A month's expenses and claim sheets: one call, one query, however many volunteers claim. */
import { z } from 'zod';
import { call } from './define';
import { id } from '../fields';
import type { VisitTotals } from '../matching/expenses';

/** One visit on a claim sheet: the young person by initials only, as the sheet may leave the office. */
export interface ClaimVisit {
  id: number;
  date: string;
  youngPersonInitials: string;
  activity: string | null;
  activityCostPence: number | null;
  miles: number | null;
  transportCostPence: number | null;
}

/** A volunteer's month: their visits, oldest first, and the totals claimed. */
export interface ClaimSheet {
  volunteerId: number;
  volunteerName: string;
  totals: VisitTotals;
  visits: ClaimVisit[];
}

export interface ExpensesMonth {
  month: string;
  schemeName: string;
  ratePence: number;
  /** By the volunteers' last names, then first names. */
  sheets: ClaimSheet[];
  totals: VisitTotals;
}

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Choose a month' });
const monthInput = z.object({ month, volunteerId: id.optional() }).strict();

export const expenseCalls = {
  expenses: call<ExpensesMonth>()(monthInput),
  expensesCsv: call<{ fileName: string; text: string }>()(monthInput),
};
