/**
 * Deleting what was entered by mistake: the kinds of record that can be deleted, how
 * what goes with one is named, and the plain refusals. The database side is in
 * electron/core/services/deletion.ts.
 */
import { formatUkDate } from '../dates';
import { listInWords, plural, sentenceStart } from '../words';

export const DELETABLE_KINDS = ['visit', 'contact', 'referral', 'match', 'supervision', 'careReview', 'volunteer', 'youngPerson'] as const;
export type DeletableKind = (typeof DELETABLE_KINDS)[number];

/**
 * "Undo" after a save or a delete stays offered while its message is on the page, with no
 * time limit (WCAG 2.2.1); IV Desk keeps the latest deletions in memory until it locks.
 */
export const UNDO_KEPT = 10;
export const UNDO_HINT = 'You can undo this until you leave this page or IV Desk locks.';

/** The records that can go with another, in the order a confirmation names them. */
const DEPENDANT_WORDS = {
  referral: ['referral', 'referrals'],
  match: ['match (with no visits)', 'matches (with no visits)'],
  /** In an erasure, when visits go too (see DeletionOptions in core). */
  erasedMatch: ['match', 'matches'],
  visit: ['visit', 'visits'],
  feedback: ['feedback record', 'feedback records'],
  contact: ['contact between visits', 'contacts between visits'],
  reference: ['reference', 'references'],
  training: ['training record', 'training records'],
  dbs: ['DBS record', 'DBS records'],
  inactivePeriod: ['inactive period', 'inactive periods'],
  supervision: ['supervision', 'supervisions'],
  consent: ['confidentiality consent', 'confidentiality consents'],
  careReview: ['care review', 'care reviews'],
  careReviewUpdate: ['care-review update', 'care-review updates'],
  safeguardingConcern: ['safeguarding concern', 'safeguarding concerns'],
} as const satisfies Record<string, readonly [string, string]>;

export type DependantKind = keyof typeof DEPENDANT_WORDS;

export interface DependantCount {
  kind: DependantKind;
  count: number;
  /** "3 references" */
  label: string;
}

/** What deleting one record would take with it, for the confirmation. */
export interface Dependants {
  kind: DeletableKind;
  id: number;
  /** The record in words: "Ann Lee", "the visit on 12/03/2026". */
  record: string;
  /** Every record that goes with it, counted; none when it goes alone. */
  goesWith: DependantCount[];
  /** Records that stay, changed (a link to this record taken out), and other things to know, in sentences. */
  notes: string[];
  /** Why it cannot be deleted, or null when it can. */
  refusal: string | null;
}

/** The counts as a confirmation names them, in a fixed order, leaving out the ones that are none. */
export function dependantCounts(counts: Partial<Record<DependantKind, number>>): DependantCount[] {
  return (Object.keys(DEPENDANT_WORDS) as DependantKind[])
    .filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => {
      const count = counts[kind] ?? 0;
      const [one, many] = DEPENDANT_WORDS[kind];
      return { kind, count, label: plural(count, one, many) };
    });
}

/** What the record is called in a confirmation or message; `date` is ISO, names are full names. */
export function recordName(kind: DeletableKind, d: { date?: string; name?: string; otherName?: string }): string {
  const on = formatUkDate(d.date);
  switch (kind) {
    case 'visit':
      return `the visit on ${on}`;
    case 'contact':
      return `the contact on ${on}`;
    case 'referral':
      return `${d.name}'s referral of ${on}`;
    case 'match':
      return `the match of ${d.name} with ${d.otherName}`;
    case 'supervision':
      return `${d.name}'s supervision on ${on}`;
    case 'careReview':
      return `${d.name}'s care review on ${on}`;
    case 'volunteer':
    case 'youngPerson':
      return d.name ?? '';
  }
}

/** Matches that have visits, which stop a deletion: the scheme's history of visits is not deleted by mistake. */
export interface VisitedMatches {
  matches: number;
  visits: number;
}

function visitsInWords(v: VisitedMatches): string {
  return v.matches === 1 ? `a match with ${plural(v.visits, 'visit', 'visits')}` : `${v.matches} matches with visits (${v.visits} in all)`;
}

/** The plain refusal when matches with visits stand in the way, or null when none do. */
export function visitsRefusal(kind: DeletableKind, name: string, v: VisitedMatches): string | null {
  if (v.visits === 0) return null;
  const retention = 'their records are erased when the retention period ends.';
  switch (kind) {
    case 'match':
      return `This match has ${plural(v.visits, 'visit', 'visits')}, so it cannot be deleted: end the match instead.`;
    case 'referral':
      return `This referral has ${visitsInWords(v)}, so it cannot be deleted: close the referral instead.`;
    case 'volunteer':
      return `${name} has ${visitsInWords(v)}, so their record cannot be deleted. Record that they have left or withdrawn instead: ${retention}`;
    case 'youngPerson':
      return `${name} has ${visitsInWords(v)}, so their record cannot be deleted. End the match and close the referral instead: ${retention}`;
    default:
      return null;
  }
}

/** Matches a volunteer's erasure keeps, for the confirmation. */
export interface KeptMatches {
  matches: number;
  visits: number;
  youngPeople: number;
}

/** "Their 2 matches stay, with 14 visits, as part of the young people's records, under an anonymised name." */
export function keptMatchesNote(k: KeptMatches): string {
  const matches = k.matches === 1 ? 'Their match stays' : `Their ${k.matches} matches stay`;
  const visits = k.visits === 0 ? '' : `, with ${plural(k.visits, 'visit', 'visits')}`;
  const records = k.youngPeople === 1 ? "the young person's record" : "the young people's records";
  return `${matches}${visits}, as part of ${records}, under an anonymised name.`;
}

/** "Deleting Ann Lee also deletes 3 references and 1 DBS record." */
export function confirmationSentence(d: Pick<Dependants, 'record' | 'goesWith'>): string {
  if (d.goesWith.length === 0) return `Deleting ${d.record} deletes nothing else.`;
  return `Deleting ${d.record} also deletes ${listInWords(d.goesWith.map((g) => g.label))}.`;
}

export const deletedMessage = (record: string) => `${sentenceStart(record)} was deleted.`;
export const restoredMessage = (record: string) => `${sentenceStart(record)} was put back.`;

/** A list of ids without the deleted ones, for JSON columns that list records (a supervision's matches discussed). */
export const withoutIds = (ids: readonly number[], gone: readonly number[]) => ids.filter((n) => !gone.includes(n));
