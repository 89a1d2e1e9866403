/**
 * Matching a sheet's headers to fields: case, spaces, accents and punctuation do not
 * count ("D.O.B." is "DOB"), and a header that holds a known name as whole words
 * ("Volunteer surname", "Date of birth (dd/mm/yyyy)") matches it too.
 */
import { sheetFields, type SheetField, type SheetKind } from './fields';
import { foldCompact } from '../search';

const PLAIN = /^[\x20-\x7e]*$/;

/**
 * Words only: lower case, accents and punctuation gone, single spaces. Every cell of a
 * long sheet comes through here, and most are plain ASCII: for them the same folding is
 * done without the Unicode normalisation, which took most of a 50,000-row preview's time.
 * (English lower case is the same in every locale but Turkish, Azeri and Lithuanian.)
 */
export function foldWords(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The header as one run of letters and digits: "Post code" and "Postcode" are the same. */
export const foldHeader = foldCompact;

interface Found {
  field: SheetField;
  exact: boolean;
  length: number;
}

function bestField(kind: SheetKind, header: string, modules: readonly string[] = []): Found | null {
  const whole = foldHeader(header);
  if (!whole) return null;
  const words = ` ${foldWords(header)} `;
  let best: Found | null = null;
  for (const field of sheetFields(kind, modules)) {
    for (const synonym of [field.label, ...field.synonyms]) {
      const folded = foldHeader(synonym);
      if (folded === whole) return { field, exact: true, length: folded.length };
      const contained = words.includes(` ${foldWords(synonym)} `);
      if (contained && folded.length >= 3 && (!best || folded.length > best.length)) best = { field, exact: false, length: folded.length };
    }
  }
  return best;
}

/** Whether a header names any field of the kind (how the header row is told from a title above it). */
export const isKnownHeader = (kind: SheetKind, header: string) => bestField(kind, header) !== null;

/**
 * The field each column goes to (null: none), each field to one column at most: an exact
 * name wins over a header that only holds it, and otherwise the first column wins.
 */
export function matchHeaders(kind: SheetKind, headers: readonly string[], modules: readonly string[] = []): (string | null)[] {
  const found = headers.map((h) => bestField(kind, h, modules));
  const owner = new Map<string, number>();
  found.forEach((hit, column) => {
    if (!hit) return;
    const current = owner.get(hit.field.key);
    if (current === undefined || (hit.exact && !found[current]!.exact)) owner.set(hit.field.key, column);
  });
  return found.map((hit, column) => (hit && owner.get(hit.field.key) === column ? hit.field.key : null));
}

/** What a saved mapping is found by: the same headers, however they are spaced or capitalised. */
export const headersKey = (headers: readonly string[]) => headers.map(foldHeader).join('|');

/** The documented list of recognised headers, field by field, for the README (with the training modules given). */
export function recognisedHeaders(kind: SheetKind, modules: readonly string[] = []): { field: string; headers: string[] }[] {
  return sheetFields(kind, modules).map((field) => ({ field: field.label, headers: [...new Set([field.label, ...field.synonyms])] }));
}
