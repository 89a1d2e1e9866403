/** Retention and erasure: who the data rules say may now be erased, and erasing them. */
import { z } from 'zod';
import { call } from './define';
import { id } from '../fields';
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
  /** What goes with them, counted ("3 visits"). */
  goesWith: string[];
  /** Records that stay changed, and what else to know, in sentences. */
  notes: string[];
}

export interface RetentionView {
  due: RetentionPerson[];
  settings: RetentionSettings;
  /** How long erased records can survive in the backups, in plain words. */
  backupsNote: string;
}

export interface ErasureDone {
  erased: number;
  message: string;
}

const person = z.object({ kind: z.enum(['volunteer', 'young_person']), id }).strict();

export const retentionCalls = {
  retentionView: call<RetentionView>()(z.object({}).strict()),
  /** Makes a backup labelled before_erasure, then erases the people chosen with everything that is theirs alone. */
  eraseRecords: call<ErasureDone>()(
    z
      .object({
        people: z
          .array(person)
          .min(1, { message: 'Choose at least one person to erase' })
          .max(1000, { message: 'Erase at most 1,000 people at once' }),
      })
      .strict(),
  ),
};
