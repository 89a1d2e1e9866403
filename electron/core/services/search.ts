import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { foldForSearch } from '../../../shared/search';

/**
 * Every word of the search must appear in the first or last name, in any case and with
 * or without accents (iv_fold is registered on each connection by db/open).
 */
export function nameMatches(firstName: SQLiteColumn, lastName: SQLiteColumn, search: string | undefined): SQL | undefined {
  const words = foldForSearch(search ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const conditions = words.map((word) => {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return sql`(iv_fold(${firstName}) LIKE ${pattern} ESCAPE '\\' OR iv_fold(${lastName}) LIKE ${pattern} ESCAPE '\\')`;
  });
  return sql.join(conditions, sql` AND `);
}
