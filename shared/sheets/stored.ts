/** A record as the preview shows it: each field's label and its value in words, as the screens would show it. */
import { formatUkDate, durationText } from '../dates';
import { pounds } from '../csv';
import { SHEET_FIELDS, type SheetKind } from './fields';
import { recruitmentCheckWords } from './volunteerChecks';

export function storedWords(kind: SheetKind, record: Record<string, unknown>, prefix = ''): { label: string; text: string }[] {
  return [...fieldWords(kind, record, prefix), ...(kind === 'volunteers' ? recruitmentCheckWords(record) : [])];
}

function fieldWords(kind: SheetKind, record: Record<string, unknown>, prefix: string): { label: string; text: string }[] {
  return SHEET_FIELDS[kind].flatMap((field) => {
    if (!field.key.startsWith(prefix) || (!prefix && field.key.startsWith('referral.'))) return [];
    const [head, tail] = field.key.slice(prefix.length).split('.', 2);
    const value = tail ? (record[head] as Record<string, unknown> | undefined)?.[tail] : record[head];
    if (value === undefined || value === null) return [];
    const text =
      field.type === 'date'
        ? formatUkDate(value as string)
        : field.type === 'yesno'
          ? value
            ? 'Yes'
            : 'No'
          : field.type === 'choice'
            ? (field.choices?.[value as string] ?? String(value))
            : field.type === 'money'
              ? `£${pounds(value as number)}`
              : field.type === 'duration'
                ? durationText(value as number)
                : Array.isArray(value)
                  ? value.join(', ')
                  : String(value);
    return [{ label: field.label, text }];
  });
}

/** One of each list, as "1 volunteer" says it. */
const ONE: Record<string, string> = { volunteers: 'volunteer', 'young people': 'young person', referrals: 'referral', matches: 'match', visits: 'visit', supervisions: 'supervision', 'care reviews': 'care review' };

/** "2 volunteers and 1 referral": an import's counts in words. */
export function countsWords(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([list, n]) => `${n.toLocaleString('en-GB')} ${n === 1 ? (ONE[list] ?? list) : list}`)
    .join(' and ');
}
