/** Lists of words (interests, languages) are stored as JSON arrays of strings. */
export function listFromJson(json: string): string[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}
