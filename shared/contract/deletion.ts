import { z } from 'zod';
import { call } from './define';
import { id } from '../fields';
import { DELETABLE_KINDS, type DeletableKind, type Dependants } from '../deletion/rules';

export type { DeletableKind, Dependants, DependantCount } from '../deletion/rules';

export interface DeletedRecord {
  /** Undoes the deletion for a short while (until the app locks); it is kept in memory only. */
  token: string;
  /** "The visit on 01/11/2026 was deleted." */
  message: string;
}

export interface RestoredRecord {
  kind: DeletableKind;
  /** "The visit on 01/11/2026 was put back." */
  message: string;
}

const target = z.object({ kind: z.enum(DELETABLE_KINDS, { error: 'Choose what to delete' }), id }).strict();

export const deletionCalls = {
  /** What deleting the record would take with it, or why it cannot be deleted. */
  deletionPreview: call<Dependants>()(target),
  deleteRecord: call<DeletedRecord>()(target),
  undoDelete: call<RestoredRecord>()(z.object({ token: z.string({ error: 'This undo is not known' }).regex(/^[0-9a-f]{32}$/, { message: 'This undo is not known' }) }).strict()),
};
