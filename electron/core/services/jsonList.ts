/** Lists of words (interests, languages) are stored as JSON arrays of strings. */
export function listFromJson(json: string): string[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

/** Lists of record ids (a supervision's matches discussed) are stored as JSON arrays of numbers. */
export function idsFromJson(json: string): number[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return [];
  }
}
