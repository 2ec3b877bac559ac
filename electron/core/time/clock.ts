/**
 * The one place the core reads the machine's clocks. Everything else takes a `Clock` (or the
 * `DeskTime` built on it) from the composition root, so tests fix the instant they run at and a
 * lint rule refuses `Date.now()` / `new Date()` anywhere else in electron/core.
 */
export interface Clock {
  /** The PC's wall clock, epoch ms. Whoever set Windows' date decides it: it may be days off. */
  wall: () => number;
  /** Milliseconds on a clock that never jumps (process uptime): every wait is measured on it. */
  monotonic: () => number;
  /**
   * Timers on this clock's own time. Absent: the machine's timers (this clock runs at real speed).
   * The 300-door benchmark passes a virtual clock whose idle waits jump ahead, so a day of rate
   * limiter waits, outbox back-offs and schedules runs in minutes.
   */
  after?: After;
}

/** Runs `fn` once after `ms` on a clock; returns a cancel. `unref`: the wait does not keep the process alive. */
export type After = (ms: number, fn: () => void, options?: { unref?: boolean }) => () => void;

/** Runs `fn` every `ms` until the returned cancel is called. */
export type Every = (ms: number, fn: () => void, options?: { unref?: boolean }) => () => void;

/** `every` built on a clock's `after`, so a repeating job follows that clock too. */
export function everyOn(after: After): Every {
  return (ms, fn, options) => {
    let cancel: () => void = () => undefined;
    let stopped = false;
    const tick = (): void => {
      if (stopped) return;
      cancel = after(ms, tick, options);
      fn();
    };
    cancel = after(ms, tick, options);
    return () => {
      stopped = true;
      cancel();
    };
  };
}

/** The machine's timers. */
export const realAfter: After = (ms, fn, options) => {
  const t = setTimeout(fn, ms);
  if (options?.unref) t.unref();
  return () => clearTimeout(t);
};

/** The machine's clocks. */
export const systemClock: Clock = {
  wall: () => Date.now(),
  monotonic: () => performance.now(),
  after: realAfter,
};

/**
 * The PC's own time for what a person on this PC reads beside its other files and logs: log
 * lines, the clean-shutdown marker, a damaged file's renamed copy. Never for what the desk decides.
 */
export const logTimestamp = (): number => Date.now();
