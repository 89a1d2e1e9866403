/** Settings kept as JSON on the scheme row, read through their zod schema with defaults for anything missing. */
import type { z } from 'zod';

export function readJsonSettings<T extends object>(json: string | null | undefined, defaults: T, schema: z.ZodType<T>): T {
  if (!json) return defaults;
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
