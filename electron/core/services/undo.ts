/**
 * The "Undo" after a delete: what went is kept in this process's memory only, never on
 * disk, for a short while, and forgotten at lock (the session clears it) or once used.
 */
import { randomBytes } from 'node:crypto';
import { UNDO_SECONDS } from '../../../shared/deletion/rules';
import { UserError } from '../errors';
import type { Db } from '../db/open';
import { deleteKeepingCopy, putBack, type DeletableKind, type DeletedRecords } from './deletion';

/** A little longer than the screens offer it, for the time a click takes to arrive. */
const KEEP_MS = (UNDO_SECONDS + 10) * 1000;
/** Only the latest few deletions can be undone; older copies are forgotten. */
const MOST_KEPT = 10;

export const UNDO_GONE = 'This can no longer be undone: the time for it has passed or IV Desk was locked since. Nothing was put back.';

export class UndoStore {
  private readonly kept = new Map<string, { records: DeletedRecords; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Deletes the record (see deletion.ts) and keeps what went; the token undoes it. */
  delete(db: Db, kind: DeletableKind, id: number): { token: string; record: string } {
    const records = deleteKeepingCopy(db, kind, id);
    this.forgetExpired();
    const token = randomBytes(16).toString('hex');
    this.kept.set(token, { records, until: this.now() + KEEP_MS });
    while (this.kept.size > MOST_KEPT) this.kept.delete(this.kept.keys().next().value!);
    return { token, record: records.record };
  }

  /** Puts back what the token's deletion took; a token works once (a refusal leaves it, so a full disk can be freed and tried again). */
  undo(db: Db, token: string): { record: string; kind: DeletableKind } {
    this.forgetExpired();
    const entry = this.kept.get(token);
    if (!entry) throw new UserError('conflict', UNDO_GONE);
    putBack(db, entry.records);
    this.kept.delete(token);
    return { record: entry.records.record, kind: entry.records.kind };
  }

  clear(): void {
    this.kept.clear();
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [token, entry] of this.kept) if (entry.until <= now) this.kept.delete(token);
  }
}
