/**
 * How the bench measures: the median of several runs, and the app's time against a
 * hand-written SQL floor. Each run's wall time and this process's CPU time are both
 * taken: on a machine shared with other work the wall time swings with the load, while
 * the CPU time (SQLite runs on this thread) stays close to what the work itself costs.
 */
import { performance } from 'node:perf_hooks';

interface Timing {
  /** Median wall time, ms. */
  wall: number;
  /** Median CPU time of this process, ms. */
  cpu: number;
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

/** A quick measure is run more often, for about a tenth of a second in all, so one stall of the machine cannot be its median. */
const runsFor = (fewest: number, warmMs: number) => Math.max(fewest, Math.min(200, Math.floor(100 / Math.max(warmMs, 0.01))));

function measure<T>(label: string, fn: () => T, fewest: number): Timing {
  fn(); // warm the page cache and statement cache
  const once = performance.now();
  fn();
  const runs = runsFor(fewest, performance.now() - once);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const timing = { wall: median(wall), cpu: median(cpu) };
  console.log(
    `${label.padEnd(44)} median ${timing.wall.toFixed(1).padStart(7)} ms   (min ${Math.min(...wall).toFixed(1)}, max ${Math.max(...wall).toFixed(1)}, ${runs} runs; CPU ${timing.cpu.toFixed(1)} ms)`,
  );
  return timing;
}

export function time<T>(label: string, fn: () => T, runs = 7): number {
  return measure(label, fn, runs).wall;
}

/**
 * The app's time, the floor's, and how many times the floor the app takes. With `same`, the
 * floor computes the same answer as the app and the two are compared: a floor that answers
 * a different question measures nothing.
 */
export function againstFloor<A, F>(label: string, app: () => A, floor: () => F, same?: (app: A, floor: F) => boolean): number {
  return timesAgainstFloor(label, app, floor, same).ratio;
}

/** As againstFloor, giving both times as well (wall times; the CPU ratio is printed beside). */
export function timesAgainstFloor<A, F>(label: string, app: () => A, floor: () => F, same?: (app: A, floor: F) => boolean): { appMs: number; floorMs: number; ratio: number } {
  const a = measure(label, app, 7);
  const f = measure(`  SQL floor`, floor, 7);
  const checked = same === undefined ? '' : same(app(), floor()) ? '   answers equal' : '   ANSWERS DIFFER';
  console.log(`${''.padEnd(44)} ratio x${(a.wall / f.wall).toFixed(1)} (CPU x${(a.cpu / f.cpu).toFixed(1)})${checked}`);
  return { appMs: a.wall, floorMs: f.wall, ratio: a.wall / f.wall };
}
