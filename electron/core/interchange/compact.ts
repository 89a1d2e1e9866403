/**
 * Drops null fields and empty lists: the format treats absent, null and an empty list
 * alike, and absent is shorter. So a file that leaves them out exports as it came in.
 */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

/** An optional field of the format (absent or null) as a database value. */
export const n = <T>(value: T | null | undefined): T | null => value ?? null;
