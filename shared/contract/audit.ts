/** The audit trail: the history of each record, the Audit screen, and a safeguarding concern's own history. */
import { z } from 'zod';
import { call } from './define';
import { pageInput } from './paging';
import { id, isoDate } from '../fields';
import { AUDIT_ACTIONS, RECORD_KINDS } from '../audit/labels';
import type { FieldChange } from '../audit/format';

export const HISTORY_PAGE_SIZE = 50;

export interface HistoryEntry {
  id: number;
  /** When, as UK time in words: "01/12/2026 10:55". */
  when: string;
  actor: string | null;
  action: string;
  actionLabel: string;
  recordKind: string;
  recordLabel: string;
  recordId: number | null;
  /** The record's name as the entry holds it; null when erased or nameless. */
  recordName: string | null;
  /** The profile or match the record belongs to, for a link. */
  ownerKind: string | null;
  ownerId: number | null;
  changes: FieldChange[];
  redacted: boolean;
  /** A sentence for entries that are not a change of fields (a restore). */
  note: string | null;
}

export interface HistoryPage {
  entries: HistoryEntry[];
  /** 1-based. */
  page: number;
  pageCount: number;
  total: number;
}

const page = pageInput;

export const auditCalls = {
  /** A volunteer's, young person's or match's history, with the records that belong to it, newest first. */
  recordHistory: call<HistoryPage>()(z.object({ kind: z.enum(['volunteers', 'young_people', 'matches']), id, page }).strict()),
  /** The Audit screen: every change but the safeguarding log's, newest first. */
  auditTrail: call<HistoryPage>()(
    z
      .object({
        from: isoDate.nullish(),
        to: isoDate.nullish(),
        recordKind: z.enum(RECORD_KINDS.filter((kind) => kind !== 'safeguarding_concerns') as [string, ...string[]]).nullish(),
        recordId: id.nullish(),
        action: z.enum(AUDIT_ACTIONS as [string, ...string[]]).nullish(),
        page,
      })
      .strict()
      .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The end date must be on or after the start date', path: ['to'] }),
  ),
  safeguardingConcernHistory: call<HistoryPage>()(z.object({ id, page }).strict()),
};
