/**
 * Checking a history's hash chain. Each entry's `content_hash` is recomputed (unless an
 * erasure redacted it, which the chain allows), and each `hash` must chain the previous
 * entry's hash with this content hash. Ids must run 1, 2, 3... up to the highest id SQLite
 * has handed out, so a removed entry, even the last, shows; swapped entries break the chain.
 */
import type Database from 'better-sqlite3';
import { chainHash, contentHash, GENESIS_HASH, type StoredHistoryRow } from './hash';

export type HistoryTable = 'audit_log' | 'safeguarding_history';

export interface ChainReport {
  ok: boolean;
  entries: number;
  /** The first entry that does not fit, and why; null when the chain is whole. */
  firstBroken: { id: number | null; problem: string } | null;
}

function brokenLink(entry: StoredHistoryRow, expectedId: number, prevHash: string): string | null {
  if (entry.id !== expectedId) return `Entry ${expectedId} is missing (the next entry is ${entry.id}).`;
  if (entry.prev_hash !== prevHash) return `Entry ${entry.id} does not follow the entry before it: an entry was removed, reordered or changed.`;
  // An erasure removes data from earlier entries, so a redacted entry's content cannot be checked; its place in the chain can.
  if (!entry.redacted) {
    const content = contentHash({
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      recordKind: entry.record_kind,
      recordId: entry.record_id,
      ownerKind: entry.owner_kind,
      ownerId: entry.owner_id,
      before: entry.before,
      after: entry.after,
    });
    if (content !== entry.content_hash) return `Entry ${entry.id} has been changed since it was written.`;
  }
  if (chainHash(entry.prev_hash, entry.content_hash) !== entry.hash) return `Entry ${entry.id}'s chain hash does not match its contents.`;
  return null;
}

/** Walks the whole chain, one entry at a time, and stops at the first broken link. */
export function checkChain(sqlite: Database.Database, history: HistoryTable): ChainReport {
  let expectedId = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  for (const entry of sqlite.prepare(`SELECT * FROM ${history} ORDER BY id`).iterate() as IterableIterator<StoredHistoryRow>) {
    entries += 1;
    const problem = brokenLink(entry, expectedId, prevHash);
    if (problem) return { ok: false, entries, firstBroken: { id: entry.id, problem } };
    expectedId = entry.id + 1;
    prevHash = entry.hash;
  }
  const handedOut = sqlite.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').pluck().get(history) as number | undefined;
  if ((handedOut ?? 0) > expectedId - 1) {
    return { ok: false, entries, firstBroken: { id: expectedId, problem: `Entries from ${expectedId} to ${handedOut} are missing from the end.` } };
  }
  return { ok: true, entries, firstBroken: null };
}
