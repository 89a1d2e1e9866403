/**
 * A long call's progress as core reports it: a bar with its words ("Reading rows: 12,000
 * of about 50,000"), and a polite live region that reads a new stage and the end out at
 * once and the count only every few seconds. Before the first report, or for a call that
 * sends none, the bar waits without a count under the screen's own words.
 */
import { useEffect, useId, useState } from 'react';
import { api } from '../api';
import { progressWords, worthAnnouncing } from '../../../shared/progress';
import type { CallName, CallProgress } from '../../../shared/contract';

type Report = Omit<CallProgress, 'call'>;

interface Shown {
  /** The screen's words for the call under way (null: none is). */
  busy: string | null;
  progress: Report | null;
  announced: string;
  last: { progress: Report; at: number } | null;
}

const starting = (busy: string | null): Shown => ({ busy, progress: null, announced: busy ?? '', last: null });

export function CallProgressBar({ busy, calls }: { busy: string | null; calls: readonly CallName[] }) {
  const [shown, setShown] = useState<Shown>(() => starting(busy));
  const id = useId();
  // A new call starts from nothing: an earlier call's last count is not this one's.
  if (shown.busy !== busy) setShown(starting(busy));

  useEffect(
    () =>
      api.onProgress(({ call, ...report }) => {
        if (!calls.includes(call)) return;
        const now = Date.now();
        setShown((s) => {
          if (!s.busy) return s;
          if (!worthAnnouncing(s.last, report, now)) return { ...s, progress: report };
          return { ...s, progress: report, announced: progressWords(report), last: { progress: report, at: now } };
        });
      }),
    [calls],
  );

  const { progress } = shown;
  return (
    <>
      {busy && (
        <div className="busy">
          <p id={id} className="busy__words">
            {progress ? progressWords(progress) : busy}
          </p>
          {progress?.total ? <progress aria-labelledby={id} value={progress.done} max={progress.total} /> : <progress aria-labelledby={id} />}
        </div>
      )}
      <p role="status" className="visually-hidden">
        {busy ? shown.announced : ''}
      </p>
    </>
  );
}
