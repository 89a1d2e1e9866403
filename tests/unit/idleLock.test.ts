// The main process's idle lock, driven by a hand-wound clock: no Electron, no waiting.
import { describe, expect, it } from 'vitest';
import { IDLE_CHECK_EVERY_MS, MainIdleLock, systemClock, type IdleClock } from '../../electron/main/idleLock';

const MINUTE = 60_000;

/** A clock that moves only when told, running the checks that fall due on the way. */
function handClock() {
  let now = 1_700_000_000_000;
  const timers: { ms: number; next: number; tick: () => void }[] = [];
  const clock: IdleClock = {
    now: () => now,
    every(ms, tick) {
      const timer = { ms, next: now + ms, tick };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      now = due.next;
      due.next += due.ms;
      due.tick();
    }
    now = end;
  };
  return { clock, advance, timers };
}

function setUp(initialMinutes: number | null = 5) {
  const hand = handClock();
  const state = { minutes: initialMinutes, locks: 0 };
  const idle = new MainIdleLock({
    minutes: () => state.minutes,
    lock: () => {
      state.locks += 1;
      state.minutes = null;
    },
    clock: hand.clock,
  });
  idle.start();
  return { ...hand, state, idle };
}

describe('MainIdleLock', () => {
  it('locks once nobody has used the window for the scheme’s minutes', () => {
    const { advance, state } = setUp(5);
    advance(5 * MINUTE);
    expect(state.locks).toBe(0);
    advance(IDLE_CHECK_EVERY_MS * 2);
    expect(state.locks).toBe(1);
    advance(60 * MINUTE);
    expect(state.locks).toBe(1);
  });

  it('does not lock while the window is used, however long', () => {
    const { advance, state, idle } = setUp(5);
    for (let minute = 0; minute < 60; minute++) {
      advance(MINUTE);
      idle.input();
    }
    expect(state.locks).toBe(0);
    advance(5 * MINUTE + IDLE_CHECK_EVERY_MS);
    expect(state.locks).toBe(1);
  });

  it('never locks while the data is locked, and counts from the unlock, not from older input', () => {
    const { advance, state } = setUp(null);
    advance(30 * MINUTE);
    expect(state.locks).toBe(0);
    state.minutes = 2;
    advance(2 * MINUTE);
    expect(state.locks).toBe(0);
    advance(IDLE_CHECK_EVERY_MS);
    expect(state.locks).toBe(1);
  });

  it('watches again after the next unlock', () => {
    const { advance, state } = setUp(1);
    advance(MINUTE + 2 * IDLE_CHECK_EVERY_MS);
    expect(state.locks).toBe(1);
    state.minutes = 1;
    advance(MINUTE + 2 * IDLE_CHECK_EVERY_MS);
    expect(state.locks).toBe(2);
  });

  it('a shorter setting takes effect at the next check, counting the idle time so far', () => {
    const { advance, state } = setUp(30);
    advance(10 * MINUTE);
    expect(state.locks).toBe(0);
    state.minutes = 5;
    advance(IDLE_CHECK_EVERY_MS);
    expect(state.locks).toBe(1);
  });

  it('check() can be run at once, for a page that has stopped answering', () => {
    const { advance, state, idle } = setUp(1);
    advance(IDLE_CHECK_EVERY_MS + 5_000);
    idle.input();
    advance(MINUTE);
    // The last regular check came 5 seconds short of the minute.
    expect(state.locks).toBe(0);
    idle.check();
    expect(state.locks).toBe(1);
  });

  it('stop() ends the checks, and start() twice runs only one', () => {
    const { advance, state, idle, timers } = setUp(1);
    idle.start();
    expect(timers).toHaveLength(1);
    idle.stop();
    expect(timers).toHaveLength(0);
    advance(60 * MINUTE);
    expect(state.locks).toBe(0);
  });

  it('the real clock runs its checks until stopped', async () => {
    let ticks = 0;
    const stop = systemClock.every(5, () => (ticks += 1));
    await new Promise((resolve) => setTimeout(resolve, 60));
    stop();
    const seen = ticks;
    expect(seen).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(ticks).toBe(seen);
  });
});
