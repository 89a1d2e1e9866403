import type { AppError, ErrorCode } from '../../shared/result';

/** An error whose message is written for the coordinator and is safe to show. */
export class UserError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'UserError';
  }

  toAppError(): AppError {
    return { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) };
  }
}

/** Refuses with one message per field, the way forms show them. */
export function fieldErrors(fields: Record<string, string | null>): void {
  const problems = Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => e[1] !== null));
  const keys = Object.keys(problems);
  if (keys.length > 0) {
    throw new UserError('invalid_input', keys.length === 1 ? problems[keys[0]] : 'Some details need correcting', problems);
  }
}

/** What may be logged or shown about an unexpected failure: its kind and code, never its message (which may quote data). */
export function errorKind(error: unknown): string {
  const e = error as { name?: string; code?: unknown } | null;
  const code = typeof e?.code === 'string' ? ` ${e.code}` : '';
  return `${e?.name ?? typeof error}${code}`;
}
