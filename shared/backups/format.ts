/** A backup's time, size and contents in the words the screens use. */
import { formatUkDate, todayIso } from '../dates';

/** dd/mm/yyyy HH:mm in the coordinator's own time, from a UTC timestamp. */
export function backupTimeText(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatUkDate(todayIso(at))} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The kinds of record a backup's list shows, in the order a coordinator thinks of them. */
const SHOWN: [string, string, string][] = [
  ['volunteers', 'volunteer', 'volunteers'],
  ['youngPeople', 'young person', 'young people'],
  ['referrals', 'referral', 'referrals'],
  ['matches', 'match', 'matches'],
  ['visits', 'visit', 'visits'],
  ['supervisions', 'supervision', 'supervisions'],
  ['careReviews', 'care review', 'care reviews'],
];

export function countsText(counts: Record<string, number>): string {
  return SHOWN.map(([key, one, many]) => `${counts[key] ?? 0} ${counts[key] === 1 ? one : many}`).join(', ');
}
