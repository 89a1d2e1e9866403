/**
 * The audit chain's hashes. This SQLCipher build has no SHA-256 SQL function, so these are
 * registered on every connection (db/open.ts) for the triggers, and verify uses the same ones.
 */
import { createHash } from 'node:crypto';

/** The `prev_hash` of the first entry of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** What an entry says, in the order the columns are listed; `hash` covers this, not the row. */
export interface EntryContent {
  at: string;
  actor: string | null;
  action: string;
  recordKind: string;
  recordId: number | null;
  ownerKind: string | null;
  ownerId: number | null;
  before: string | null;
  after: string | null;
}

export function contentHash(entry: EntryContent): string {
  return sha256(JSON.stringify([entry.at, entry.actor, entry.action, entry.recordKind, entry.recordId, entry.ownerKind, entry.ownerId, entry.before, entry.after]));
}

export function chainHash(prevHash: string, content: string): string {
  return sha256(prevHash + content);
}

/** An entry as either history table stores it. */
export interface StoredHistoryRow {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  record_kind: string;
  record_id: number | null;
  owner_kind: string | null;
  owner_id: number | null;
  before: string | null;
  after: string | null;
  content_hash: string;
  prev_hash: string;
  hash: string;
  redacted: number;
}
