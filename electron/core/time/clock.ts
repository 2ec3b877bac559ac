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
}

/** The machine's clocks. */
export const systemClock: Clock = {
  wall: () => Date.now(),
  monotonic: () => performance.now(),
};

/**
 * The PC's own time for what a person on this PC reads beside its other files and logs: log
 * lines, the clean-shutdown marker, a damaged file's renamed copy. Never for what the desk decides.
 */
export const logTimestamp = (): number => Date.now();
