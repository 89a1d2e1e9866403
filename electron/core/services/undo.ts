/**
 * The "Undo" after a delete: what went is kept in this process's memory only, never on
 * disk, and forgotten at lock (the session clears it), once used, or after UNDO_KEPT
 * later deletions. There is no time limit: the screens offer Undo while their message shows.
 */
import { randomBytes } from 'node:crypto';
import { UNDO_KEPT } from '../../../shared/deletion/rules';
import { UserError } from '../errors';
import type { Db } from '../db/open';
import { deleteKeepingCopy, putBack, type DeletableKind, type DeletedRecords } from './deletion';

export const UNDO_GONE = `This can no longer be undone: IV Desk was locked since, or ${UNDO_KEPT} more deletions have been made since. Nothing was put back.`;

export class UndoStore {
  private readonly kept = new Map<string, DeletedRecords>();

  /** Deletes the record (see deletion.ts) and keeps what went; the token undoes it. */
  delete(db: Db, kind: DeletableKind, id: number): { token: string; record: string } {
    const records = deleteKeepingCopy(db, kind, id);
    const token = randomBytes(16).toString('hex');
    this.kept.set(token, records);
    while (this.kept.size > UNDO_KEPT) this.kept.delete(this.kept.keys().next().value!);
    return { token, record: records.record };
  }

  /** Puts back what the token's deletion took; a token works once (a refusal leaves it, so a full disk can be freed and tried again). */
  undo(db: Db, token: string): { record: string; kind: DeletableKind } {
    const records = this.kept.get(token);
    if (!records) throw new UserError('conflict', UNDO_GONE);
    putBack(db, records);
    this.kept.delete(token);
    return { record: records.record, kind: records.kind };
  }

  clear(): void {
    this.kept.clear();
  }
}
