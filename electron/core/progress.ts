/**
 * A stage of a long call, counted: reported every PROGRESS_STEP items and at its end,
 * and, where the stage can wait (no transaction open), a turn of the event loop at each
 * report, so the report leaves (main's IPC, the harness's stream) while the work goes on.
 */
import { setImmediate as turn } from 'node:timers/promises';
import type { ProgressStage, ReportProgress } from '../../shared/contract/progress';

export const PROGRESS_STEP = 1000;

export interface StageCounter {
  /** Counts one item; true when it was reported (the caller may then let the event loop turn). */
  step(): boolean;
  /** Counts one item, and lets the event loop turn when it was reported. */
  stepAndYield(): Promise<void> | undefined;
  /** The last report: the total is now the count itself when it was not known or only estimated. */
  end(): void;
  readonly done: number;
}

export function stageCounter(report: ReportProgress | undefined, stage: ProgressStage, total?: number, about?: boolean): StageCounter {
  let done = 0;
  const counter: StageCounter = {
    step() {
      done += 1;
      if (!report || done % PROGRESS_STEP !== 0) return false;
      report({ stage, done, ...(total === undefined ? {} : { total: Math.max(total, done), ...(about ? { about } : {}) }) });
      return true;
    },
    stepAndYield() {
      return counter.step() ? turn() : undefined;
    },
    end() {
      report?.({ stage, done, total: done });
    },
    get done() {
      return done;
    },
  };
  return counter;
}
