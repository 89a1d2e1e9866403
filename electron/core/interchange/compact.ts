/** Drops null fields: the format treats absent and null alike, and absent is shorter. */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined)) as T;
}
