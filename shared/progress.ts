/**
 * A long call's progress in words, and when to read it out: a screen reader hears a new
 * stage and the end at once, and the count in between no more often than every few
 * seconds (every report read out would drown everything else).
 */
import { PROGRESS_STAGES, type CallProgress } from './contract/progress';

const count = (n: number) => n.toLocaleString('en-GB');

/** "Reading rows: 12,000 of about 50,000", "Checking rows: 3,000 of 50,000", "Reading rows: 4,000". */
export function progressWords(progress: Omit<CallProgress, 'call'>): string {
  const stage = PROGRESS_STAGES[progress.stage];
  if (progress.total === undefined) return progress.done ? `${stage}: ${count(progress.done)}` : stage;
  return `${stage}: ${count(progress.done)} of ${progress.about ? 'about ' : ''}${count(progress.total)}`;
}

export const ANNOUNCE_EVERY_MS = 5000;

/** Whether a report is read out, given the last one read out and when. */
export function worthAnnouncing(last: { progress: Omit<CallProgress, 'call'>; at: number } | null, next: Omit<CallProgress, 'call'>, now: number): boolean {
  if (!last || last.progress.stage !== next.stage) return true;
  if (next.total !== undefined && !next.about && next.done === next.total) return true;
  return now - last.at >= ANNOUNCE_EVERY_MS;
}
