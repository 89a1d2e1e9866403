/** Retention and erasure: who the data rules say may now be erased, and erasing them. */
import { z } from 'zod';
import { call } from './define';
import type { RetentionReason, RetentionSettings } from '../retention/rules';

export type PersonKind = 'volunteer' | 'young_person';

export interface RetentionPerson {
  kind: PersonKind;
  id: number;
  name: string;
  /** For the confirmation, which names people by initials and age only. */
  initials: string;
  age: number | null;
  reason: RetentionReason;
  /** Why they are listed, in plain words. */
  why: string;
  /** The first day their records could be erased. */
  dueFrom: string;
}

export interface RetentionView {
  due: RetentionPerson[];
  settings: RetentionSettings;
  /** How long erased records can survive in the backups, in plain words. */
  backupsNote: string;
}

export const retentionCalls = {
  retentionView: call<RetentionView>()(z.object({}).strict()),
};
