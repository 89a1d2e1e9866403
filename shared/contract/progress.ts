/**
 * Progress of a long call, which core reports while the call runs (main sends it to the
 * window that made the call; the harness streams it). It holds a stage from a fixed list
 * and counts, nothing else, so a report can never carry a name or any detail of a record.
 */
import type { CallName } from './index';

export const PROGRESS_STAGES = { reading: 'Reading rows', checking: 'Checking rows', writing: 'Writing records', backups: 'Checking backups' } as const;
export type ProgressStage = keyof typeof PROGRESS_STAGES;

export interface CallProgress {
  call: CallName;
  stage: ProgressStage;
  done: number;
  total?: number;
  /** The total is an estimate (a CSV file's lines, before its blank and header rows are known). */
  about?: boolean;
}

/** What a handler is given to report with: the call's name is added for it. */
export type ReportProgress = (progress: Omit<CallProgress, 'call'>) => void;
