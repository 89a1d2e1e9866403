/** The safeguarding and complaints logs: kept apart from ordinary records and lists. */
import { z } from 'zod';
import { call } from './define';
import { requiredText, optionalText, optionalIsoDate, isoDate, id } from '../fields';
import type { ReferredTo, Complainant } from '../youngPeople/record';
import { TEXT_LIMITS } from '../textLimits';

export interface SafeguardingConcern {
  id: number;
  date: string;
  youngPersonId: number | null;
  youngPersonName: string | null;
  volunteerId: number | null;
  volunteerName: string | null;
  summary: string;
  referredTo: ReferredTo | null;
  referredDate: string | null;
  outcome: string | null;
  closedDate: string | null;
}

export interface Complaint {
  id: number;
  date: string;
  from: Complainant | null;
  summary: string;
  outcome: string | null;
  resolvedDate: string | null;
}

const subjectAccessInput = z.object({ kind: z.enum(['volunteer', 'young_person']), id }).strict();

export const logCalls = {
  listSafeguardingConcerns: call<SafeguardingConcern[]>()(z.object({}).strict()),
  saveSafeguardingConcern: call<SafeguardingConcern>()(
    z
      .object({
        concernId: id.optional(),
        date: isoDate,
        youngPersonId: id.nullable(),
        volunteerId: id.nullable(),
        summary: requiredText('a summary of the concern', TEXT_LIMITS.log.summary),
        referredTo: z.enum(['council_safeguarding', 'lado', 'police', 'none'], { error: 'Choose who it was referred to' }).nullable(),
        referredDate: optionalIsoDate,
        outcome: optionalText(TEXT_LIMITS.log.outcome),
        closedDate: optionalIsoDate,
      })
      .strict(),
  ),
  listComplaints: call<Complaint[]>()(z.object({}).strict()),
  saveComplaint: call<Complaint>()(
    z
      .object({
        complaintId: id.optional(),
        date: isoDate,
        from: z.enum(['young_person', 'volunteer', 'carer', 'professional', 'other'], { error: 'Choose who complained' }).nullable(),
        summary: requiredText('a summary of the complaint', TEXT_LIMITS.log.summary),
        outcome: optionalText(TEXT_LIMITS.log.outcome),
        resolvedDate: optionalIsoDate,
      })
      .strict(),
  ),
  /** Everything held about one person, the safeguarding log included, as an interchange file. */
  subjectAccessExport: call<{ fileName: string; text: string }>()(subjectAccessInput),
  /** The same records as a readable Word document, other people not named. */
  subjectAccessWord: call<{ fileName: string; base64: string }>()(subjectAccessInput),
};
