/** The safeguarding and complaints logs: kept apart from ordinary records and lists. */
import { z } from 'zod';
import { call } from './define';
import { requiredText, optionalText, optionalIsoDate, isoDate, id } from '../fields';
import type { ReferredTo, Complainant } from '../youngPeople/record';
import { TEXT_LIMITS } from '../textLimits';
import type { ListPage } from '../lists/paging';
import { pageInput, sortInput } from './paging';

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

/** A page of a log, with how many entries are open and how many there are in all, whatever the filter. */
export interface LogPage<T> extends ListPage<T> {
  open: number;
  all: number;
}

/** Someone a concern may be about, as the safeguarding form's search offers them. */
export interface PersonChoice {
  id: number;
  /** The name with what tells two of the same name apart: an email, a date of birth. */
  label: string;
  name: string;
}

export interface PersonChoices {
  choices: PersonChoice[];
  /** More people match than are offered: the coordinator types more of the name. */
  more: boolean;
}

const logListInput = z
  .object({
    page: pageInput,
    sort: sortInput(['date']).default({ by: 'date', direction: 'desc' }),
    show: z.enum(['all', 'open']).default('all'),
  })
  .strict();

const subjectAccessInput = z.object({ kind: z.enum(['volunteer', 'young_person']), id }).strict();

export const logCalls = {
  listSafeguardingConcerns: call<LogPage<SafeguardingConcern>>()(logListInput),
  /**
   * The forms' search for a young person or volunteer by name (the safeguarding form, the
   * supervisions), or the one given by id. `current`: only volunteers approved and not
   * yet left, who can attend a group session.
   */
  personChoices: call<PersonChoices>()(
    z.object({ kind: z.enum(['young_person', 'volunteer']), search: z.string().max(100).default(''), id: id.optional(), current: z.boolean().optional() }).strict(),
  ),
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
  listComplaints: call<LogPage<Complaint>>()(logListInput),
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
