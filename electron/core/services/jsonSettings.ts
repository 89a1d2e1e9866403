/** Settings kept as JSON on the scheme row, read through their zod schema with defaults for anything missing. */
import type { z } from 'zod';
import type { Db } from '../db/open';
import { prepared } from '../db/statements';

/**
 * The last text read for each schema and what it gave. Settings are read on almost every
 * call (Today, the lists, matching) and change seldom, so the same text is not parsed and
 * checked again. Like the defaults, what is returned is shared: callers never change it.
 */
const lastRead = new WeakMap<z.ZodType, { json: string; value: unknown }>();

export function readJsonSettings<T extends object>(json: string | null | undefined, defaults: T, schema: z.ZodType<T>): T {
  if (!json) return defaults;
  const last = lastRead.get(schema);
  if (last?.json === json) return last.value as T;
  const value = parseSettings(json, defaults, schema);
  lastRead.set(schema, { json, value });
  return value;
}

function parseSettings<T extends object>(json: string, defaults: T, schema: z.ZodType<T>): T {
  try {
    const stored = JSON.parse(json) as Partial<T>;
    const merged = Object.fromEntries(
      Object.entries(defaults).map(([key, value]) => {
        const saved = (stored as Record<string, unknown>)[key];
        const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
        return [key, isObject ? { ...value, ...(saved as object) } : (saved ?? value)];
      }),
    );
    const parsed = schema.safeParse(merged);
    return parsed.success ? parsed.data : defaults;
  } catch {
    return defaults;
  }
}

type SettingsColumn = 'recruitment_settings' | 'case_settings' | 'report_settings';

/** One settings column of the scheme row as stored, through a prepared statement. */
export function settingsJson(db: Db, column: SettingsColumn): string | null {
  return (prepared(db, `SELECT ${column} FROM scheme WHERE id = 1`).pluck().get() as string | null | undefined) ?? null;
}
