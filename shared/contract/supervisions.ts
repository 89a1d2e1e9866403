/** Supervisions of volunteers: records, group sessions, the schedule and the record document. */
import { z } from 'zod';
import { call } from './define';
import { pageInput } from './paging';
import { optionalText, optionalIsoDate, isoDate, id, requiredText } from '../fields';
import type { SupervisionRecord, YesNoUnsure, SupervisionKind } from '../supervision/record';
import type { Urgency } from '../today';
import type { DocumentContent } from '../documents/blocks';
import { LIST_LIMITS, TEXT_LIMITS } from '../textLimits';

/** A match the volunteer has had, as the supervision form offers it: the young person by initials only. */
export interface DiscussableMatch {
  id: number;
  label: string;
  current: boolean;
}

export interface Supervision extends SupervisionRecord {
  id: number;
  volunteerId: number;
  volunteerName: string;
  /** Set on the records one group session made. */
  groupRef: string | null;
}

export interface SupervisionSummary {
  id: number;
  volunteerId: number;
  volunteerName: string;
  date: string;
  kind: SupervisionKind | null;
  positiveImpact: YesNoUnsure | null;
  enjoying: YesNoUnsure | null;
  openActions: number;
  nextDueDate: string | null;
}

/** When a volunteer's next supervision falls due, and why. */
export interface SupervisionDue {
  volunteerId: number;
  volunteerName: string;
  lastDate: string | null;
  /** null while an inactive period with no end pauses the clock. */
  dueDate: string | null;
  basis: 'recorded_next_due' | 'last_supervision' | 'first_match';
  urgency: Urgency | null;
}

export interface SupervisionsView {
  /** Whose records these are, when they are one volunteer's. */
  volunteerName: string | null;
  /** Everyone the schedule covers: overdue first, then due soon, then by due date. */
  due: SupervisionDue[];
  history: { rows: SupervisionSummary[]; total: number; page: number; pageSize: number };
}

/** What the form needs for a new record (or an edit): the volunteer's matches and the last supervision's open actions. */
export interface SupervisionForm {
  volunteerId: number;
  volunteerName: string;
  approvedDate: string | null;
  leftDate: string | null;
  matches: DiscussableMatch[];
  previous: { id: number; date: string; openActions: { index: number; action: string; who: string | null; byWhen: string | null }[] } | null;
  /** The date the schedule would give after a supervision today. */
  suggestedNextDue: string;
  supervision: Supervision | null;
}

const yesNoUnsure = z
  .enum(['yes', 'no', 'unsure'], { error: 'Choose yes, no or unsure' })
  .nullish()
  .transform((v) => v ?? null);

const actionItem = z
  .object({
    action: requiredText('the action', TEXT_LIMITS.supervision.action),
    who: optionalText(TEXT_LIMITS.supervision.actionWho),
    byWhen: optionalIsoDate,
    status: z.enum(['open', 'done', 'carried_forward']).default('open'),
  })
  .strict();

const longText = optionalText(TEXT_LIMITS.supervision.section);

export const supervisionInput = z
  .object({
    supervisionId: id.optional(),
    volunteerId: id,
    date: isoDate,
    kind: z.enum(['one_to_one', 'phone_video', 'group'], { error: 'Choose how the supervision was held' }),
    matchesDiscussed: z.array(id).max(LIST_LIMITS.matchesDiscussed).default([]),
    relationships: longText,
    feedbackPassedOn: longText,
    boundaries: longText,
    wellbeing: longText,
    expenses: longText,
    trainingNeeds: longText,
    renewals: longText,
    topics: longText,
    concerns: longText,
    positiveImpact: yesNoUnsure,
    enjoying: yesNoUnsure,
    actionItems: z.array(actionItem).max(LIST_LIMITS.supervisionActions, { message: `Use ${LIST_LIMITS.supervisionActions} actions or fewer` }).default([]),
    /** What to do with each open action of the previous supervision (by its index there). */
    previousActions: z
      .array(z.object({ index: z.number().int().min(0), outcome: z.enum(['carry_forward', 'done']) }).strict())
      .max(30)
      .default([]),
    nextDueDate: optionalIsoDate,
  })
  .strict();

export const supervisionCalls = {
  supervisionsView: call<SupervisionsView>()(z.object({ volunteerId: id.optional(), page: pageInput }).strict()),
  /** A new record takes the volunteer; an edit may take the supervision alone (its volunteer comes with it). */
  supervisionForm: call<SupervisionForm>()(
    z
      .object({ volunteerId: id.optional(), supervisionId: id.optional() })
      .strict()
      .refine((v) => v.volunteerId !== undefined || v.supervisionId !== undefined, { message: 'Say which volunteer or which supervision' }),
  ),
  saveSupervision: call<Supervision>()(supervisionInput),
  recordGroupSupervision: call<{ ids: number[] }>()(
    z
      .object({
        date: isoDate,
        topics: longText,
        volunteerIds: z.array(id).min(2, { message: 'Choose at least two volunteers who attended' }).max(60, { message: 'Choose 60 volunteers or fewer' }),
      })
      .strict(),
  ),
  /** The record as blocks, for the printable page: the same content as the Word file. */
  supervisionRecordContent: call<DocumentContent>()(z.object({ id }).strict()),
  supervisionRecordDocument: call<{ fileName: string; base64: string }>()(z.object({ id }).strict()),
};
