import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** Matches a search against "first last" and "last, first", case-insensitively. */
export function nameMatches(firstName: SQLiteColumn, lastName: SQLiteColumn, search: string | undefined): SQL | undefined {
  const words = (search ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const conditions = words.map((word) => {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return sql`(${firstName} LIKE ${pattern} ESCAPE '\\' OR ${lastName} LIKE ${pattern} ESCAPE '\\')`;
  });
  return sql.join(conditions, sql` AND `);
}
