/** Calling core through the same door as the screens (dispatch), for integration tests. */
import { afterEach, expect } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { exportDocument } from '../../electron/core/interchange/exportDocument';
import type { Session } from '../../electron/core/session';
import { unlockedSession } from './session';

export async function ok<T>(session: Session, name: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  return result.value as T;
}

/** Everything the database holds, the safeguarding log included, as one string to compare. */
export const everything = (session: Session) => JSON.stringify(exportDocument(session.db, { includeSafeguarding: true, now: new Date(0) }));

/** Refused with a message, and nothing in the database changed; returns the message. */
export async function refused(session: Session, name: string, input: unknown): Promise<string> {
  const before = everything(session);
  const result = await dispatch(session, name, input);
  expect(result.ok).toBe(false);
  expect(everything(session)).toBe(before);
  return result.ok ? '' : result.error.message;
}

/** For a test file: opens a session with a fixed today, closed and removed after each test. */
export function sessionsFor(today: string): () => Promise<Session> {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  return async () => {
    const s = await unlockedSession({ today: () => today });
    cleanups.push(s.cleanup);
    return s.session;
  };
}
