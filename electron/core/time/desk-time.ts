import { everyOn, realAfter, type After, type Clock, type Every } from './clock';

/**
 * Beyond this the PC's clock is called wrong: the desk says so and uses the cloud's time instead.
 * Well inside the cloud's own 5-minute tolerance for the `date` parameter (docs/clock.md).
 */
export const SKEW_LIMIT_MS = 2 * 60_000;

/** The `Date` header has whole seconds: the server's instant lies somewhere in the next second. */
const HALF_SECOND = 500;

export interface DeskTime {
  /**
   * Epoch ms the desk acts on: credential windows, the API's `date`, today's lists, audit times.
   * The PC's clock, unless the cloud's answers show it is more than SKEW_LIMIT_MS off; then the
   * cloud's time, so a PC set 4 days fast neither issues windows in the future nor believes a
   * card has expired while it still opens the door.
   */
  now: () => number;
  /**
   * The machine's monotonic clock, as epoch-like ms (anchored to the PC's clock when the desk
   * started). Every wait is measured on it: retry back-off and the outbox's due times, gateway
   * probe gating, token lifetimes, the rate limiter, the idle lock and PIN pauses. A wall-clock
   * jump neither stretches nor skips them.
   */
  monotonic: () => number;
  /** The cloud's time, once an answer has told it; undefined before. */
  cloudNow: () => number | undefined;
  /** How far the PC's clock is ahead of the cloud's (negative: behind); null before any answer. */
  pcAheadMs: () => number | null;
  /** Whether the PC's clock is off by more than SKEW_LIMIT_MS, as far as the cloud has told. */
  skewed: () => boolean;
  /** An answer carried the cloud's time (`Date` header) for a request sent and answered at these `monotonic()` instants. */
  observeCloud: (cloudMs: number, sentAtMono: number, answeredAtMono: number) => void;
  /** Called when `skewed()` changes (the desk shows or hides its clock banner). */
  onSkewChange: (listener: () => void) => () => void;
  /** A wait of `ms` on the monotonic clock: every timer of the core goes through it (see Clock.after). */
  after: After;
  /** `fn` every `ms` on the monotonic clock until the returned cancel is called. */
  every: Every;
  /** Resolves after `ms` on the monotonic clock. */
  sleep: (ms: number) => Promise<void>;
}

/**
 * `cloudOnThisPc`: demo mode, whose simulated cloud runs on this PC's own clock. There is nothing
 * to learn from its answers, and a clock moved by hand moves the demo's cloud with it.
 */
export function createDeskTime(clock: Clock, options: { cloudOnThisPc?: boolean } = {}): DeskTime {
  const steadyBase = clock.wall() - clock.monotonic();
  // The cloud's time as an offset from the monotonic clock: once learned it survives the PC's
  // clock being moved, so the banner and cloud time follow a jump without waiting for an answer.
  let cloudMinusMono: number | null = null;
  let wasSkewed = false;
  const listeners = new Set<() => void>();
  const after = clock.after ?? realAfter;

  // Whole milliseconds: these land in INTEGER columns (outbox due times).
  const monotonic = (): number => Math.floor(steadyBase + clock.monotonic());
  const cloudNow = (): number | undefined => (cloudMinusMono === null ? undefined : monotonic() + cloudMinusMono);
  const pcAheadMs = (): number | null => {
    const cloud = cloudNow();
    return cloud === undefined ? null : clock.wall() - cloud;
  };
  const skewed = (): boolean => Math.abs(pcAheadMs() ?? 0) > SKEW_LIMIT_MS;

  const noteSkew = (): void => {
    const is = skewed();
    if (is === wasSkewed) return;
    wasSkewed = is;
    for (const l of listeners) l();
  };

  return {
    now(): number {
      const cloud = cloudNow();
      const wall = clock.wall();
      return cloud !== undefined && Math.abs(wall - cloud) > SKEW_LIMIT_MS ? cloud : wall;
    },
    monotonic,
    cloudNow,
    pcAheadMs,
    skewed(): boolean {
      noteSkew();
      return wasSkewed;
    },
    observeCloud(cloudMs, sentAtMono, answeredAtMono): void {
      if (options.cloudOnThisPc || !Number.isFinite(cloudMs) || answeredAtMono < sentAtMono) return;
      // The answer was stamped somewhere between sending and receiving: take the middle.
      const atAnswer = cloudMs + HALF_SECOND + (answeredAtMono - sentAtMono) / 2;
      cloudMinusMono = Math.round(atAnswer - answeredAtMono);
      noteSkew();
    },
    onSkewChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    after,
    every: everyOn(after),
    sleep: (ms) => new Promise<void>((resolve) => after(ms, resolve)),
  };
}
