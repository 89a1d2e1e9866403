/**
 * The main process's own idle lock, behind the page's (renderer/src/useIdleLock.ts): it
 * counts input to the window as main sees it, so it still locks the data when the page is
 * hung and can no longer run its own timer. No Electron here: the glue feeds it input
 * events and the clock is injected, so tests/unit/idleLock.test.ts drives it by hand.
 */

export interface IdleClock {
  now(): number;
  /** Calls tick every ms until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

export const systemClock: IdleClock = {
  now: () => Date.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    // The check must never be what keeps the app from quitting.
    timer.unref();
    return () => clearInterval(timer);
  },
};

export const IDLE_CHECK_EVERY_MS = 15_000;

export interface IdleLockOptions {
  /** The scheme's idle minutes while the data is unlocked; null while it is locked. */
  minutes: () => number | null;
  lock: () => void;
  clock?: IdleClock;
  checkEveryMs?: number;
}

export class MainIdleLock {
  private readonly clock: IdleClock;
  private lastInput = 0;
  /** Whether the data was unlocked at the last check; the idle time starts at the unlock. */
  private watching = false;
  private stopTicking: (() => void) | null = null;

  constructor(private readonly options: IdleLockOptions) {
    this.clock = options.clock ?? systemClock;
  }

  start(): void {
    if (this.stopTicking) return;
    this.stopTicking = this.clock.every(this.options.checkEveryMs ?? IDLE_CHECK_EVERY_MS, () => this.check());
  }

  stop(): void {
    this.stopTicking?.();
    this.stopTicking = null;
  }

  /** Any keyboard, mouse or touch input to the window. */
  input(): void {
    this.lastInput = this.clock.now();
  }

  /** Locks when nobody has used the window for the scheme's minutes since the unlock or the last input. */
  check(): void {
    const minutes = this.options.minutes();
    if (!minutes) {
      this.watching = false;
      return;
    }
    const now = this.clock.now();
    if (!this.watching) {
      this.watching = true;
      this.lastInput = now;
      return;
    }
    if (now - this.lastInput >= minutes * 60_000) {
      this.watching = false;
      this.options.lock();
    }
  }
}
