/**
 * Likely duplicates of a young person: one rule for the young person form's warning and
 * the spreadsheet import. A young person already recorded is a likely duplicate when
 *  - their name and date of birth are the same (names folded: case, accents, spaces and
 *    punctuation do not count, so "Zoë O'Neill" is "zoe oneill");
 *  - both have the council's case reference and it is the same (folded the same way, so
 *    "LCS-1234" is "lcs 1234"); or
 *  - their date of birth and folded last name are the same, and one first name is a short
 *    form of the other: it begins the other and has at least three letters ("Sam" and
 *    "Samantha", "Alex" and "Alexander"). Nicknames that are not the start of the name
 *    ("Bill" for "William") are not recognised; twins with such names are flagged, which
 *    is a warning the coordinator can pass.
 */
import { foldCompact } from '../search';

export interface YoungPersonIdentity {
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  caseReference: string | null;
}

export interface KnownYoungPerson extends YoungPersonIdentity {
  id: number;
}

export interface YoungPersonDuplicate {
  id: number;
  name: string;
  reason: string;
}

/** Letters and digits only, lower case, without accents. */
export const foldName = (text: string | null | undefined) => foldCompact(text ?? '');

/** A short form is the start of the longer name and at least this long. */
export const SHORT_FORM_LETTERS = 3;

/** The two names shorter first, when the shorter is a short form of the longer. */
function shortForm(a: string, b: string): [string, string] | null {
  const [short, long] = foldName(a).length <= foldName(b).length ? [a, b] : [b, a];
  const [s, l] = [foldName(short), foldName(long)];
  return s.length >= SHORT_FORM_LETTERS && s !== l && l.startsWith(s) ? [short.trim(), long.trim()] : null;
}

/** Why `known` looks like the same young person as `candidate`, in words, or null. */
export function duplicateReason(candidate: YoungPersonIdentity, known: YoungPersonIdentity): string | null {
  const reference = foldName(candidate.caseReference);
  if (reference && reference === foldName(known.caseReference)) return 'the same case reference';
  if (!candidate.dateOfBirth || candidate.dateOfBirth !== known.dateOfBirth) return null;
  if (foldName(candidate.lastName) !== foldName(known.lastName)) return null;
  if (foldName(candidate.firstName) === foldName(known.firstName)) return 'the same name and date of birth';
  const short = shortForm(candidate.firstName, known.firstName);
  return short ? `the same last name and date of birth, and ${short[0]} may be short for ${short[1]}` : null;
}

/**
 * The young people already recorded, indexed once by date of birth and case reference, so
 * a spreadsheet of many rows asks about each row cheaply.
 */
export function youngPersonDuplicateFinder(known: readonly KnownYoungPerson[]): (candidate: YoungPersonIdentity) => YoungPersonDuplicate[] {
  const byBirth = new Map<string, KnownYoungPerson[]>();
  const byReference = new Map<string, KnownYoungPerson[]>();
  const add = (map: Map<string, KnownYoungPerson[]>, key: string, y: KnownYoungPerson) => (key ? map.set(key, [...(map.get(key) ?? []), y]) : map);
  for (const y of known) {
    add(byBirth, y.dateOfBirth ?? '', y);
    add(byReference, foldName(y.caseReference), y);
  }
  return (candidate) => {
    const found = new Map<number, YoungPersonDuplicate>();
    const near = [...(byReference.get(foldName(candidate.caseReference)) ?? []), ...(byBirth.get(candidate.dateOfBirth ?? '') ?? [])];
    for (const y of near) {
      const reason = found.has(y.id) ? null : duplicateReason(candidate, y);
      if (reason) found.set(y.id, { id: y.id, name: `${y.firstName} ${y.lastName}`, reason });
    }
    return [...found.values()];
  };
}
