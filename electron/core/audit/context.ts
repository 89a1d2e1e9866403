/**
 * What kind of change the audit triggers record. By default a trigger records 'create',
 * 'update' or 'delete' from the statement itself; an import, a restore or an erasure says
 * so here for the writes it makes. The value lives per connection (SQLite triggers cannot
 * read a temporary table), and the triggers read it through the `iv_audit_action()` SQL
 * function registered on every connection in db/open.ts.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../db/open';

export type AuditAction = 'import' | 'restore' | 'erasure';

const actions = new WeakMap<Database.Database, AuditAction>();

/** The action in force on this connection, or null for the triggers' own defaults. */
export function currentAuditAction(sqlite: Database.Database): AuditAction | null {
  return actions.get(sqlite) ?? null;
}

/**
 * Runs `fn` with every write on `db`'s connection recorded as `action`. Under 'erasure' the
 * triggers write entries without personal data and redact the earlier entries about each
 * row touched: the changed fields of an updated row, everything about a deleted one (and
 * the records that belong to it). Nested calls restore the outer action when they finish,
 * even on a throw.
 */
export function withAuditAction<T>(db: Db, action: AuditAction, fn: () => T): T {
  const sqlite = db.$client;
  // A drizzle transaction cast to Db has no connection: call this outside the transaction, around it.
  if (!sqlite) throw new Error('withAuditAction needs the database itself, not a transaction: wrap the transaction in it');
  const outer = actions.get(sqlite);
  actions.set(sqlite, action);
  try {
    return fn();
  } finally {
    if (outer === undefined) actions.delete(sqlite);
    else actions.set(sqlite, outer);
  }
}
