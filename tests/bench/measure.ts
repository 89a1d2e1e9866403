/** How the bench measures: the median of several runs, and the app's time against a hand-written SQL floor. */
import { performance } from 'node:perf_hooks';

export function time<T>(label: string, fn: () => T, runs = 7): number {
  fn(); // warm the page cache and statement cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(`${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms   (min ${samples[0].toFixed(1)}, max ${samples.at(-1)!.toFixed(1)}, ${runs} runs)`);
  return median;
}

/**
 * The app's time, the floor's, and how many times the floor the app takes. With `same`, the
 * floor computes the same answer as the app and the two are compared: a floor that answers
 * a different question measures nothing.
 */
export function againstFloor<A, F>(label: string, app: () => A, floor: () => F, same?: (app: A, floor: F) => boolean): number {
  return timesAgainstFloor(label, app, floor, same).ratio;
}

/** As againstFloor, giving both times as well. */
export function timesAgainstFloor<A, F>(label: string, app: () => A, floor: () => F, same?: (app: A, floor: F) => boolean): { appMs: number; floorMs: number; ratio: number } {
  const appMs = time(label, app);
  const floorMs = time(`  SQL floor`, floor);
  const checked = same === undefined ? '' : same(app(), floor()) ? '   answers equal' : '   ANSWERS DIFFER';
  console.log(`${''.padEnd(44)} ratio x${(appMs / floorMs).toFixed(1)}${checked}`);
  return { appMs, floorMs, ratio: appMs / floorMs };
}
